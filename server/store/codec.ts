import type { StoredEntry, StoredInvitation } from './types';

/**
 * Byte layouts shared by the stores. Everything here is pure so both stores (and their tests)
 * agree on one definition of "expired" and on how entries and invitations are laid out.
 */

/** Lowercase hex of a lookup key: the per-queue name inside both stores. */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** A plain Uint8Array view (no copy), so callers never see Buffer-only behaviour. */
export function view(buf: Uint8Array, offset = 0): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset + offset, buf.byteLength - offset);
}

/** Fixed width so that LevelDB's lexicographic key order is numeric seq order (2^64 > 2^53). */
export function seqHex(seq: number): string {
  return seq.toString(16).padStart(16, '0');
}

/** Cursors from the wire may be anything; the stores work with a whole number >= 0. */
export function normalizeCursor(cursor: number): number {
  return Number.isFinite(cursor) && cursor > 0
    ? Math.min(Math.floor(cursor), Number.MAX_SAFE_INTEGER)
    : 0;
}

/** One rule for both stores: an entry lives for exactly ttlMs (Redis PEXPIRE behaves the same). */
export function isExpired(receivedAt: number, ttlMs: number, now: number): boolean {
  return now - receivedAt >= ttlMs;
}

/**
 * Where a queue's counter starts when its metadata is (re)created: now_ms × 1024. A later base
 * is always above every seq of an earlier incarnation (that would take more than 1,024 pushes
 * per millisecond, sustained), so a client holding an old cursor never skips new entries; and
 * it stays below 2^53 until the year 2248.
 */
export const SEQS_PER_MS = 1024;

export function seqBase(now: number): number {
  return Math.max(0, Math.floor(now)) * SEQS_PER_MS;
}

/** What both stores keep per queue besides the entries. */
export interface QueueCounters {
  /** Last issued seq (= base while nothing was pushed). */
  readonly last: number;
  /** Highest ack cursor (starts at base). */
  readonly acked: number;
  /** The seq the counter started from. */
  readonly base: number;
}

/**
 * How many entries after `after` the TTL removed unread. Acks and expiry both remove prefixes,
 * so everything below the first present entry (or up to `last` when none is) and above both
 * `after` and the ack cursor was removed by expiry.
 */
export function gapAfter(
  q: QueueCounters,
  firstPresent: number | undefined,
  after: number,
): number {
  return Math.max(0, (firstPresent ?? q.last + 1) - 1 - Math.max(after, q.acked));
}

/** The result fields of a read for a queue with counters `q` (undefined: no metadata). */
export function gapFields(
  q: QueueCounters | undefined,
  firstPresent: number | undefined,
  after: number,
): { expired: number; expiredUnknown: boolean } {
  if (!q) return { expired: 0, expiredUnknown: after > 0 };
  return { expired: gapAfter(q, firstPresent, after), expiredUnknown: after > 0 && after < q.base };
}

const U64 = 8;

function writeU64(target: Uint8Array, offset: number, value: number): void {
  new DataView(target.buffer, target.byteOffset, target.byteLength).setBigUint64(
    offset,
    BigInt(Math.max(0, Math.floor(value))),
  );
}

function readU64(source: Uint8Array, offset: number): number {
  const dv = new DataView(source.buffer, source.byteOffset, source.byteLength);
  return Number(dv.getBigUint64(offset));
}

/**
 * receivedAt (u64 BE) || offset (u64 BE) || message — the LevelDB value and the tail of a Redis
 * member. `offset` is the queue's running byte total before this entry, so the bytes a queue
 * holds are its total minus its first entry's offset, whatever acks and expiry removed.
 */
const HEADER = 2 * U64;

export function encodeTimed(receivedAt: number, offset: number, message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER + message.byteLength);
  writeU64(out, 0, receivedAt);
  writeU64(out, U64, offset);
  out.set(message, HEADER);
  return out;
}

export function decodeTimed(seq: number, value: Uint8Array): StoredEntry {
  if (value.byteLength < HEADER) throw new Error(`corrupt stored entry ${seq}`);
  return { seq, receivedAt: readU64(value, 0), message: view(value, HEADER) };
}

/** The running byte total before this entry (see encodeTimed). */
export function offsetOf(value: Uint8Array): number {
  if (value.byteLength < HEADER) throw new Error('corrupt stored entry');
  return readU64(value, U64);
}

/** A Redis member: seq (u64 BE) || encodeTimed(…); the seq keeps it unique. */
export function decodeMember(member: Uint8Array): StoredEntry {
  if (member.byteLength < U64 + HEADER) throw new Error('corrupt queue member');
  return decodeTimed(readU64(member, 0), view(member, U64));
}

interface InvitationJson {
  readonly uuid: string;
  readonly shortcode: string;
  readonly payload: string;
  readonly passwordHash: string;
  readonly deleteTokenHash: string;
  readonly expiresAt: number;
}

const b64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const unb64 = (text: string): Uint8Array => view(Buffer.from(text, 'base64'));

/** JSON with base64 fields: invitations are rare and small, and the record stays inspectable. */
export function encodeInvitation(inv: StoredInvitation): string {
  const json: InvitationJson = {
    uuid: inv.uuid,
    shortcode: inv.shortcode,
    payload: b64(inv.payload),
    passwordHash: b64(inv.passwordHash),
    deleteTokenHash: b64(inv.deleteTokenHash),
    expiresAt: inv.expiresAt,
  };
  return JSON.stringify(json);
}

export function decodeInvitation(text: string): StoredInvitation {
  const json = JSON.parse(text) as Partial<InvitationJson>;
  const { uuid, shortcode, payload, passwordHash, deleteTokenHash, expiresAt } = json;
  if (
    typeof uuid !== 'string' ||
    typeof shortcode !== 'string' ||
    typeof payload !== 'string' ||
    typeof passwordHash !== 'string' ||
    typeof deleteTokenHash !== 'string' ||
    typeof expiresAt !== 'number'
  ) {
    throw new Error('corrupt stored invitation');
  }
  return {
    uuid,
    shortcode,
    payload: unb64(payload),
    passwordHash: unb64(passwordHash),
    deleteTokenHash: unb64(deleteTokenHash),
    expiresAt,
  };
}

/** Fixed window index for rate-limit counters. */
export function windowOf(windowMs: number, now: number): number {
  return Math.floor(now / Math.max(1, windowMs));
}
