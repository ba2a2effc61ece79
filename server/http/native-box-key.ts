import { createPrivateKey, createPublicKey, diffieHellman, type KeyObject } from 'node:crypto';
import {
  boxKeyFromSharedSecret,
  boxPrecompute,
  constantTimeEqual,
  dhKeyPair,
  toBase64Url,
  X25519_KEY_BYTES,
  type KeyPair,
} from '../../core/crypto';
import { AppError } from '../../core/errors';
import { boxKeyWith, SIGNED_ENVELOPE_VERSION, type BoxKeyFor } from '../../core/envelope/server';

/**
 * The relay's box key per request (docs/PROTOCOL.md §6: a fresh client key per request, so one
 * X25519 per request; versions 2 and 3) with Node's X25519 (OpenSSL) instead of libsodium's WebAssembly build:
 * ≈ 2× less CPU per request, the largest single cost of opening a version 2 request. The
 * result is the same key as `boxPrecompute` (crypto_box_beforenm = HSalsa20 of the X25519
 * secret); a test checks them against each other, low-order keys included.
 *
 * The client key is imported as a JWK (raw bytes, no DER assembly): the cheapest way Node
 * offers to make a KeyObject from 32 raw bytes. OpenSSL refuses an all-zero shared secret (a
 * low-order or zero `from`), which becomes CRYPTO_BAD_KEY as in libsodium, and so
 * ENVELOPE_BOX_FAILED for the client. Versions 2 and 3 share this key; version 1 requests (an Ed25519 `from`, converted first)
 * keep libsodium's path: no client sends them any more.
 */
export function nativeBoxKeyWith(serverKeyPair: KeyPair): BoxKeyFor {
  const fallback = boxKeyWith(serverKeyPair);
  const privateKey = soundPrivateKey(serverKeyPair);
  if (privateKey === undefined) return fallback;
  return (from, version) => {
    if (version === SIGNED_ENVELOPE_VERSION) return fallback(from, version);
    return boxKeyFromSharedSecret(x25519(privateKey, from));
  };
}

/**
 * The relay's key as a KeyObject if this runtime's X25519 agrees with libsodium's on a probe
 * (checked, not assumed: an embedded relay runs in Electron's main process, on BoringSSL).
 */
function soundPrivateKey(keyPair: KeyPair): KeyObject | undefined {
  try {
    const privateKey = x25519PrivateKey(keyPair);
    const probe = dhKeyPair().publicKey;
    const native = boxKeyFromSharedSecret(x25519(privateKey, probe));
    return constantTimeEqual(native, boxPrecompute(probe, keyPair.privateKey))
      ? privateKey
      : undefined;
  } catch {
    return undefined;
  }
}

function x25519PrivateKey(keyPair: KeyPair): KeyObject {
  return createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'X25519',
      d: toBase64Url(keyPair.privateKey),
      x: toBase64Url(keyPair.publicKey),
    },
    format: 'jwk',
  });
}

function x25519(privateKey: KeyObject, theirPublicKey: Uint8Array): Uint8Array {
  if (theirPublicKey.length !== X25519_KEY_BYTES) {
    throw new AppError('CRYPTO_BAD_KEY', 'box public key must be 32 bytes');
  }
  try {
    const publicKey = createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: toBase64Url(theirPublicKey) },
      format: 'jwk',
    });
    const secret = diffieHellman({ privateKey, publicKey });
    return new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength);
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'box public key is of low order', { cause });
  }
}
