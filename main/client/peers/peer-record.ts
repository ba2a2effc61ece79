import {
  decodeRatchetState,
  encodeRatchetState,
  parseRatchetState,
  serializeRatchetState,
} from '../../../core/ratchet';
import { AppError } from '../../../core/errors';
import type { SplitCodec } from '../../storage';
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

/** The hot fields of a record: drStateJson and updatedAt always, lastSeenAt when present. */
function decodeHot(bytes: Uint8Array): Pick<Peer, HotField> {
  if (bytes.length < 10) corrupt('truncated');
  if (bytes[0] !== HOT_VERSION) corrupt(`unknown version ${String(bytes[0])}`);
  const flags = bytes[1] ?? 0;
  if ((flags & ~(HAS_RATCHET | HAS_LAST_SEEN)) !== 0) corrupt('unknown flags');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = flags & HAS_LAST_SEEN ? 18 : 10;
  if (bytes.length < head) corrupt('truncated');
  const hasRatchet = (flags & HAS_RATCHET) !== 0;
  if (!hasRatchet && bytes.length !== head) corrupt('trailing bytes');
  let drStateJson: string | null = null;
  if (hasRatchet) {
    try {
      drStateJson = serializeRatchetState(decodeRatchetState(bytes.subarray(head)));
    } catch (cause) {
      throw new AppError('STORAGE_CORRUPT', 'peer hot record: bad ratchet state', { cause });
    }
  }
  const fields = { drStateJson, updatedAt: view.getFloat64(2) };
  return flags & HAS_LAST_SEEN ? { ...fields, lastSeenAt: view.getFloat64(10) } : fields;
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
  join: (cold, hot) => withHot(cold, decodeHot(hot)),
  withHotOf: withHot,
  sameCold(a, b) {
    const x = a as unknown as Record<string, unknown>;
    const y = b as unknown as Record<string, unknown>;
    for (const key in x) if (!isHot(key) && x[key] !== y[key]) return false;
    for (const key in y) if (!isHot(key) && !(key in x) && y[key] !== undefined) return false;
    return true;
  },
};
