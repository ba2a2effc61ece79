// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeviceView, PeerView } from '@meow/contract';
import { App } from '../../App';
import { peer, useFakeApi, valueOf } from '../../test/fake-api';

const fake = useFakeApi();

function stubUnlockedApp(): void {
  fake.current.handle('peers.list', () => Promise.resolve([]));
  fake.current.handle('devices.list', () => Promise.resolve([]));
  fake.current.handle('servers.list', () => Promise.resolve([]));
  fake.current.handle('profile.get', () =>
    Promise.resolve({
      nickname: 'Alice',
      status: '',
      defaultAvatar: '',
      avatars: [],
      separatePolls: false,
      notificationText: false,
      autoDownloadMiB: 20,
    }),
  );
}

function startApp(state: 'no-identity' | 'locked'): void {
  fake.current.handle('app.status', () => Promise.resolve({ state, profileDir: '/tmp/p' }));
  stubUnlockedApp();
  render(<App />);
}

const type = (testId: string, value: string): void => {
  fireEvent.change(screen.getByTestId(testId), { target: { value } });
};

describe('unlock', () => {
  it('says "Wrong password" and keeps what was typed', async () => {
    startApp('locked');
    fake.current.fail('identity.unlock', 'IDENTITY_BAD_PASSWORD', 'wrong password');
    await screen.findByTestId('unlock-password');
    type('unlock-password', 'hunter22');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    expect((await screen.findByTestId('unlock-error')).textContent).toBe(
      'Wrong password. Type it again.',
    );
    expect(valueOf('unlock-password')).toBe('hunter22');
  });

  it('opens the app after a correct password', async () => {
    startApp('locked');
    fake.current.handle('identity.unlock', () => Promise.resolve({ state: 'unlocked' }));
    await screen.findByTestId('unlock-password');
    type('unlock-password', 'right-password');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await screen.findByTestId('conversation-list');
    expect(fake.current.commands['identity.unlock']).toHaveBeenCalledWith({
      password: 'right-password',
    });
  });

  it('returns to the unlock screen when the host reports the app locked', async () => {
    startApp('locked');
    fake.current.handle('identity.unlock', () => Promise.resolve({ state: 'unlocked' }));
    await screen.findByTestId('unlock-password');
    type('unlock-password', 'right-password');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    await screen.findByTestId('conversation-list');
    act(() => {
      fake.current.emit('app.stateChanged', { state: 'locked' });
    });
    expect(await screen.findByTestId('unlock-password')).toBeTruthy();
  });
});

describe('create identity', () => {
  it('checks the password locally before asking the engine', async () => {
    startApp('no-identity');
    await screen.findByTestId('create-nickname');
    type('create-nickname', 'Alice');
    type('create-password', 'short');
    type('create-password-repeat', 'short');
    fireEvent.click(screen.getByTestId('create-submit'));
    expect((await screen.findByTestId('create-error')).textContent).toBe(
      'Use at least 8 characters',
    );
    type('create-password', 'long enough');
    type('create-password-repeat', 'long enougH');
    fireEvent.click(screen.getByTestId('create-submit'));
    expect((await screen.findByTestId('create-error')).textContent).toBe(
      'The passwords do not match',
    );
    expect(fake.current.commands['identity.create']).not.toHaveBeenCalled();
  });

  it('shows an engine error and keeps every field', async () => {
    startApp('no-identity');
    fake.current.fail('identity.create', 'IDENTITY_EXISTS');
    await screen.findByTestId('create-nickname');
    type('create-nickname', 'Alice');
    type('create-password', 'long enough');
    type('create-password-repeat', 'long enough');
    fireEvent.click(screen.getByTestId('create-submit'));
    expect((await screen.findByTestId('create-error')).textContent).toBe(
      'There is already an identity on this computer. Unlock it instead.',
    );
    expect(valueOf('create-nickname')).toBe('Alice');
    expect(valueOf('create-password')).toBe('long enough');
  });

  it('creates the identity and opens the app', async () => {
    startApp('no-identity');
    fake.current.handle('identity.create', () => Promise.resolve({ state: 'unlocked' }));
    await screen.findByTestId('create-nickname');
    type('create-nickname', ' Alice ');
    type('create-password', 'long enough');
    type('create-password-repeat', 'long enough');
    fireEvent.click(screen.getByTestId('create-submit'));
    await screen.findByTestId('conversation-list');
    expect(fake.current.commands['identity.create']).toHaveBeenCalledWith({
      nickname: 'Alice',
      password: 'long enough',
    });
  });
});

