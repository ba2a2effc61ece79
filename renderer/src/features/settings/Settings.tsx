/** Settings screen. */
import { useEffect } from 'react';
import { useSession } from '../../state/session';
import { useSettings } from '../../state/settings';
import { DownloadSettings } from './DownloadSettings';
import { PasswordSettings } from './PasswordSettings';
import { PreferenceSettings } from './PreferenceSettings';
import { PrivacySettings } from './PrivacySettings';
import { ProfileSettings } from './ProfileSettings';
import { HostedRelaySettings } from './HostedRelaySettings';
import { ServerSettings } from './ServerSettings';

export function Settings() {
  const profileDir = useSession((s) => s.profileDir);
  useEffect(() => {
    void useSettings.getState().loadProfile();
    void useSettings.getState().loadServers();
  }, []);
  return (
    <div className="screen stack">
      <h2>Settings</h2>
      <ProfileSettings />
      <ServerSettings />
      <HostedRelaySettings />
      <PreferenceSettings />
      <DownloadSettings />
      <PrivacySettings />
      <PasswordSettings />
      {profileDir && <p className="muted small">Your data folder: {profileDir}</p>}
    </div>
  );
}
