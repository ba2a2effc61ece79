/**
 * A button that starts something that may fail: disabled with `busyLabel` while it runs, the
 * failure's sentence beside it. `staysBusy`: it stays disabled after success (a download or a
 * cancel, whose outcome the attachment's state shows from then on; its key is that state).
 * `ariaLabel`: a fuller name than the visible label ("Cancel download" for "Cancel"), while it
 * is not busy (a name must hold the visible text, so "Cancelling…" goes by itself).
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';

export function ActionButton(props: {
  label: string;
  busyLabel: string;
  testId: string;
  run: () => Promise<unknown>;
  staysBusy?: boolean;
  ariaLabel?: string;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = (): void => {
    setBusy(true);
    setError(null);
    props.run().then(
      () => {
        if (!props.staysBusy) setBusy(false);
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };
  return (
    <>
      <button
        type="button"
        onClick={start}
        disabled={busy}
        data-testid={props.testId}
        aria-label={busy ? undefined : props.ariaLabel}
      >
        {busy ? props.busyLabel : props.label}
      </button>
      {error && (
        <span className="error-text small" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
