/**
 * Handling one entry pulled from a peer's queue. Runs inside the peer's queue. Order per entry:
 * envelope-hash dedup (before decryption) → open (pure) → ONE transaction (record the hash,
 * insert the message or apply acks) → storePeer(advanced ratchet) → emit → sync to sibling
 * devices. The caller acks the relay cursor only after this returned, so a crash anywhere
 * re-delivers the entry and the hash dedup drops it. A failing entry changes nothing and is
 * reported by code only. Entries from sibling devices go to device-inbound.ts.
 */
import { envelopeHash } from '../../../core/envelope';
import { AppError, isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import {
  finalizeInvitation,
  INVITATION_ANSWER_TYPE,
  openFromPeer,
  openInvitationAnswer,
} from '../peers';
import type { EngineContext } from './context';
import { receiveFromDevice } from './device-inbound';
import { sendAck } from './outbound';
import type { Emitted } from './sync-message';
import { syncMessage, syncPeer } from './sync-out';

/** Thrown to roll back a peek transaction. */
class Rollback extends Error {}
const ROLLBACK = new Rollback('rollback');

/** Whether the envelope was stored before, without recording it (a rolled-back peek). */
function seenBefore(ctx: EngineContext, hash: Uint8Array): boolean {
  const db = ctx.profile.messages;
  let seen = false;
  try {
    db.transaction(() => {
      seen = db.seenEnvelope(hash);
      throw ROLLBACK;
    });
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
  return seen;
}

export async function handleEntry(
  ctx: EngineContext,
  uid: string,
  packed: meow.PackedUserMessage,
): Promise<void> {
  try {
    const peer = (await ctx.profile.peers.getPeer(uid)) ?? (await ctx.profile.devices.getPeer(uid));
    if (!peer) return;
    const hash = envelopeHash(packed);
    if (seenBefore(ctx, hash)) return;
    if (peer.type === 'device') await receiveFromDevice(ctx, peer, packed, hash);
    else if (peer.invitationStep === 'offered') await finalize(ctx, peer, packed, hash);
    else await receive(ctx, peer, packed, hash);
  } catch (err) {
    const code = isAppError(err) ? err.code : 'INTERNAL';
    ctx.events.emit('error', { where: 'poll.entry', code, peerUid: uid });
  }
}

async function finalize(
  ctx: EngineContext,
  peer: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
): Promise<void> {
  const answer = openInvitationAnswer(peer, packed);
  const next = finalizeInvitation(peer, answer, { now: ctx.now() });
  ctx.profile.messages.transaction(() => ctx.profile.messages.seenEnvelope(hash));
  await ctx.profile.peers.storePeer(peer.uid, next);
  ctx.events.emit('invitation.finalized', { peerUid: peer.uid, name: next.name });
  ctx.events.emit('peer.updated', { peerUid: peer.uid, name: next.name });
  await syncPeer(ctx, next);
}

async function receive(
  ctx: EngineContext,
  peer: Peer,
  packed: meow.PackedUserMessage,
  hash: Uint8Array,
): Promise<void> {
  const { message, peer: next } = openFromPeer(peer, packed, { now: ctx.now() });
  if (message.type === INVITATION_ANSWER_TYPE) {
    throw new AppError('INVITATION_ALREADY_USED', 'answer on a finalized relationship');
  }
  const db = ctx.profile.messages;
  const changed = db.transaction(() => {
    db.seenEnvelope(hash);
    if (message.type === 'ack') return applyAcks(ctx, peer.uid, message);
    return store(ctx, peer.uid, message);
  });
  await ctx.profile.peers.storePeer(peer.uid, next);
  for (const event of changed) ctx.events.emit(event.name, event.payload as never);
  if (message.type !== 'ack' && changed.length > 0 && next.sendDeliveryAck) {
    const uuid = message.status?.uuid ?? '';
    await sendAck(ctx, next, { uuid, delivered: ctx.now() });
  }
  for (const uuid of changedUuids(changed)) await syncMessage(ctx, peer.uid, uuid);
}

function changedUuids(changed: readonly Emitted[]): string[] {
  return changed.map((e) => (e.payload as { uuid: string }).uuid);
}

function store(ctx: EngineContext, peerUid: string, message: meow.UserMessage): Emitted[] {
  const uuid = message.status?.uuid ?? '';
  if (uuid === '') throw new AppError('PROTO_INVALID_FIELD', 'message without uuid');
  const now = ctx.now();
  const sent = message.status?.sent ?? 0;
  const replyTo = message.status?.replyToUuid ?? '';
  const result = ctx.profile.messages.insertMessage(peerUid, {
    outbound: false,
    type: message.type,
    text: message.text,
    status: { uuid, sent, received: now, replyToUuid: replyTo },
    state: 'received',
    createdAt: now,
  });
  if (!result.inserted) return [];
  const payload = { peerUid, uuid, type: message.type, text: message.text, sent, replyTo };
  return [{ name: 'message.received', payload }];
}

function applyAcks(ctx: EngineContext, peerUid: string, message: meow.UserMessage): Emitted[] {
  const out: Emitted[] = [];
  for (const ack of message.acks) {
    const read = ack.processed ?? 0;
    const delivered = ack.delivered ?? 0;
    const state = read > 0 ? 'read' : 'delivered';
    const fields = read > 0 ? { readAt: read } : { deliveredAt: delivered };
    const uuid = ack.uuid ?? '';
    const stored = ctx.profile.messages.getMessage(peerUid, uuid);
    // Only our own outbound messages can be acked; a forged uuid changes nothing.
    if (!stored?.outbound) continue;
    if (ctx.profile.messages.updateState(peerUid, uuid, state, fields)) {
      out.push({ name: 'message.statusChanged', payload: { peerUid, uuid, state } });
    }
  }
  return out;
}
