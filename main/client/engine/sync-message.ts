/**
 * `msg` syncs (MULTI_DEVICE_SPEC phase 3): a sibling's stored message, as it is now. New rows
 * are inserted with the sender's state; known rows only move forward (message-state.ts), so
 * repeated, reordered or stale syncs change nothing. A sibling's `pending_forward` message does
 * not step back to the primary's intermediate `pending`; it waits for `sent`.
 *
 * When this device is the contact's primary and a sibling marked an inbound message read, the
 * read ack to the contact goes out from here (only the primary talks to the contact).
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { EngineEvents } from '../../api/events';
import { canTransition, MESSAGE_STATES, type MessageState } from '../../storage';
import type { EngineContext } from './context';
import { sendAck } from './outbound';

export interface Emitted {
  readonly name: keyof EngineEvents;
  readonly payload: unknown;
}

export interface AppliedMessage {
  readonly commit: () => Emitted[];
  readonly after: () => Promise<void>;
}

export function applySyncedMessage(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): AppliedMessage {
  const m = payload.dbMessage;
  const uuid = m?.status?.uuid ?? '';
  const state = MESSAGE_STATES.find((s) => s === m?.state);
  if (!m || uuid === '' || payload.peerUid === '' || !state) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'msg sync without a complete message');
  }
  let readInbound = false;
  return {
    commit: () => {
      const result = upsert(ctx, payload.peerUid, m, state);
      readInbound = result.readInbound;
      return result.emitted;
    },
    after: async () => {
      if (readInbound) await ackReadAsPrimary(ctx, payload.peerUid, uuid, m.readAt || ctx.now());
    },
  };
}

/** Inside the inbox transaction. */
export function upsert(
  ctx: EngineContext,
  peerUid: string,
  m: meow.IDbMessage,
  state: MessageState,
): { emitted: Emitted[]; readInbound: boolean } {
  const db = ctx.profile.messages;
  const uuid = m.status?.uuid ?? '';
  const existing = db.getMessage(peerUid, uuid);
  if (!existing) {
    db.insertMessage(peerUid, m);
    const stored = { peerUid, uuid, outbound: m.outbound === true, state };
    const emitted: Emitted[] = [{ name: 'message.stored', payload: stored }];
    if (!m.outbound) emitted.push({ name: 'message.received', payload: received(peerUid, m) });
    return { emitted, readInbound: false };
  }
  const stepsBack = existing.state === 'pending_forward' && state === 'pending';
  if (stepsBack || !canTransition(existing.state, state))
    return { emitted: [], readInbound: false };
  const fields = {
    deliveredAt: m.deliveredAt || undefined,
    readAt: m.readAt || undefined,
    failureReason: m.failureReason || undefined,
  };
  if (!db.updateState(peerUid, uuid, state, fields)) return { emitted: [], readInbound: false };
  const change = {
    peerUid,
    uuid,
    state,
    ...(state === 'failed' ? { reason: fields.failureReason } : {}),
  };
  return {
    emitted: [{ name: 'message.statusChanged', payload: change }],
    readInbound: !existing.outbound && state === 'read',
  };
}

function received(peerUid: string, m: meow.IDbMessage) {
  return {
    peerUid,
    uuid: m.status?.uuid ?? '',
    type: m.type ?? '',
    text: m.text ?? '',
    sent: m.status?.sent ?? 0,
    replyTo: m.status?.replyToUuid ?? '',
  };
}

async function ackReadAsPrimary(ctx: EngineContext, peerUid: string, uuid: string, at: number) {
  await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (!peer || peer.primaryDeviceUid !== '' || !peer.sendProcessingAck) return;
    await sendAck(ctx, peer, { uuid, processed: at });
  });
}
