import {
  aeadDecryptWithNonce,
  aeadEncryptWithNonce,
  concatBytes,
  constantTimeEqual,
  dh,
  dhKeyPair,
  toBase64Url,
  type KeyPair,
} from '../crypto';
import { AppError, isAppError } from '../errors';
import {
  decodeHeader,
  decodeRatchetMessage,
  encodeHeaderAfter,
  encodeRatchetMessage,
  type RatchetHeader,
} from './header';
import { kdfChain, kdfRoot, messageKeyMaterial } from './kdf';
import { MAX_COUNTER, MAX_SKIP, MAX_SKIPPED_TOTAL } from './limits';
import type { RatchetState } from './state';

export { MAX_SKIP, MAX_SKIPPED_TOTAL } from './limits';

/*
 * Zeroing policy: states are immutable values that may still be held by the caller (the
 * "old" state of a pure step), so a key reachable from any state is never overwritten. Only
 * fresh intermediates — DH outputs, the one-shot message key of an in-order message, the AEAD
 * key and nonce — are zeroed once used.
 */

/** RatchetInitBob (spec §3.3): the inviter, who published `DrKp` in its ContactCard. */
export function initInitiator(sessionSecret: Uint8Array, drKeyPair: KeyPair): RatchetState {
  // Copies, so a caller that wipes its SK or key pair afterwards cannot corrupt the session.
  return {
    dhs: { publicKey: drKeyPair.publicKey.slice(), privateKey: drKeyPair.privateKey.slice() },
    dhr: null,
    previousDhr: null,
    rootKey: sessionSecret.slice(),
    sendingChain: null,
    receivingChain: null,
    ns: 0,
    nr: 0,
    pn: 0,
    skipped: new Map(),
  };
}

/** RatchetInitAlice (spec §3.3): the answerer, who starts from the inviter's DrKp public key. */
export function initAnswerer(
  sessionSecret: Uint8Array,
  inviterRatchetPublic: Uint8Array,
): RatchetState {
  const dhr = inviterRatchetPublic.slice();
  const dhs = dhKeyPair();
  const root = rootStep(sessionSecret, dhs.privateKey, dhr);
  return {
    dhs,
    dhr,
    previousDhr: null,
    rootKey: root.rootKey,
    sendingChain: root.chainKey,
    receivingChain: null,
    ns: 0,
    nr: 0,
    pn: 0,
    skipped: new Map(),
  };
}

/** Our current ratchet public key (the answerer puts it in its answer card); a copy. */
export function ratchetPublicKey(state: RatchetState): Uint8Array {
  return state.dhs.publicKey.slice();
}

/**
 * Lets the inviter send before it has received anything: performs the DH-ratchet step that
 * receiving a header {dh: answerer's key, pn: 0} would (spec §3.5 DHRatchet), so the
 * answerer's first message later decrypts from the chain derived here.
 */
export function primeWithRemoteRatchetKey(
  state: RatchetState,
  remoteRatchetPublic: Uint8Array,
): RatchetState {
  if (state.dhr !== null || state.sendingChain !== null) {
    throw new AppError('RATCHET_BAD_STATE', 'only a fresh initiator session can be primed');
  }
  return dhRatchet(state, { dh: remoteRatchetPublic, pn: 0, n: 0 });
}

/** RatchetEncrypt (spec §3.4). Returns the advanced state; `state` is not modified. */
export function ratchetEncrypt(
  state: RatchetState,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): { state: RatchetState; message: Uint8Array } {
  if (state.sendingChain === null) {
    throw new AppError('RATCHET_NOT_READY', 'no sending chain until the peer has been heard from');
  }
  // n is a uint32 on the wire; wrapping it would make the peer misplace the message.
  if (state.ns >= MAX_COUNTER) throw new AppError('RATCHET_BAD_STATE', 'sending chain exhausted');
  const { chainKey, messageKey } = kdfChain(state.sendingChain);
  const adWithHeader = encodeHeaderAfter(associatedData, {
    dh: state.dhs.publicKey,
    pn: state.pn,
    n: state.ns,
  });
  const header = adWithHeader.subarray(associatedData.length);
  const ciphertext = seal(messageKey, plaintext, adWithHeader);
  messageKey.fill(0);
  return {
    state: { ...state, sendingChain: chainKey, ns: state.ns + 1 },
    message: encodeRatchetMessage({ header, ciphertext }),
  };
}

