// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { useNavigation } from '../../state/navigation';
import { useFakeApi, valueOf } from '../../test/fake-api';

const fake = useFakeApi();
const SERVER = { url: 'http://127.0.0.1:8787', name: 'local', fingerprint: '3f2a 91c0' };

function openSettings(): void {
  fake.current.handle('app.status', () => Promise.resolve({ state: 'unlocked', profileDir: '/p' }));
  fake.current.handle('peers.list', () => Promise.resolve([]));
  fake.current.handle('devices.list', () => Promise.resolve([]));
  fake.current.handle('servers.list', () => Promise.resolve([SERVER]));
  fake.current.handle('profile.get', () =>
    Promise.resolve({
      nickname: 'Alice',
      status: 'hi',
      defaultAvatar: '',
      avatars: [],
      separatePolls: false,
      notificationText: false,
      autoDownloadMiB: 20,
    }),
  );
  useNavigation.setState({ screen: 'settings' });
  render(<App />);
}

describe('Settings', () => {
  it('shows the profile and servers with fingerprints', async () => {
    openSettings();
    await waitFor(() => {
      expect(valueOf('profile-nickname')).toBe('Alice');
    });
    expect(screen.getByTestId('server-fingerprint').textContent).toBe('3f2a 91c0');
  });

  it('applies the theme to the page and remembers it', async () => {
    openSettings();
    fireEvent.click(await screen.findByTestId('theme-dark'));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('meow.theme')).toBe('dark');
    fireEvent.click(screen.getByTestId('theme-system'));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('keeps the typed server address when adding fails', async () => {
    openSettings();
    fake.current.fail('servers.add', 'RELAY_UNAVAILABLE');
    fireEvent.change(await screen.findByTestId('server-url'), {
      target: { value: 'http://10.0.0.1:1' },
    });
    fireEvent.click(screen.getByTestId('server-add'));
    expect((await screen.findByTestId('server-error')).textContent).toMatch(/Cannot reach/);
    expect(valueOf('server-url')).toBe('http://10.0.0.1:1');
  });

  it('saves nickname and status', async () => {
    openSettings();
    fake.current.handle('profile.update', (a) =>
      Promise.resolve({
        nickname: a.nickname ?? '',
        status: a.status ?? '',
        defaultAvatar: '',
        avatars: [],
        separatePolls: false,
        notificationText: false,
        autoDownloadMiB: 20,
      }),
    );
    await waitFor(() => {
      expect(valueOf('profile-nickname')).toBe('Alice');
    });
    fireEvent.change(screen.getByTestId('profile-status'), { target: { value: 'away' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => {
      expect(fake.current.commands['profile.update']).toHaveBeenCalledWith({
        nickname: 'Alice',
        status: 'away',
      });
    });
  });
});
