/**
 * A sibling's contact removals (docs/PROTOCOL.md §10 "Contacts"): `peer_delete` (a contact
 * deleted, or an invitation cancelled) and `conversation_clear`. The rows go, with the removal
 * mark, in the inbox transaction; a deleted contact then leaves the peer store (a crash in
 * between: the engine's start finishes it, engine/contact-removal.ts). Applying one again
 * removes nothing more. Also: what a `peer_update` changes about the contact's keys — a key
 * change clears the verified mark (peers/safety-code.ts) and leaves a notice in the chat.
 */
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { removeContactHere } from '../engine/contact-removal';
import { keyChangeNotice } from '../engine/contact-notice';
import type { Applied } from './applied';

function requirePeerUid(p: meow.DeviceSyncPayload): string {
  if (p.peerUid === '') throw new AppError('SYNC_BAD_PAYLOAD', `${p.syncType} without a peer`);
  return p.peerUid;
}

/** `peer_delete` or `conversation_clear` from a sibling. */
export function applyContactRemoval(
  ctx: EngineContext,
  type: 'peer_delete' | 'conversation_clear',
  p: meow.DeviceSyncPayload,
): Promise<Applied> | Applied {
  return type === 'peer_delete' ? applyPeerDelete(ctx, p) : applyConversationClear(ctx, p);
}

/** `peer_delete`: the contact goes here too (only contacts: a device uid is left alone). */
async function applyPeerDelete(ctx: EngineContext, p: meow.DeviceSyncPayload): Promise<Applied> {
  const peerUid = requirePeerUid(p);
  if (await ctx.profile.devices.getPeer(peerUid)) {
    throw new AppError('SYNC_BAD_PAYLOAD', 'peer_delete names a device');
  }
  const at = p.clearedAt;
  await ctx.queue.run(peerUid, () => removeContactHere(ctx, peerUid, at));
  return {};
}

/** `conversation_clear`: the messages stored up to the sender's clear go here too. */
function applyConversationClear(ctx: EngineContext, p: meow.DeviceSyncPayload): Applied {
  const peerUid = requirePeerUid(p);
  return {
    commit: () => {
      ctx.profile.messages.clearConversation(peerUid, p.clearedAt);
      return [{ name: 'conversation.cleared', payload: { peerUid } }];
    },
  };
}

/**
 * Applying a `peer_update`: the contact's keys differ from the ones we
 * held (the relationship was set up again elsewhere). A verified mark no longer matches them;
 * the conversation says so.
 */
export function noteKeyChange(ctx: EngineContext, held: Peer | undefined, next: Peer): boolean {
  if (!held?.contactPublicKey || !next.contactPublicKey) return false;
  const same =
    held.contactPublicKey === next.contactPublicKey &&
    held.contactEncryption === next.contactEncryption;
  if (same) return false;
  const uuid = globalThis.crypto.randomUUID();
  ctx.profile.messages.insertMessage(next.uid, keyChangeNotice(uuid, ctx.now()));
  ctx.events.emit('message.stored', { peerUid: next.uid, uuid, outbound: false, state: 'read' });
  return true;
}
