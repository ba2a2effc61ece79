import { createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from 'node:crypto';
import { boxKeyFromSharedSecret, boxPrecompute, dhKeyPair, type KeyPair } from '../../core/crypto';
import { boxKeyWith, SERVER_ENVELOPE_VERSION, type BoxKeyFor } from '../../core/envelope/server';

/**
 * The relay's box-key agreement for version 2 requests (PROTOCOL.md §6: a fresh X25519 key per
 * request, so one agreement per request) through Node's native X25519 (OpenSSL) instead of
 * libsodium's WebAssembly build: ≈ 33 against ≈ 75 µs of CPU per agreement on the reference VM.
 * The key is the one crypto_box_beforenm gives — HSalsa20 of the X25519 shared secret
 * (`boxKeyFromSharedSecret`) — and a known-answer check against libsodium at start-up decides
 * whether this path is used at all.
 *
 * Keys cross as JWK: wrapping the raw 32 bytes in DER would go through OpenSSL 3's generic
 * decoder, which alone costs more than the multiplication saves.
 *
 * A public key the native side refuses (low order: an all-zero shared secret, RFC 7748 §6.1)
 * goes to libsodium, which refuses it with the usual error (CRYPTO_BAD_KEY → BOX_FAILED).
 * Version 1 requests (Ed25519 keys, converted first) stay on libsodium.
 */
export function nativeBoxKeys(server: KeyPair): BoxKeyFor {
  const fallback = boxKeyWith(server);
  const native = checkedPrivate(server);
  if (!native) return fallback;
  return (from, version) => {
    if (version !== SERVER_ENVELOPE_VERSION || from.length !== 32) return fallback(from, version);
    let shared: Buffer;
    try {
      shared = diffieHellman({ privateKey: native, publicKey: importPublic(from) });
    } catch {
      return fallback(from, version);
    }
    try {
      return boxKeyFromSharedSecret(shared);
    } finally {
      shared.fill(0);
    }
  };
}

/** The relay's private key as a native key, if this runtime agrees keys as libsodium does. */
function checkedPrivate(server: KeyPair): KeyObject | undefined {
  const native = importPrivate(server);
  return native && agreesWithLibsodium(native, server.publicKey) ? native : undefined;
}

/** Whether `nativeBoxKeys(server)` takes the native path (tests: it must, on Node). */
export function agreesNatively(server: KeyPair): boolean {
  return checkedPrivate(server) !== undefined;
}

const b64 = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');

function importPublic(publicKey: Uint8Array): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: b64(publicKey) }, format: 'jwk' });
}

function importPrivate(pair: KeyPair): KeyObject | undefined {
  try {
    const jwk = { kty: 'OKP', crv: 'X25519', d: b64(pair.privateKey), x: b64(pair.publicKey) };
    return createPrivateKey({ key: jwk, format: 'jwk' });
  } catch {
    return undefined;
  }
}

/**
 * What a client computes with libsodium against the published key, for a client key made now:
 * a runtime that disagrees is not used.
 */
function agreesWithLibsodium(native: KeyObject, publicKey: Uint8Array): boolean {
  try {
    const probe = dhKeyPair();
    const shared = diffieHellman({ privateKey: native, publicKey: importPublic(probe.publicKey) });
    const expected = boxPrecompute(publicKey, probe.privateKey);
    return Buffer.from(boxKeyFromSharedSecret(shared)).equals(expected);
  } catch {
    return false;
  }
}
