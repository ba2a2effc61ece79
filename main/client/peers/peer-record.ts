import {
  decodeRatchetState,
  encodeRatchetState,
  parseRatchetState,
  serializeRatchetState,
} from '../../../core/ratchet';
import { AppError } from '../../../core/errors';
import { deepFreeze, type SplitCodec } from '../../storage';
import type { Peer } from '../model';

/**
 * How PeerStorage/DeviceStorage split a Peer (main/storage/peer-storage.ts): the fields every
 * message changes — the ratchet state, updatedAt, and a device peer's lastSeenAt — go into a
 * small binary record; everything else stays in the JSON record, rewritten only when it changes.
 *
 *   version   1 byte, HOT_VERSION
 *   flags     1 byte: 1 = a ratchet state follows, 2 = lastSeenAt is present
 *   updatedAt float64 big-endian
 *   lastSeenAt float64 big-endian, only if flagged
 *   the ratchet state in core/ratchet's binary form (state-binary.ts), only if flagged; absent
 *   means drStateJson is null
 *
 * drStateJson is rebuilt from the binary state as core/ratchet serializes it: the same state,
 * so the same session, as the JSON the Peer was stored with.
 */
const HOT_VERSION = 1;
const HAS_RATCHET = 1;
const HAS_LAST_SEEN = 2;

type HotField = 'drStateJson' | 'updatedAt' | 'lastSeenAt';
const isHot = (key: string): boolean =>
  key === 'drStateJson' || key === 'updatedAt' || key === 'lastSeenAt';

function corrupt(what: string): never {
  throw new AppError('STORAGE_CORRUPT', `peer hot record: ${what}`);
}

function encodeHot(peer: Peer): Uint8Array {
  // `?? null`: a record too old to have the field at all has no session either.
  const json = peer.drStateJson ?? null;
  const ratchet = json === null ? undefined : encodeRatchetState(parseRatchetState(json));
  const seen = peer.lastSeenAt;
  const head = seen === undefined ? 10 : 18;
  const out = new Uint8Array(head + (ratchet?.length ?? 0));
  const view = new DataView(out.buffer);
  out[0] = HOT_VERSION;
  out[1] = (ratchet ? HAS_RATCHET : 0) | (seen === undefined ? 0 : HAS_LAST_SEEN);
  view.setFloat64(2, peer.updatedAt);
  if (seen !== undefined) view.setFloat64(10, seen);
  if (ratchet) out.set(ratchet, head);
  return out;
}

/** A hot record's fields, its ratchet state still in binary (null: drStateJson is null). */
interface HotRecord {
  readonly updatedAt: number;
  readonly lastSeenAt: number | undefined;
  readonly ratchet: Uint8Array | null;
}

function readHot(bytes: Uint8Array): HotRecord {
  if (bytes.length < 10) corrupt('truncated');
  if (bytes[0] !== HOT_VERSION) corrupt(`unknown version ${String(bytes[0])}`);
  const flags = bytes[1] ?? 0;
  if ((flags & ~(HAS_RATCHET | HAS_LAST_SEEN)) !== 0) corrupt('unknown flags');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = flags & HAS_LAST_SEEN ? 18 : 10;
  if (bytes.length < head) corrupt('truncated');
  const hasRatchet = (flags & HAS_RATCHET) !== 0;
  if (!hasRatchet && bytes.length !== head) corrupt('trailing bytes');
  return {
    updatedAt: view.getFloat64(2),
    lastSeenAt: flags & HAS_LAST_SEEN ? view.getFloat64(10) : undefined,
    ratchet: hasRatchet ? bytes.subarray(head) : null,
  };
}

/** drStateJson from the binary ratchet state, as core/ratchet serializes it. */
function ratchetJson(binary: Uint8Array): string {
  try {
    return serializeRatchetState(decodeRatchetState(binary));
  } catch (cause) {
    throw new AppError('STORAGE_CORRUPT', 'peer hot record: bad ratchet state', { cause });
  }
}

/**
 * The Peer stored as main record `cold` and hot record `bytes`. Its drStateJson is decoded
 * when first read: listing every contact after unlock reads none of them, and decoding 1,000
 * ratchet states was a third of that listing. A damaged state therefore fails (STORAGE_CORRUPT)
 * where it is used, not when the record loads.
 *
 * Returned frozen, with `cold` deep-frozen first: PeerStorage deep-freezes what it hands out,
 * and its walk reads every property, which would decode the state at once.
 */
function joinLazily(cold: Peer, bytes: Uint8Array): Peer {
  const hot = readHot(bytes);
  const next: Peer = { ...deepFreeze(cold), updatedAt: hot.updatedAt };
  if (hot.lastSeenAt !== undefined) next.lastSeenAt = hot.lastSeenAt;
  else delete next.lastSeenAt;
  const binary = hot.ratchet;
  if (binary === null) next.drStateJson = null;
  else {
    let json: string | undefined;
    Object.defineProperty(next, 'drStateJson', {
      enumerable: true,
      get: () => (json ??= ratchetJson(binary)),
    });
  }
  return Object.freeze(next);
}

/**
 * `base` with the hot fields of `hot`; lastSeenAt only if `hot` has it. A spread, not a rest
 * destructuring of `base`: this runs on every message, and V8 copies with exclusions slowly.
 */
function withHot(base: Peer, hot: Pick<Peer, HotField>): Peer {
  const next: Peer = { ...base, drStateJson: hot.drStateJson, updatedAt: hot.updatedAt };
  if (hot.lastSeenAt !== undefined) next.lastSeenAt = hot.lastSeenAt;
  else if ('lastSeenAt' in next) delete next.lastSeenAt;
  return next;
}

export const peerRecordCodec: SplitCodec<Peer> = {
  encodeHot,
  coldOf(peer) {
    const { drStateJson: _d, updatedAt: _u, lastSeenAt: _l, ...cold } = peer;
    return cold;
  },
  join: joinLazily,
  withHotOf: withHot,
  sameCold(a, b) {
    const x = a as unknown as Record<string, unknown>;
    const y = b as unknown as Record<string, unknown>;
    for (const key in x) if (!isHot(key) && x[key] !== y[key]) return false;
    for (const key in y) if (!isHot(key) && !(key in x) && y[key] !== undefined) return false;
    return true;
  },
};
