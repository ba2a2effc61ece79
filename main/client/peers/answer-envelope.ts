import {
  aeadDecrypt,
  aeadEncrypt,
  boxOpen,
  boxPrecompute,
  boxSeal,
  concatBytes,
  constantTimeEqual,
  dhKeyPair,
  utf8,
  X25519_KEY_BYTES,
} from '../../../core/crypto';
import { MAX_USER_PAYLOAD_BYTES, pad, unpad } from '../../../core/envelope';
import { AppError, isAppError } from '../../../core/errors';
import { lookupKeyPairFromSecret } from '../../../core/lookup';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { Peer } from '../model';
import { bytes, contactKeysOf } from './codec';

/**
 * The invitation answer's envelope. The inviter knows nothing of the answerer until it reads
 * the answer, so the answer cannot be a ratchet message (no ratchet AD, no box key to the
 * answerer yet). It is a one-off construction with the same outward shape as every message:
 *
 *   padded  = pad(UserMessage)                                  (core/envelope buckets)
 *   E       = fresh X25519 key pair, used once
 *   box     = crypto_box(padded) from E to the inviter's encryption key (card.encryption_public_key)
 *             → nonce(24) ‖ mac(16) ‖ ct
 *   inner   = E.public(32) ‖ 0x00 × 24 ‖ box
 *   payload = XChaCha20-Poly1305(MySymKey, inner, ad = utf8("meow/answer/v1") ‖ destination)
 *             → nonce(24) ‖ ct ‖ tag(16)
 *   PackedUserMessage{destination = inviter's lookup key, payload}
 *
 * Why this order: the symmetric layer is outermost so that E.public — which, unlike a random
 * nonce, is recognisably a curve point — is hidden from the relay; it needs only MySymKey, which
 * the answerer has from the card. The box from E makes the content readable only by the inviter
 * even for someone who photographed the invitation (and so knows MySymKey).
 * Why the 24 zero bytes: they make the overhead 32 + 24 + 40 + 40 = 136 bytes, exactly a normal
 * message's (ratchet header 40 + tag 16, sym 40, box 40), so an answer's payload length is
 * `bucket + 136` like any message's and the relay cannot tell an answer from chat by size.
 * (They are inside the AEAD, hence authenticated; the opener requires them to be zero.)
 *
 * The answer is not authenticated as coming from anyone in particular — whoever holds the
 * invitation can answer, that is what an invitation is. The answer card inside is self-signed,
 * which binds its keys together; finalizeInvitation checks it and the invitation uuid.
 */

const AD_LABEL = utf8('meow/answer/v1');
/** The same construction carries a session reset (reset.ts), under its own label. */
export const RESET_AD_LABEL = utf8('meow/reset/v1');
const RESERVED_BYTES = 24;
const BOX_OVERHEAD = 24 + 16;
const INNER_HEADER = X25519_KEY_BYTES + RESERVED_BYTES;

/** For the answerer (its Peer from acceptInvitation): seals the answer to the inviter. */
export function sealInvitationAnswer(
  peer: Peer,
  answer: meow.IUserMessage,
): meow.PackedUserMessage {
  return sealOneOff(peer, answer, AD_LABEL);
}

/** The one-off envelope above under `label` (an answer, or a session reset). */
export function sealOneOff(
  peer: Peer,
  answer: meow.IUserMessage,
  label: Uint8Array,
): meow.PackedUserMessage {
  const contact = contactKeysOf(peer);
  const ephemeral = dhKeyPair();
  const box = boxSeal(
    pad(encodeProto(meow.UserMessage, answer)),
    boxPrecompute(contact.encryption, ephemeral.privateKey),
  );
  ephemeral.privateKey.fill(0);
  const inner = concatBytes(ephemeral.publicKey, new Uint8Array(RESERVED_BYTES), box);
  const payload = aeadEncrypt(
    bytes(peer.mySymKey, 'sym key'),
    inner,
    concatBytes(label, contact.lookupKey),
  );
  return meow.PackedUserMessage.create({ destination: contact.lookupKey, payload });
}

/**
 * For the inviter: opens an answer that arrived on this relationship's queue. Uses only the
 * inviter's own keys and MySymKey, so it also works after finalization (to recognise a second
 * answer). Errors use the envelope codes of the layer that failed (ENVELOPE_*, PAD_INVALID,
 * PROTO_DECODE_FAILED); nothing is changed on failure — there is no state to change.
 */
export function openInvitationAnswer(
  inviterPeer: Peer,
  packed: meow.IPackedUserMessage,
): meow.UserMessage {
  return openOneOff(inviterPeer, packed, AD_LABEL);
}

/** Opens the one-off envelope above under `label`, with the receiving side's own keys. */
export function openOneOff(
  inviterPeer: Peer,
  packed: meow.IPackedUserMessage,
  label: Uint8Array,
): meow.UserMessage {
  const myLookupKey = lookupKeyPairFromSecret(
    bytes(inviterPeer.myLookupSecret, 'lookup secret'),
  ).lookupKey;
  const destination = packed.destination ?? new Uint8Array(0);
  const payload = packed.payload ?? new Uint8Array(0);
  if (!constantTimeEqual(destination, myLookupKey)) {
    throw new AppError('ENVELOPE_WRONG_DESTINATION', 'answer is not addressed to this lookup key');
  }
  if (payload.length > MAX_USER_PAYLOAD_BYTES) {
    throw new AppError('ENVELOPE_TOO_LARGE', 'answer payload exceeds the limit');
  }
  let inner: Uint8Array;
  try {
    inner = aeadDecrypt(
      bytes(inviterPeer.mySymKey, 'sym key'),
      payload,
      concatBytes(label, myLookupKey),
    );
  } catch (cause) {
    throw layerError('ENVELOPE_SYM_FAILED', 'symmetric layer', cause);
  }
  if (inner.length < INNER_HEADER + BOX_OVERHEAD) {
    throw new AppError('ENVELOPE_MALFORMED', 'answer is too short');
  }
  if (!inner.subarray(X25519_KEY_BYTES, INNER_HEADER).every((b) => b === 0)) {
    throw new AppError('ENVELOPE_MALFORMED', 'answer reserved bytes are not zero');
  }
  let padded: Uint8Array;
  try {
    const myEncryption = bytes(inviterPeer.myEncryptionKp.privateKey, 'encryption key');
    const boxKey = boxPrecompute(inner.subarray(0, X25519_KEY_BYTES), myEncryption);
    padded = boxOpen(inner.subarray(INNER_HEADER), boxKey);
  } catch (cause) {
    throw layerError('ENVELOPE_BOX_FAILED', 'box', cause);
  }
  return decodeProto(meow.UserMessage, unpad(padded));
}

function layerError(
  code: 'ENVELOPE_BOX_FAILED' | 'ENVELOPE_SYM_FAILED',
  what: string,
  cause: unknown,
): unknown {
  if (isAppError(cause, 'CRYPTO_DECRYPT_FAILED') || isAppError(cause, 'CRYPTO_BAD_KEY')) {
    return new AppError(code, `answer ${what} failed to authenticate`, { cause });
  }
  return cause;
}