/**
 * RatchetDecrypt (spec §3.5), pure: returns the new state with the plaintext, or throws an
 * AppError and the caller's state is untouched (nothing is committed before the tag verifies).
 */
export function ratchetDecrypt(
  state: RatchetState,
  message: Uint8Array,
  associatedData: Uint8Array,
): { state: RatchetState; plaintext: Uint8Array } {
  const { header: headerBytes, ciphertext } = decodeRatchetMessage(message);
  const header = decodeHeader(headerBytes);
  const ad = concatBytes(associatedData, headerBytes);

  // TrySkippedMessageKeys. Only look up (and build the id of) a skipped key when any exist:
  // the common in-order case pays nothing for the store.
  const skippedId = state.skipped.size > 0 ? skipId(header.dh, header.n) : '';
  const skippedKey = state.skipped.get(skippedId);
  if (skippedKey) {
    const plaintext = open(skippedKey, ciphertext, ad);
    const skipped = new Map(state.skipped);
    skipped.delete(skippedId);
    return { state: { ...state, skipped }, plaintext };
  }

  const next = advanceReceiving(state, header);
  if (next.receivingChain === null) {
    // Only reachable with the answerer's initial DHr (the inviter never sends under DrKp):
    // the spec's pseudocode would call KDF_CK(None) here.
    throw new AppError('RATCHET_DECRYPT_FAILED', 'no receiving chain for this ratchet key');
  }
  const { chainKey, messageKey } = kdfChain(next.receivingChain);
  try {
    const plaintext = open(messageKey, ciphertext, ad);
    return { state: { ...next, receivingChain: chainKey, nr: next.nr + 1 }, plaintext };
  } finally {
    messageKey.fill(0);
  }
}

/**
 * The middle of RatchetDecrypt (spec §3.5): a new ratchet key closes the current receiving
 * chain at `pn` and triggers DHRatchet; then the (new or current) chain is skipped up to `n`.
 * Replays are recognised here instead of failing authentication after wasted work.
 */
function advanceReceiving(state: RatchetState, header: RatchetHeader): RatchetState {
  if (state.dhr !== null && constantTimeEqual(header.dh, state.dhr)) {
    if (header.n < state.nr) {
      throw new AppError('RATCHET_DUPLICATE_MESSAGE', 'message number already received');
    }
    return skipMessageKeys(state, header.n);
  }
  if (state.previousDhr && constantTimeEqual(header.dh, state.previousDhr)) {
    throw new AppError(
      'RATCHET_DUPLICATE_MESSAGE',
      'message from a finished chain was already received',
    );
  }
  // The spec checks both bounds inside SkipMessageKeys; checking them before the DH step
  // rejects junk headers without two X25519 operations and a key generation.
  checkSkipBound(0, header.n);
  return skipMessageKeys(dhRatchet(closeReceivingChain(state, header.pn), header), header.n);
}

/**
 * Closing the current receiving chain before a DH step: its keys up to `pn` are kept as
 * skipped keys (spec §3.5). Deviation (docs/PROTOCOL.md): when more than MAX_SKIP of them are
 * missing, the spec rejects the message and the session can never recover; we drop the old
 * chain instead, storing none of its keys (so no work or memory is spent on them). Those
 * messages were lost anyway — the relay expired them while a device was away — and the
 * session continues on the new chain. Nothing is committed unless this message authenticates.
 */
function closeReceivingChain(state: RatchetState, pn: number): RatchetState {
  if (pn - state.nr <= MAX_SKIP) return skipMessageKeys(state, pn);
  return { ...state, receivingChain: null, nr: 0 };
}

