/** This computer's preferences: theme and message notifications. */
import { useSettings, type Theme } from '../../state/settings';

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function PreferenceSettings() {
  const theme = useSettings((s) => s.theme);
  const notifications = useSettings((s) => s.notifications);

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
        Notify me of new messages (never shows their text)
      </label>
    </section>
  );
}
