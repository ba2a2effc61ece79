/**
 * Disappearing messages, engine side (PROTOCOL.md §9 "Disappearing messages"; the pure rules are
 * in expiry-fields.ts): setting a conversation's timer, taking a contact's setting in a receive
 * unit, and the expiry worker that purges expired rows on every device, at start (before the
 * UI lists anything) and while running.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { OwedAck } from '../../storage';
import type { ExpiryTimer, Peer } from '../model';
import type { PeerSession } from '../peers';
import {
  aroundChange,
  forwardToPrimary,
  hasDevices,
  queueMessageSync,
  queuePeerSync,
} from '../devices';
import type { EngineContext } from './context';
import type { Emitted } from './events';
import {
  announcedTimer,
  EXPIRY_TIMER_TYPE,
  isExpirySeconds,
  timerBeats,
  timerOf,
} from './expiry-fields';
import { sealAndQueue } from './outbound';

/** The worker looks again at least this often (a row stored by a path it was not told of). */
const MAX_WAIT_MS = 60_000;

/**
 * Sets the conversation's timer (a user's choice on any of their devices): stored with the
 * contact (reaching the sibling devices as `peer_update`), then an "expiry_timer" message to the
 * contact, whose row is the notice line here. Nothing happens when the timer is already set.
 * A crash between the two leaves the setting without its message: every later text carries it.
 */
export async function setExpiry(ctx: EngineContext, peerUid: string, seconds: number) {
  if (!isExpirySeconds(seconds)) {
    throw new AppError('INVALID_ARGUMENT', 'the timer must be off, 5 min, 1 h, 1 day or 1 week');
  }
  return ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.type !== 'peer') throw new AppError('INVALID_ARGUMENT', 'no such peer');
    const current = timerOf(peer);
    if (current.seconds === seconds && current.version > 0) return peer;
    const now = ctx.now();
    const expiry: ExpiryTimer = { seconds, version: current.version + 1, by: 'me' };
    const next: Peer = { ...peer, expiry, updatedAt: now };
    await aroundChange(ctx, { kind: 'peer', ref: peerUid }, async () => {
      await ctx.profile.peers.storePeer(peerUid, next);
    });
    ctx.events.emit('peer.updated', { peerUid, name: next.name });
    await announce(ctx, next, expiry, now);
    return next;
  });
}

/** The "expiry_timer" message and its row, sent like a text (or forwarded to the primary). */
async function announce(ctx: EngineContext, peer: Peer, expiry: ExpiryTimer, now: number) {
  if (peer.invitationStep !== 'finalized' && peer.primaryDeviceUid === '') return;
  const uuid = randomUUID();
  const status = { uuid, sent: now };
  const message: meow.IUserMessage = {
    type: EXPIRY_TIMER_TYPE,
    status,
    expireTimer: expiry.seconds,
    expireTimerVersion: expiry.version,
  };
  const timerChange = { seconds: expiry.seconds, version: expiry.version };
  const dbMessage = {
    outbound: true,
    type: EXPIRY_TIMER_TYPE,
    status,
    createdAt: now,
    timerChange,
  };
  const siblings = await hasDevices(ctx);
  if (peer.primaryDeviceUid !== '') {
    await forwardToPrimary(ctx, peer, message, dbMessage);
  } else {
    const also = () => {
      if (siblings) queueMessageSync(ctx, peer.uid, uuid);
    };
    const row = { ...dbMessage, state: 'pending' };
    await sealAndQueue(ctx, peer, message, { kind: 'message', dbMessage: row, also });
    ctx.events.emit('message.stored', {
      peerUid: peer.uid,
      uuid,
      outbound: true,
      state: 'pending',
    });
  }
  if (siblings) await ctx.syncs.flush();
}

/**
 * Receive unit, while opening (pure): a contact's message announcing a newer setting moves the
 * session's copy of the contact, stored with its ratchet. True when it did.
 */
export function takeAnnouncedTimer(session: PeerSession, message: meow.IUserMessage): boolean {
  const announced = announcedTimer(message);
  if (!announced || !timerBeats(announced, timerOf(session.fields))) return false;
  session.amend({ expiry: announced });
  return true;
}

/**
 * Receive unit, inside its transaction, when a message moved the timer: the siblings learn it
 * by `peer_update` recorded here, and the UI by 'peer.updated'.
 */
export function timerTaken(ctx: EngineContext, peer: Peer, siblings: boolean): Emitted[] {
  if (siblings) queuePeerSync(ctx, peer.uid);
  return [{ name: 'peer.updated', payload: { peerUid: peer.uid, name: peer.name } }];
}

/**
 * Receive unit, inside its transaction: the row of a contact's timer change, read at once (a
 * notice line, never unread, never notified). The delivery ack is owed like any message's.
 */
export function storeTimerChange(
  ctx: EngineContext,
  peer: Peer,
  row: meow.IDbMessage,
  owe: (ack: OwedAck) => void,
): Emitted[] {
  const uuid = row.status?.uuid ?? '';
  const now = ctx.now();
  const db = ctx.profile.messages;
  const inserted = db.insertInUnit(peer.uid, { ...row, state: 'read', readAt: now }).inserted;
  if (peer.sendDeliveryAck) owe({ uuid, kind: 'delivered', at: now });
  if (!inserted) return [];
  const payload = { peerUid: peer.uid, uuid, outbound: false, state: 'read' as const };
  return [{ name: 'message.stored', payload }];
}

/** Whether a stored row is a timer change (shown as a notice, never as unread or notified). */
export function isTimerChange(row: meow.IDbMessage): boolean {
  return row.type === EXPIRY_TIMER_TYPE;
}

/**
 * Purges expired rows (one transaction per batch: body gone, tombstone kept) and announces
 * each as 'message.expired'. Returns how many went.
 */
export function purgeExpired(ctx: EngineContext): number {
  let total = 0;
  for (;;) {
    const gone = ctx.profile.messages.purgeExpired(ctx.now());
    for (const m of gone) ctx.events.emit('message.expired', m);
    total += gone.length;
    if (gone.length === 0) return total;
  }
}

/** Wakes at the next expiry (at least once a minute) and purges. */
export class ExpiryWorker {
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  /** A wake is already on its way (many rows stored at once cost one look). */
  private waking = false;

  constructor(private readonly ctx: EngineContext) {}

  /** Purges what expired while the app was closed, then keeps watching. */
  start(): void {
    this.stopped = false;
    this.run();
  }

  /** A row with an expiry was stored: look again (the next expiry may be sooner). */
  wake(): void {
    if (this.stopped || this.waking) return;
    this.waking = true;
    setImmediate(() => {
      this.waking = false;
      if (!this.stopped) this.run();
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private run(): void {
    clearTimeout(this.timer);
    let wait = MAX_WAIT_MS;
    try {
      purgeExpired(this.ctx);
      const next = this.ctx.profile.messages.nextExpiryAt();
      if (next !== undefined) wait = Math.max(next - this.ctx.now(), 0);
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'INTERNAL';
      this.ctx.events.emit('error', { where: 'expiry.purge', code });
    }
    if (this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.run();
      },
      Math.min(wait, MAX_WAIT_MS),
    );
    this.timer.unref();
  }
}
