/**
 * `msg` syncs (MULTI_DEVICE_SPEC phase 3): a sibling's stored message, as it is now. New rows
 * are inserted with the sender's state; known rows only move forward (message-state.ts), so
 * repeated, reordered or stale syncs change nothing. A sibling's `pending_forward` message does
 * not step back to the primary's intermediate `pending`; it waits for `sent`. Nor does the
 * primary's `pending` copy turn `pending_forward` on the writer's sync: the primary sends it.
 *
 * When this device is the contact's primary and a sibling marked an inbound message read, the
 * read ack to the contact goes out from here (only the primary talks to the contact): it is
 * owed (acks_owed) in the transaction that applies the sync, and sealed after it.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Emitted } from '../engine/events';
import { canTransition, MESSAGE_STATES, type MessageState } from '../../storage';
import { sendOwedAcksOf } from '../engine/acks';
import type { EngineContext } from '../engine/context';

export interface AppliedMessage {
  readonly commit: () => Emitted[];
  readonly after: () => Promise<void>;
}

export async function applySyncedMessage(
  ctx: EngineContext,
  payload: meow.DeviceSyncPayload,
): Promise<AppliedMessage> {
  const m = payload.dbMessage;
  const uuid = m?.status?.uuid ?? '';
  const state = MESSAGE_STATES.find((s) => s === m?.state);
  const peerUid = payload.peerUid;
  if (!m || uuid === '' || peerUid === '' || !state) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'msg sync without a complete message');
  }
  const peer = await ctx.profile.peers.getPeer(peerUid);
  const primaryHere = peer?.type === 'peer' && peer.primaryDeviceUid === '';
  const acksRead = primaryHere && peer.sendProcessingAck;
  let owesAck = false;
  return {
    commit: () => {
      const result = upsert(ctx, peerUid, m, state, primaryHere);
      owesAck = acksRead && result.readInbound;
      if (owesAck) {
        ctx.profile.messages.addAckOwed(peerUid, { uuid, kind: 'read', at: m.readAt || ctx.now() });
      }
      return result.emitted;
    },
    after: async () => {
      if (owesAck) await ctx.queue.run(peerUid, () => sendOwedAcksOf(ctx, peerUid));
    },
  };
}

/**
 * Inside the inbox transaction. `primaryHere`: this device sends to the contact, so its own
 * `pending` copy does not turn `pending_forward` after the writer's sync (that is the writer's
 * view; here it waits to be sent, e.g. held until the contact accepts).
 */
export function upsert(
  ctx: EngineContext,
  peerUid: string,
  m: meow.IDbMessage,
  state: MessageState,
  primaryHere = false,
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
  if (isStepBack(existing.state, state, primaryHere) || !canTransition(existing.state, state))
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

/** A move between the two unsent states that would misstate where this copy waits. */
function isStepBack(from: MessageState, to: MessageState, primaryHere: boolean): boolean {
  if (from === 'pending_forward' && to === 'pending') return true;
  return primaryHere && from === 'pending' && to === 'pending_forward';
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
