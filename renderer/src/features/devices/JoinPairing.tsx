/**
 * The new device's side of pairing: enter the pairing QR shown by your existing device (paste,
 * camera or picture), then compare the code shown here with the one there and wait for the
 * existing device to confirm ('device.paired').
 */
import { usePairing } from '../../state/pairing';
import { CodeInput } from '../../ui/CodeInput';
import { ErrorText } from '../../ui/ErrorText';

export function JoinPairing({ deviceName, onDone }: { deviceName?: string; onDone: () => void }) {
  const join = usePairing((s) => s.join);

  if (join.phase === 'waiting') {
    return (
      <div className="stack" data-testid="join-waiting">
        <p>Check that your other device shows this code:</p>
        <p className="pairing-code" data-testid="pairing-code" aria-label={`Code ${join.code}`}>
          {join.code}
        </p>
        <p role="status" className="muted" data-testid="pairing-waiting-confirmation">
          <span className="spinner" aria-hidden="true" /> Waiting for you to confirm on your other
          device…
        </p>
      </div>
    );
  }

  if (join.phase === 'paired') {
    return (
      <div className="stack" data-testid="pairing-paired">
        <p role="status">
          Paired! Your profile, servers and contacts are arriving from your other device.
        </p>
        <button
          type="button"
          className="primary"
          onClick={() => {
            usePairing.getState().resetJoin();
            onDone();
          }}
        >
          Continue
        </button>
      </div>
    );
  }

  return (
    <div className="stack">
      <p className="muted">
        On your existing device open <strong>Devices → Pair a new device</strong>, then scan or
        paste the code it shows.
      </p>
      <CodeInput
        label="Pairing code"
        submitLabel="Join"
        busy={join.phase === 'joining'}
        testId="join-code"
        onSubmit={(code) => {
          void usePairing.getState().joinWith(code, deviceName);
        }}
      />
      <ErrorText error={join.error} testId="join-error" />
    </div>
  );
}
