/**
 * The chat messages this device sealed to each contact on the session it is on now, in memory
 * since start. A sibling's `forward` of a message this device already sealed and handed to the
 * relay on that session needs nothing more (devices/forward-in.ts `settled`): the contact reads
 * that copy. Seen after a takeover: a sibling that wrote before it learned of the new primary
 * forwards to the old one, and again to the new one, which also sealed the message from the
 * sibling's `msg` copy when the contact answered its reset; the second seal gave the contact
 * one entry more than a single device's reset would. Not durable: after a restart such a
 * forward is sealed again, as before, and the contact keeps one copy by uuid.
 */
import type { Peer } from '../model';

/** uuids remembered per contact: far more than a sibling has in flight at once. */
const PER_CONTACT = 1_024;

/**
 * The session `peer` is on: the id of the reset it came from, ours (`claim`) or the
 * contact's (`lastResetId`), whichever is later (by time, then id, as peers/reset.ts ranks
 * them); '' for the invitation's. A handoff keeps it; every reset changes it.
 */
export function sessionOf(peer: Peer): string {
  const ours = peer.claim;
  const theirs =
    peer.lastResetId === undefined
      ? undefined
      : { at: peer.lastResetAt ?? 0, id: peer.lastResetId };
  if (!ours || !theirs) return (ours ?? theirs)?.id ?? '';
  const oursLater = ours.at > theirs.at || (ours.at === theirs.at && ours.id > theirs.id);
  return oursLater ? ours.id : theirs.id;
}

export class SealedHere {
  private readonly byContact = new Map<string, { session: string; uuids: Set<string> }>();

  /** After the jobs holding these messages, sealed to `peer`, committed. */
  record(peer: Peer, uuids: readonly string[]): void {
    const session = sessionOf(peer);
    let seen = this.byContact.get(peer.uid);
    if (seen?.session !== session) {
      seen = { session, uuids: new Set() };
      this.byContact.set(peer.uid, seen);
    }
    for (const uuid of uuids) {
      if (uuid === '') continue;
      seen.uuids.delete(uuid); // to the end: the oldest go first
      seen.uuids.add(uuid);
    }
    for (const oldest of seen.uuids) {
      if (seen.uuids.size <= PER_CONTACT) break;
      seen.uuids.delete(oldest);
    }
  }

  /** Whether this device sealed `uuid` to `peer` on the session `peer` is on now. */
  has(peer: Peer, uuid: string): boolean {
    const seen = this.byContact.get(peer.uid);
    return seen?.session === sessionOf(peer) && seen.uuids.has(uuid);
  }
}
