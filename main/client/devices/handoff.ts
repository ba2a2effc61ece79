/**
 * Primary handoff (PROTOCOL.md §10 "Handoff"; LIFECYCLE_NOTES.md "1. Handoff"). One device at
 * a time talks to a contact (its primary, MULTI_DEVICE_SPEC 7.1) because one Double Ratchet
 * must have one writer: two sealers would reuse message keys and nonces (PROTOCOL.md §5). A
 * handoff moves that writer:
 *
 *   new primary T: `primary_request{peer_uid, primary_epoch}` → the current primary P
 *   P (inside the contact's queue, so no pull or seal runs meanwhile):
 *     1. stores the contact as T's (primaryDeviceUid = T, epoch + 1, handoffPending); from now
 *        on P neither pulls the contact's queue nor seals to it;
 *     2. ONE transaction records `primary_handoff{peer with ratchet, epoch, recent envelope
 *        hashes, owed acks}` for T, a `peer_update` for every sibling, and drops the owed acks;
 *     3. forgets the ratchet (handoffPending cleared). Sending the state is the point of no
 *        return: P never seals from it again.
 *   T applies it in the contact's queue: stores the relationship as its own (a newer epoch
 *   only), records the owed acks and seen hashes, a `peer_update` for the siblings, then polls
 *   the queue, sends the acks and the messages it had been forwarding.
 *
 * A crash between 1 and 3 is finished at start (`resumeHandoffs`): the record is written again
 * under the same dedup id (T applies it once). Forwards that reach P afterwards are passed on
 * to the current primary (forward.ts).
 */
import { AppError } from '../../../core/errors';
import { meow } from '../../../proto';
import type { OwedAck } from '../../storage';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { sendOwedAcksOf } from '../engine/acks';
import { sealAndQueue } from '../engine/outbound';
import { resendOf } from '../engine/expiry-fields';
import { compareClaims, decodePeerData, encodeHandoffPeer, epochOf } from './codec';
import type { Applied } from './applied';
import { forgetIfHandedOver } from './sync-settle';
import { primaryGone, takeOver } from './takeover';
import { queueUnopened } from './unopened';
import { isPaired, pairedDevices, queueMessageSync, queuePeerSync, queueSync } from './sync-out';

/** Envelopes consumed this recently may still be re-delivered to the new primary. */
const SEEN_WINDOW_MS = 15 * 60_000;
const MAX_SEEN = 4096;
const MAX_OWED = 20_000;

function handoffDedupId(peerUid: string, epoch: number): string {
  return `handoff.${peerUid}.${epoch}`;
}

/**
 * On the device the user sits at: asks each contact's primary (or the one contact's) to hand
 * the contact over to this device; a contact whose primary is gone is taken over at once
 * (takeover.ts). Contacts already here are skipped.
 */
export async function requestPrimary(
  ctx: EngineContext,
  peerUid?: string,
): Promise<{ requested: number }> {
  const devices = new Set((await pairedDevices(ctx)).map((d) => d.uid));
  const contacts = await contactsToAsk(ctx, peerUid);
  const asks = contacts.filter((p) => devices.has(p.primaryDeviceUid));
  ctx.profile.messages.transaction(() => {
    for (const peer of asks) {
      const fields = { peerUid: peer.uid, primaryEpoch: epochOf(peer) };
      queueSync(ctx, 'primary_request', fields, { onlyDevice: peer.primaryDeviceUid });
    }
  });
  await ctx.syncs.flush();
  // A primary that can no longer hand over (revoked, forgotten): take the contact over.
  const gone = contacts.filter((p) => !devices.has(p.primaryDeviceUid));
  for (const peer of gone) {
    await ctx.queue.run(peer.uid, async () => {
      const now = await ctx.profile.peers.getPeer(peer.uid);
      if (now && now.invitationStep === 'finalized' && (await primaryGone(ctx, now))) {
        await takeOver(ctx, now);
      }
    });
  }
  return { requested: contacts.length };
}

