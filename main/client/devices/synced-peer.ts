/**
 * Applying a `peer_update` (MULTI_DEVICE_SPEC phase 6, 7.1). The device named primary keeps
 * its own keys and ratchet and takes only the metadata a sibling may change; any other device
 * stores the record as the primary sent it, remembering who the primary is.
 */
import type { Peer } from '../model';

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
  if (existing && (namedUs || existing.primaryDeviceUid === '')) {
    // Our relationship: never replace keys or ratchet from a copy.
    const updatedAt = Math.max(existing.updatedAt, incoming.updatedAt);
    return { ...existing, ...metadataOf(incoming), updatedAt };
  }
  return {
    ...incoming,
    drStateJson: null,
    primaryDeviceUid: namedUs ? '' : incoming.primaryDeviceUid,
  };
}

/** The primary's device uid to put on the wire for `peer` ('' in our store means us). */
export function primaryOnWire(peer: Peer, myDeviceUid: string): string {
  return peer.primaryDeviceUid === '' ? myDeviceUid : peer.primaryDeviceUid;
}
