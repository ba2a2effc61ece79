/**
 * Device pairing for bench/sync.bench.ts, the product's own flow (as
 * main/client/engine/testing/devices.ts pairDevices does it, without vitest): the existing
 * device shows a pairing QR (devices.invite), the new one answers it (devices.join), the
 * existing one gets 'device.pairingRequested' with the code, the codes are compared and the
 * existing device confirms; the new device is paired once its first sync arrived.
 */
import { type Party, when } from './latency-party';

const PAIRING_TIMEOUT_MS = 30_000;
const ignore = (): undefined => undefined;

export interface Paired {
  /** The new device's uid at the existing device. */
  readonly joiningUid: string;
  /** The existing device's uid at the new device. */
  readonly existingUid: string;
}

/**
 * Pairs `joining` (a fresh profile, no relay) to `existing`. Resolves once the new device is
 * paired, holds the identity (the relay it took from the QR) and every contact in `contacts`
 * (uids at the existing device), so it is a full sibling when this returns.
 */
export async function pairDevice(
  existing: Party,
  joining: Party,
  contacts: readonly string[] = [],
): Promise<Paired> {
  const invitation = await existing.engine.devices.invite({ deviceName: existing.name });
  let requestedUid = '';
  let requestedCode = '';
  const requested = when(
    existing.engine.events,
    'device.pairingRequested',
    (e) => {
      requestedUid = e.deviceUid;
      requestedCode = e.code;
      return true;
    },
    PAIRING_TIMEOUT_MS,
  );
  requested.catch(ignore); // awaited below; this only keeps an early failure from going unhandled
  const joined = await joining.engine.devices.join({
    text: invitation.text,
    deviceName: joining.name,
  });
  await requested;
  if (requestedCode !== joined.code) {
    throw new Error(`pairing codes differ: ${requestedCode} ≠ ${joined.code}`);
  }
  const events = joining.engine.events;
  const settled = Promise.all([
    when(events, 'device.paired', () => true, PAIRING_TIMEOUT_MS),
    when(events, 'profile.updated', () => true, PAIRING_TIMEOUT_MS),
    ...contacts.map((uid) =>
      when(events, 'peer.added', (e) => e.peerUid === uid, PAIRING_TIMEOUT_MS),
    ),
  ]);
  settled.catch(ignore);
  await existing.engine.devices.confirm(requestedUid);
  await settled;
  return { joiningUid: requestedUid, existingUid: joined.deviceUid };
}
