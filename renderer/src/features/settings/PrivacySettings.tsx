/**
 * How this device talks to relays: the separate-connections option (engine setting, this
 * device only; PROTOCOL.md §7 "What still links your queues"). Takes effect at once.
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';

export function PrivacySettings() {
  const profile = useSettings((s) => s.profile);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const toggle = (on: boolean): void => {
    setBusy(true);
    setError(null);
    useSettings
      .getState()
      .updateProfile({ separatePolls: on })
      .catch((err: unknown) => {
        setError(errorText(err));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <section className="card stack" aria-labelledby="privacy-title">
      <h3 id="privacy-title">Privacy on this device</h3>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={profile?.separatePolls === true}
          disabled={busy || profile === null}
          data-testid="separate-polls-toggle"
          onChange={(e) => {
            toggle(e.currentTarget.checked);
          }}
        />
        Check each contact for messages on its own connection
      </label>
      <p className="muted small">
        The relay then does not see your contacts listed together in one request. It still sees your
        network address and when you are online. Uses one connection per contact.
      </p>
      <ErrorText error={error} testId="separate-polls-error" />
    </section>
  );
}
