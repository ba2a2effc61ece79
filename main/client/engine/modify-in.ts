/**
 * Applying an edit or a delete for everyone (PROTOCOL.md §9 "Edit and delete") to the stored
 * message it names, inside the caller's transaction: the contact's, in a received unit
 * (receive.ts), or our own, forwarded by a sibling to this primary (devices/forward-modify.ts).
 * Only the author's own texts change: a contact's modification names an inbound text of theirs,
 * ours names an outbound one; anything else is dropped. A modification whose target is not
 * stored yet is held (storage message_mods) and merged when the target is stored, so a message
 * whose delete overtook it arrives deleted.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { DELETED_FOR_EVERYONE, deletePatch, editPatch } from '../../storage';
import type { StoredMessage } from '../../storage';
import type { Emitted } from './events';
import type { EngineContext } from './context';

/** UserMessage.type of an edit: `text` is the new text, `target_uuid` the message edited. */
export const EDIT_TYPE = 'message_edit';
/** UserMessage.type of a delete for everyone: `target_uuid` the message deleted. */
export const DELETE_TYPE = 'message_delete';
/** A message can be deleted for everyone up to this long after it was written (the sender's check). */
export const DELETE_WINDOW_MS = 24 * 3_600_000;
/**
 * The receiver's check compares the author's two clocks (the target's `sent`, stamped by the
 * author's sealing device, and the delete's, stamped by the deleting one): this much more
 * allows for two of the author's devices whose clocks differ.
 */
export const DELETE_GRACE_MS = 3_600_000;

export function isModification(type: string | null | undefined): boolean {
  return type === EDIT_TYPE || type === DELETE_TYPE;
}

/** Sender clock rounded down to the second, as every chat message's `sent` (PROTOCOL.md §3). */
export function sentNow(now: number): number {
  return now - (now % 1000);
}

/** The storage patch a modification carries; PROTO_INVALID_FIELD when it is incomplete. */
export function patchOf(message: meow.IUserMessage): meow.IDbMessage {
  const uuid = message.status?.uuid ?? '';
  if ((message.targetUuid ?? '') === '' || uuid === '') {
    throw new AppError('PROTO_INVALID_FIELD', 'an edit or delete without its message');
  }
  if (message.type === DELETE_TYPE) return deletePatch(DELETED_FOR_EVERYONE);
  const revision = message.revision ?? 0;
  const text = message.text ?? '';
  if (message.type !== EDIT_TYPE || revision < 1 || text === '') {
    throw new AppError('PROTO_INVALID_FIELD', 'an edit without a revision or text');
  }
  return editPatch({ editUuid: uuid, revision, sent: message.status?.sent ?? 0, text });
}

/**
 * Inside a transaction: applies `message` (an edit or a delete) whose author is the contact
 * (`outbound` false) or this profile (`outbound` true). Returns the `message.updated` event
 * when the stored message changed.
 */
export function applyModification(
  ctx: EngineContext,
  peerUid: string,
  message: meow.IUserMessage,
  outbound: boolean,
): Emitted[] {
  const patch = patchOf(message);
  const target = message.targetUuid ?? '';
  const db = ctx.profile.messages;
  const stored = db.getMessage(peerUid, target);
  if (!stored) {
    db.holdModification(peerUid, target, patch);
    return [];
  }
  if (stored.outbound !== outbound || stored.message.type !== 'text') return []; // not the author's
  if (message.type === DELETE_TYPE && !withinWindow(stored, message)) return [];
  if (!db.modifyMessage(peerUid, target, patch)) return [];
  return [{ name: 'message.updated', payload: { peerUid, uuid: target } }];
}

/** The receiver's window check, on the author's clock (see DELETE_GRACE_MS). */
function withinWindow(stored: StoredMessage, message: meow.IUserMessage): boolean {
  const written = stored.message.status?.sent ?? 0;
  const deleted = message.status?.sent ?? 0;
  return deleted - written <= DELETE_WINDOW_MS + DELETE_GRACE_MS;
}

/**
 * A unit that holds a message and its delete announces the message as stored only: its text
 * never reaches the UI or a notification.
 */
export function withoutDeletedTexts(
  ctx: EngineContext,
  peerUid: string,
  events: readonly Emitted[],
): Emitted[] {
  if (!events.some((e) => e.name === 'message.updated')) return [...events];
  return events.map((e) => {
    if (e.name !== 'message.received') return e;
    const uuid = (e.payload as { uuid: string }).uuid;
    if (!ctx.profile.messages.getMessage(peerUid, uuid)?.message.deleted) return e;
    const payload = { peerUid, uuid, outbound: false, state: 'received' };
    return { name: 'message.stored', payload };
  });
}
