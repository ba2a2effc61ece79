import { fromBase64Url, toBase64Url, type KeyPair } from '../crypto';
import { AppError } from '../errors';
import { MAX_COUNTER, MAX_SKIPPED_TOTAL } from './limits';

/**
 * Double Ratchet session state (Signal DR spec §3.2), treated as immutable: every operation
 * returns a new object and never writes into the old one or its byte arrays, so "decrypt is
 * pure" costs no deep copy. The skipped-key store is copied only when it changes.
 */
export interface RatchetState {
  /** DHs: our current ratchet key pair. */
  readonly dhs: KeyPair;
  /** DHr: the peer's current ratchet public key (null until we hear from them). */
  readonly dhr: Uint8Array | null;
  /** The peer's previous ratchet key, to recognise replays from the last chain. */
  readonly previousDhr: Uint8Array | null;
  readonly rootKey: Uint8Array;
  readonly sendingChain: Uint8Array | null;
  readonly receivingChain: Uint8Array | null;
  readonly ns: number;
  readonly nr: number;
  readonly pn: number;
  /** MKSKIPPED: id (base64url(dh) + ':' + n) → message key, oldest first (Map keeps order). */
  readonly skipped: ReadonlyMap<string, Uint8Array>;
}

export const STATE_VERSION = 1;

/*
 * StateJsonV1, in this key order (keys: base64url strings; counters: numbers):
 *   { v: 1, dhs: { pub, priv }, dhr | null, pdhr | null, rk, cks | null, ckr | null,
 *     ns, nr, pn, skipped: [[id, mk], …] }
 */

const b64 = toBase64Url;

/*
 * States are immutable, so a state and its JSON stand for each other for good. The engine turns
 * every new state into JSON (the Peer's drStateJson), then parses that JSON again for the next
 * message and for its binary record (state-binary.ts): remembering the most recent texts (a
 * few per active relationship) makes those parses lookups. Only text → state: a WeakMap from
 * states back to their text was tried and made the garbage collector's work ten times larger.
 */
const stateOfText = new Map<string, RatchetState>();
const REMEMBERED_TEXTS = 256;

function remember(state: RatchetState, text: string): void {
  stateOfText.set(text, state);
  if (stateOfText.size > REMEMBERED_TEXTS) {
    const oldest = stateOfText.keys().next();
    if (oldest.done !== true) stateOfText.delete(oldest.value);
  }
}

/** `DrStateJson`: the versioned JSON persisted with the peer (DESIGN.md §3). */
export function serializeRatchetState(state: RatchetState): string {
  const text = stateJson(state);
  remember(state, text);
  return text;
}

/**
 * JSON.stringify of StateJsonV1, written out: every value is a number, null or base64url (no
 * character needs escaping), so the text is the same, without building the object first.
 */
function stateJson(state: RatchetState): string {
  const q = (v: Uint8Array | null): string => (v ? `"${b64(v)}"` : 'null');
  const skipped = [...state.skipped].map(([id, mk]) => `["${id}","${b64(mk)}"]`).join(',');
  return (
    `{"v":${STATE_VERSION},"dhs":{"pub":${q(state.dhs.publicKey)},"priv":${q(state.dhs.privateKey)}},` +
    `"dhr":${q(state.dhr)},"pdhr":${q(state.previousDhr)},"rk":${q(state.rootKey)},` +
    `"cks":${q(state.sendingChain)},"ckr":${q(state.receivingChain)},` +
    `"ns":${state.ns},"nr":${state.nr},"pn":${state.pn},"skipped":[${skipped}]}`
  );
}

function bad(what: string): never {
  throw new AppError('RATCHET_BAD_STATE', `ratchet state: ${what}`);
}

function key32(value: unknown, what: string): Uint8Array {
  if (typeof value !== 'string') bad(`${what} missing`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value);
  } catch {
    bad(`${what} is not base64url`);
  }
  if (bytes.length !== 32) bad(`${what} must be 32 bytes`);
  return bytes;
}

function optionalKey32(value: unknown, what: string): Uint8Array | null {
  return value === null ? null : key32(value, what);
}

/** Counters are uint32; Nr alone may reach 2^32 (after receiving n = 2^32 − 1). */
function counter(value: unknown, what: string, max = MAX_COUNTER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    bad(`${what} must be a uint32`);
  }
  return value;
}

const SKIPPED_ID = /^([A-Za-z0-9_-]{43}):(0|[1-9]\d{0,9})$/;

/**
 * Skipped ids must be exactly what the ratchet builds (canonical base64url of a 32-byte key,
 * canonical decimal n): any other spelling could never be looked up, so it means corruption.
 * `seenDh` caches the few distinct chain keys so a full store costs one check per chain.
 */
function skippedId(id: unknown, seenDh: Set<string>): string {
  const match = typeof id === 'string' ? SKIPPED_ID.exec(id) : null;
  const [, dhText = '', nText = ''] = match ?? [];
  if (!match || Number(nText) > MAX_COUNTER) bad('skipped id malformed');
  if (!seenDh.has(dhText)) {
    if (toBase64Url(key32(dhText, 'skipped id key')) !== dhText) bad('skipped id not canonical');
    seenDh.add(dhText);
  }
  return match[0];
}

function skippedKeys(value: unknown): Map<string, Uint8Array> {
  if (!Array.isArray(value)) bad('skipped must be an array');
  if (value.length > MAX_SKIPPED_TOTAL) bad(`more than ${MAX_SKIPPED_TOTAL} skipped keys`);
  const map = new Map<string, Uint8Array>();
  const seenDh = new Set<string>();
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) bad('skipped entry malformed');
    const [id, mk] = entry as unknown[];
    const key = skippedId(id, seenDh);
    if (map.has(key)) bad('skipped id repeated');
    map.set(key, key32(mk, 'skipped key'));
  }
  return map;
}

/**
 * Relations every reachable state satisfies (spec §3.3–3.5): chains, the previous key and
 * skipped keys all exist only once a remote ratchet key is known.
 */
export function checkConsistency(state: RatchetState): RatchetState {
  if (
    state.dhr === null &&
    (state.sendingChain !== null ||
      state.receivingChain !== null ||
      state.previousDhr !== null ||
      state.skipped.size > 0)
  ) {
    bad('chains or skipped keys without a remote ratchet key');
  }
  return state;
}

export function parseRatchetState(text: string): RatchetState {
  const known = stateOfText.get(text);
  if (known !== undefined) return known;
  const state = parseStateJson(text);
  remember(state, text);
  return state;
}

function parseStateJson(text: string): RatchetState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    bad('not JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('not an object');
  const json = raw as Record<string, unknown>;
  if (json.v !== STATE_VERSION) bad(`unsupported version ${String(json.v)}`);
  const dhs = json.dhs as Record<string, unknown> | null | undefined;
  if (typeof dhs !== 'object' || dhs === null) bad('dhs missing');
  return checkConsistency({
    dhs: { publicKey: key32(dhs.pub, 'dhs.pub'), privateKey: key32(dhs.priv, 'dhs.priv') },
    dhr: optionalKey32(json.dhr, 'dhr'),
    previousDhr: optionalKey32(json.pdhr, 'pdhr'),
    rootKey: key32(json.rk, 'rk'),
    sendingChain: optionalKey32(json.cks, 'cks'),
    receivingChain: optionalKey32(json.ckr, 'ckr'),
    ns: counter(json.ns, 'ns'),
    nr: counter(json.nr, 'nr', MAX_COUNTER + 1),
    pn: counter(json.pn, 'pn'),
    skipped: skippedKeys(json.skipped),
  });
}
