/**
 * Editing a sent text, deleting a message for everyone or for me (PROTOCOL.md §9 "Edit and
 * delete"), in the contact's queue. The change to our row, its `msg` sync to the sibling devices
 * and what tells the contact — the sealed `message_edit` / `message_delete` job on the contact's
 * primary, or the `forward` to the primary on a sibling — are written in ONE transaction
 * (ARCHITECTURE.md "Effects that follow a commit"). Delete for me tells only our own devices.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import {
  DELETED_FOR_EVERYONE,
  DELETED_FOR_ME,
  deletePatch,
  editPatch,
  NOTICE_TYPE,
  revisionOf,
  type StoredMessage,
} from '../../storage';
import type { Peer } from '../model';
import type { EngineContext } from './context';
import { requirePeer } from './messaging';
import { DELETE_TYPE, DELETE_WINDOW_MS, EDIT_TYPE, sentNow } from './modify-in';
import { sealAndQueue } from './outbound';
import { forwardModification, hasDevices, queueMessageSync } from '../devices';

/** Replaces the text of one of our sent texts; the contact and every device show the new one. */
export async function editText(
  ctx: EngineContext,
  peerUid: string,
  uuid: string,
  text: string,
): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await requirePeer(ctx, peerUid);
    const stored = requireOwnText(ctx, peerUid, uuid);
    const sent = sentNow(ctx.now());
    const edit = { editUuid: randomUUID(), revision: revisionOf(stored.message) + 1, sent, text };
    const message: meow.IUserMessage = {
      type: EDIT_TYPE,
      text,
      targetUuid: uuid,
      revision: edit.revision,
      status: { uuid: edit.editUuid, sent },
    };
    await sendModification(ctx, peer, message, editPatch(edit));
  });
}

/**
 * For everyone: one of our texts written less than DELETE_WINDOW_MS ago, on every device of
 * both sides. For me: any message, on our devices only.
 */
export async function deleteMessage(
  ctx: EngineContext,
  peerUid: string,
  uuid: string,
  forEveryone: boolean,
): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await requirePeer(ctx, peerUid);
    if (!forEveryone) {
      await deleteForMe(ctx, peerUid, uuid);
      return;
    }
    const stored = requireOwnText(ctx, peerUid, uuid);
    if (ctx.now() - stored.createdAt > DELETE_WINDOW_MS) {
      throw new AppError('MESSAGE_DELETE_WINDOW_PASSED', 'sent more than 24 hours ago');
    }
    const sent = sentNow(ctx.now());
    const message = { type: DELETE_TYPE, targetUuid: uuid, status: { uuid: randomUUID(), sent } };
    await sendModification(ctx, peer, message, deletePatch(DELETED_FOR_EVERYONE));
  });
}

function requireStored(ctx: EngineContext, peerUid: string, uuid: string): StoredMessage {
  const stored = ctx.profile.messages.getMessage(peerUid, uuid);
  if (!stored) throw new AppError('INVALID_ARGUMENT', 'no such message');
  if (stored.message.deleted) throw new AppError('MESSAGE_DELETED', 'the message was deleted');
  return stored;
}

/** Only the author changes a message for everyone, and only a text. */
function requireOwnText(ctx: EngineContext, peerUid: string, uuid: string): StoredMessage {
  const stored = requireStored(ctx, peerUid, uuid);
  if (!stored.outbound || stored.message.type !== 'text') {
    throw new AppError('MESSAGE_NOT_YOURS', 'only your own texts can be changed for everyone');
  }
  return stored;
}

async function deleteForMe(ctx: EngineContext, peerUid: string, uuid: string): Promise<void> {
  const stored = requireStored(ctx, peerUid, uuid);
  // A notice is this device's own line: never synced.
  const siblings = stored.message.type !== NOTICE_TYPE && (await hasDevices(ctx));
  const db = ctx.profile.messages;
  // An unread one is read now: nothing hidden stays counted unread. No read receipt is owed
  // for it (the contact learns nothing of a delete for me).
  const unread = !stored.outbound && stored.state === 'received';
  db.transaction(() => {
    db.modifyMessage(peerUid, uuid, deletePatch(DELETED_FOR_ME));
    if (unread) db.markRead(peerUid, uuid, ctx.now());
    if (siblings) queueMessageSync(ctx, peerUid, uuid);
  });
  ctx.events.emit('message.updated', { peerUid, uuid });
  if (siblings) await ctx.syncs.flush();
}

/**
 * Inside the contact's queue: our row changes, the siblings' `msg` and the contact's copy (a
 * sealed job on the primary, a `forward` elsewhere) in one transaction.
 */
async function sendModification(
  ctx: EngineContext,
  peer: Peer,
  message: meow.IUserMessage,
  patch: meow.IDbMessage,
): Promise<void> {
  const target = message.targetUuid ?? '';
  const siblings = await hasDevices(ctx);
  const db = ctx.profile.messages;
  const change = () => {
    db.modifyMessage(peer.uid, target, patch);
    if (siblings) queueMessageSync(ctx, peer.uid, target);
  };
  if (peer.primaryDeviceUid !== '') {
    await forwardModification(ctx, peer, message, change);
  } else {
    // A session being restarted seals nothing until the contact answers (session-reset.ts).
    if (peer.resetPending) throw new AppError('PEER_NOT_READY', 'the session is restarting');
    await sealAndQueue(ctx, peer, message, { kind: 'modify', also: change });
  }
  ctx.events.emit('message.updated', { peerUid: peer.uid, uuid: target });
  if (siblings) await ctx.syncs.flush();
}
