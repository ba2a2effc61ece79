import { meow } from '../../proto';
import {
  aeadDecrypt,
  aeadEncrypt,
  boxOpen,
  boxPrecompute,
  boxSeal,
  concatBytes,
  dhKeyPair,
  sign,
  signKeyPair,
  signPrivateKeyToDh,
  signPublicKeyToDh,
  utf8,
  verify,
  X25519_KEY_BYTES,
  type KeyPair,
} from '../crypto';
import { AppError, isAppError } from '../errors';
import { decodeProto, encodeProto } from '../wire';

/**
 * The relay envelope (DESIGN.md §3 "server envelope", docs/PROTOCOL.md §6 "Relay envelope").
 * A request is `PackedServerMessage{from, payload, signature, version}`.
 *
 * Version 3 (what clients send):
 *   from      — a fresh X25519 public key for this request;
 *   payload   — XChaCha20-Poly1305(ToServerMessage) under crypto_box_beforenm(relay key, from's
 *               private key), a random 24-byte nonce first, AD "meow/srv/v3 request";
 *   signature — empty. The key authenticates the request to the holder of `from`'s private key
 *               and only the relay's private key derives it, so it is already bound to one
 *               relay; a signature by a key made for this request alone would add nothing.
 * Version 2 (still opened by relays; sent to relays that refuse version 3): the same, with
 * crypto_box (XSalsa20-Poly1305, no AD) for the payload. Version 3 changed only the cipher: a
 * host can run XChaCha20-Poly1305 with its runtime's native ChaCha20-Poly1305
 * (core/crypto/native-aead.ts), ≈ 2.7× less CPU for a 16 KB batch than libsodium's WebAssembly
 * XSalsa20; and the AD labels tell a request from a reply under the same key.
 * Version 1 (still opened by relays, no longer sent): `from` is an Ed25519 key, converted to
 * X25519 for the box, and `signature` is Ed25519 by `from` over "meow/srv/v1" ‖ relay key ‖
 * payload. It cost the client a signature and the relay a signature check plus a point
 * conversion on every request (§6, "Why version 2").
 *
 * The reply is `PackedServerReply{payload, version}` with the request's version and key (version
 * 3: AD "meow/srv/v3 reply"), or a plaintext `error` when the request could not be opened at all.
 */
export const SERVER_ENVELOPE_VERSION = 3;
/** crypto_box payloads (see above): what clients sent before version 3. */
export const BOXED_ENVELOPE_VERSION = 2;
/** The signed envelope of earlier clients (see above). */
export const SIGNED_ENVELOPE_VERSION = 1;
export type ServerEnvelopeVersion =
  typeof SERVER_ENVELOPE_VERSION | typeof BOXED_ENVELOPE_VERSION | typeof SIGNED_ENVELOPE_VERSION;
const SIGN_LABEL = utf8('meow/srv/v1');
const REQUEST_AD = utf8('meow/srv/v3 request');
const REPLY_AD = utf8('meow/srv/v3 reply');

/** A payload under the request's key: crypto_box up to version 2, the AEAD from version 3. */
function sealPayload(
  plaintext: Uint8Array,
  key: Uint8Array,
  version: ServerEnvelopeVersion,
  ad: Uint8Array,
): Uint8Array {
  return version === SERVER_ENVELOPE_VERSION
    ? aeadEncrypt(key, plaintext, ad)
    : boxSeal(plaintext, key);
}

function openPayload(
  sealed: Uint8Array,
  key: Uint8Array,
  version: ServerEnvelopeVersion,
  ad: Uint8Array,
): Uint8Array {
  return version === SERVER_ENVELOPE_VERSION ? aeadDecrypt(key, sealed, ad) : boxOpen(sealed, key);
}
const NO_SIGNATURE = new Uint8Array(0);

/** A client's channel to one relay for one request (or, in tests, several). */
export interface ServerSession {
  readonly version: ServerEnvelopeVersion;
  /** Versions 2 and 3: an X25519 key pair; version 1: an Ed25519 key pair. */
  readonly clientKeyPair: KeyPair;
  readonly serverPublicKey: Uint8Array;
  readonly boxKey: Uint8Array;
}

export function createServerSession(
  clientKeyPair: KeyPair,
  serverPublicKey: Uint8Array,
  version: ServerEnvelopeVersion = SERVER_ENVELOPE_VERSION,
): ServerSession {
  const boxSecret =
    version === SIGNED_ENVELOPE_VERSION
      ? signPrivateKeyToDh(clientKeyPair.privateKey)
      : clientKeyPair.privateKey;
  return {
    version,
    clientKeyPair,
    serverPublicKey,
    boxKey: boxPrecompute(serverPublicKey, boxSecret),
  };
}

/** A session under a key pair made for this one request: nothing links two requests by key. */
export function freshServerSession(
  serverPublicKey: Uint8Array,
  version: ServerEnvelopeVersion = SERVER_ENVELOPE_VERSION,
): ServerSession {
  const keyPair = version === SIGNED_ENVELOPE_VERSION ? signKeyPair() : dhKeyPair();
  return createServerSession(keyPair, serverPublicKey, version);
}

/** A request's payload as `sealServerRequest` seals it (exported for the relay's fuzz test). */
export function sealRequestPayload(plaintext: Uint8Array, session: ServerSession): Uint8Array {
  return sealPayload(plaintext, session.boxKey, session.version, REQUEST_AD);
}

