/**
 * `msg` syncs (MULTI_DEVICE_SPEC phase 3): a sibling's stored message, as it is now. New rows
 * are inserted with the sender's state; known rows only move forward (message-state.ts), so
 * repeated, reordered or stale syncs change nothing. A sibling's `pending_forward` message does
 * not step back to the primary's intermediate `pending`; it waits for `sent`.
 *
 * When this device is the contact's primary and a sibling marked an inbound message read, the
 * read ack to the contact goes out from here (only the primary talks to the contact): it is
 * owed (acks_owed) in the transaction that applies the sync, and sealed after it.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Emitted } from '../engine/events';
import { canTransition, isModified, MESSAGE_STATES, type MessageState } from '../../storage';
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
  const acksRead = await primaryAcksRead(ctx, peerUid);
  let owesAck = false;
  return {
    commit: () => {
      const result = upsert(ctx, peerUid, m, state);
      // A message read because it was deleted for me owes no receipt (modify.ts).
      owesAck = acksRead && result.readInbound && m.deleted !== 'me';
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

/** This device is the contact's primary and the contact wants read acks. */
async function primaryAcksRead(ctx: EngineContext, peerUid: string): Promise<boolean> {
  const peer = await ctx.profile.peers.getPeer(peerUid);
  return peer?.type === 'peer' && peer.primaryDeviceUid === '' && peer.sendProcessingAck;
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
  if (!existing) return { emitted: insertNew(ctx, peerUid, m, state), readInbound: false };
  // Edits and deletes merge whatever the state does (storage/message-edits.ts).
  const modified = isModified(m) && db.modifyMessage(peerUid, uuid, modificationOf(m));
  const updated: Emitted[] = modified
    ? [{ name: 'message.updated', payload: { peerUid, uuid } }]
    : [];
  const stepsBack = existing.state === 'pending_forward' && state === 'pending';
  if (stepsBack || !canTransition(existing.state, state))
    return { emitted: updated, readInbound: false };
  const fields = {
    deliveredAt: m.deliveredAt || undefined,
    readAt: m.readAt || undefined,
    failureReason: m.failureReason || undefined,
  };
  if (!db.updateState(peerUid, uuid, state, fields))
    return { emitted: updated, readInbound: false };
  const change = {
    peerUid,
    uuid,
    state,
    ...(state === 'failed' ? { reason: fields.failureReason } : {}),
  };
  return {
    emitted: [...updated, { name: 'message.statusChanged', payload: change }],
    readInbound: !existing.outbound && state === 'read',
  };
}

/** A row this device did not have; edits and deletes held for it are merged in. */
function insertNew(
  ctx: EngineContext,
  peerUid: string,
  m: meow.IDbMessage,
  state: MessageState,
): Emitted[] {
  const db = ctx.profile.messages;
  const uuid = m.status?.uuid ?? '';
  const { modified } = db.insertMessage(peerUid, m);
  const stored = { peerUid, uuid, outbound: m.outbound === true, state };
  const emitted: Emitted[] = [{ name: 'message.stored', payload: stored }];
  const shown = modified ? (db.getMessage(peerUid, uuid)?.message ?? m) : m;
  if (!m.outbound && !shown.deleted) {
    emitted.push({ name: 'message.received', payload: received(peerUid, shown) });
  }
  return emitted;
}

/** Only the edit and delete fields of a synced row. */
function modificationOf(m: meow.IDbMessage): meow.IDbMessage {
  return { edits: m.edits ?? [], deleted: m.deleted ?? '' };
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
