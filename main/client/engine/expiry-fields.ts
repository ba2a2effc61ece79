/**
 * Disappearing messages, the pure part (PROTOCOL.md §9 "Disappearing messages"): the allowed
 * timers, which of two settings wins, and the expiry fields of messages and rows. No I/O here,
 * so devices/ and storage paths can use it without cycles.
 *
 * Expiry start: an outbound message starts at the moment its writer stored it; an inbound one
 * at the moment the recipient's primary device received it (never the sender's clock). Both
 * travel in the row (`expire_start`) to sibling devices, which clamp a future start to their
 * own clock; so every device computes the same `expires_at` from the stored row.
 */
import type { meow } from '../../../proto';
import type { ExpiryTimer, Peer } from '../model';

/** UserMessage.type of a timer change (no text); its row shows as a notice line. */
export const EXPIRY_TIMER_TYPE = 'expiry_timer';

/** The timers a user can choose, in seconds: off, 5 minutes, 1 hour, 1 day, 1 week. */
export const EXPIRY_SECONDS = [0, 300, 3_600, 86_400, 604_800] as const;

/** The longest timer a single message may carry (a contact's message with more is capped). */
const MAX_SECONDS = 604_800;

export function isExpirySeconds(seconds: number): boolean {
  return (EXPIRY_SECONDS as readonly number[]).includes(seconds);
}

/** The conversation's current timer (off, version 0, when never set). */
export function timerOf(peer: Pick<Peer, 'expiry'>): ExpiryTimer {
  return peer.expiry ?? { seconds: 0, version: 0, by: 'me' };
}

/**
 * Whether setting `a` replaces `b`: a higher version; on equal versions (both sides changed it
 * at once) the shorter timer, "off" counting as the longest. Every device of both people
 * decides the same way, whatever order the changes arrive in.
 */
export function timerBeats(a: ExpiryTimer, b: ExpiryTimer): boolean {
  if (a.version !== b.version) return a.version > b.version;
  const rank = (s: number) => (s === 0 ? Number.POSITIVE_INFINITY : s);
  return rank(a.seconds) < rank(b.seconds);
}

/** The newer of two settings (either may be absent). */
export function newerTimer(
  a: ExpiryTimer | undefined,
  b: ExpiryTimer | undefined,
): ExpiryTimer | undefined {
  if (!a) return b;
  if (!b) return a;
  return timerBeats(b, a) ? b : a;
}

/** The setting a contact's message announces (version 0 or an unknown timer: none). */
export function announcedTimer(message: meow.IUserMessage): ExpiryTimer | undefined {
  const version = message.expireTimerVersion ?? 0;
  const seconds = message.expireTimer ?? 0;
  if (version <= 0 || !isExpirySeconds(seconds)) return undefined;
  return { seconds, version, by: 'contact' };
}

/** A new outbound text under the conversation's timer: the wire fields and the row's. */
export function stampTimer(
  peer: Pick<Peer, 'expiry'>,
  message: meow.IUserMessage,
  row: meow.IDbMessage,
  now: number,
): { message: meow.IUserMessage; row: meow.IDbMessage } {
  const { seconds, version } = timerOf(peer);
  const expiry = seconds > 0 ? { expireTimer: seconds, expireStart: now } : {};
  return {
    message: { ...message, expireTimer: seconds, expireTimerVersion: version },
    row: { ...row, ...expiry },
  };
}

/**
 * The expiry fields of a row stored from `message` (received, or forwarded by a sibling),
 * started at `start` and never later than `now`. A timer change keeps the setting it carries.
 */
export function rowExpiryOf(message: meow.IUserMessage, start: number, now: number) {
  const seconds = Math.min(message.expireTimer ?? 0, MAX_SECONDS);
  if (message.type === EXPIRY_TIMER_TYPE) {
    return { timerChange: { seconds, version: message.expireTimerVersion ?? 0 } };
  }
  if (seconds <= 0) return {};
  return { expireTimer: seconds, expireStart: Math.min(start, now) };
}

/** The notice line of a timer change row (api/views.ts); null for any other row. */
export function timerNoticeOf(row: meow.IDbMessage) {
  if (row.type !== EXPIRY_TIMER_TYPE) return null;
  const seconds = row.timerChange?.seconds ?? 0;
  const by: 'me' | 'contact' = row.outbound ? 'me' : 'contact';
  return { kind: 'expiry_timer' as const, seconds, by };
}

/**
 * The message to send again for a stored outbound row (a retry, a resend after a reset or a
 * handoff): its own timer, and for a timer change the setting it announced. A text resent
 * carries version 0, so an old message never moves the contact's setting back.
 */
export function resendOf(row: meow.IDbMessage): meow.IUserMessage {
  const { type, text, status } = row;
  const change = row.timerChange;
  if (type === EXPIRY_TIMER_TYPE) {
    return {
      type,
      status,
      expireTimer: change?.seconds ?? 0,
      expireTimerVersion: change?.version ?? 0,
    };
  }
  return {
    type,
    text,
    status,
    expireTimer: row.expireTimer ?? 0,
    expireTimerVersion: 0,
    ...(row.attachments?.length ? { attachments: row.attachments } : {}),
  };
}
