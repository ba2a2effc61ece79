/**
 * Writing, reading and retrying chat messages, each in its contact's queue. On the contact's
 * primary device a message is sealed and queued here; on a sibling it goes to the primary as a
 * `forward` (sync-forward.ts). Every stored change is synced to the sibling devices (`msg`).
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import type { EngineContext } from './context';
import { sealAndQueue, sendAck } from './outbound';
import { forwardToPrimary } from './sync-forward';
import { syncMessage } from './sync-out';

async function requirePeer(ctx: EngineContext, uid: string): Promise<Peer> {
  const peer = await ctx.profile.peers.getPeer(uid);
  if (peer?.type !== 'peer') throw new AppError('INVALID_ARGUMENT', 'no such peer');
  return peer;
}

export async function sendText(
  ctx: EngineContext,
  peerUid: string,
  text: string,
  replyTo = '',
): Promise<string> {
  const uuid = randomUUID();
  await ctx.queue.run(peerUid, async () => {
    const peer = await requirePeer(ctx, peerUid);
    const now = ctx.now();
    const status = { uuid, sent: now, replyToUuid: replyTo };
    const message: meow.IUserMessage = { type: 'text', text, status };
    const dbMessage = {
      outbound: true,
      type: 'text',
      text,
      status,
      state: 'pending',
      createdAt: now,
    };
    if (peer.primaryDeviceUid !== '') {
      await forwardToPrimary(ctx, peer, message, dbMessage);
    } else {
      await sealAndQueue(ctx, peer, message, { kind: 'message', dbMessage });
    }
    await syncMessage(ctx, peerUid, uuid);
  });
  return uuid;
}

/** Marks an inbound message read; the primary sends the read ack, siblings learn by `msg`. */
export async function markRead(ctx: EngineContext, peerUid: string, uuid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const now = ctx.now();
    if (!ctx.profile.messages.markRead(peerUid, uuid, now)) return;
    const peer = await requirePeer(ctx, peerUid);
    if (peer.primaryDeviceUid === '' && peer.sendProcessingAck) {
      await sendAck(ctx, peer, { uuid, processed: now });
    }
    await syncMessage(ctx, peerUid, uuid);
  });
}

/**
 * Sends a failed message again. Its sealed bytes were dropped with the failed job, so it is
 * sealed anew under the same uuid (the receiver dedups by uuid).
 */
export async function retry(ctx: EngineContext, peerUid: string, uuid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const stored = ctx.profile.messages.getMessage(peerUid, uuid);
    if (stored?.state !== 'failed') throw new AppError('INVALID_ARGUMENT', 'message is not failed');
    const peer = await requirePeer(ctx, peerUid);
    const m = stored.message;
    const message: meow.IUserMessage = { type: m.type, text: m.text, status: m.status };
    if (peer.primaryDeviceUid !== '') {
      await forwardToPrimary(ctx, peer, message);
      ctx.events.emit('message.statusChanged', { peerUid, uuid, state: 'pending_forward' });
    } else {
      await sealAndQueue(ctx, peer, message, { kind: 'message', retryUuid: uuid });
      ctx.events.emit('message.statusChanged', { peerUid, uuid, state: 'pending' });
    }
    await syncMessage(ctx, peerUid, uuid);
  });
}
