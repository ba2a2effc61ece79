/**
 * Contacts the user manages (docs/PROTOCOL.md §10 "Contacts"): delete a contact, cancel an
 * invitation nobody accepted, clear a conversation, verify a contact by its safety code, and
 * the rule that nothing is sent to a blocked contact. Each runs in the contact's queue; each
 * change reaches the sibling devices — a deletion or a clear as a `peer_delete` or
 * `conversation_clear` recorded in the transaction that removes the rows (contact-removal.ts),
 * a verified mark inside the contact's `peer_update`. Blocking itself is a field of the contact
 * (Engine.updatePeer); receive.ts drops a blocked contact's messages, acks.ts its receipts.
 */
import { AppError } from '../../../core/errors';
import { fromB64 } from '../b64';
import type { Peer } from '../model';
import { contactKeysFingerprint, safetyCode } from '../peers/safety-code';
import { isRelayClientError } from '../relay';
import type { EngineContext } from './context';
import { clearConversationHere, removeContactHere } from './contact-removal';
import { aroundChange, hasDevices, queueSync } from '../devices';

/** A contact of this profile (never a device), or PEER_NOT_FOUND. */
export async function requireContact(ctx: EngineContext, peerUid: string): Promise<Peer> {
  const peer = await ctx.profile.peers.getPeer(peerUid);
  if (peer?.type !== 'peer') throw new AppError('PEER_NOT_FOUND', 'no such contact');
  return peer;
}

/** Sending to a blocked contact is refused (messages, retries, forwards). */
export function requireNotBlocked(peer: Peer): void {
  if (peer.blocked) throw new AppError('PEER_BLOCKED', 'this contact is blocked');
}

/** Deletes the contact, its messages and its queue on every device of ours. */
export async function deleteContact(ctx: EngineContext, peerUid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await requireContact(ctx, peerUid);
    // An invitation deleted as a contact still should not stay fetchable at the relay.
    if (peer.invitationStep === 'offered') await dropInvitationShortcode(ctx, peer);
    await removeEverywhere(ctx, peerUid);
  });
}

/**
 * Cancels an invitation we offered that nobody accepted: its shortcode is deleted at the relay
 * first (so a crash leaves at worst an invitation that can be cancelled again), then the
 * contact goes on every device. Anyone who accepts the invitation text later reaches a queue
 * nobody reads: nothing appears on our side. Returns whether the relay forgot the shortcode
 * (false: unreachable now; it lapses at its own expiry).
 */
export async function cancelInvitation(
  ctx: EngineContext,
  peerUid: string,
): Promise<{ shortcodeDeleted: boolean }> {
  return ctx.queue.run(peerUid, async () => {
    const peer = await requireContact(ctx, peerUid);
    if (peer.invitationStep !== 'offered') {
      throw new AppError('INVITATION_NOT_PENDING', 'the invitation was accepted already');
    }
    const shortcodeDeleted = await dropInvitationShortcode(ctx, peer);
    await removeEverywhere(ctx, peerUid);
    return { shortcodeDeleted };
  });
}

/** Inside the contact's queue: removed here, with the `peer_delete` for the siblings. */
async function removeEverywhere(ctx: EngineContext, peerUid: string): Promise<void> {
  const at = ctx.now();
  const siblings = await hasDevices(ctx);
  const also = () => {
    if (siblings) queueSync(ctx, 'peer_delete', { peerUid, clearedAt: at });
  };
  await removeContactHere(ctx, peerUid, at, also);
  if (siblings) await ctx.syncs.flush();
}

/** Deletes the relay shortcode of an invitation; true when it is gone (or never existed). */
async function dropInvitationShortcode(ctx: EngineContext, peer: Peer): Promise<boolean> {
  const parked = peer.invitationShortcode;
  if (!parked) return true;
  const server = ctx.profile.servers.find((s) => s.url === parked.serverUrl);
  if (!server) return false;
  try {
    const token = fromB64(parked.deleteToken, 'delete token');
    await ctx.relays.client(server).deleteInvitation(parked.shortcode, token);
    return true;
  } catch (err) {
    // Refused: deleted before (a cancel a crash interrupted) or lapsed; what we wanted.
    if (isRelayClientError(err, 'RELAY_REJECTED')) return true;
    ctx.events.emit('error', { where: 'invitations.cancel', code: codeOf(err) });
    return false;
  }
}

function codeOf(err: unknown): string {
  return err instanceof AppError ? err.code : 'INTERNAL';
}

/** Clears the conversation on every device of ours; the contact stays. */
export async function clearConversation(ctx: EngineContext, peerUid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    await requireContact(ctx, peerUid);
    const at = ctx.now();
    const siblings = await hasDevices(ctx);
    clearConversationHere(ctx, peerUid, at, () => {
      if (siblings) queueSync(ctx, 'conversation_clear', { peerUid, clearedAt: at });
    });
    if (siblings) await ctx.syncs.flush();
  });
}

/** The contact's safety code, to compare with theirs (peers/safety-code.ts). */
export async function contactSafetyCode(ctx: EngineContext, peerUid: string): Promise<string> {
  return safetyCode(await requireContact(ctx, peerUid));
}

/**
 * Marks the contact verified (for the keys it has now) or not; reaches the siblings in the
 * contact's `peer_update`.
 */
export async function verifyContact(
  ctx: EngineContext,
  peerUid: string,
  verified: boolean,
): Promise<Peer> {
  return ctx.queue.run(peerUid, async () => {
    const peer = await requireContact(ctx, peerUid);
    const { verified: _old, ...rest } = peer;
    const now = ctx.now();
    const next: Peer = verified
      ? { ...rest, verified: { keys: contactKeysFingerprint(peer), at: now }, updatedAt: now }
      : { ...rest, updatedAt: now };
    await aroundChange(ctx, { kind: 'peer', ref: peerUid }, async () => {
      await ctx.profile.peers.storePeer(peerUid, next);
    });
    ctx.events.emit('peer.updated', { peerUid, name: next.name });
    return next;
  });
}
