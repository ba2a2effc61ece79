import { fromBase64Url, toBase64Url } from '../crypto';
import { AppError } from '../errors';
import { MAX_COUNTER, MAX_SKIPPED_TOTAL } from './limits';
import { checkConsistency, type RatchetState } from './state';

/**
 * A compact binary form of RatchetState (Signal DR spec §3.2), for the record the engine
 * rewrites after every message (main/client/peers/peer-record.ts): ≈ 240 bytes without skipped
 * keys, against ≈ 450 for the JSON form, and no base64 or JSON on either side.
 *
 *   version (1 byte, BINARY_STATE_VERSION)
 *   flags   (1 byte: 1 dhr, 2 previousDhr, 4 sendingChain, 8 receivingChain present)
 *   dhs.publicKey, dhs.privateKey, rootKey            32 bytes each
 *   dhr, previousDhr, sendingChain, receivingChain    32 bytes each, only if flagged
 *   ns, pn                                            uint32 big-endian each
 *   nr                                                uint32 high word, uint32 low word (≤ 2^32)
 *   count                                             uint16, skipped keys (≤ MAX_SKIPPED_TOTAL)
 *   count × (ratchet key 32, n uint32, message key 32), oldest first
 */
export const BINARY_STATE_VERSION = 1;

const KEY = 32;
const SKIPPED_ENTRY = KEY + 4 + KEY;
const OPTIONAL = ['dhr', 'previousDhr', 'sendingChain', 'receivingChain'] as const;

function bad(what: string): never {
  throw new AppError('RATCHET_BAD_STATE', `binary ratchet state: ${what}`);
}

export function encodeRatchetState(state: RatchetState): Uint8Array {
  const present = OPTIONAL.filter((name) => state[name] !== null);
  const size = 2 + KEY * (3 + present.length) + 18 + SKIPPED_ENTRY * state.skipped.size;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out[0] = BINARY_STATE_VERSION;
  out[1] = OPTIONAL.reduce(
    (flags, name, i) => (state[name] !== null ? flags | (1 << i) : flags),
    0,
  );
  let at = 2;
  const put = (key: Uint8Array): void => {
    if (key.length !== KEY) bad('a key is not 32 bytes');
    out.set(key, at);
    at += KEY;
  };
  put(state.dhs.publicKey);
  put(state.dhs.privateKey);
  put(state.rootKey);
  for (const name of present) put(state[name] ?? bad(name));
  view.setUint32(at, state.ns);
  view.setUint32(at + 4, state.pn);
  view.setUint32(at + 8, Math.floor(state.nr / 2 ** 32));
  view.setUint32(at + 12, state.nr >>> 0);
  view.setUint16(at + 16, state.skipped.size);
  at += 18;
  for (const [id, mk] of state.skipped) {
    const colon = id.indexOf(':');
    put(fromBase64Url(id.slice(0, colon)));
    view.setUint32(at, Number(id.slice(colon + 1)));
    at += 4;
    put(mk);
  }
  return out;
}

/** The inverse of encodeRatchetState; anything malformed is RATCHET_BAD_STATE. */
export function decodeRatchetState(bytes: Uint8Array): RatchetState {
  if (bytes.length < 2 + KEY * 3 + 18) bad('truncated');
  if (bytes[0] !== BINARY_STATE_VERSION) bad(`unsupported version ${String(bytes[0])}`);
  const flags = bytes[1] ?? 0;
  if (flags > 0x0f) bad('unknown flags');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  const take = (): Uint8Array => {
    if (at + KEY > bytes.length) bad('truncated');
    at += KEY;
    return bytes.slice(at - KEY, at);
  };
  const dhs = { publicKey: take(), privateKey: take() };
  const rootKey = take();
  const [dhr, previousDhr, sendingChain, receivingChain] = OPTIONAL.map((_, i) =>
    flags & (1 << i) ? take() : null,
  );
  if (at + 18 > bytes.length) bad('truncated');
  const ns = view.getUint32(at);
  const pn = view.getUint32(at + 4);
  const nr = view.getUint32(at + 8) * 2 ** 32 + view.getUint32(at + 12);
  if (nr > MAX_COUNTER + 1) bad('nr out of range');
  const count = view.getUint16(at + 16);
  at += 18;
  if (count > MAX_SKIPPED_TOTAL) bad(`more than ${MAX_SKIPPED_TOTAL} skipped keys`);
  if (bytes.length !== at + count * SKIPPED_ENTRY) bad('wrong length');
  const skipped = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const id = `${toBase64Url(take())}:${view.getUint32(at)}`;
    at += 4;
    if (skipped.has(id)) bad('skipped id repeated');
    skipped.set(id, take());
  }
  return checkConsistency({
    dhs,
    dhr: dhr ?? null,
    previousDhr: previousDhr ?? null,
    rootKey,
    sendingChain: sendingChain ?? null,
    receivingChain: receivingChain ?? null,
    ns,
    nr,
    pn,
    skipped,
  });
}
