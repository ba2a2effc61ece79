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
import type { RatchetState } from './state';

/** Signal DR spec §3.2 MAX_SKIP: most message keys skipped in one receiving chain. */
export const MAX_SKIP = 1000;
/** Total skipped keys kept across chains; the oldest are deleted first (spec §8.3). */
export const MAX_SKIPPED_TOTAL = 2000;

/** RatchetInitBob (spec §3.3): the inviter, who published `DrKp` in its ContactCard. */
export function initInitiator(sessionSecret: Uint8Array, drKeyPair: KeyPair): RatchetState {
  return {
    dhs: drKeyPair,
    dhr: null,
    previousDhr: null,
    rootKey: sessionSecret,
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
  const dhs = dhKeyPair();
  const root = kdfRoot(sessionSecret, ratchetDh(dhs.privateKey, inviterRatchetPublic));
  return {
    dhs,
    dhr: inviterRatchetPublic,
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

/** Our current ratchet public key (the answerer puts it in its answer card). */
export function ratchetPublicKey(state: RatchetState): Uint8Array {
  return state.dhs.publicKey;
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
  const { chainKey, messageKey } = kdfChain(state.sendingChain);
  const adWithHeader = encodeHeaderAfter(associatedData, {
    dh: state.dhs.publicKey,
    pn: state.pn,
    n: state.ns,
  });
  const header = adWithHeader.subarray(associatedData.length);
  const ciphertext = seal(messageKey, plaintext, adWithHeader);
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

  // Only look up (and build the id of) a skipped key when any exist: the common in-order case
  // pays nothing for the store.
  const skippedId = state.skipped.size > 0 ? skipId(header.dh, header.n) : '';
  const skippedKey = state.skipped.get(skippedId);
  if (skippedKey) {
    const plaintext = open(skippedKey, ciphertext, ad);
    const skipped = new Map(state.skipped);
    skipped.delete(skippedId);
    return { state: { ...state, skipped }, plaintext };
  }

  let next = state;
  if (state.dhr === null || !constantTimeEqual(header.dh, state.dhr)) {
    if (state.previousDhr && constantTimeEqual(header.dh, state.previousDhr)) {
      throw new AppError(
        'RATCHET_DUPLICATE_MESSAGE',
        'message from a finished chain was already received',
      );
    }
    next = dhRatchet(skipMessageKeys(next, header.pn), header);
  } else if (header.n < state.nr) {
    throw new AppError('RATCHET_DUPLICATE_MESSAGE', 'message number already received');
  }
  next = skipMessageKeys(next, header.n);
  if (next.receivingChain === null)
    throw new AppError('RATCHET_DECRYPT_FAILED', 'no receiving chain for this ratchet key');
  const { chainKey, messageKey } = kdfChain(next.receivingChain);
  const plaintext = open(messageKey, ciphertext, ad);
  return { state: { ...next, receivingChain: chainKey, nr: next.nr + 1 }, plaintext };
}

/** SkipMessageKeys (spec §3.5), bounded by MAX_SKIP per chain and MAX_SKIPPED_TOTAL overall. */
function skipMessageKeys(state: RatchetState, until: number): RatchetState {
  if (until <= state.nr || state.receivingChain === null || state.dhr === null) return state;
  if (until - state.nr > MAX_SKIP) {
    throw new AppError(
      'RATCHET_MAX_SKIP_EXCEEDED',
      `would skip ${until - state.nr} messages (max ${MAX_SKIP})`,
    );
  }
  const skipped = new Map(state.skipped);
  let chain = state.receivingChain;
  for (let n = state.nr; n < until; n++) {
    const step = kdfChain(chain);
    skipped.set(skipId(state.dhr, n), step.messageKey);
    chain = step.chainKey;
  }
  for (const id of skipped.keys()) {
    if (skipped.size <= MAX_SKIPPED_TOTAL) break;
    skipped.delete(id); // Map iterates oldest first
  }
  return { ...state, receivingChain: chain, nr: until, skipped };
}

/** DHRatchet (spec §3.5). */
function dhRatchet(state: RatchetState, header: RatchetHeader): RatchetState {
  const dhr = header.dh.slice(); // the header may be a view into the caller's message buffer
  const receiving = kdfRoot(state.rootKey, ratchetDh(state.dhs.privateKey, dhr));
  const dhs = dhKeyPair();
  const sending = kdfRoot(receiving.rootKey, ratchetDh(dhs.privateKey, dhr));
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

function seal(messageKey: Uint8Array, plaintext: Uint8Array, ad: Uint8Array): Uint8Array {
  const { key, nonce } = messageKeyMaterial(messageKey);
  return aeadEncryptWithNonce(key, nonce, plaintext, ad);
}

function open(messageKey: Uint8Array, ciphertext: Uint8Array, ad: Uint8Array): Uint8Array {
  const { key, nonce } = messageKeyMaterial(messageKey);
  try {
    return aeadDecryptWithNonce(key, nonce, ciphertext, ad);
  } catch (cause) {
    throw new AppError('RATCHET_DECRYPT_FAILED', 'message failed to authenticate', { cause });
  }
}
