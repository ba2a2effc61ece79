/**
 * The existing device's side of pairing: show a pairing QR (and a short code to type instead),
 * wait for the new device to answer, then show the code it computed so the user can compare
 * both screens and confirm or reject — before the pairing lapses (countdown).
 */
import { useState } from 'react';
import { usePairing } from '../../state/pairing';
import { CopyField } from '../../ui/CopyField';
import { Countdown } from '../../ui/Countdown';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { QrImage } from '../../ui/QrImage';
import { CodeConfirm } from './CodeConfirm';
import { TypedPairingCode } from './TypedPairingCode';

const PAIRING_IDS = {
  panel: 'pairing-confirming',
  code: 'pairing-code',
  confirm: 'pairing-confirm',
  reject: 'pairing-reject',
};

function Idle() {
  const [name, setName] = useState('');
  return (
    <form
      className="stack"
      onSubmit={(e) => {
        e.preventDefault();
        void usePairing.getState().startPairing(name.trim() || undefined);
      }}
    >
      <Field
        label="Name of this device (shown on the new one)"
        value={name}
        maxLength={64}
        placeholder="e.g. Desktop"
        onChange={(e) => {
          setName(e.currentTarget.value);
        }}
      />
      <button type="submit" className="primary" data-testid="pair-start">
        Pair a new device
      </button>
    </form>
  );
}

function Done({ testId, children }: { testId: string; children: string }) {
  return (
    <div className="stack" data-testid={testId}>
      <p role="status">{children}</p>
      <button type="button" onClick={() => void usePairing.getState().cancel()}>
        Done
      </button>
    </div>
  );
}

export function PairDevice() {
  const pair = usePairing((s) => s.pair);
  const cancel = (): void => {
    void usePairing.getState().cancel();
  };

  switch (pair.phase) {
    case 'idle':
      return <Idle />;
    case 'creating':
      return (
        <p role="status" className="muted">
          Creating a pairing code…
        </p>
      );
    case 'waiting':
      return (
        <div className="stack">
          <QrImage text={pair.text} label="Pairing QR code" testId="pairing-qr" />
          <CopyField label="Pairing code text" value={pair.text} testId="pairing-text" />
          <TypedPairingCode
            shortcode={pair.shortcode}
            password={pair.password}
            serverUrl={pair.serverUrl}
          />
          {pair.expiresAt !== null && <Countdown until={pair.expiresAt} testId="pairing" />}
          <p role="status" data-testid="pairing-waiting">
            <span className="spinner" aria-hidden="true" /> Waiting for the new device to scan this
            code…
          </p>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
        </div>
      );
    case 'confirming':
      return (
        <CodeConfirm
          name={pair.deviceName || 'A new device'}
          code={pair.code}
          busy={pair.busy}
          ids={PAIRING_IDS}
          onConfirm={() => void usePairing.getState().confirm()}
          onReject={() => void usePairing.getState().reject()}
        >
          {pair.expiresAt !== null && <Countdown until={pair.expiresAt} testId="pairing" />}
          <ErrorText error={pair.error} testId="pairing-error" />
        </CodeConfirm>
      );
    case 'paired':
      return (
        <Done testId="pairing-paired">{`Paired with ${pair.deviceName || 'your new device'}. It is receiving your profile, servers and contacts.`}</Done>
      );
    case 'rejected':
      return <Done testId="pairing-rejected">Pairing rejected. That device was not added.</Done>;
    case 'expired':
      return (
        <Done testId="pairing-expired">
          This pairing expired before it was confirmed. That device was not added; start again to
          pair it.
        </Done>
      );
    case 'error':
      return (
        <div className="stack">
          <ErrorText error={pair.error} testId="pairing-error" />
          <button type="button" onClick={cancel}>
            Try again
          </button>
        </div>
      );
  }
}
