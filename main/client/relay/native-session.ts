import { createPublicKey, diffieHellman, generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  boxKeyFromSharedSecret,
  boxPrecompute,
  constantTimeEqual,
  dhKeyPair,
  fromBase64Url,
  toBase64Url,
} from '../../../core/crypto';
import {
  freshServerSession,
  SERVER_ENVELOPE_VERSION,
  SIGNED_ENVELOPE_VERSION,
  type ServerEnvelopeVersion,
  type ServerSession,
} from '../../../core/envelope/server';
import { AppError } from '../../../core/errors';

/**
 * A relay session under a key pair made for this one request (docs/PROTOCOL.md §6), with
 * Node's X25519 (OpenSSL) for the key pair and the DH instead of libsodium's WebAssembly build:
 * ≈ 95 µs of CPU per request instead of ≈ 140 (bench/relay.bench.ts measures the request path).
 * The box key is the one `createServerSession` computes (crypto_box_beforenm: HSalsa20 of the
 * X25519 secret); native-session.test.ts checks a relay opens these requests. The relay's public key
 * is imported once per relay. Version 1 (the signed envelope, only used when a relay refuses
 * versions 3 and 2) keeps core's path.
 */
export function freshNativeSession(
  serverPublicKey: Uint8Array,
  version: ServerEnvelopeVersion = SERVER_ENVELOPE_VERSION,
): ServerSession {
  if (version === SIGNED_ENVELOPE_VERSION || !nativeX25519()) {
    return freshServerSession(serverPublicKey, version);
  }
  return { ...nativeSession(serverPublicKey), version };
}

function nativeSession(serverPublicKey: Uint8Array): Omit<ServerSession, 'version'> {
  const pair = generateKeyPairSync('x25519');
  const jwk = pair.privateKey.export({ format: 'jwk' });
  if (typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
    throw new Error('X25519 key export without its fields'); // Node always exports both
  }
  let secret: Buffer;
  try {
    secret = diffieHellman({
      privateKey: pair.privateKey,
      publicKey: relayKeyObject(serverPublicKey),
    });
  } catch (cause) {
    // As boxPrecompute: a relay key of the wrong length or of low order.
    throw new AppError('CRYPTO_BAD_KEY', 'the relay key is not a usable X25519 key', { cause });
  }
  return {
    clientKeyPair: { publicKey: fromBase64Url(jwk.x), privateKey: fromBase64Url(jwk.d) },
    serverPublicKey,
    boxKey: boxKeyFromSharedSecret(new Uint8Array(secret.buffer, secret.byteOffset, 32)),
  };
}

let available: boolean | undefined;

/**
 * Whether this runtime's node:crypto makes X25519 keys (Electron's main process runs on
 * BoringSSL, which does; checked once rather than assumed, falling back to libsodium).
 */
function nativeX25519(): boolean {
  if (available === undefined) {
    try {
      const relay = dhKeyPair();
      const session = nativeSession(relay.publicKey);
      const expected = boxPrecompute(relay.publicKey, session.clientKeyPair.privateKey);
      available = constantTimeEqual(session.boxKey, expected);
    } catch {
      available = false;
    }
  }
  return available;
}

/** Imported relay keys; a device talks to a handful of relays, the bound is a safety net. */
const relayKeys = new Map<string, KeyObject>();
const MAX_RELAY_KEYS = 64;

function relayKeyObject(serverPublicKey: Uint8Array): KeyObject {
  const x = toBase64Url(serverPublicKey);
  let key = relayKeys.get(x);
  if (key === undefined) {
    key = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x }, format: 'jwk' });
    if (relayKeys.size >= MAX_RELAY_KEYS) relayKeys.clear();
    relayKeys.set(x, key);
  }
  return key;
}
