// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '@meow/contract';
import { useSettings } from '../../state/settings';
import { useFakeApi } from '../../test/fake-api';
import { PrivacySettings } from './PrivacySettings';

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

describe('separate connections toggle', () => {
  it('shows the setting and switches it through profile.update', async () => {
    useSettings.setState({ profile });
    fake.current.handle('profile.update', (a) =>
      Promise.resolve({ ...profile, separatePolls: a.separatePolls ?? false }),
    );
    render(<PrivacySettings />);
    const toggle = screen.getByTestId<HTMLInputElement>('separate-polls-toggle');
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    await waitFor(() => {
      expect(fake.current.commands['profile.update']).toHaveBeenCalledWith({ separatePolls: true });
    });
    await waitFor(() => {
      expect(screen.getByTestId<HTMLInputElement>('separate-polls-toggle').checked).toBe(true);
    });
  });

  it('says why when the change fails, and keeps the old state', async () => {
    useSettings.setState({ profile });
    fake.current.fail('profile.update', 'STORAGE_LOCKED');
    render(<PrivacySettings />);
    fireEvent.click(screen.getByTestId('separate-polls-toggle'));
    expect((await screen.findByTestId('separate-polls-error')).textContent).toBe(
      'Meow is locked. Unlock it and try again.',
    );
    expect(screen.getByTestId<HTMLInputElement>('separate-polls-toggle').checked).toBe(false);
  });
});
