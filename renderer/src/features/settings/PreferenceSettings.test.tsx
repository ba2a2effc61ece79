// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '@meow/contract';
import { useSettings } from '../../state/settings';
import { useFakeApi } from '../../test/fake-api';
import { PreferenceSettings } from './PreferenceSettings';

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

describe('message text in notifications', () => {
  it('is off by default and turned on through profile.update', async () => {
    useSettings.setState({ profile });
    fake.current.handle('profile.update', (a) =>
      Promise.resolve({ ...profile, notificationText: a.notificationText ?? false }),
    );
    render(<PreferenceSettings />);
    const toggle = screen.getByTestId<HTMLInputElement>('notification-text-toggle');
    expect(toggle.checked).toBe(false);
    expect(screen.getByText(/a notification says only who wrote/)).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => {
      expect(fake.current.commands['profile.update']).toHaveBeenCalledWith({
        notificationText: true,
      });
    });
    await waitFor(() => {
      expect(screen.getByTestId<HTMLInputElement>('notification-text-toggle').checked).toBe(true);
    });
  });

  it('says why in words when the change fails, and stays off', async () => {
    useSettings.setState({ profile });
    fake.current.fail('profile.update', 'STORAGE_LOCKED');
    render(<PreferenceSettings />);
    fireEvent.click(screen.getByTestId('notification-text-toggle'));
    expect((await screen.findByTestId('notification-text-error')).textContent).toBe(
      'Meow is locked. Unlock it and try again.',
    );
    expect(screen.getByTestId<HTMLInputElement>('notification-text-toggle').checked).toBe(false);
  });
});
