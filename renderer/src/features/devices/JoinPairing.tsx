/**
 * The new device's side of pairing: enter the pairing QR shown by your existing device (paste,
 * camera or picture) or type its short code, then compare the code shown here with the one
 * there and wait for the existing device to confirm ('device.paired') before the deadline.
 * A pairing rejected there, lapsed, or started over here comes back to the entry, saying why.
 */
import { useState } from 'react';
import { joinEndedText, usePairing, type JoinInput } from '../../state/pairing';
import { CodeInput } from '../../ui/CodeInput';
import { Countdown } from '../../ui/Countdown';
import { ErrorText } from '../../ui/ErrorText';
import { JoinByShortcode } from './JoinByShortcode';

function Waiting() {
  const join = usePairing((s) => s.join);
  const [busy, setBusy] = useState(false);
  const startOver = (): void => {
    setBusy(true);
    usePairing
      .getState()
      .startOver(join.deviceUid)
      .catch(() => undefined) // gone already: the entry is back either way
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <div className="stack" data-testid="join-waiting">
      <p>Check that your other device shows this code:</p>
      <p className="pairing-code" data-testid="pairing-code">
        {join.code}
      </p>
      <p role="status" className="muted" data-testid="pairing-waiting-confirmation">
        <span className="spinner" aria-hidden="true" /> Waiting for you to confirm on your other
        device…
      </p>
      {join.expiresAt !== null && <Countdown until={join.expiresAt} testId="join" />}
      <button type="button" disabled={busy} data-testid="join-start-over" onClick={startOver}>
        Start over
      </button>
    </div>
  );
}

export function JoinPairing({ deviceName, onDone }: { deviceName?: string; onDone: () => void }) {
  const join = usePairing((s) => s.join);
  const [mode, setMode] = useState<'qr' | 'typed'>('qr');

  if (join.phase === 'waiting') return <Waiting />;

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

  const submit = (input: JoinInput): void => {
    void usePairing.getState().joinWith(input, deviceName);
  };
  const notice = joinEndedText(join.ended);
  return (
    <div className="stack">
      {notice && (
        <p role="status" className="notice" data-testid="join-ended" data-ended={join.ended}>
          {notice}
        </p>
      )}
      <p className="muted">
        On your existing device open <strong>Devices → Pair a new device</strong>, then scan or
        paste the code it shows, or type its short code and password.
      </p>
      <div className="segmented" role="group" aria-label="What does your other device show?">
        <button
          type="button"
          aria-pressed={mode === 'qr'}
          data-testid="join-mode-qr"
          onClick={() => {
            setMode('qr');
          }}
        >
          QR code or text
        </button>
        <button
          type="button"
          aria-pressed={mode === 'typed'}
          data-testid="join-mode-shortcode"
          onClick={() => {
            setMode('typed');
          }}
        >
          Type a code
        </button>
      </div>
      {mode === 'qr' ? (
        <CodeInput
          label="Pairing code"
          submitLabel="Join"
          busy={join.phase === 'joining'}
          testId="join-code"
          onSubmit={(text) => {
            submit({ text });
          }}
        />
      ) : (
        <JoinByShortcode busy={join.phase === 'joining'} onSubmit={submit} />
      )}
      <ErrorText error={join.error} testId="join-error" />
    </div>
  );
}
