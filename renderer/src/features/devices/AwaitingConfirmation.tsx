/**
 * On a new device that answered a pairing QR: until the other device confirms, this is not a
 * usable account yet. The notice is rebuilt from the engine's device list, so it is there after
 * a reload or a restart too, with the pairing's deadline; *Start over* forgets the pending
 * pairing. When the pairing ended (rejected there, or lapsed) on an account that has contacts,
 * the notice says so; an account with nothing else goes back to the join screen (App.tsx).
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useDevices } from '../../state/devices';
import { joinEndedText, usePairing } from '../../state/pairing';
import { Countdown } from '../../ui/Countdown';
import { ErrorText } from '../../ui/ErrorText';

function JoinEnded() {
  const text = usePairing((s) => joinEndedText(s.join.ended));
  if (!text) return null;
  return (
    <div className="banner" role="status" data-testid="join-ended-banner">
      <span>{text}</span>{' '}
      <button
        type="button"
        onClick={() => {
          usePairing.getState().resetJoin();
        }}
      >
        Dismiss
      </button>
    </div>
  );
}

export function AwaitingConfirmation() {
  const pending = useDevices((s) => s.devices.find((d) => d.step === 'answered'));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!pending) return <JoinEnded />;
  const name = pending.name || 'your other device';
  const startOver = (): void => {
    setBusy(true);
    setError(null);
    usePairing
      .getState()
      .startOver(pending.uid)
      .then(() => useDevices.getState().load())
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
      {pending.expiresAt !== null && <Countdown until={pending.expiresAt} testId="awaiting" />}{' '}
      <button type="button" disabled={busy} data-testid="awaiting-start-over" onClick={startOver}>
        Start over
      </button>
      <ErrorText error={error} />
    </div>
  );
}
