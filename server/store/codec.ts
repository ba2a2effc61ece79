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

/** receivedAt (u64 BE) || message — the LevelDB value and the tail of a Redis member. */
export function encodeTimed(receivedAt: number, message: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(U64 + message.byteLength);
  writeU64(out, 0, receivedAt);
  out.set(message, U64);
  return out;
}

export function decodeTimed(seq: number, value: Uint8Array): StoredEntry {
  if (value.byteLength < U64) throw new Error(`corrupt stored entry ${seq}`);
  return { seq, receivedAt: readU64(value, 0), message: view(value, U64) };
}

/** A Redis member: seq (u64 BE) || receivedAt (u64 BE) || message; the seq keeps it unique. */
export function decodeMember(member: Uint8Array): StoredEntry {
  if (member.byteLength < 2 * U64) throw new Error('corrupt queue member');
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