export function sealServerRequest(
  request: meow.IToServerMessage,
  session: ServerSession,
): Uint8Array {
  const payload = sealRequestPayload(
    encodeProto(meow.ToServerMessage, meow.ToServerMessage.create(request)),
    session,
  );
  const signature =
    session.version === SIGNED_ENVELOPE_VERSION
      ? sign(
          concatBytes(SIGN_LABEL, session.serverPublicKey, payload),
          session.clientKeyPair.privateKey,
        )
      : NO_SIGNATURE;
  return encodeProto(
    meow.PackedServerMessage,
    meow.PackedServerMessage.create({
      from: session.clientKeyPair.publicKey,
      payload,
      signature,
      version: session.version,
    }),
  );
}

export interface OpenedServerRequest {
  /** The client's key for this request (X25519 in versions 2 and 3, Ed25519 in version 1). */
  readonly from: Uint8Array;
  readonly version: ServerEnvelopeVersion;
  readonly request: meow.ToServerMessage;
  /** Shared box key for sealing the reply. */
  readonly boxKey: Uint8Array;
}

/** The shared box key for a request's `from`; the relay passes a cached version of this. */
export type BoxKeyFor = (from: Uint8Array, version: ServerEnvelopeVersion) => Uint8Array;

export function boxKeyWith(serverKeyPair: KeyPair): BoxKeyFor {
  return (from, version) =>
    boxPrecompute(
      version === SIGNED_ENVELOPE_VERSION ? signPublicKeyToDh(from) : from,
      serverKeyPair.privateKey,
    );
}

/**
 * Opens a request at the relay. Checks, in order: protobuf, version, then (version 1) the
 * signature, then the box (a low-order or malformed `from` fails there), then the inner protobuf.
 */
export function openServerRequest(
  body: Uint8Array,
  serverKeyPair: KeyPair,
  boxKeyFor: BoxKeyFor = boxKeyWith(serverKeyPair),
): OpenedServerRequest {
  const packed = asEnvelopeError(() => decodeProto(meow.PackedServerMessage, body));
  const version = packed.version;
  if (
    version !== SERVER_ENVELOPE_VERSION &&
    version !== BOXED_ENVELOPE_VERSION &&
    version !== SIGNED_ENVELOPE_VERSION
  ) {
    throw new AppError('ENVELOPE_UNSUPPORTED_VERSION', `unsupported envelope version ${version}`);
  }
  if (version === SIGNED_ENVELOPE_VERSION) {
    const signed = concatBytes(SIGN_LABEL, serverKeyPair.publicKey, packed.payload);
    if (!verify(packed.signature, signed, packed.from)) {
      throw new AppError('ENVELOPE_BAD_SIGNATURE', 'request signature does not verify');
    }
  } else if (packed.from.length !== X25519_KEY_BYTES || packed.signature.length !== 0) {
    throw new AppError(
      'ENVELOPE_MALFORMED',
      'a version 2 or 3 request has a 32-byte key, no signature',
    );
  }
  const boxKey = boxLayer(() => boxKeyFor(packed.from, version));
  const plaintext = boxLayer(() => openPayload(packed.payload, boxKey, version, REQUEST_AD));
  const request = asEnvelopeError(() => decodeProto(meow.ToServerMessage, plaintext));
  return { from: packed.from, version, request, boxKey };
}

/**
 * `encodedTail`: fields of the FromServerMessage already encoded (the relay's pulled batches,
 * server/http/batches.ts), appended after the others: protobuf fields may come in any order.
 */
export function sealServerReply(
  reply: meow.IFromServerMessage,
  boxKey: Uint8Array,
  version: ServerEnvelopeVersion = SERVER_ENVELOPE_VERSION,
  encodedTail?: Uint8Array,
): Uint8Array {
  const encoded = encodeProto(meow.FromServerMessage, meow.FromServerMessage.create(reply));
  const payload = sealPayload(
    encodedTail && encodedTail.length > 0 ? concatBytes(encoded, encodedTail) : encoded,
    boxKey,
    version,
    REPLY_AD,
  );
  return encodeProto(meow.PackedServerReply, meow.PackedServerReply.create({ payload, version }));
}

/** A reply for a request the relay could not open: no key to box it with, so plaintext. */
export function plainServerError(code: string, message: string, retryAfterMs = 0): Uint8Array {
  return encodeProto(
    meow.PackedServerReply,
    meow.PackedServerReply.create({
      error: { code, message, retryAfterMs },
      version: SERVER_ENVELOPE_VERSION,
    }),
  );
}

/**
 * Opens a relay reply at the client. A plaintext error comes back as a FromServerMessage
 * whose `error` is set, so callers handle both kinds of failure in one place.
 */
export function openServerReply(body: Uint8Array, session: ServerSession): meow.FromServerMessage {
  const packed = asEnvelopeError(() => decodeProto(meow.PackedServerReply, body));
  if (packed.payload.length === 0) {
    if (!packed.error) throw new AppError('ENVELOPE_MALFORMED', 'empty relay reply');
    return meow.FromServerMessage.create({ error: packed.error });
  }
  const plaintext = boxLayer(() =>
    openPayload(packed.payload, session.boxKey, session.version, REPLY_AD),
  );
  return asEnvelopeError(() => decodeProto(meow.FromServerMessage, plaintext));
}

function asEnvelopeError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (isAppError(cause, 'PROTO_DECODE_FAILED')) {
      throw new AppError('ENVELOPE_MALFORMED', 'malformed relay envelope', { cause });
    }
    throw cause;
  }
}

function boxLayer<T>(fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (isAppError(cause, 'CRYPTO_DECRYPT_FAILED') || isAppError(cause, 'CRYPTO_BAD_KEY')) {
      throw new AppError('ENVELOPE_BOX_FAILED', 'relay envelope failed to authenticate', { cause });
    }
    throw cause;
  }
}
