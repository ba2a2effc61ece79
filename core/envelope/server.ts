import { meow } from '../../proto';
import {
  boxOpen,
  boxPrecompute,
  boxSeal,
  concatBytes,
  sign,
  signKeyPairToDh,
  signPublicKeyToDh,
  utf8,
  verify,
  type KeyPair,
} from '../crypto';
import { AppError, isAppError } from '../errors';
import { decodeProto, encodeProto } from '../wire';

/**
 * The relay envelope (DESIGN.md §3 "server envelope", docs/PROTOCOL.md "Relay envelope").
 * A request is `PackedServerMessage{from, payload, signature, version}`:
 *   from      — the client's Ed25519 key;
 *   payload   — crypto_box(ToServerMessage) from X25519(from) to the server's pinned X25519 key;
 *   signature — Ed25519(from) over "meow/srv/v1" || server key || payload.
 * The reply is `PackedServerReply{payload = crypto_box(FromServerMessage)}` under the same
 * shared key, or a plaintext `error` when the request could not be opened at all.
 */
export const SERVER_ENVELOPE_VERSION = 1;
const SIGN_LABEL = utf8('meow/srv/v1');

/** A client's channel to one relay: its signing key and the precomputed box key. */
export interface ServerSession {
  readonly clientSignKeyPair: KeyPair;
  readonly serverPublicKey: Uint8Array;
  readonly boxKey: Uint8Array;
}

export function createServerSession(
  clientSignKeyPair: KeyPair,
  serverPublicKey: Uint8Array,
): ServerSession {
  const dhPair = signKeyPairToDh(clientSignKeyPair);
  return {
    clientSignKeyPair,
    serverPublicKey,
    boxKey: boxPrecompute(serverPublicKey, dhPair.privateKey),
  };
}

export function sealServerRequest(
  request: meow.IToServerMessage,
  session: ServerSession,
): Uint8Array {
  const payload = boxSeal(
    encodeProto(meow.ToServerMessage, meow.ToServerMessage.create(request)),
    session.boxKey,
  );
  const signature = sign(
    concatBytes(SIGN_LABEL, session.serverPublicKey, payload),
    session.clientSignKeyPair.privateKey,
  );
  return encodeProto(
    meow.PackedServerMessage,
    meow.PackedServerMessage.create({
      from: session.clientSignKeyPair.publicKey,
      payload,
      signature,
      version: SERVER_ENVELOPE_VERSION,
    }),
  );
}

export interface OpenedServerRequest {
  /** The client's Ed25519 key (its identity towards this relay). */
  readonly from: Uint8Array;
  readonly request: meow.ToServerMessage;
  /** Shared box key for sealing the reply. */
  readonly boxKey: Uint8Array;
}

/**
 * Opens a request at the relay. `boxKeyFor` lets the relay cache shared keys per client so a
 * busy client costs one signature check and one box open per request, not a DH.
 */
export function openServerRequest(
  body: Uint8Array,
  serverKeyPair: KeyPair,
  boxKeyFor: (from: Uint8Array) => Uint8Array = (from) =>
    boxPrecompute(signPublicKeyToDh(from), serverKeyPair.privateKey),
): OpenedServerRequest {
  const packed = asEnvelopeError(() => decodeProto(meow.PackedServerMessage, body));
  if (packed.version !== SERVER_ENVELOPE_VERSION) {
    throw new AppError(
      'ENVELOPE_UNSUPPORTED_VERSION',
      `unsupported envelope version ${packed.version}`,
    );
  }
  const signed = concatBytes(SIGN_LABEL, serverKeyPair.publicKey, packed.payload);
  if (!verify(packed.signature, signed, packed.from)) {
    throw new AppError('ENVELOPE_BAD_SIGNATURE', 'request signature does not verify');
  }
  const boxKey = boxKeyFor(packed.from);
  const plaintext = boxLayer(() => boxOpen(packed.payload, boxKey));
  const request = asEnvelopeError(() => decodeProto(meow.ToServerMessage, plaintext));
  return { from: packed.from, request, boxKey };
}

export function sealServerReply(reply: meow.IFromServerMessage, boxKey: Uint8Array): Uint8Array {
  const payload = boxSeal(
    encodeProto(meow.FromServerMessage, meow.FromServerMessage.create(reply)),
    boxKey,
  );
  return encodeProto(
    meow.PackedServerReply,
    meow.PackedServerReply.create({ payload, version: SERVER_ENVELOPE_VERSION }),
  );
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
  const plaintext = boxLayer(() => boxOpen(packed.payload, session.boxKey));
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
