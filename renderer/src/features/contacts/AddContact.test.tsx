// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useNavigation } from '../../state/navigation';
import { useSettings } from '../../state/settings';
import { useFakeApi, valueOf } from '../../test/fake-api';
import { AddContact } from './AddContact';

// A picture without a QR code: the real decoder over random pixels (jsdom cannot decode files).
vi.mock('../../lib/qr', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/qr')>();
  const side = 96;
  const data = new Uint8ClampedArray(side * side * 4).map((_, i) => (i * 7919) % 251);
  return {
    ...real,
    decodeImageFile: (file: Blob) =>
      real.decodeImageFile(file, () => Promise.resolve({ data, width: side, height: side })),
  };
});

const fake = useFakeApi();
const SERVER = { url: 'http://127.0.0.1:8787', name: 'local', fingerprint: '3f2a 91c0' };

function open(): void {
  fake.current.handle('servers.list', () => Promise.resolve([SERVER]));
  fake.current.handle('peers.list', () => Promise.resolve([]));
  render(<AddContact />);
}

const type = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

describe('invite someone', () => {
  it('shows the QR, the text, the short code and password with a countdown', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const expiresAt = Date.now() + 3_600_000;
    fake.current.handle('invitations.create', () =>
      Promise.resolve({
        peerUid: 'bob',
        text: 'meow:1:invite',
        shortcode: 'K7QX-29',
        password: 'tulip-lamp',
        expiresAt,
      }),
    );
    open();
    type('invite-name', 'Bob');
    fireEvent.click(screen.getByTestId('invite-create'));
    expect(await screen.findByTestId('invitation-qr')).toBeTruthy();
    expect(fake.current.commands['invitations.create']).toHaveBeenCalledWith({
      name: 'Bob',
      viaShortcode: true,
      expirySeconds: 3600,
    });
    expect(valueOf('invitation-text')).toBe('meow:1:invite');
    expect(screen.getByTestId('invitation-shortcode').textContent).toBe('K7QX-29');
    expect(screen.getByTestId('invitation-password').textContent).toBe('tulip-lamp');
    expect(screen.getByTestId('invitation-expiry').textContent).toBe('Expires in 1:00:00');
    await act(async () => {
      vi.setSystemTime(expiresAt + 1);
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(screen.getByTestId('invitation-expired')).toBeTruthy();
  });

  it('keeps the name when creating fails', async () => {
    fake.current.fail('invitations.create', 'RELAY_UNAVAILABLE');
    open();
    type('invite-name', 'Bob');
    fireEvent.click(screen.getByTestId('invite-create'));
    expect((await screen.findByTestId('invite-error')).textContent).toMatch(/Cannot reach/);
    expect(valueOf('invite-name')).toBe('Bob');
  });
});

describe('accept an invitation', () => {
  it('opens the new conversation after accepting pasted text', async () => {
    fake.current.handle('invitations.accept', () => Promise.resolve({ peerUid: 'alice' }));
    open();
    type('accept-code-text', 'meow:1:abc');
    fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
    await waitFor(() => {
      expect(useNavigation.getState().openPeer).toBe('alice');
    });
    expect(fake.current.commands['invitations.accept']).toHaveBeenCalledWith({
      text: 'meow:1:abc',
    });
  });

  it.each(['INVITATION_BAD_PAYLOAD', 'INVITATION_BAD_CARD'])(
    'says "That is not a valid invitation" for %s and keeps the text',
    async (code) => {
      fake.current.fail('invitations.accept', code);
      open();
      type('accept-code-text', 'garbage');
      fireEvent.click(screen.getByRole('button', { name: 'Accept invitation' }));
      expect((await screen.findByTestId('accept-error')).textContent).toBe(
        'That is not a valid invitation. Ask for a new one.',
      );
      expect(valueOf('accept-code-text')).toBe('garbage');
    },
  );

  it('says "No Meow code found in that image" for a picture without one', async () => {
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Choose image' }));
    const input = screen.getByTestId('accept-code-file');
    fireEvent.change(input, {
      target: { files: [new File(['x'], 'cat.png', { type: 'image/png' })] },
    });
    expect((await screen.findByTestId('accept-code-error')).textContent).toBe(
      'No Meow code found in that image. Try a sharper picture of the code.',
    );
    expect(fake.current.commands['invitations.accept']).not.toHaveBeenCalled();
  });

  it('accepts a short code and password on a server, and explains an expired one', async () => {
    fake.current.fail('invitations.accept', 'RELAY_REJECTED', 'relay refused: INVITATION_DENIED');
    open();
    await waitFor(() => {
      expect(useSettings.getState().servers).toHaveLength(1);
    });
    fireEvent.click(screen.getByTestId('accept-mode-shortcode'));
    type('accept-shortcode', 'K7QX-29');
    type('accept-password', 'tulip-lamp');
    type('accept-server', SERVER.url);
    fireEvent.click(screen.getByTestId('accept-submit'));
    expect((await screen.findByTestId('accept-error')).textContent).toBe(
      'That invitation has expired, or the shortcode or password is wrong. Check them.',
    );
    expect(fake.current.commands['invitations.accept']).toHaveBeenCalledWith({
      shortcode: 'K7QX-29',
      password: 'tulip-lamp',
      serverUrl: SERVER.url,
    });
    expect(valueOf('accept-shortcode')).toBe('K7QX-29');
  });
});
