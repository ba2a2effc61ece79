/**
 * This computer's preferences: theme and message notifications. Whether notifications show
 * the text is a setting of this device in the engine (ProfileView.notificationText), so the
 * desktop app's system notifications follow it too; default off.
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useSettings, type Theme } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function PreferenceSettings() {
  const theme = useSettings((s) => s.theme);
  const notifications = useSettings((s) => s.notifications);
  const profile = useSettings((s) => s.profile);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggleText = (on: boolean): void => {
    setBusy(true);
    setError(null);
    useSettings
      .getState()
      .updateProfile({ notificationText: on })
      .catch((err: unknown) => {
        setError(errorText(err));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  const toggleNotifications = (on: boolean): void => {
    useSettings.getState().setNotifications(on);
    if (on && typeof Notification !== 'undefined' && Notification.permission === 'default') {
      void Notification.requestPermission();
    }
  };

  return (
    <section className="card stack" aria-labelledby="prefs-title">
      <h3 id="prefs-title">On this computer</h3>
      <fieldset>
        <legend>Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="checkbox">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              data-testid={`theme-${t.value}`}
              onChange={() => {
                useSettings.getState().setTheme(t.value);
              }}
            />
            {t.label}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={notifications}
          data-testid="notifications-toggle"
          onChange={(e) => {
            toggleNotifications(e.currentTarget.checked);
          }}
        />
        Notify me of new messages
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={profile?.notificationText === true}
          disabled={busy || profile === null}
          data-testid="notification-text-toggle"
          onChange={(e) => {
            toggleText(e.currentTarget.checked);
          }}
        />
        Show the message text in notifications
      </label>
      <p className="muted small">
        Off, a notification says only who wrote. On, anyone who can see this screen or its lock
        screen can read your messages there.
      </p>
      <ErrorText error={error} testId="notification-text-error" />
    </section>
  );
}
