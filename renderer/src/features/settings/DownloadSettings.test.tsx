// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '@meow/contract';
import { useSettings } from '../../state/settings';
import { useFakeApi } from '../../test/fake-api';
import { DownloadSettings } from './DownloadSettings';
import { Settings } from './Settings';

const fake = useFakeApi();
const profile: ProfileView = {
  nickname: 'Alice',
  status: '',
  defaultAvatar: '',
  avatars: [],
  separatePolls: false,
  notificationText: false,
  autoDownloadMiB: 20,
};

const select = (): HTMLSelectElement =>
  screen.getByTestId<HTMLSelectElement>('auto-download-select');

describe('the automatic download size', () => {
  it('shows 20 MB by default and saves another choice through profile.update', async () => {
    useSettings.setState({ profile });
    fake.current.handle('profile.update', (a) =>
      Promise.resolve({ ...profile, autoDownloadMiB: a.autoDownloadMiB ?? 20 }),
    );
    render(<DownloadSettings />);
    const box = screen.getByRole('combobox', { name: 'Download files automatically up to' });
    expect(box).toBe(select());
    expect(select().value).toBe('20');
    expect(Array.from(select().options, (o) => o.textContent)).toEqual([
      'Never',
      '5 MB',
      '20 MB',
      '50 MB',
      '100 MB',
    ]);
    fireEvent.change(select(), { target: { value: '0' } });
    await waitFor(() => {
      expect(fake.current.commands['profile.update']).toHaveBeenCalledWith({ autoDownloadMiB: 0 });
    });
    await waitFor(() => {
      expect(select().value).toBe('0');
    });
    expect(select().disabled).toBe(false);
    expect(useSettings.getState().profile?.autoDownloadMiB).toBe(0);
  });

  it('is rebuilt from profile.get when the screen opens (after a reload)', async () => {
    fake.current.handle('profile.get', () => Promise.resolve({ ...profile, autoDownloadMiB: 50 }));
    fake.current.handle('servers.list', () => Promise.resolve([]));
    fake.current.handle('servers.hosted', () => Promise.resolve({ available: false, relay: null }));
    fake.current.handle('servers.health', () => Promise.resolve([]));
    render(<Settings />);
    await waitFor(() => {
      expect(select().value).toBe('50');
    });
  });

  it('shows a size set elsewhere (the CLI, an older choice) among the choices', () => {
    useSettings.setState({ profile: { ...profile, autoDownloadMiB: 7 } });
    render(<DownloadSettings />);
    expect(select().value).toBe('7');
    expect(select().selectedOptions[0]?.textContent).toBe('7 MB');
  });

  it('waits for the profile before it can be changed', () => {
    render(<DownloadSettings />);
    expect(select().disabled).toBe(true);
  });

  it('says why in words when the change fails, and keeps the size it had', async () => {
    useSettings.setState({ profile });
    fake.current.fail('profile.update', 'STORAGE_LOCKED');
    render(<DownloadSettings />);
    fireEvent.change(select(), { target: { value: '100' } });
    expect((await screen.findByTestId('auto-download-error')).textContent).toBe(
      'Meow is locked. Unlock it and try again.',
    );
    expect(select().value).toBe('20');
  });
});
