/**
 * How large a received photo or file may be for this device to download it by itself
 * (ProfileView.autoDownloadMiB: an engine setting of this device alone, default 20; 0 =
 * never). Larger ones wait for Download in their bubble. A change applies to files arriving
 * from then on: files already waiting stay so.
 */
import { useId, useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';

/** The sizes offered, in MiB ("MB" on screen, like the size a bubble shows). */
export const AUTO_DOWNLOAD_CHOICES: readonly number[] = [0, 5, 20, 50, 100];

function choiceLabel(mib: number): string {
  return mib === 0 ? 'Never' : `${mib} MB`;
}

/** The choices, with the current value among them (one set elsewhere, e.g. 7 MiB). */
function choicesWith(current: number | undefined): number[] {
  const list = [...AUTO_DOWNLOAD_CHOICES];
  if (current !== undefined && !list.includes(current)) list.push(current);
  return list.sort((a, b) => a - b);
}

export function DownloadSettings() {
  const current = useSettings((s) => s.profile?.autoDownloadMiB);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const change = (mib: number): void => {
    setBusy(true);
    setError(null);
    useSettings
      .getState()
      .updateProfile({ autoDownloadMiB: mib })
      .catch((err: unknown) => {
        setError(errorText(err));
      })
      .finally(() => {
        setBusy(false);
      });
  };

  return (
    <section className="card stack" aria-labelledby="downloads-title">
      <h3 id="downloads-title">Photos and files on this device</h3>
      <div className="field">
        <label htmlFor={id}>Download files automatically up to</label>
        <select
          id={id}
          value={current === undefined ? '' : String(current)}
          disabled={busy || current === undefined}
          data-testid="auto-download-select"
          onChange={(e) => {
            change(Number(e.currentTarget.value));
          }}
        >
          {current === undefined && <option value="">…</option>}
          {choicesWith(current).map((mib) => (
            <option key={mib} value={String(mib)}>
              {choiceLabel(mib)}
            </option>
          ))}
        </select>
      </div>
      <p className="muted small">
        Larger ones wait until you click Download. A change applies to files that arrive from now
        on.
      </p>
      <ErrorText error={error} testId="auto-download-error" />
    </section>
  );
}
