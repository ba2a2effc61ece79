/**
 * On a new device that answered a pairing QR: until the other device confirms, this is not a
 * usable account yet. The notice is rebuilt from the engine's device list, so it is there after
 * a reload or a restart too; *Start over* forgets the pending pairing.
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useDevices } from '../../state/devices';
import { ErrorText } from '../../ui/ErrorText';

export function AwaitingConfirmation() {
  const pending = useDevices((s) => s.devices.find((d) => d.step === 'answered'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!pending) return null;
  const name = pending.name || 'your other device';
  const startOver = (): void => {
    setBusy(true);
    setError(null);
    useDevices
      .getState()
      .reject(pending.uid)
      .then(
        () => {
          setBusy(false);
        },
        (err: unknown) => {
          setBusy(false);
          setError(errorText(err));
        },
      );
  };
  return (
    <div className="banner" role="status" data-testid="awaiting-confirmation">
      <span>
        Waiting for confirmation on <strong>{name}</strong>
        {pending.code !== null && (
          <>
            {' '}
            — it should show the code <strong data-testid="awaiting-code">{pending.code}</strong>
          </>
        )}
        . Confirm there to finish pairing this device.
      </span>{' '}
      <button type="button" disabled={busy} data-testid="awaiting-start-over" onClick={startOver}>
        Start over
      </button>
      <ErrorText error={error} />
    </div>
  );
}