async function contactsToAsk(ctx: EngineContext, peerUid?: string): Promise<Peer[]> {
  if (peerUid === undefined) {
    const peers = await ctx.profile.peers.listPeers();
    return peers.filter((p) => p.type === 'peer' && p.primaryDeviceUid !== '');
  }
  const peer = await ctx.profile.peers.getPeer(peerUid);
  if (peer?.type !== 'peer') throw new AppError('INVALID_ARGUMENT', 'no such contact');
  return peer.primaryDeviceUid === '' ? [] : [peer];
}

/**
 * `primary_request` from a sibling: hand the contact over if it is still ours. A request for
 * a contact that moved on meanwhile is dropped (the requester learns the primary by
 * `peer_update`).
 */
export async function applyPrimaryRequest(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): Promise<Applied> {
  if (!isPaired(await ctx.profile.devices.getPeer(fromDevice))) return {};
  await ctx.queue.run(payload.peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(payload.peerUid);
    if (peer?.type !== 'peer' || peer.primaryDeviceUid !== '') return;
    // Handed over once the contact answered, and once a session reset of ours is answered.
    if (peer.invitationStep !== 'finalized' || peer.resetPending) return;
    await handOver(ctx, peer, fromDevice);
  });
  return {};
}

/**
 * Inside the contact's queue, on its primary: steps 1–3 above. Also used when this device is
 * revoked while online (forward.ts), so nothing it alone holds is lost.
 */
export async function handOver(ctx: EngineContext, peer: Peer, target: string): Promise<void> {
  const epoch = epochOf(peer) + 1;
  const handing: Peer = {
    ...peer,
    primaryDeviceUid: target,
    primaryEpoch: epoch,
    handoffPending: true,
    updatedAt: ctx.now(),
  };
  await ctx.profile.peers.storePeer(peer.uid, handing);
  await recordHandoff(ctx, handing);
  ctx.events.emit('peer.primaryChanged', { peerUid: peer.uid, primaryDeviceUid: target });
  ctx.wakePoll();
}

/** Steps 2 and 3 for a contact stored with `handoffPending` (again after a crash). */
async function recordHandoff(ctx: EngineContext, handing: Peer): Promise<void> {
  const db = ctx.profile.messages;
  const epoch = epochOf(handing);
  const target = handing.primaryDeviceUid;
  db.transaction(() => {
    const owed = db.acksOwed(handing.uid, MAX_OWED);
    const seen = db.recentEnvelopes(ctx.now() - SEEN_WINDOW_MS, MAX_SEEN);
    const handoff: meow.IPrimaryHandoff = {
      peerData: encodeHandoffPeer(handing, target, epoch),
      epoch,
      seenEnvelopes: seen,
      owedAcks: owed.map((a) => ({ uuid: a.uuid, kind: a.kind, at: a.at })),
    };
    const dedupId = handoffDedupId(handing.uid, epoch);
    queueSync(
      ctx,
      'primary_handoff',
      { peerUid: handing.uid, handoff },
      { dedupId, targets: [target] },
    );
    queuePeerSync(ctx, handing.uid); // built when sent: names the new primary
    queueUnopened(ctx, handing.uid, target); // after the handoff: T opens them as the primary
    db.removeAcksOwed(handing.uid, owed);
  });
  const { handoffPending: _done, ...rest } = handing;
  await ctx.profile.peers.storePeer(handing.uid, { ...rest, drStateJson: null });
  await ctx.syncs.flush();
}

/** Engine start: finishes the handoffs a crash interrupted between steps 1 and 3. */
export async function resumeHandoffs(ctx: EngineContext): Promise<void> {
  for (const peer of await ctx.profile.peers.listPeers()) {
    if (!peer.handoffPending) continue;
    await ctx.queue.run(peer.uid, async () => {
      const now = await ctx.profile.peers.getPeer(peer.uid);
      if (now?.handoffPending) await recordHandoff(ctx, now);
    });
  }
}

