/**
 * Removing a contact or its conversation on this device (docs/PROTOCOL.md §10 "Contacts"), for
 * the user's own command (contacts.ts) and for a sibling's `peer_delete` / `conversation_clear`
 * (devices/sync-contacts.ts). The SQLite part — the messages, owed acks, queued jobs and kept
 * entries go, and a removal mark (storage/peer-removals.ts) keeps them from coming back — is ONE
 * transaction, with the sync for the siblings when the user did it here (`also`). The contact
 * leaves the peer store after it: the mark stays, so a crash in between is finished on the next
 * start (`finishRemovals`), before anything is polled.
 */
import type { EngineContext } from './context';

/**
 * Inside the contact's queue, or before anything runs (start). `also` writes more in the same
 * transaction (the sync to the siblings).
 */
export async function removeContactHere(
  ctx: EngineContext,
  peerUid: string,
  at: number,
  also?: () => void,
): Promise<void> {
  const db = ctx.profile.messages;
  db.transaction(() => {
    db.removePeerData(peerUid, at);
    also?.();
  });
  await forgetPeer(ctx, peerUid);
}

/** The peer store part: the contact goes, its queue is no longer polled. */
async function forgetPeer(ctx: EngineContext, peerUid: string): Promise<void> {
  await ctx.profile.peers.deletePeer(peerUid);
  ctx.wakePoll();
  ctx.events.emit('peer.removed', { peerUid });
}

/** Clears the conversation's messages stored up to `at`; the contact stays. */
export function clearConversationHere(
  ctx: EngineContext,
  peerUid: string,
  at: number,
  also?: () => void,
): void {
  const db = ctx.profile.messages;
  db.transaction(() => {
    db.clearConversation(peerUid, at);
    also?.();
  });
  ctx.events.emit('conversation.cleared', { peerUid });
}

/** Whether the user deleted this contact (here or on a sibling): nothing may bring it back. */
export function isDeletedContact(ctx: EngineContext, peerUid: string): boolean {
  return ctx.profile.messages.peerRemoval(peerUid)?.deleted === true;
}

/** On start: a deletion whose peer-store part a crash interrupted is finished. */
export async function finishRemovals(ctx: EngineContext): Promise<void> {
  for (const uid of ctx.profile.messages.deletedPeers()) {
    if (await ctx.profile.peers.getPeer(uid)) await forgetPeer(ctx, uid);
  }
}
