// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { connectEvents } from '../../state/events';
import { useFakeApi, valueOf } from '../../test/fake-api';
import { JoinPairing } from './JoinPairing';

const fake = useFakeApi();

function Harness({ onDone }: { onDone: () => void }) {
  const api = fake.current.api;
  useEffect(() => connectEvents(api), [api]);
  return <JoinPairing deviceName="Laptop" onDone={onDone} />;
}

describe('joining as a new device', () => {
  it('shows the code after the QR text is entered and waits for device.paired', async () => {
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd-old', code: '111 222', expiresAt: Date.now() + 600_000 }),
    );
    const onDone = vi.fn();
    render(<Harness onDone={onDone} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: ' meow:1:abc ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('111 222');
    expect(fake.current.commands['devices.join']).toHaveBeenCalledWith({
      text: 'meow:1:abc',
      deviceName: 'Laptop',
    });
    expect(screen.getByTestId('pairing-waiting-confirmation')).toBeTruthy();
    act(() => {
      fake.current.emit('device.paired', { deviceUid: 'd-old', name: 'Desk' });
    });
    await screen.findByTestId('pairing-paired');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onDone).toHaveBeenCalled();
  });

  it('says the pasted text is not valid and keeps it', async () => {
    fake.current.fail('devices.join', 'INVITATION_BAD_PAYLOAD');
    render(<Harness onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: 'hello there' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('join-error')).textContent).toBe(
      'That is not a valid invitation. Ask for a new one.',
    );
    expect(valueOf('join-code-text')).toBe('hello there');
  });

  it('joins with a typed code, password and relay, with the deadline shown', async () => {
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd-old', code: '111 222', expiresAt: Date.now() + 660_000 }),
    );
    render(<Harness onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('join-mode-shortcode'));
    expect(screen.getByTestId('join-shortcode-submit')).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('join-shortcode'), { target: { value: ' k7mq2xpa ' } });
    fireEvent.change(screen.getByTestId('join-shortcode-password'), {
      target: { value: '4F7H-0KQ2-ZT9B-M3VW' },
    });
    fireEvent.change(screen.getByTestId('join-shortcode-server'), {
      target: { value: 'https://relay.example' },
    });
    fireEvent.click(screen.getByTestId('join-shortcode-submit'));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('111 222');
    expect(fake.current.commands['devices.join']).toHaveBeenCalledWith({
      shortcode: 'k7mq2xpa',
      password: '4F7H-0KQ2-ZT9B-M3VW',
      serverUrl: 'https://relay.example',
      deviceName: 'Laptop',
    });
    expect(screen.getByTestId('join-expiry').textContent).toMatch(/^Expires in 1[01]:\d\d$/);
  });

  it('says a wrong or lapsed code in a sentence, keeping what was typed', async () => {
    fake.current.fail('devices.join', 'DEVICE_PAIRING_CODE_DENIED');
    render(<Harness onDone={() => undefined} />);
    fireEvent.click(screen.getByTestId('join-mode-shortcode'));
    fireEvent.change(screen.getByTestId('join-shortcode'), { target: { value: 'K7MQ2XPA' } });
    fireEvent.change(screen.getByTestId('join-shortcode-password'), { target: { value: 'nope' } });
    fireEvent.change(screen.getByTestId('join-shortcode-server'), {
      target: { value: 'https://relay.example' },
    });
    fireEvent.click(screen.getByTestId('join-shortcode-submit'));
    expect((await screen.findByTestId('join-error')).textContent).toMatch(
      /^That code has expired, or the code or its password is wrong/,
    );
    expect(valueOf('join-shortcode')).toBe('K7MQ2XPA');
  });

  it('comes back to the entry saying why when the other device rejects the pairing', async () => {
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd-old', code: '111 222', expiresAt: Date.now() + 660_000 }),
    );
    render(<Harness onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: 'meow:1:abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await screen.findByTestId('join-waiting');
    act(() => {
      fake.current.emit('device.removed', {
        deviceUid: 'd-old',
        reason: 'rejected',
        joining: true,
      });
    });
    expect(screen.getByTestId('join-ended').textContent).toMatch(/rejected this pairing/);
    expect(screen.getByTestId('join-code-text')).toBeTruthy();
  });

  it('starts over: the pending pairing is forgotten, without a notice', async () => {
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd-old', code: '111 222', expiresAt: Date.now() + 660_000 }),
    );
    fake.current.handle('devices.reject', () => {
      fake.current.emit('device.removed', {
        deviceUid: 'd-old',
        reason: 'rejected',
        joining: true,
      });
      return Promise.resolve(null);
    });
    render(<Harness onDone={() => undefined} />);
    fireEvent.change(screen.getByTestId('join-code-text'), { target: { value: 'meow:1:abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    fireEvent.click(await screen.findByTestId('join-start-over'));
    await screen.findByTestId('join-code-text');
    expect(fake.current.commands['devices.reject']).toHaveBeenCalledWith({ deviceUid: 'd-old' });
    expect(screen.queryByTestId('join-ended')).toBeNull();
  });
});
