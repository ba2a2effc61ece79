/**
 * The rows a received unit writes inside its transaction (receive.ts `commit`): a contact's
 * chat message with its owed delivery ack, and the acks the contact sent for our messages.
 */
import { meow } from '../../../proto';
import type { OwedAck } from '../../storage';
import type { Peer } from '../model';
import { recordReceivedAttachments } from './attachments/received';
import type { EngineContext } from './context';
import type { Emitted } from './events';
import { rowExpiryOf } from './expiry-fields';

/** The row of a chat message received from a contact. */
export function inboundRow(message: meow.UserMessage, now: number): meow.IDbMessage {
  const { uuid, sent, replyToUuid } = message.status ?? meow.ConversationStatus.create();
  return {
    outbound: false,
    type: message.type,
    text: message.text,
    status: { uuid, sent, received: now, replyToUuid },
    state: 'received',
    createdAt: now,
    ...rowExpiryOf(message, now, now), // disappearing: starts when received here
    ...(message.attachments.length > 0 ? { attachments: message.attachments } : {}),
  };
}

/** Collects the delivery acks a unit owes, written as one row at the end of its transaction. */
export type OweAck = (ack: OwedAck) => void;

export function store(
  ctx: EngineContext,
  peer: Peer,
  message: meow.UserMessage,
  owe: OweAck,
): Emitted[] {
  const uuid = message.status?.uuid ?? '';
  const now = ctx.now();
  const sent = message.status?.sent ?? 0;
  const replyTo = message.status?.replyToUuid ?? '';
  const db = ctx.profile.messages;
  // In the unit's transaction, which rolls back whole if this throws: no savepoint per row.
  const result = db.insertInUnit(peer.uid, inboundRow(message, now));
  // Owed in the message's own transaction: a crash before the ack is queued cannot lose it.
  // Also for a copy we hold already: the contact sends one again only when our ack never
  // reached it (it went out on a session the contact dropped, e.g. a losing claimant's).
  if (peer.sendDeliveryAck) owe({ uuid, kind: 'delivered', at: now });
  if (!result.inserted) return [];
  recordReceivedAttachments(ctx, peer.uid, uuid, message.attachments);
  // An edit or delete that came first is merged in already (modify-in.ts): announce what is
  // stored, and a message that arrives deleted as a row only (no notification, no text).
  const stored = result.modified ? db.getMessage(peer.uid, uuid)?.message : undefined;
  if (stored?.deleted) {
    const row = { peerUid: peer.uid, uuid, outbound: false, state: 'received' } as const;
    return [{ name: 'message.stored', payload: row }];
  }
  const text = stored?.text ?? message.text;
  const payload = { peerUid: peer.uid, uuid, type: message.type, text, sent, replyTo };
  return [{ name: 'message.received', payload }];
}

export function applyAcks(
  ctx: EngineContext,
  peerUid: string,
  message: meow.UserMessage,
): Emitted[] {
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
