import { meow } from '../../proto';
import { aeadDecrypt, aeadEncrypt, boxOpen, boxSeal, concatBytes, sha256, utf8 } from '../crypto';
import { AppError, isAppError } from '../errors';
import { ratchetDecrypt, ratchetEncrypt, type RatchetState } from '../ratchet';
import { decodeProto, encodeProto } from '../wire';
import { pad, PAD_MAX_BUCKET, unpad } from './padding';

/**
 * The user message stack (DESIGN.md §3, docs/PROTOCOL.md "User envelope"), inner to outer:
 *   UserMessage → protobuf → pad → Double Ratchet → XChaCha20-Poly1305(MySymKey) → crypto_box
 *   → PackedUserMessage{destination, payload}.
 * Opening is the exact reverse and is pure: it returns the advanced ratchet state and never
 * changes the caller's state, so a message that fails any check leaves no trace.
 */

const DR_AD_LABEL = utf8('meow/um/v1');
const SYM_AD_LABEL = utf8('meow/sym/v1');

/** Bytes the four layers add around a padded plaintext (see docs/PROTOCOL.md). */
export const USER_ENVELOPE_OVERHEAD = 40 + 16 + 24 + 16 + 24 + 16;
export const MAX_USER_PAYLOAD_BYTES = PAD_MAX_BUCKET + USER_ENVELOPE_OVERHEAD;

/** One side's view of a relationship, as far as the envelope needs it. */
export interface ChannelKeys {
  /** MySymKey: 32 bytes shared by both sides. */
  readonly symKey: Uint8Array;
  /** boxPrecompute(ContactEncryption, MyEncryptionKp.privateKey). */
  readonly boxKey: Uint8Array;
  /** MyIdentity public key (Ed25519). */
  readonly myIdentity: Uint8Array;
  /** ContactPublicKey (Ed25519). */
  readonly contactIdentity: Uint8Array;
}

export interface SealedUserMessage {
  readonly packed: meow.PackedUserMessage;
  readonly ratchet: RatchetState;
}

export interface OpenedUserMessage {
  readonly message: meow.UserMessage;
  readonly ratchet: RatchetState;
}

/** Associated data binds sender, recipient and queue address to every ratchet message. */
function ratchetAd(sender: Uint8Array, recipient: Uint8Array, destination: Uint8Array): Uint8Array {
  return concatBytes(DR_AD_LABEL, sender, recipient, destination);
}

export function sealUserMessage(
  message: meow.IUserMessage,
  keys: ChannelKeys,
  ratchet: RatchetState,
  destination: Uint8Array,
): SealedUserMessage {
  const plaintext = pad(encodeProto(meow.UserMessage, meow.UserMessage.create(message)));
  const ad = ratchetAd(keys.myIdentity, keys.contactIdentity, destination);
  const dr = ratchetEncrypt(ratchet, plaintext, ad);
  const sym = aeadEncrypt(keys.symKey, dr.message, concatBytes(SYM_AD_LABEL, destination));
  const payload = boxSeal(sym, keys.boxKey);
  return { packed: meow.PackedUserMessage.create({ destination, payload }), ratchet: dr.state };
}

/**
 * Opens a PackedUserMessage addressed to `myLookupKey`. Throws AppError with the code of the
 * first layer that failed; `ratchet` (the caller's state) is never modified.
 */
export function openUserMessage(
  packed: meow.IPackedUserMessage,
  keys: ChannelKeys,
  ratchet: RatchetState,
  myLookupKey: Uint8Array,
): OpenedUserMessage {
  const destination = packed.destination ?? new Uint8Array(0);
  const payload = packed.payload ?? new Uint8Array(0);
  checkDestination(destination, myLookupKey);
  if (payload.length > MAX_USER_PAYLOAD_BYTES) {
    throw new AppError('ENVELOPE_TOO_LARGE', 'user message payload exceeds the limit');
  }
  const sym = layer('ENVELOPE_BOX_FAILED', 'box', () => boxOpen(payload, keys.boxKey));
  const dr = layer('ENVELOPE_SYM_FAILED', 'symmetric layer', () =>
    aeadDecrypt(keys.symKey, sym, concatBytes(SYM_AD_LABEL, destination)),
  );
  const ad = ratchetAd(keys.contactIdentity, keys.myIdentity, destination);
  const opened = ratchetDecrypt(ratchet, dr, ad);
  const message = decodeProto(meow.UserMessage, unpad(opened.plaintext));
  return { message, ratchet: opened.state };
}

/** Dedup key computed before any decryption (DESIGN.md §3): a re-delivered envelope matches. */
export function envelopeHash(packed: meow.IPackedUserMessage): Uint8Array {
  return sha256(packed.payload ?? new Uint8Array(0));
}

function checkDestination(destination: Uint8Array, myLookupKey: Uint8Array): void {
  if (
    destination.length !== myLookupKey.length ||
    !destination.every((b, i) => b === myLookupKey[i])
  ) {
    throw new AppError('ENVELOPE_WRONG_DESTINATION', 'message is not addressed to this lookup key');
  }
}

function layer<T>(
  code: 'ENVELOPE_BOX_FAILED' | 'ENVELOPE_SYM_FAILED',
  what: string,
  fn: () => T,
): T {
  try {
    return fn();
  } catch (cause) {
    if (isAppError(cause, 'CRYPTO_DECRYPT_FAILED') || isAppError(cause, 'CRYPTO_BAD_KEY')) {
      throw new AppError(code, `${what} failed to authenticate`, { cause });
    }
    throw cause;
  }
}
