// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { CommandResults, MeowApi } from '@meow/contract';
import { connectEvents } from '../../state/events';
import { useSession } from '../../state/session';
import { useFakeApi, valueOf } from '../../test/fake-api';
import { PairDevice } from './PairDevice';

const fake = useFakeApi();
const QR_TEXT = 'meow:1:AAAAdevicecard';

/** PairDevice with the app's event wiring, as in the running app. */
function Harness({ api }: { api: MeowApi }) {
  useEffect(() => connectEvents(api), [api]);
  return <PairDevice />;
}

const OFFER: CommandResults['devices.invite'] = {
  pairingUid: 'pair-1',
  text: QR_TEXT,
  shortcode: 'K7MQ2XPA',
  password: '4F7H-0KQ2-ZT9B-M3VW',
  serverUrl: 'https://relay.example',
  expiresAt: Date.now() + 600_000,
};

async function startWaiting(offer: Partial<typeof OFFER> = {}): Promise<void> {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('devices.invite', () => Promise.resolve({ ...OFFER, ...offer }));
  fake.current.handle('devices.list', () => Promise.resolve([]));
  render(<Harness api={fake.current.api} />);
  fireEvent.change(screen.getByLabelText(/Name of this device/), { target: { value: 'Desk' } });
  fireEvent.click(screen.getByTestId('pair-start'));
  await screen.findByTestId('pairing-waiting');
}

function requestPairing(): void {
  act(() => {
    fake.current.emit('device.pairingRequested', {
      deviceUid: 'pair-1',
      name: 'Laptop',
      code: '493 201',
    });
  });
}

describe('pairing a new device (existing device side)', () => {
  it('shows the QR and waits for the new device to scan it', async () => {
    await startWaiting();
    expect(fake.current.commands['devices.invite']).toHaveBeenCalledWith({ deviceName: 'Desk' });
    const qr = await screen.findByTestId('pairing-qr');
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(valueOf('pairing-text')).toBe(QR_TEXT);
    expect(screen.getByTestId('pairing-waiting').textContent).toMatch(/Waiting for the new device/);
    expect(screen.queryByTestId('pairing-code')).toBeNull();
  });

  it('also shows a short code, password and relay to type, and how long they last', async () => {
    await startWaiting();
    expect(screen.getByTestId('pairing-shortcode').textContent).toBe('K7MQ2XPA');
    expect(screen.getByTestId('pairing-password').textContent).toBe('4F7H-0KQ2-ZT9B-M3VW');
    expect(screen.getByTestId('pairing-server').textContent).toBe('https://relay.example');
    expect(screen.getByTestId('pairing-expiry').textContent).toMatch(/^Expires in (10:00|9:5\d)$/);
  });

  it('says when no code to type could be made (the QR still works)', async () => {
    await startWaiting({ shortcode: null, password: null });
    expect(screen.getByTestId('pairing-shortcode-unavailable').textContent).toMatch(/use the QR/);
    expect(await screen.findByTestId('pairing-qr')).toBeTruthy(); // drawn asynchronously
  });

  it('says so when the pairing lapses before anyone confirmed', async () => {
    await startWaiting();
    requestPairing();
    expect(screen.getByTestId('pairing-expiry')).toBeTruthy();
    act(() => {
      fake.current.emit('device.removed', { deviceUid: 'pair-1', reason: 'expired' });
    });
    expect((await screen.findByTestId('pairing-expired')).textContent).toMatch(/expired/);
    expect(screen.queryByTestId('pairing-confirm')).toBeNull();
  });

  it('shows the code with Confirm and Reject when the new device answers, then paired', async () => {
    await startWaiting();
    requestPairing();
    expect(screen.getByTestId('pairing-code').textContent).toBe('493 201');
    expect(screen.getByTestId('pairing-confirming').textContent).toMatch(/Laptop wants to join/);
    fake.current.handle('devices.confirm', () => Promise.resolve(null));
    fireEvent.click(screen.getByTestId('pairing-confirm'));
    await screen.findByTestId('pairing-paired');
    expect(fake.current.commands['devices.confirm']).toHaveBeenCalledWith({ deviceUid: 'pair-1' });
    expect(screen.getByTestId('pairing-paired').textContent).toMatch(/Paired with Laptop/);
  });

  it('Reject refuses the device', async () => {
    await startWaiting();
    requestPairing();
    fake.current.handle('devices.reject', () => Promise.resolve(null));
    fireEvent.click(screen.getByTestId('pairing-reject'));
    await screen.findByTestId('pairing-rejected');
    expect(fake.current.commands['devices.reject']).toHaveBeenCalledWith({ deviceUid: 'pair-1' });
  });

  it('a failed confirm keeps the code on screen with the reason', async () => {
    await startWaiting();
    requestPairing();
    fake.current.fail('devices.confirm', 'DEVICE_NOT_CONFIRMABLE');
    fireEvent.click(screen.getByTestId('pairing-confirm'));
    expect((await screen.findByTestId('pairing-error')).textContent).toBe(
      'That pairing is no longer waiting for confirmation. Start a new one if you still need it.',
    );
    expect(screen.getByTestId('pairing-code').textContent).toBe('493 201');
    expect(screen.getByTestId('pairing-confirm')).toHaveProperty('disabled', false);
  });

  it('shows an error when no pairing code can be made', async () => {
    fake.current.fail('devices.invite', 'INVALID_ARGUMENT', 'add a relay first');
    render(<PairDevice />);
    fireEvent.click(screen.getByTestId('pair-start'));
    expect((await screen.findByTestId('pairing-error')).textContent).toBe('Add a relay first.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByTestId('pair-start')).toBeTruthy();
  });

  it('Cancel while waiting withdraws the QR', async () => {
    await startWaiting();
    fake.current.handle('devices.reject', () => Promise.resolve(null));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => {
      expect(fake.current.commands['devices.reject']).toHaveBeenCalledWith({ deviceUid: 'pair-1' });
    });
    expect(screen.getByTestId('pair-start')).toBeTruthy();
  });
});
