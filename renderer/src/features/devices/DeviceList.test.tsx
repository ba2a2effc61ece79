// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { DeviceView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useDevices } from '../../state/devices';
import { connectEvents } from '../../state/events';
import { useSession } from '../../state/session';
import { peer, useFakeApi } from '../../test/fake-api';
import { DeviceList } from './DeviceList';

const fake = useFakeApi();

const laptop: DeviceView = {
  uid: 'd-laptop',
  name: 'Laptop',
  step: 'finalized',
  code: '123 456',
  pairedAt: Date.UTC(2025, 2, 3),
  primaryFor: ['bob', 'carol'],
  lastSeenAt: null,
  syncWaiting: 0,
  expiresAt: null,
};

function show(devices: DeviceView[]) {
  useSession.setState({ state: 'unlocked' });
  useContacts.setState({
    peers: [peer({ uid: 'bob', name: 'Bob' }), peer({ uid: 'carol', name: 'Carol' })],
  });
  fake.current.handle('devices.list', () => Promise.resolve(devices));
  void useDevices.getState().load();
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return <DeviceList />;
  }
  render(<Harness />);
}

describe('DeviceList', () => {
  it('shows each device with its step, paired date and the contacts it talks to', async () => {
    show([laptop]);
    const row = await screen.findByTestId('device-row');
    expect(within(row).getByRole('heading').textContent).toBe('Laptop');
    expect(within(row).getByTestId('device-step').dataset.step).toBe('finalized');
    expect(within(row).getByTestId('device-step').textContent).toMatch(/Paired since/);
    const primaryFor = within(row).getByTestId('device-primary-for');
    expect(within(primaryFor).getByText('Primary for 2 contacts')).toBeTruthy();
    expect(primaryFor.title).toBe('Bob, Carol');
    fireEvent.click(within(primaryFor).getByText('Primary for 2 contacts'));
    expect(primaryFor.hasAttribute('open')).toBe(true);
    expect(within(row).getByTestId('device-primary-names').textContent).toBe(
      'Talks to Bob, Carol for you',
    );
  });

  it('says when each device was last heard from and what still waits for it', async () => {
    const now = Date.now();
    const desk: DeviceView = {
      ...laptop,
      uid: 'd-desk',
      name: 'Desk',
      primaryFor: [],
      lastSeenAt: now - 5 * 60_000,
      syncWaiting: 3,
    };
    show([desk, laptop]);
    const [deskRow, laptopRow] = await screen.findAllByTestId('device-row');
    if (!deskRow || !laptopRow) throw new Error('two rows expected');
    expect(within(deskRow).getByTestId('device-last-seen').textContent).toBe(
      'Last seen 5 minutes ago',
    );
    expect(within(deskRow).getByTestId('device-sync-waiting').textContent).toBe(
      '3 sync messages waiting',
    );
    expect(within(deskRow).queryByTestId('device-primary-for')).toBeNull();
    expect(within(laptopRow).getByTestId('device-last-seen').textContent).toBe(
      'Not heard from yet',
    );
    expect(within(laptopRow).queryByTestId('device-sync-waiting')).toBeNull();
  });

  it('rebuilds a pairing waiting for its code from the engine (after a reload): confirm or reject', async () => {
    const waiting: DeviceView = { ...laptop, step: 'confirming', code: '654 321', primaryFor: [] };
    show([waiting]);
    const panel = await screen.findByTestId('device-confirm-panel');
    expect(within(panel).getByTestId('device-code').textContent).toBe('654 321');
    fake.current.handle('devices.confirm', () => Promise.resolve(null));
    fake.current.handle('devices.list', () => Promise.resolve([laptop]));
    fireEvent.click(within(panel).getByTestId('device-confirm'));
    await waitFor(() => {
      expect(screen.getByTestId('device-step').dataset.step).toBe('finalized');
    });
    expect(fake.current.commands['devices.confirm']).toHaveBeenCalledWith({
      deviceUid: 'd-laptop',
    });
    expect(screen.queryByTestId('device-confirm-panel')).toBeNull();
  });

  it('rejects a waiting pairing and forgets it', async () => {
    show([{ ...laptop, step: 'confirming', code: '654 321', primaryFor: [] }]);
    fake.current.handle('devices.reject', () => Promise.resolve(null));
    fake.current.handle('devices.list', () => Promise.resolve([]));
    fireEvent.click(await screen.findByTestId('device-reject'));
    await waitFor(() => {
      expect(screen.queryByTestId('device-row')).toBeNull();
    });
    expect(fake.current.commands['devices.reject']).toHaveBeenCalledWith({ deviceUid: 'd-laptop' });
  });

  it('revokes only after confirmation', async () => {
    show([laptop]);
    fake.current.handle('devices.revoke', () => Promise.resolve(null));
    fireEvent.click(await screen.findByTestId('revoke-button'));
    expect(fake.current.commands['devices.revoke']).not.toHaveBeenCalled();
    fake.current.handle('devices.list', () => Promise.resolve([]));
    fireEvent.click(screen.getByTestId('revoke-confirm'));
    await waitFor(() => {
      expect(screen.queryByTestId('device-row')).toBeNull();
    });
    expect(fake.current.commands['devices.revoke']).toHaveBeenCalledWith({ deviceUid: 'd-laptop' });
  });

  it('requests history and shows progress from sync.progress', async () => {
    show([laptop]);
    fake.current.handle('devices.requestHistory', () => Promise.resolve({ requestId: 'r1' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Request history from Laptop' }));
    expect((await screen.findByTestId('history-progress')).textContent).toMatch(/requested/);
    expect(fake.current.commands['devices.requestHistory']).toHaveBeenCalledWith({
      deviceUid: 'd-laptop',
    });
    act(() => {
      fake.current.emit('sync.progress', {
        requestId: 'r1',
        chunks: 2,
        total: 5,
        messages: 400,
        done: false,
      });
    });
    expect(screen.getByTestId('history-progress').textContent).toMatch(
      /2 of 5 parts, 400 messages/,
    );
    act(() => {
      fake.current.emit('sync.progress', {
        requestId: 'r1',
        chunks: 5,
        total: 5,
        messages: 1000,
        done: true,
      });
    });
    expect(screen.getByTestId('history-progress').dataset.done).toBe('true');
  });
});
