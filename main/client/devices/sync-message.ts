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
import { canTransition, isModified, MESSAGE_STATES, type MessageState } from '../../storage';
import { sendOwedAcksOf } from '../engine/acks';
import type { EngineContext } from '../engine/context';
import type { Peer } from '../model';
import { EXPIRY_TIMER_TYPE } from '../engine/expiry-fields';
import { adoptRowTimer } from '../engine/expiry-sync';
import { recordReceivedAttachments } from '../engine/attachments/received';

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
  const acksRead = primaryAcksRead(peer);
  // A message from a blocked contact that the primary stored before it heard of the block.
  const dropped = peer?.blocked === true && !m.outbound;
  let owesAck = false;
  return {
    commit: () => {
      if (dropped && !ctx.profile.messages.getMessage(peerUid, uuid)) return [];
      const result = upsert(ctx, peerUid, m, state, primaryHere);
      // A message read because it was deleted for me owes no receipt (modify.ts).
      owesAck = acksRead && result.readInbound && m.deleted !== 'me';
      if (owesAck) {
        ctx.profile.messages.addAckOwed(peerUid, { uuid, kind: 'read', at: m.readAt || ctx.now() });
      }
      return result.emitted;
    },
    after: async () => {
      await adoptRowTimer(ctx, peerUid, m); // a timer change row: the setting too
      if (owesAck) await ctx.queue.run(peerUid, () => sendOwedAcksOf(ctx, peerUid));
    },
  };
}

/** This device is the contact's primary and the contact wants (and may get) read acks. */
function primaryAcksRead(peer: Peer | undefined): boolean {
  return (
    peer?.type === 'peer' && peer.primaryDeviceUid === '' && peer.sendProcessingAck && !peer.blocked
  );
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
  if (!existing) return { emitted: insertNew(ctx, peerUid, m, state), readInbound: false };
  // Edits and deletes merge whatever the state does (storage/message-edits.ts).
  const modified = isModified(m) && db.modifyMessage(peerUid, uuid, modificationOf(m));
  const updated: Emitted[] = modified
    ? [{ name: 'message.updated', payload: { peerUid, uuid } }]
    : [];
  if (isStepBack(existing.state, state, primaryHere) || !canTransition(existing.state, state))
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
  // Not stored: a cleared conversation's or a deleted contact's (storage/peer-removals.ts), or
  // one that expired here before or arrived expired (a dedup tombstone only).
  const { inserted, modified } = db.insertMessage(peerUid, m);
  if (!inserted) return [];
  // Every device keeps the whole history: this one fetches the files too.
  recordReceivedAttachments(ctx, peerUid, uuid, m.attachments);
  const stored = { peerUid, uuid, outbound: m.outbound === true, state };
  const emitted: Emitted[] = [{ name: 'message.stored', payload: stored }];
  const shown = modified ? (db.getMessage(peerUid, uuid)?.message ?? m) : m;
  // A timer change is a notice line, never a notification.
  if (!m.outbound && !shown.deleted && m.type !== EXPIRY_TIMER_TYPE) {
    emitted.push({ name: 'message.received', payload: received(peerUid, shown) });
  }
  return emitted;
}

/** Only the edit and delete fields of a synced row. */
function modificationOf(m: meow.IDbMessage): meow.IDbMessage {
  return { edits: m.edits ?? [], deleted: m.deleted ?? '' };
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
