/** Your other devices: state, when paired, which contacts each talks to; revoke; fetch history. */
import { useState } from 'react';
import type { DeviceView } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { useDevices } from '../../state/devices';
import { Countdown } from '../../ui/Countdown';
import { ErrorText } from '../../ui/ErrorText';
import { CodeConfirm } from './CodeConfirm';
import { DeviceDetails } from './DeviceDetails';
import { HistoryProgress } from './HistoryProgress';

const STEP_TEXT: Record<DeviceView['step'], string> = {
  offered: 'Pairing code shown, not answered yet',
  answered: 'Answered, waiting for confirmation',
  confirming: 'Waiting for you to confirm the code',
  finalized: 'Paired',
};

/** A pairing whose code still waits to be compared: rebuilt from the engine after a reload. */
const CONFIRM_IDS = {
  panel: 'device-confirm-panel',
  code: 'device-code',
  confirm: 'device-confirm',
  reject: 'device-reject',
};

/** Syncs from this device that expired on the relay before this one fetched them. */
function ExpiredNote({ device, name }: { device: DeviceView; name: string }) {
  const gap = useDevices((s) => s.expired[device.uid]);
  if (!gap) return null;
  const what =
    gap.expired === 0
      ? 'Some updates'
      : `${gap.unknown ? 'At least ' : ''}${gap.expired} update${gap.expired === 1 ? '' : 's'}`;
  const verb = gap.expired === 0 ? 'may have expired' : 'expired';
  return (
    <p className="notice small" role="status" data-testid="device-expired">
      {what} from {name} {verb} on the relay before this device fetched them. Request history to
      fetch what is missing.
    </p>
  );
}

function DeviceRow({ device }: { device: DeviceView }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = device.name || 'Unnamed device';

  const run = (action: () => Promise<void>): void => {
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
        setConfirming(false);
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };

  return (
    <li className="device-row card" data-testid="device-row" data-device-uid={device.uid}>
      <div className="device-info">
        <h3>{name}</h3>
        <p className="small" data-testid="device-step" data-step={device.step}>
          {STEP_TEXT[device.step]}
          {device.step === 'finalized' && device.pairedAt > 0 && (
            <> since {new Date(device.pairedAt).toLocaleDateString()}</>
          )}
        </p>
        {device.expiresAt !== null && <Countdown until={device.expiresAt} testId="device" />}
        {device.step === 'confirming' && device.code !== null && (
          <CodeConfirm
            name={device.name || 'The new device'}
            code={device.code}
            busy={busy}
            ids={CONFIRM_IDS}
            onConfirm={() => {
              run(() => useDevices.getState().confirm(device.uid));
            }}
            onReject={() => {
              run(() => useDevices.getState().reject(device.uid));
            }}
          />
        )}
        <DeviceDetails device={device} />
        <ExpiredNote device={device} name={name} />
        <HistoryProgress deviceUid={device.uid} />
        <ErrorText error={error} />
      </div>
      <div className="device-actions">
        {device.step === 'finalized' && (
          <button
            type="button"
            disabled={busy}
            aria-label={`Request history from ${name}`}
            onClick={() => {
              run(() => useDevices.getState().requestHistory(device.uid));
            }}
          >
            Request history
          </button>
        )}
        {confirming ? (
          <div
            className="row"
            role="group"
            aria-label={`Confirm revoking ${name}`}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setConfirming(false);
            }}
          >
            <span>Revoke {name}? It will stop receiving your messages.</span>
            <button
              type="button"
              className="danger"
              disabled={busy}
              data-testid="revoke-confirm"
              autoFocus
              onClick={() => {
                run(() => useDevices.getState().revoke(device.uid));
              }}
            >
              Yes, revoke
            </button>
            <button
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              Cancel
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="danger"
            aria-label={`Revoke ${name}`}
            data-testid="revoke-button"
            onClick={() => {
              setConfirming(true);
            }}
          >
            Revoke
          </button>
        )}
      </div>
    </li>
  );
}

export function DeviceList() {
  const devices = useDevices((s) => s.devices);
  const loaded = useDevices((s) => s.loaded);
  const error = useDevices((s) => s.error);
  return (
    <>
      <ErrorText error={error} />
      {loaded && devices.length === 0 && (
        <p className="muted">No other devices yet. This is your only device.</p>
      )}
      <ul className="device-list" aria-label="Your devices" data-testid="device-list">
        {devices.map((d) => (
          <DeviceRow key={d.uid} device={d} />
        ))}
      </ul>
    </>
  );
}
