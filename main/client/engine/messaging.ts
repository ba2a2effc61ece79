/**
 * Writing, reading and retrying chat messages, each in its contact's queue. On the contact's
 * primary device a message is sealed and queued here; on a sibling it goes to the primary as a
 * `forward` (devices/forward.ts). Every stored change records its `msg` sync to the sibling
 * devices in the change's own transaction (sync-out.ts), and a read ack is owed (acks_owed) in
 * the transaction that marks the message read: nothing is "committed, then queued".
 */
import { randomUUID } from 'node:crypto';
import { AppError, isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { StoredMessage } from '../../storage';
import type { Peer } from '../model';
import { sendOwedAcksOf } from './acks';
import type { EngineContext } from './context';
import { resendOf, stampTimer } from './expiry-fields';
import { GroupCommit } from './group-commit';
import { MAX_GROUP, sealAndQueue, sealAndQueueGroup } from './outbound';
import { queuedMessageUuids } from './outbox-scan';
import { forwardToPrimary, hasDevices, queueMessageSync } from '../devices';
import { requireNotBlocked } from './contacts';

export async function requirePeer(ctx: EngineContext, uid: string): Promise<Peer> {
  const peer = await ctx.profile.peers.getPeer(uid);
  if (peer?.type !== 'peer') throw new AppError('PEER_NOT_FOUND', 'no such contact');
  return peer;
}

/** The `also` of a queued message: its sync, when there are siblings to tell. */
function syncAlso(ctx: EngineContext, peerUid: string, uuid: string, siblings: boolean) {
  return siblings
    ? {
        also: () => {
          queueMessageSync(ctx, peerUid, uuid);
        },
      }
    : {};
}

/** A new chat text: what goes to the contact (or the primary) and the row we store. */
export function textMessage(uuid: string, text: string, replyTo: string, now: number) {
  const status = { uuid, sent: now, replyToUuid: replyTo };
  const message: meow.IUserMessage = { type: 'text', text, status };
  const dbMessage = {
    outbound: true,
    type: 'text',
    text,
    status,
    state: 'pending',
    createdAt: now,
  };
  return { message, dbMessage };
}

/** One sendText call waiting for its group (group-commit.ts). */
interface TextToSend {
  readonly uuid: string;
  readonly text: string;
  readonly replyTo: string;
}

/** One group committer per engine (its context), made on first use. */
const senders = new WeakMap<EngineContext, GroupCommit<TextToSend>>();

function sendersOf(ctx: EngineContext): GroupCommit<TextToSend> {
  let groups = senders.get(ctx);
  if (!groups) {
    groups = new GroupCommit(ctx.queue, (uid, texts) => writeTexts(ctx, uid, texts), MAX_GROUP);
    senders.set(ctx, groups);
  }
  return groups;
}

/**
 * A new chat text to the contact. Calls that arrive together (a pasted list, a script) are
 * written as one group (group-commit.ts): one ratchet write and one transaction for all of
 * them, in call order. Resolves once the text is stored with its job (or its forward), as
 * before; a failure rejects only the calls it concerns.
 */
export async function sendText(
  ctx: EngineContext,
  peerUid: string,
  text: string,
  replyTo = '',
): Promise<string> {
  const uuid = randomUUID();
  await sendersOf(ctx).add(peerUid, { uuid, text, replyTo });
  return uuid;
}

/** A group of sendText calls, in the contact's queue; one entry per text (error or undefined). */
async function writeTexts(
  ctx: EngineContext,
  peerUid: string,
  texts: readonly TextToSend[],
): Promise<unknown[]> {
  // Both reads at once: each is a trip to a LevelDB, on the way of every message.
  const [peer, siblings] = await Promise.all([requirePeer(ctx, peerUid), hasDevices(ctx)]);
  requireNotBlocked(peer);
  const now = ctx.now();
  const written = texts.map(({ uuid, text, replyTo }) => {
    const fresh = textMessage(uuid, text, replyTo, now);
    // Under the conversation's disappearing-message timer (expiry-fields.ts).
    return stampTimer(peer, fresh.message, fresh.dbMessage, now);
  });
  let errors: unknown[];
  if (peer.primaryDeviceUid !== '') {
    errors = [];
    for (const { message, row } of written) {
      errors.push(await forwardToPrimary(ctx, peer, message, row).catch((err: unknown) => err));
    }
  } else {
    const group = written.map(({ message, row: dbMessage }) => ({
      message,
      options: {
        kind: 'message' as const,
        dbMessage,
        ...syncAlso(ctx, peerUid, message.status?.uuid ?? '', siblings),
      },
    }));
    errors = (await sealAndQueueGroup(ctx, peer, group)).errors;
  }
  if (siblings) await ctx.syncs.flush();
  return errors;
}

/** Marks an inbound message read; the primary owes the read ack, siblings learn by `msg`. */
export async function markRead(ctx: EngineContext, peerUid: string, uuid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const peer = await requirePeer(ctx, peerUid);
    const siblings = await hasDevices(ctx);
    const now = ctx.now();
    const ack = peer.primaryDeviceUid === '' && peer.sendProcessingAck && !peer.blocked;
    const db = ctx.profile.messages;
    const changed = db.transaction(() => {
      if (!db.markRead(peerUid, uuid, now)) return false;
      if (ack) db.addAckOwed(peerUid, { uuid, kind: 'read', at: now });
      if (siblings) queueMessageSync(ctx, peerUid, uuid);
      return true;
    });
    if (!changed) return;
    if (ack) await sendOwedAcksOf(ctx, peerUid);
    if (siblings) await ctx.syncs.flush();
  });
}

