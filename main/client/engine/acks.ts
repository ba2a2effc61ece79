/**
 * Delivery acks owed to contacts (storage/acks-owed.ts). Receiving records each ack owed in the
 * transaction that stores its message; this file seals the owed acks — one ack UserMessage
 * carrying many uuids (UserMessage.acks is repeated, the sender's applyAcks loops over them) —
 * and queues them in the outbound order (outbound.ts): seal in a PeerSession, store the peer,
 * then ONE transaction enqueues the jobs and removes the acks they carry (committed without an
 * fsync: losing it only leaves the acks owed again). A crash anywhere
 * before that transaction leaves the acks owed, and `queueOwedAcks` (engine start) or the
 * contact's next received unit seals them anew from the stored ratchet.
 */
import { randomUUID } from 'node:crypto';
import { isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { OwedAck } from '../../storage';
import type { Peer } from '../model';
import { PeerSession } from '../peers';
import type { EngineContext } from './context';
import { queueJobs, type SealedJob } from './outbound';

/** ~45 bytes per MessageAck: 500 fit one 32 KiB padding bucket, far below the relay's limit. */
export const MAX_ACKS_PER_MESSAGE = 500;
/** Owed acks read per round (at most this many / MAX_ACKS_PER_MESSAGE ack messages). */
export const MAX_OWED_PER_ROUND = 10 * MAX_ACKS_PER_MESSAGE;

interface SealedAcks {
  readonly jobs: SealedJob[];
  /** Acks nobody wants any more (turned off, blocked, or another device is primary). */
  readonly drop: OwedAck[];
}

/** Whether this device should still send the ack: only the primary talks to the contact. */
function wanted(peer: Peer, ack: OwedAck): boolean {
  // A blocked contact gets no receipt, not even one owed from before the block.
  if (peer.type !== 'peer' || peer.primaryDeviceUid !== '' || peer.blocked) return false;
  return ack.kind === 'delivered' ? peer.sendDeliveryAck : peer.sendProcessingAck;
}

function canSeal(peer: Peer): boolean {
  // A session reset of ours not answered yet cannot write (session-reset.ts).
  return peer.contactLookupKey !== null && peer.contactPullServers.length > 0 && !peer.resetPending;
}

function ackMessage(acks: readonly OwedAck[], now: number): meow.IUserMessage {
  return {
    type: 'ack',
    acks: acks.map((a) =>
      a.kind === 'delivered'
        ? { uuid: a.uuid, delivered: a.at }
        : { uuid: a.uuid, processed: a.at },
    ),
    status: { uuid: randomUUID(), sent: now },
  };
}

/**
 * Seals the wanted acks of `owed` into `session` (pure: nothing queued yet). A seal that fails
 * is reported and leaves its acks owed; the session is then unchanged by it.
 */
function sealOwedAcks(
  ctx: EngineContext,
  session: PeerSession,
  peer: Peer,
  owed: readonly OwedAck[],
): SealedAcks {
  const send = owed.filter((a) => wanted(peer, a));
  const drop = owed.filter((a) => !wanted(peer, a));
  const jobs: SealedJob[] = [];
  if (!canSeal(peer)) return { jobs, drop };
  try {
    for (let i = 0; i < send.length; i += MAX_ACKS_PER_MESSAGE) {
      const acks = send.slice(i, i + MAX_ACKS_PER_MESSAGE);
      const packed = session.seal(ackMessage(acks, ctx.now()));
      jobs.push({ packed, options: { kind: 'ack', settles: acks }, uuid: '' });
    }
  } catch (err) {
    const code = isAppError(err) ? err.code : 'INTERNAL';
    ctx.events.emit('error', { where: 'send.ack', code, peerUid: peer.uid });
  }
  return { jobs, drop };
}

/**
 * Seals `owed` into `session` (a PeerSession of the contact `peer` whose state is already
 * durable), stores the advanced peer, then queues the jobs, each removing its acks from
 * acks_owed in the same transaction. Returns how many acks were settled (queued or dropped).
 */
export async function sendOwedAcks(
  ctx: EngineContext,
  session: PeerSession,
  peer: Peer,
  owed: readonly OwedAck[],
): Promise<number> {
  const { jobs, drop } = sealOwedAcks(ctx, session, peer, owed);
  if (jobs.length > 0) {
    await ctx.profile.peers.storePeer(peer.uid, session.peer());
    // Lost to a power cut, the acks are owed again and sealed anew (the contact skips the
    // key, and an ack it already applied changes nothing): no fsync needed.
    queueJobs(ctx, peer, jobs, undefined, 'redoable');
  }
  if (drop.length > 0) ctx.profile.messages.removeAcksOwed(peer.uid, drop);
  return jobs.reduce((n, job) => n + (job.options.settles?.length ?? 0), drop.length);
}

/** On engine start: queue every ack still owed (a crash came between a store and its ack). */
export async function queueOwedAcks(ctx: EngineContext): Promise<void> {
  for (const uid of ctx.profile.messages.peersOwedAcks()) {
    try {
      await ctx.queue.run(uid, () => sendOwedAcksOf(ctx, uid));
    } catch (err) {
      const code = isAppError(err) ? err.code : 'INTERNAL';
      ctx.events.emit('error', { where: 'send.ack', code, peerUid: uid });
    }
  }
}

/** Inside the contact's queue: rounds of seal → storePeer → queue until nothing is owed. */
export async function sendOwedAcksOf(ctx: EngineContext, uid: string): Promise<void> {
  const db = ctx.profile.messages;
  for (;;) {
    const owed = db.acksOwed(uid, MAX_OWED_PER_ROUND);
    if (owed.length === 0) return;
    const peer = await ctx.profile.peers.getPeer(uid);
    if (!peer) {
      db.removeAcksOwed(uid, owed); // the contact is gone: nobody to ack
      continue;
    }
    if (!canSeal(peer)) return; // not finalized yet: they stay owed
    const session = new PeerSession(peer, { now: ctx.now(), channel: ctx.channels.of(peer) });
    // Nothing settled (the seal failed): keep them for later rather than loop.
    if ((await sendOwedAcks(ctx, session, peer, owed)) === 0) return;
  }
}
