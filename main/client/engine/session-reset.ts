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
import { RESET_READY_TYPE } from '../peers';
import { hasDevices, queueMessageSync } from '../devices';
import { sendOwedAcksOf } from './acks';
import type { EngineContext } from './context';
import { sealAndQueue } from './outbound';
import { queuedMessageUuids } from './outbox-scan';

/** What the contact may not have seen is sent again after a reset: two weeks back at most. */
const RESEND_WINDOW_MS = 14 * 86_400_000;

/**
 * The contact wrote on our new session: it can write now. What waited is sealed: messages
 * held `pending`, this device's `pending_forward` ones (a takeover), and the owed acks.
 */
export async function finishReset(ctx: EngineContext, peerUid: string): Promise<void> {
  const stored = await ctx.profile.peers.getPeer(peerUid);
  if (!stored?.resetPending) return;
  const { resetPending: _done, ...ready } = stored;
  await ctx.profile.peers.storePeer(peerUid, ready);
  const queued = queuedMessageUuids(ctx);
  const siblings = await hasDevices(ctx);
  for (const row of ctx.profile.messages.unsentMessages()) {
    if (row.peerUid !== peerUid || queued.has(row.uuid)) continue;
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (!peer) return;
    const { type, text, status } = row.message;
    const also = siblings
      ? () => {
          queueMessageSync(ctx, peerUid, row.uuid);
        }
      : undefined;
    await sealAndQueue(
      ctx,
      peer,
      { type, text, status },
      {
        kind: 'message',
        retryUuid: row.uuid,
        ...(also ? { also } : {}),
      },
    );
    if (row.state !== 'pending') {
      ctx.events.emit('message.statusChanged', { peerUid, uuid: row.uuid, state: 'pending' });
    }
  }
  await sendOwedAcksOf(ctx, peerUid);
  if (siblings) await ctx.syncs.flush();
}

/** After taking a contact's reset: "reset_ready", then what the contact never acknowledged. */
export async function answerReset(ctx: EngineContext, peerUid: string): Promise<void> {
  let peer = await ctx.profile.peers.getPeer(peerUid);
  if (!peer) return;
  const now = ctx.now();
  const ready = { type: RESET_READY_TYPE, status: { uuid: randomUUID(), sent: now } };
  peer = await sealAndQueue(ctx, peer, ready, { kind: 'ack' });
  const siblings = await hasDevices(ctx);
  for (const row of ctx.profile.messages.unacknowledgedMessages(peerUid, now - RESEND_WINDOW_MS)) {
    const { type, text, status } = row.message;
    const also = siblings
      ? () => {
          queueMessageSync(ctx, peerUid, row.uuid);
        }
      : undefined;
    peer = await sealAndQueue(
      ctx,
      peer,
      { type, text, status },
      {
        kind: 'message',
        retryUuid: row.uuid,
        ...(also ? { also } : {}),
      },
    );
  }
  if (siblings) await ctx.syncs.flush();
}
