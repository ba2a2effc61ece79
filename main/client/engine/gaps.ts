/**
 * Gaps in this device's queues (PROTOCOL.md §8 "Expiry and gaps"): entries a relay's TTL
 * removed before they were pulled. A contact's gap becomes a notice row in that conversation;
 * a sibling device's gap an event for the device list (its syncs are lost; history can be
 * requested).
 *
 * A relay may report one gap on every pull until the queue is acked past it (and a restarted
 * engine pulls from cursor 0 again), so each report is compared with the last one noted for
 * that queue on that relay (storage/queue-gaps.ts) and only what is new is shown. The mark and
 * the notice are written in ONE transaction, inside the contact's queue, before the batch's
 * entries are handled and before anything of the batch is acked: a crash before it leaves the
 * relay reporting the gap again, a crash after it finds the mark, so the notice is stored once.
 */
import { utf8 } from '../../../core/crypto';
import { type GapMark, NOTICE_TYPE } from '../../storage';
import type { meow } from '../../../proto';
import type { EngineContext } from './context';

export type GapReport = GapMark;

/** One of this device's queues on one relay. */
export interface GapQueue {
  readonly relayUrl: string;
  readonly lookupKey: Uint8Array;
  /** The contact or sibling device whose queue it is. */
  readonly peerUid: string;
}

/** What a notice row says, for the UI (MessageView.notice). */
export interface GapNotice {
  readonly kind: 'relay_expired';
  /** Messages known to have expired; 0 with `unknown`. */
  readonly expired: number;
  /** More (or some, when `expired` is 0) may have expired: the relay cannot tell. */
  readonly unknown: boolean;
}

const NONE: GapMark = { expired: 0, unknown: false };

function isGap(report: GapReport): boolean {
  return report.expired > 0 || report.unknown;
}

/** What `report` adds to the last report noted (`mark`). */
export function freshGap(mark: GapMark | undefined, report: GapReport): GapReport {
  const last = mark ?? NONE;
  return {
    expired: Math.max(0, report.expired - last.expired),
    unknown: report.unknown && !last.unknown,
  };
}

/**
 * Whether `noteGap` has anything to do: a gap reported, or a mark to clear. Cheap (no mark is
 * the usual case and costs no query), so the poll worker asks for every batch.
 */
export function gapToNote(ctx: EngineContext, queue: GapQueue, report: GapReport): boolean {
  if (isGap(report)) return true;
  return ctx.profile.messages.queueGap(queue.relayUrl, queue.lookupKey) !== undefined;
}

/**
 * Notes `report` for `queue`; call inside the peer's queue (ctx.queue). False when the queue
 * is no longer this device's (the contact was handed to another device, which pulls it and
 * notes the gap itself): nothing of the batch may be acked then.
 */
export async function noteGap(
  ctx: EngineContext,
  queue: GapQueue,
  report: GapReport,
): Promise<boolean> {
  const contact = isGap(report) ? await ctx.profile.peers.getPeer(queue.peerUid) : undefined;
  if (contact && contact.primaryDeviceUid !== '') return false;
  const db = ctx.profile.messages;
  const mark = db.queueGap(queue.relayUrl, queue.lookupKey);
  if ((mark ?? NONE).expired === report.expired && (mark ?? NONE).unknown === report.unknown) {
    return true;
  }
  const fresh = freshGap(mark, report);
  if (!isGap(fresh)) {
    // Acked past, or the relay forgot it: a later gap is counted from nothing again.
    db.setQueueGap(queue.relayUrl, queue.lookupKey, report);
    return true;
  }
  if (contact) {
    noteInConversation(ctx, queue, report, fresh);
    return true;
  }
  if (!(await ctx.profile.devices.getPeer(queue.peerUid))) return true;
  db.setQueueGap(queue.relayUrl, queue.lookupKey, report);
  ctx.events.emit('queue.expired', { peerUid: queue.peerUid, device: true, ...fresh, uuid: '' });
  return true;
}

function noteInConversation(
  ctx: EngineContext,
  queue: GapQueue,
  report: GapReport,
  fresh: GapReport,
): void {
  const db = ctx.profile.messages;
  const uuid = globalThis.crypto.randomUUID();
  db.transaction(() => {
    db.setQueueGap(queue.relayUrl, queue.lookupKey, report);
    db.insertMessage(queue.peerUid, noticeMessage(uuid, fresh, ctx.now()));
  });
  const peerUid = queue.peerUid;
  ctx.events.emit('message.stored', { peerUid, uuid, outbound: false, state: 'read' });
  ctx.events.emit('queue.expired', { peerUid, device: false, ...fresh, uuid });
}

/**
 * The notice row: inbound and already read (never counted unread, never acked or marked
 * read again), of type NOTICE_TYPE (left out of history transfer; nothing else syncs it). The
 * text is a fallback for readers that do not know notices; the UI words it from `appdata`.
 */
function noticeMessage(uuid: string, gap: GapReport, now: number): meow.IDbMessage {
  const notice: GapNotice = { kind: 'relay_expired', expired: gap.expired, unknown: gap.unknown };
  return {
    outbound: false,
    type: NOTICE_TYPE,
    text: fallbackText(gap),
    appdata: utf8(JSON.stringify(notice)),
    status: { uuid },
    state: 'read',
    createdAt: now,
    readAt: now,
  };
}

function fallbackText(gap: GapReport): string {
  if (gap.expired === 0) {
    return 'Some messages may have expired on the relay before this device fetched them';
  }
  const what = gap.expired === 1 ? '1 message' : `${gap.expired} messages`;
  const tail = 'expired on the relay before this device fetched them';
  return `${gap.unknown ? 'At least ' : ''}${what} ${tail}`;
}

/** The notice a stored row carries; null for an ordinary message (or an unreadable notice). */
export function noticeOf(message: meow.IDbMessage): GapNotice | null {
  if (message.type !== NOTICE_TYPE || !message.appdata) return null;
  try {
    const parsed = JSON.parse(new TextDecoder().decode(message.appdata)) as Partial<GapNotice>;
    const { expired, unknown } = parsed;
    if (parsed.kind !== 'relay_expired' || typeof unknown !== 'boolean') return null;
    if (typeof expired !== 'number' || !Number.isSafeInteger(expired) || expired < 0) return null;
    return { kind: 'relay_expired', expired, unknown };
  } catch {
    return null;
  }
}
