/**
 * Device pairing for the benches, the product's own flow (as
 * main/client/engine/testing/devices.ts pairDevices does it, without vitest): the existing
 * device shows a pairing QR (devices.invite), the new one answers it (devices.join), the
 * existing one gets 'device.pairingRequested' with the code, the codes are compared and the
 * existing device confirms; the new device is paired once its first sync arrived.
 */
import { type BenchParty, LocalParty } from './bench-party';
import type { Party } from './latency-party';

const PAIRING_TIMEOUT_MS = 30_000;

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
export async function pairParties(
  existing: BenchParty,
  joining: BenchParty,
  contacts: readonly string[] = [],
): Promise<Paired> {
  const invitation = await existing.devicesInvite(existing.name);
  const requested = await existing.arm('device.pairingRequested', {}, PAIRING_TIMEOUT_MS);
  const joined = await joining.devicesJoin(invitation, joining.name);
  const { fields } = await requested.hit;
  if (fields.code !== joined.code) {
    throw new Error(`pairing codes differ: ${fields.code ?? '?'} ≠ ${joined.code}`);
  }
  const settled = await Promise.all([
    joining.arm('device.paired', {}, PAIRING_TIMEOUT_MS),
    joining.arm('profile.updated', {}, PAIRING_TIMEOUT_MS),
    ...contacts.map((uid) => joining.arm('peer.added', { peerUid: uid }, PAIRING_TIMEOUT_MS)),
  ]);
  const joiningUid = fields.deviceUid ?? '';
  await existing.devicesConfirm(joiningUid);
  await Promise.all(settled.map((armed) => armed.hit));
  return { joiningUid, existingUid: joined.deviceUid };
}

/** pairParties for two engines of this process. */
export function pairDevice(
  existing: Party,
  joining: Party,
  contacts: readonly string[] = [],
): Promise<Paired> {
  return pairParties(new LocalParty(existing), new LocalParty(joining), contacts);
}
