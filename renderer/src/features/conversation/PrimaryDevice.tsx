/**
 * Which of your devices talks to this contact (its *primary*), from peers.list and
 * devices.list, with a way to move it to this device; and a quiet notice when it just moved.
 */
import type { PeerView } from '@meow/contract';
import { deviceName, useDevices } from '../../state/devices';
import { MakePrimaryButton } from '../devices/MakePrimary';

/** Under the contact's name in the conversation header. */
export function PrimaryDevice({ peer }: { peer: PeerView }) {
  const devices = useDevices((s) => s.devices);
  const here = peer.primaryDeviceUid === '';
  // With no other device there is nothing to choose between: say nothing.
  if (here && !devices.some((d) => d.step === 'finalized')) return null;
  return (
    <div className="primary-device">
      <p className="muted small" data-testid="primary-device-note" data-here={here}>
        Primary device: {here ? 'This device' : deviceName(devices, peer.primaryDeviceUid)}
        {!here && <> — your messages to {peer.name} go through it</>}
      </p>
      {!here && (
        <MakePrimaryButton
          key={peer.uid} // what it said about one contact is not about the next
          peerUid={peer.uid}
          label="Make this device primary"
          testId="make-primary"
        />
      )}
    </div>
  );
}

/** Shown once the primary changed while the app is open; the header above is the lasting state. */
export function PrimaryChangeNotice({ peer }: { peer: PeerView }) {
  const changedTo = useDevices((s) => s.primaryChanges[peer.uid]);
  const devices = useDevices((s) => s.devices);
  if (changedTo === undefined) return null;
  const text =
    changedTo === ''
      ? `This device now talks to ${peer.name} directly`
      : `Your device ${deviceName(devices, changedTo)} now talks to ${peer.name}`;
  return (
    <p className="notice small row" role="status" data-testid="primary-changed-notice">
      <span>{text}</span>
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss"
        onClick={() => {
          useDevices.getState().dismissPrimaryChange(peer.uid);
        }}
      >
        ×
      </button>
    </p>
  );
}
