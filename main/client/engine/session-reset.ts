/**
 * Session reset, engine side, after the reset (starting one: reset-start.ts; the protocol:
 * peers/reset.ts; PROTOCOL.md §9 "Session reset"). All of it runs inside the contact's queue.
 *
 * Starting side: until the contact's first message on the new session arrives, messages wait
 * as `pending` without a job (outbound.ts) and acks stay owed; then `finishReset` seals them.
 *
 * Receiving side: receive.ts takes the reset in the unit's transaction like any entry; then
 * `answerReset` writes "reset_ready" on the new session and sends again, under their own uuids,
 * the messages the contact never acknowledged (the other side drops any it already has).
 */
import { randomUUID } from 'node:crypto';
import type { StoredMessage } from '../../storage';
import type { Peer } from '../model';
import { fromUtf8, utf8 } from '../../../core/crypto';
import { RESET_READY_TYPE } from '../peers';
import { hasDevices, queueMessageSync, queuePeerSync } from '../devices';
import { rotateAddress } from './rotation';
import { sendOwedAcksOf } from './acks';
import type { EngineContext } from './context';
import { resendOf } from './expiry-fields';
import { sealAndQueue } from './outbound';
import { queuedMessageUuids } from './outbox-scan';

/** What the contact may not have seen is sent again after a reset: two weeks back at most. */
const RESEND_WINDOW_MS = 14 * 86_400_000;

/**
 * The contact wrote on our new session: it can write now. What waited is sealed: messages
 * held `pending`, this device's `pending_forward` ones (a takeover), and the owed acks. So is
 * every message of ours the contact never acknowledged (sent by a lost primary, or by a
 * sibling whose competing reset the contact dropped: it may never have read them); the
 * contact drops those it has by uuid.
 */
export async function finishReset(ctx: EngineContext, peerUid: string): Promise<void> {
  const stored = await ctx.profile.peers.getPeer(peerUid);
  if (!stored?.resetPending) return;
  const { resetPending: _done, ...ready } = stored;
  await ctx.profile.peers.storePeer(peerUid, ready);
  const queued = queuedMessageUuids(ctx);
  const siblings = await hasDevices(ctx);
  let peer: Peer = ready;
  for (const row of owedAfterReset(ctx, peerUid)) {
    if (queued.has(row.uuid)) continue;
    const also = siblings
      ? () => {
          queueMessageSync(ctx, peerUid, row.uuid);
        }
      : undefined;
    peer = await sealAndQueue(ctx, peer, resendOf(row.message), {
      kind: 'message',
      retryUuid: row.uuid,
      ...(also ? { also } : {}),
    });
    if (row.state !== 'pending') {
      ctx.events.emit('message.statusChanged', { peerUid, uuid: row.uuid, state: 'pending' });
    }
  }
  await sendOwedAcksOf(ctx, peerUid);
  const after = await ctx.profile.peers.getPeer(peerUid);
  if (after?.rotationOwed) {
    await rotateAddress(
      ctx,
      after,
      siblings
        ? () => {
            queuePeerSync(ctx, peerUid);
          }
        : undefined,
    );
  }
  if (siblings) await ctx.syncs.flush();
}

/** Ours to (re)send on a new session, oldest first: unsent, and unacknowledged recent ones. */
function owedAfterReset(ctx: EngineContext, peerUid: string): StoredMessage[] {
  const db = ctx.profile.messages;
  const rows = new Map<string, StoredMessage>();
  for (const row of db.unsentMessages()) if (row.peerUid === peerUid) rows.set(row.uuid, row);
  for (const row of db.unacknowledgedMessages(peerUid, ctx.now() - RESEND_WINDOW_MS)) {
    if (!rows.has(row.uuid)) rows.set(row.uuid, row);
  }
  return [...rows.values()].sort((a, b) => a.id - b.id);
}

const ANSWER_OWED = 'reset.answer.';

/**
 * Inside the transaction that takes a contact's reset (`resetAt`: its `reset_at`): its answer
 * is owed from now on.
 */
export function owesResetAnswer(ctx: EngineContext, peerUid: string, resetAt: number): void {
  ctx.profile.messages.setMeta(ANSWER_OWED + peerUid, utf8(String(resetAt)));
}

/**
 * Engine start: resets taken whose answer a crash kept from being sent. Only once the new
 * session is stored: if the crash came before that, the re-delivered reset is taken again
 * (receive.ts `heal`) and answered then.
 */
export async function answerOwedResets(ctx: EngineContext): Promise<void> {
  for (const key of ctx.profile.messages.metaKeys(ANSWER_OWED)) {
    const peerUid = key.slice(ANSWER_OWED.length);
    const owed = Number(fromUtf8(ctx.profile.messages.getMeta(key) ?? new Uint8Array(0)));
    await ctx.queue.run(peerUid, async () => {
      const peer = await ctx.profile.peers.getPeer(peerUid);
      if (!peer || (peer.lastResetAt ?? 0) >= owed) await answerReset(ctx, peerUid);
    });
  }
}

/**
 * After taking a contact's reset: "reset_ready", then what the contact never acknowledged.
 * The owed mark goes with the last job, so a crash before it answers again (the other side
 * drops what it has by uuid).
 */
export async function answerReset(ctx: EngineContext, peerUid: string): Promise<void> {
  let peer = await ctx.profile.peers.getPeer(peerUid);
  if (!peer) {
    ctx.profile.messages.setMeta(ANSWER_OWED + peerUid, undefined);
    return;
  }
  const now = ctx.now();
  const ready = { type: RESET_READY_TYPE, status: { uuid: randomUUID(), sent: now } };
  peer = await sealAndQueue(ctx, peer, ready, { kind: 'ack' });
  const siblings = await hasDevices(ctx);
  for (const row of ctx.profile.messages.unacknowledgedMessages(peerUid, now - RESEND_WINDOW_MS)) {
    const also = siblings
      ? () => {
          queueMessageSync(ctx, peerUid, row.uuid);
        }
      : undefined;
    peer = await sealAndQueue(ctx, peer, resendOf(row.message), {
      kind: 'message',
      retryUuid: row.uuid,
      ...(also ? { also } : {}),
    });
  }
  if (siblings) await ctx.syncs.flush();
}
