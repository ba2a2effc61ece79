/**
 * Applying a `peer_update` (MULTI_DEVICE_SPEC phase 6, 7.1). The device named primary keeps
 * its own keys and ratchet and takes only the metadata a sibling may change; any other device
 * stores the record as the primary sent it, remembering who the primary is, unless it names
 * an older primary epoch than the one it knows (then metadata only).
 */
import type { Peer } from '../model';
import { newerTimer } from '../engine/expiry-fields';

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
  'verified', // absent in the incoming record: unverified there, so here too
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
  const adopted = adoptRecord(incoming, existing, myDeviceUid);
  // Disappearing messages: whichever copy holds the newer timer setting wins (expiry-fields.ts).
  const expiry = newerTimer(existing?.expiry, incoming.expiry);
  return expiry ? { ...adopted, expiry } : adopted;
}

function adoptRecord(incoming: Peer, existing: Peer | undefined, myDeviceUid: string): Peer {
  const namedUs = incoming.primaryDeviceUid === myDeviceUid;
  // Ours: never replace keys or ratchet from a copy. Named us but not ours yet: the handoff
  // that brings the ratchet is on its way (handoff.ts). An earlier claim: the primary moved since.
  const stale = existing !== undefined && compareClaims(incoming, existing) < 0;
  // Ours, but another device claimed it with a later claim (a takeover): we yield.
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
 * Orders two records' primary claims (PROTOCOL.md §10 "Two claimants"): first by the session
 * reset each session came from (`claim`: time, then id), which is the order in which the
 * contact keeps resets (peers/reset.ts), then by the handoffs within that session (epoch).
 * So whichever reset the contact ends up holding, every sibling names its sender primary.
 */
export function compareClaims(a: Peer, b: Peer): number {
  const [ca, cb] = [a.claim ?? { at: 0, id: '' }, b.claim ?? { at: 0, id: '' }];
  if (ca.at !== cb.at) return ca.at - cb.at;
  if (ca.id !== cb.id) return ca.id < cb.id ? -1 : 1;
  return epochOf(a) - epochOf(b);
}

/**
 * Whether `incoming`'s primary claim beats ours: a later one, or an equal one from a device
 * whose uid sorts first (cannot come from two resets; every device decides the same way).
 */
function outranks(incoming: Peer, ours: Peer, myDeviceUid: string): boolean {
  const order = compareClaims(incoming, ours);
  return order > 0 || (order === 0 && incoming.primaryDeviceUid < myDeviceUid);
}

/** The primary's device uid to put on the wire for `peer` ('' in our store means us). */
export function primaryOnWire(peer: Peer, myDeviceUid: string): string {
  return peer.primaryDeviceUid === '' ? myDeviceUid : peer.primaryDeviceUid;
}
