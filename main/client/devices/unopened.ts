/**
 * Entries a contact's primary could not open, handed on (PROTOCOL.md §10 "Entries a primary
 * cannot open"; kept by engine/unopened.ts). In a takeover race the device that still believes
 * it is the primary pulls, and acks, entries sealed on the new primary's session. Once the
 * contact's primary moves from this device to another (it yields to a later claim, sync-in.ts
 * `applyPeer`; it hands the contact over, handoff.ts), ONE transaction records
 * `forward_entries{forward_peer_uid, entries}` syncs to the new primary carrying every kept
 * entry of that contact and deletes those rows, so a crash leaves either the rows or the syncs.
 *
 * The receiving device, in the contact's queue: as its primary it handles the entries exactly
 * like pulled ones (engine/inbound.ts via `ctx.receiveEntries`: hash dedup, open, one
 * transaction, delivery acks); what still does not open is kept there in turn. Otherwise it
 * passes the sync on unchanged (same dedup id, so it never circles) to the primary it knows;
 * knowing none, it drops it with an error event.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { MAX_UNOPENED_PER_PEER, type UnopenedEntry } from '../../storage';
import type { EngineContext } from '../engine/context';
import type { Applied } from './applied';
import { isPaired, queueSync } from './sync-out';

/** Entries per `forward_entries` sync. */
export const ENTRIES_PER_SYNC = 64;
/** Their bytes: a sync must fit one padded message (1 MiB); a kept entry is at most 128 KiB. */
const BYTES_PER_SYNC = 640 * 1024;

/**
 * Inside a transaction: records `forward_entries` syncs to `primary` carrying every entry kept
 * for `peerUid` (in recorded order, several syncs if needed) and deletes those rows. Returns
 * how many entries went.
 */
export function queueUnopened(ctx: EngineContext, peerUid: string, primary: string): number {
  const db = ctx.profile.messages;
  const kept = db.unopenedEntries(peerUid, MAX_UNOPENED_PER_PEER);
  let batch: UnopenedEntry[] = [];
  let bytes = 0;
  const record = () => {
    if (batch.length === 0) return;
    const fields = { forwardPeerUid: peerUid, entries: batch.map((e) => e.packed) };
    queueSync(ctx, 'forward_entries', fields, {
      onlyDevice: primary,
      dedupId: `fwe.${randomUUID()}`,
    });
    batch = [];
    bytes = 0;
  };
  for (const entry of kept) {
    if (batch.length === ENTRIES_PER_SYNC || bytes + entry.packed.length > BYTES_PER_SYNC) {
      record();
    }
    batch.push(entry);
    bytes += entry.packed.length;
  }
  record();
  db.removeUnopened(
    peerUid,
    kept.map((e) => e.hash),
  );
  return kept.length;
}

/**
 * The contact is no longer ours: its kept entries go to the primary this device knows. In the
 * contact's queue, so a unit received meanwhile (still as its primary) has kept its entries
 * first. A primary that is not paired (yet, or any more) leaves them kept.
 */
export async function handOnUnopened(ctx: EngineContext, peerUid: string): Promise<void> {
  const sent = await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    // handoffPending: handoff.ts hands them on with the handoff it is recording.
    if (!peer || peer.primaryDeviceUid === '' || peer.handoffPending) return 0;
    const primary = await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
    if (!isPaired(primary)) return 0;
    return ctx.profile.messages.transaction(() => queueUnopened(ctx, peerUid, primary.uid));
  });
  if (sent > 0) await ctx.syncs.flush();
}

/** Engine start: entries of contacts that moved on while a crash kept them here. */
export async function handOnStrandedEntries(ctx: EngineContext): Promise<void> {
  for (const peerUid of ctx.profile.messages.peersWithUnopened()) {
    await handOnUnopened(ctx, peerUid);
  }
}

type Outcome = { received: true } | { passTo: string } | { lost: true };

/** `forward_entries` from a sibling: receive the entries as the primary, or pass them on. */
export async function applyForwardedEntries(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): Promise<Applied> {
  const peerUid = payload.forwardPeerUid;
  const entries = readEntries(payload);
  const outcome = await ctx.queue.run(peerUid, async (): Promise<Outcome> => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.type !== 'peer' || peer.invitationStep !== 'finalized') return { lost: true };
    if (peer.primaryDeviceUid === '') {
      // Ours (a handoff applied, or our claim won): handled like pulled entries.
      return (await ctx.receiveEntries(peerUid, entries)) ? { received: true } : { lost: true };
    }
    const primary = await ctx.profile.devices.getPeer(peer.primaryDeviceUid);
    return isPaired(primary) ? { passTo: primary.uid } : { lost: true };
  });
  if ('received' in outcome) return {};
  if ('lost' in outcome) {
    // Nobody to give them to: they are lost, and said so (the contact sees them as sent).
    ctx.events.emit('error', { where: 'sync.apply', code: 'SYNC_NOT_PRIMARY', peerUid });
    return {};
  }
  const next = outcome.passTo;
  // Unchanged, under the same dedup id: a device that sees it again drops it (no circling).
  const fields = { forwardPeerUid: peerUid, entries: payload.entries };
  return {
    commit: () => {
      queueSync(ctx, 'forward_entries', fields, { onlyDevice: next, dedupId: payload.dedupId });
      return [];
    },
    after: () => ctx.syncs.flush(),
  };
}

function readEntries(payload: meow.DeviceSyncPayload): meow.PackedUserMessage[] {
  if (payload.forwardPeerUid === '') bad('forward_entries names no contact');
  const count = payload.entries.length;
  if (count === 0 || count > ENTRIES_PER_SYNC) bad(`forward_entries with ${count} entries`);
  return payload.entries.map((bytes) => {
    try {
      return decodeProto(meow.PackedUserMessage, bytes);
    } catch (cause) {
      throw new AppError('SYNC_BAD_PAYLOAD', 'an entry is not a PackedUserMessage', { cause });
    }
  });
}

function bad(message: string): never {
  throw new AppError('SYNC_BAD_PAYLOAD', message);
}
