import { meow } from '../../proto';
import {
  aeadDecrypt,
  aeadEncrypt,
  boxOpen,
  boxPrecompute,
  boxSeal,
  concatBytes,
  constantTimeEqual,
  sha256,
  utf8,
} from '../crypto';
import { AppError, isAppError } from '../errors';
import { ratchetDecrypt, ratchetEncrypt, type RatchetState } from '../ratchet';
import { decodeProto, encodeProto } from '../wire';
import { contentLength, PAD_ALLOWANCE } from './content';
import { pad, PAD_MAX_BUCKET, unpad } from './padding';

/**
 * The user message stack (DESIGN.md §3, docs/PROTOCOL.md "User envelope"), inner to outer:
 *   UserMessage → protobuf → pad (bucket from content) → Double Ratchet
 *   → XChaCha20-Poly1305(MySymKey) → crypto_box → PackedUserMessage{destination, payload}.
 * Opening is the exact reverse and is pure: it returns the advanced ratchet state and never
 * changes the caller's state, so a message that fails any check leaves no trace.
 */

const DR_AD_LABEL = utf8('meow/um/v1');
const SYM_AD_LABEL = utf8('meow/sym/v1');

/** Bytes the four layers add around a padded plaintext (see docs/PROTOCOL.md). */
export const USER_ENVELOPE_OVERHEAD = 40 + 16 + 24 + 16 + 24 + 16;
export const MAX_USER_PAYLOAD_BYTES = PAD_MAX_BUCKET + USER_ENVELOPE_OVERHEAD;

/** What one side knows of a relationship, as the envelope needs it. */
export interface ChannelParams {
  /** MySymKey: 32 bytes shared by both sides. */
  readonly symKey: Uint8Array;
  readonly myEncryptionPrivateKey: Uint8Array;
  /** ContactEncryption (X25519). */
  readonly contactEncryptionPublicKey: Uint8Array;
  /** MyIdentity public key (Ed25519). */
  readonly myIdentity: Uint8Array;
  /** ContactPublicKey (Ed25519). */
  readonly contactIdentity: Uint8Array;
  /** The queue this side receives on (MyLookupKp's public part). */
  readonly myLookupKey: Uint8Array;
  /** The queue the contact receives on (ContactLookupKey). */
  readonly contactLookupKey: Uint8Array;
}

/**
 * Everything per-relationship that does not change between messages, computed once: the box
 * key (one X25519 for the life of the channel) and the associated data of both directions.
 */
export interface Channel {
  readonly symKey: Uint8Array;
  readonly boxKey: Uint8Array;
  readonly myLookupKey: Uint8Array;
  readonly contactLookupKey: Uint8Array;
  readonly sendRatchetAd: Uint8Array;
  readonly receiveRatchetAd: Uint8Array;
  readonly sendSymAd: Uint8Array;
  readonly receiveSymAd: Uint8Array;
}

/**
 * Ratchet associated data binds sender, recipient and queue address to every message, so a
 * ratchet message cannot be moved into another relationship or queue.
 */
export function createChannel(p: ChannelParams): Channel {
  return {
    symKey: p.symKey,
    boxKey: boxPrecompute(p.contactEncryptionPublicKey, p.myEncryptionPrivateKey),
    myLookupKey: p.myLookupKey,
    contactLookupKey: p.contactLookupKey,
    sendRatchetAd: concatBytes(DR_AD_LABEL, p.myIdentity, p.contactIdentity, p.contactLookupKey),
    receiveRatchetAd: concatBytes(DR_AD_LABEL, p.contactIdentity, p.myIdentity, p.myLookupKey),
    sendSymAd: concatBytes(SYM_AD_LABEL, p.contactLookupKey),
    receiveSymAd: concatBytes(SYM_AD_LABEL, p.myLookupKey),
  };
}

export interface SealedUserMessage {
  readonly packed: meow.PackedUserMessage;
  readonly ratchet: RatchetState;
}

export interface OpenedUserMessage {
  readonly message: meow.UserMessage;
  readonly ratchet: RatchetState;
}

/**
 * Steps 1–2 of §3: the encoded message padded to the bucket of its content plus
 * PAD_ALLOWANCE (§4), or of its own size when that is larger. A chat text and the device
 * syncs that mirror it (`msg`, `forward`) so seal to one size.
 */
export function padUserMessage(message: meow.IUserMessage): Uint8Array {
  return pad(encodeProto(meow.UserMessage, message), contentLength(message) + PAD_ALLOWANCE);
}

/** Seals a message to the contact's queue; returns the envelope and the advanced ratchet. */
export function sealUserMessage(
  message: meow.IUserMessage,
  channel: Channel,
  ratchet: RatchetState,
): SealedUserMessage {
  const plaintext = padUserMessage(message);
  const dr = ratchetEncrypt(ratchet, plaintext, channel.sendRatchetAd);
  const sym = aeadEncrypt(channel.symKey, dr.message, channel.sendSymAd);
  const payload = boxSeal(sym, channel.boxKey);
  const packed = meow.PackedUserMessage.create({ destination: channel.contactLookupKey, payload });
  return { packed, ratchet: dr.state };
}

/**
 * Opens a PackedUserMessage addressed to this side's queue. Throws AppError with the code of
 * the first layer that failed; `ratchet` (the caller's state) is never modified.
 */
export function openUserMessage(
  packed: meow.IPackedUserMessage,
  channel: Channel,
  ratchet: RatchetState,
): OpenedUserMessage {
  const payload = packed.payload ?? new Uint8Array(0);
  if (!constantTimeEqual(packed.destination ?? new Uint8Array(0), channel.myLookupKey)) {
    throw new AppError('ENVELOPE_WRONG_DESTINATION', 'message is not addressed to this lookup key');
  }
  if (payload.length > MAX_USER_PAYLOAD_BYTES) {
    throw new AppError('ENVELOPE_TOO_LARGE', 'user message payload exceeds the limit');
  }
  let sym: Uint8Array;
  try {
    sym = boxOpen(payload, channel.boxKey);
  } catch (cause) {
    throw layerError('ENVELOPE_BOX_FAILED', 'box', cause);
  }
  let dr: Uint8Array;
  try {
    dr = aeadDecrypt(channel.symKey, sym, channel.receiveSymAd);
  } catch (cause) {
    throw layerError('ENVELOPE_SYM_FAILED', 'symmetric layer', cause);
  }
  const opened = ratchetDecrypt(ratchet, dr, channel.receiveRatchetAd);
  const message = decodeProto(meow.UserMessage, unpad(opened.plaintext));
  return { message, ratchet: opened.state };
}

/** Dedup key computed before any decryption (DESIGN.md §3): a re-delivered envelope matches. */
export function envelopeHash(packed: meow.IPackedUserMessage): Uint8Array {
  return sha256(packed.payload ?? new Uint8Array(0));
}

/** Maps a primitive's authentication failure to the envelope layer that failed. */
function layerError(
  code: 'ENVELOPE_BOX_FAILED' | 'ENVELOPE_SYM_FAILED',
  what: string,
  cause: unknown,
): unknown {
  if (isAppError(cause, 'CRYPTO_DECRYPT_FAILED') || isAppError(cause, 'CRYPTO_BAD_KEY')) {
    return new AppError(code, `${what} failed to authenticate`, { cause });
  }
  return cause;
}