/**
 * `primary_handoff` on the device taking over: a newer epoch only (a re-applied or stale one
 * changes nothing but the idempotent SQLite part). The relationship is stored first; the
 * commit (acks, seen hashes, the siblings' peer_update) is idempotent, so a crash in between
 * re-applies it.
 */
export async function applyHandoff(
  ctx: EngineContext,
  fromDevice: string,
  payload: meow.DeviceSyncPayload,
): Promise<Applied> {
  const { incoming, epoch, seen, acks } = readHandoff(ctx, payload);
  const taken = await ctx.queue.run(incoming.uid, async () => {
    const existing = await ctx.profile.peers.getPeer(incoming.uid);
    const ours: Peer = { ...incoming, primaryDeviceUid: '', primaryEpoch: epoch };
    const order = existing ? compareClaims(ours, existing) : 1;
    if (order < 0) return false; // superseded meanwhile (a later handoff, or a takeover)
    if (existing?.primaryDeviceUid === '' && order === 0) return true; // again
    await ctx.profile.peers.storePeer(ours.uid, ours);
    return true;
  });
  if (!taken) return {};
  const db = ctx.profile.messages;
  return {
    commit: () => {
      for (const ack of acks) db.addAckOwed(incoming.uid, ack);
      for (const hash of seen) db.seenEnvelope(hash);
      queuePeerSync(ctx, incoming.uid);
      const payload = { peerUid: incoming.uid, primaryDeviceUid: '' };
      return [{ name: 'peer.primaryChanged', payload }];
    },
    after: async () => {
      await becomePrimary(ctx, incoming.uid);
      await forgetIfHandedOver(ctx, fromDevice); // a revoked primary with nothing left
    },
  };
}

/** Decodes and checks a `primary_handoff`; it must hand the contact to this device. */
function readHandoff(ctx: EngineContext, payload: meow.DeviceSyncPayload) {
  const handoff = payload.handoff;
  if (!handoff?.peerData) throw new AppError('SYNC_BAD_PAYLOAD', 'primary_handoff without state');
  const incoming = decodePeerData(handoff.peerData);
  const epoch = handoff.epoch ?? 0;
  if (incoming.primaryDeviceUid !== ctx.profile.data.deviceUid || epoch < 1) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'primary_handoff names another device');
  }
  if (incoming.uid !== payload.peerUid || incoming.invitationStep !== 'finalized') {
    throw new AppError('SYNC_BAD_PAYLOAD', 'primary_handoff of an unknown or unfinished contact');
  }
  const seen = (handoff.seenEnvelopes ?? []).filter((h) => h.length > 0 && h.length <= 64);
  const acks: OwedAck[] = (handoff.owedAcks ?? []).flatMap((a) => {
    const kind = a.kind;
    if ((kind !== 'delivered' && kind !== 'read') || !a.uuid) return [];
    return [{ uuid: a.uuid, kind, at: a.at ?? 0 }];
  });
  return { incoming, epoch, seen, acks };
}

/** Now primary: poll the queue, send the owed acks and what this device was forwarding. */
async function becomePrimary(ctx: EngineContext, peerUid: string): Promise<void> {
  ctx.wakePoll();
  await ctx.queue.run(peerUid, async () => {
    await sendOwedAcksOf(ctx, peerUid);
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.primaryDeviceUid !== '') return;
    for (const stored of ctx.profile.messages.unsentMessages()) {
      if (stored.peerUid !== peerUid || stored.state !== 'pending_forward') continue;
      // Sealed here under the same uuid; if the old primary had sent it after all, the
      // contact drops the copy by uuid (its forward reaching us later changes nothing).
      const also = () => {
        queueMessageSync(ctx, peerUid, stored.uuid);
      };
      await sealAndQueue(ctx, peer, resendOf(stored.message), {
        kind: 'message',
        retryUuid: stored.uuid,
        also,
      });
      ctx.events.emit('message.statusChanged', { peerUid, uuid: stored.uuid, state: 'pending' });
    }
  });
  await ctx.syncs.flush();
}