describe('join as a new device', () => {
  it('creates the identity, then takes the pairing QR and waits for confirmation', async () => {
    startApp('no-identity');
    fake.current.handle('identity.create', () => Promise.resolve({ state: 'unlocked' }));
    fake.current.handle('devices.join', () =>
      Promise.resolve({ deviceUid: 'd1', code: '123 456', expiresAt: Date.now() + 600_000 }),
    );
    fireEvent.click(await screen.findByTestId('mode-join'));
    type('join-device-name', 'Laptop');
    type('join-password', 'long enough');
    type('join-password-repeat', 'long enough');
    fireEvent.click(screen.getByTestId('join-setup-submit'));
    // Still onboarding (not the app) although the identity is now unlocked.
    await screen.findByTestId('join-code-text');
    expect(screen.queryByTestId('conversation-list')).toBeNull();
    expect(fake.current.commands['identity.create']).toHaveBeenCalledWith({
      nickname: 'Laptop',
      password: 'long enough',
    });

    type('join-code-text', 'meow:1:pairing');
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    expect((await screen.findByTestId('pairing-code')).textContent).toBe('123 456');
    act(() => {
      fake.current.emit('device.paired', { deviceUid: 'd1', name: 'Desk' });
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    await screen.findByTestId('conversation-list');
  });

  it('reports a bad pairing code without leaving the screen', async () => {
    startApp('no-identity');
    fake.current.handle('identity.create', () => Promise.resolve({ state: 'unlocked' }));
    fake.current.fail('devices.join', 'INVITATION_BAD_CARD');
    fireEvent.click(await screen.findByTestId('mode-join'));
    type('join-password', 'long enough');
    type('join-password-repeat', 'long enough');
    fireEvent.click(screen.getByTestId('join-setup-submit'));
    await screen.findByTestId('join-code-text');
    type('join-code-text', 'meow:1:x');
    fireEvent.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => {
      expect(screen.getByTestId('join-error').textContent).toBe(
        'That is not a valid invitation. Ask for a new one.',
      );
    });
    expect(valueOf('join-code-text')).toBe('meow:1:x');
  });
});

describe('a join that ended', () => {
  const waiting: DeviceView = {
    uid: 'd-desk',
    name: 'Desk',
    step: 'answered',
    code: '123 456',
    pairedAt: 0,
    primaryFor: [],
    lastSeenAt: null,
    syncWaiting: 0,
    expiresAt: Date.now() + 600_000,
  };

  async function unlockWaiting(peers: PeerView[]): Promise<void> {
    startApp('locked');
    fake.current.handle('identity.unlock', () => Promise.resolve({ state: 'unlocked' }));
    fake.current.handle('devices.list', () => Promise.resolve([waiting]));
    fake.current.handle('peers.list', () => Promise.resolve(peers));
    await screen.findByTestId('unlock-password');
    type('unlock-password', 'right-password');
    fireEvent.click(screen.getByTestId('unlock-submit'));
    expect((await screen.findByTestId('awaiting-expiry')).textContent).toMatch(/^Expires in/);
    fake.current.handle('devices.list', () => Promise.resolve([]));
    act(() => {
      fake.current.emit('device.removed', {
        deviceUid: 'd-desk',
        reason: 'expired',
        joining: true,
      });
    });
  }

  it('brings an otherwise empty account back to the join screen, saying why', async () => {
    await unlockWaiting([]);
    expect((await screen.findByTestId('join-ended')).textContent).toMatch(/expired before it/);
    expect(screen.getByTestId('join-code-text')).toBeTruthy();
    expect(screen.queryByTestId('conversation-list')).toBeNull();
  });

  it('keeps an account with contacts open, with a notice', async () => {
    await unlockWaiting([peer({ name: 'Bob' })]);
    expect((await screen.findByTestId('join-ended-banner')).textContent).toMatch(/expired/);
    expect(screen.getByTestId('conversation-list')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('join-ended-banner')).toBeNull();
  });
});
