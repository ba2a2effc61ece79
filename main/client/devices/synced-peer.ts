/**
 * Applying a `peer_update` (MULTI_DEVICE_SPEC phase 6, 7.1). The device named primary keeps
 * its own keys and ratchet and takes only the metadata a sibling may change; any other device
 * stores the record as the primary sent it, remembering who the primary is, unless it names
 * an older primary epoch than the one it knows (then metadata only).
 */
import type { Peer } from '../model';

/** The primary epoch (PROTOCOL.md §10 "Handoff"): 0 before any handoff. */
export function epochOf(peer: Peer): number {
  return peer.primaryEpoch ?? 0;
}

/** What a sibling may change on a peer it is not primary for (user-facing settings). */
const METADATA = [
  'name',
  'avatar',
  'visible',
  'blocked',
  'messageNotification',
  'sendDeliveryAck',
  'sendProcessingAck',
  'callsAllowed',
] as const satisfies readonly (keyof Peer)[];

type Metadata = Pick<Peer, (typeof METADATA)[number]>;

function metadataOf(peer: Peer): Metadata {
  return Object.fromEntries(METADATA.map((k) => [k, peer[k]])) as unknown as Metadata;
}

/** Our copy after `incoming` (decoded PeerData) arrived; `existing` is what we held. */
export function adoptSyncedPeer(
  incoming: Peer,
  existing: Peer | undefined,
  myDeviceUid: string,
): Peer {
  const namedUs = incoming.primaryDeviceUid === myDeviceUid;
  // Ours: never replace keys or ratchet from a copy. Named us but not ours yet: the handoff
  // that brings the ratchet is on its way (handoff.ts). Older epoch: the primary moved since.
  const stale = existing !== undefined && epochOf(incoming) < epochOf(existing);
  // Ours, but another device claimed it with a newer epoch (a takeover): we yield.
  const yields =
    existing?.primaryDeviceUid === '' && !namedUs && outranks(incoming, existing, myDeviceUid);
  if (existing && !yields && (namedUs || existing.primaryDeviceUid === '' || stale)) {
    const updatedAt = Math.max(existing.updatedAt, incoming.updatedAt);
    return { ...existing, ...metadataOf(incoming), updatedAt };
  }
  return {
    ...incoming,
    drStateJson: null,
    primaryDeviceUid: namedUs ? '' : incoming.primaryDeviceUid,
  };
}

/**
 * Whether `incoming`'s primary claim beats ours: a newer epoch, or the same epoch from a device
 * whose uid sorts first (two claimants at once; every device decides the same way).
 */
function outranks(incoming: Peer, ours: Peer, myDeviceUid: string): boolean {
  const [theirs, mine] = [epochOf(incoming), epochOf(ours)];
  return theirs > mine || (theirs === mine && incoming.primaryDeviceUid < myDeviceUid);
}

/** The primary's device uid to put on the wire for `peer` ('' in our store means us). */
export function primaryOnWire(peer: Peer, myDeviceUid: string): string {
  return peer.primaryDeviceUid === '' ? myDeviceUid : peer.primaryDeviceUid;
}