/**
 * Sends a message that did not get out again: a failed one, or one stuck before the relay
 * accepted it (pending, pending_forward). A failed message's sealed bytes went with its job,
 * so it is sealed anew under the same uuid (the receiver dedups by uuid); a pending one whose
 * job is still queued is just tried now.
 */
export async function retry(ctx: EngineContext, peerUid: string, uuid: string): Promise<void> {
  await ctx.queue.run(peerUid, async () => {
    const stored = ctx.profile.messages.getMessage(peerUid, uuid);
    if (!stored?.outbound) throw new AppError('INVALID_ARGUMENT', 'no such outbound message');
    if (stored.message.deleted) throw new AppError('MESSAGE_DELETED', 'the message was deleted');
    if (!isRetryable(stored)) {
      throw new AppError('INVALID_ARGUMENT', `the message was ${stored.state} already`);
    }
    const peer = await requirePeer(ctx, peerUid);
    requireNotBlocked(peer);
    await resend(ctx, peer, stored);
  });
}

function isRetryable(stored: StoredMessage): boolean {
  return ['failed', 'pending', 'pending_forward'].includes(stored.state);
}

/** Inside the contact's queue: the message goes out again from where it is stuck. */
export async function resend(ctx: EngineContext, peer: Peer, stored: StoredMessage) {
  const { uuid, message: m } = stored;
  const message: meow.IUserMessage = resendOf(m);
  if (peer.primaryDeviceUid !== '') {
    await forwardToPrimary(ctx, peer, message);
    await ctx.syncs.flush();
    return;
  }
  if (stored.state === 'pending' && queuedMessageUuids(ctx).has(uuid)) {
    ctx.profile.messages.retryPeerJobsNow(peer.uid); // its job waits out a backoff: try now
    ctx.wakeSend();
    return;
  }
  const siblings = await hasDevices(ctx);
  const also = syncAlso(ctx, peer.uid, uuid, siblings);
  await sealAndQueue(ctx, peer, message, { kind: 'message', retryUuid: uuid, ...also });
  if (stored.state !== 'pending') {
    ctx.events.emit('message.statusChanged', { peerUid: peer.uid, uuid, state: 'pending' });
  }
  if (siblings) await ctx.syncs.flush();
}

/**
 * The contact just accepted our invitation (inbound.ts `finalize`, in its queue): what was
 * written to them before, held `pending` without a job (outbound.ts `sealAndQueue`, also a
 * sibling's forward, whose own `msg` may have moved our copy to `pending_forward`), is sealed
 * now, oldest first. A crash before leaves it to start-up repair (repair.ts).
 */
export async function sendHeld(ctx: EngineContext, peerUid: string): Promise<void> {
  let peer = await ctx.profile.peers.getPeer(peerUid);
  if (peer?.type !== 'peer' || peer.primaryDeviceUid !== '') return;
  const queued = queuedMessageUuids(ctx);
  const held = ctx.profile.messages
    .unsentMessages()
    .filter((m) => m.peerUid === peerUid && !queued.has(m.uuid))
    .sort((a, b) => a.id - b.id);
  if (held.length === 0) return;
  const siblings = await hasDevices(ctx);
  let failure: unknown;
  // In groups, each under one ratchet write (outbound.ts sealAndQueueGroup), oldest first.
  for (let i = 0; i < held.length; i += MAX_GROUP) {
    const group = held.slice(i, i + MAX_GROUP).map(({ uuid, message: m }) => ({
      message: {
        type: m.type,
        text: m.text,
        status: m.status,
        ...(m.attachments.length > 0 ? { attachments: m.attachments } : {}),
      },
      options: {
        kind: 'message' as const,
        retryUuid: uuid,
        ...syncAlso(ctx, peerUid, uuid, siblings),
      },
    }));
    // The advanced peer each time: every message takes the next ratchet step.
    const sealed = await sealAndQueueGroup(ctx, peer, group);
    peer = sealed.peer;
    failure ??= sealed.errors.find((err) => err !== undefined);
  }
  if (siblings) await ctx.syncs.flush();
  // One that could not be sealed stays held (start-up repair tries again); say so.
  if (failure !== undefined) {
    throw isAppError(failure)
      ? failure
      : new AppError('INTERNAL', 'sealing failed', { cause: failure });
  }
}