/** SkipMessageKeys's guard (spec §3.5): `Nr + MAX_SKIP < until` is an error. */
function checkSkipBound(nr: number, until: number): void {
  if (until - nr > MAX_SKIP) {
    throw new AppError(
      'RATCHET_MAX_SKIP_EXCEEDED',
      `would skip ${until - nr} messages (max ${MAX_SKIP})`,
    );
  }
}

/** SkipMessageKeys (spec §3.5), bounded by MAX_SKIP per chain and MAX_SKIPPED_TOTAL overall. */
function skipMessageKeys(state: RatchetState, until: number): RatchetState {
  checkSkipBound(state.nr, until);
  if (until <= state.nr || state.receivingChain === null || state.dhr === null) return state;
  const skipped = new Map(state.skipped);
  let chain = state.receivingChain;
  for (let n = state.nr; n < until; n++) {
    const step = kdfChain(chain);
    skipped.set(skipId(state.dhr, n), step.messageKey);
    chain = step.chainKey;
  }
  for (const id of skipped.keys()) {
    if (skipped.size <= MAX_SKIPPED_TOTAL) break;
    skipped.delete(id); // Map iterates oldest first (spec §6.4: delete the oldest)
  }
  return { ...state, receivingChain: chain, nr: until, skipped };
}

/** DHRatchet (spec §3.5). */
function dhRatchet(state: RatchetState, header: RatchetHeader): RatchetState {
  const dhr = header.dh.slice(); // the header may be a view into the caller's message buffer
  const receiving = rootStep(state.rootKey, state.dhs.privateKey, dhr);
  const dhs = dhKeyPair();
  const sending = rootStep(receiving.rootKey, dhs.privateKey, dhr);
  receiving.rootKey.fill(0); // superseded by sending.rootKey and held by no state
  return {
    ...state,
    dhs,
    dhr,
    previousDhr: state.dhr,
    rootKey: sending.rootKey,
    receivingChain: receiving.chainKey,
    sendingChain: sending.chainKey,
    pn: state.ns,
    ns: 0,
    nr: 0,
  };
}

/** KDF_RK(rk, DH(private, public)), zeroing the DH output once it is mixed in. */
function rootStep(
  rootKey: Uint8Array,
  privateKey: Uint8Array,
  publicKey: Uint8Array,
): { rootKey: Uint8Array; chainKey: Uint8Array } {
  const shared = ratchetDh(privateKey, publicKey);
  try {
    return kdfRoot(rootKey, shared);
  } finally {
    shared.fill(0);
  }
}

/** DH that reports a low-order or malformed peer key as a bad header, not a crypto failure. */
function ratchetDh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  try {
    return dh(privateKey, publicKey);
  } catch (cause) {
    if (isAppError(cause, 'CRYPTO_BAD_KEY')) {
      throw new AppError('RATCHET_BAD_HEADER', 'ratchet public key is invalid', { cause });
    }
    throw cause;
  }
}

function skipId(dhPublic: Uint8Array, n: number): string {
  return `${toBase64Url(dhPublic)}:${n}`;
}

/** ENCRYPT (spec §5.2 with XChaCha20-Poly1305): key and nonce both derived from `mk`. */
function seal(messageKey: Uint8Array, plaintext: Uint8Array, ad: Uint8Array): Uint8Array {
  const { key, nonce } = messageKeyMaterial(messageKey);
  try {
    return aeadEncryptWithNonce(key, nonce, plaintext, ad);
  } finally {
    key.fill(0);
    nonce.fill(0);
  }
}

function open(messageKey: Uint8Array, ciphertext: Uint8Array, ad: Uint8Array): Uint8Array {
  const { key, nonce } = messageKeyMaterial(messageKey);
  try {
    return aeadDecryptWithNonce(key, nonce, ciphertext, ad);
  } catch (cause) {
    throw new AppError('RATCHET_DECRYPT_FAILED', 'message failed to authenticate', { cause });
  } finally {
    key.fill(0);
    nonce.fill(0);
  }
}
