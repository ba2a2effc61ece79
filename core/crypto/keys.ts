import { AppError } from '../errors';
import { x25519, x25519Base } from './native-sodium';
import { sodium } from './sodium';

/** A key pair; `privateKey` never leaves the process that made it except in sealed storage. */
export interface KeyPair {
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SECRET_KEY_BYTES = 64;
export const ED25519_SIGNATURE_BYTES = 64;
export const X25519_KEY_BYTES = 32;

export function requireLength(bytes: Uint8Array, length: number, what: string): void {
  if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
    throw new AppError('CRYPTO_BAD_KEY', `${what} must be ${length} bytes`);
  }
}

/** getRandomValues fills at most 65,536 bytes per call. */
const MAX_RANDOM_CHUNK = 65536;
/** Small requests (nonces, keys) are served from a pool refilled 4 KiB at a time. */
const POOL_BYTES = 4096;
const POOLED_MAX = 64;
let pool: Uint8Array = new Uint8Array(0);
let poolOffset = 0;

/**
 * Cryptographically secure random bytes from the platform CSPRNG (Web Crypto, present in Node,
 * Electron and browsers). Each call into the CSPRNG costs microseconds whatever its size, and
 * every message needs two 24-byte nonces, so small requests are cut from a 4 KiB block; every
 * byte is handed out once and then zeroed in the pool. (libsodium's WebAssembly build reaches
 * the same source through a far slower bridge, ≈80 µs per call here.)
 */
export function randomBytes(length: number): Uint8Array {
  if (length > POOLED_MAX) return freshRandom(length);
  if (poolOffset + length > pool.length) {
    pool = freshRandom(POOL_BYTES);
    poolOffset = 0;
  }
  const slice = pool.subarray(poolOffset, poolOffset + length);
  const out = Uint8Array.from(slice);
  slice.fill(0);
  poolOffset += length;
  return out;
}

function freshRandom(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += MAX_RANDOM_CHUNK) {
    globalThis.crypto.getRandomValues(
      out.subarray(offset, Math.min(length, offset + MAX_RANDOM_CHUNK)),
    );
  }
  return out;
}

/** Ed25519 signing key pair (RFC 8032). The private key is libsodium's 64-byte seed||pk form. */
export function signKeyPair(seed?: Uint8Array): KeyPair {
  if (seed) requireLength(seed, 32, 'Ed25519 seed');
  const kp = sodium.crypto_sign_seed_keypair(seed ?? randomBytes(32));
  return { publicKey: kp.publicKey, privateKey: kp.privateKey };
}

export function sign(message: Uint8Array, privateKey: Uint8Array): Uint8Array {
  requireLength(privateKey, ED25519_SECRET_KEY_BYTES, 'Ed25519 private key');
  return sodium.crypto_sign_detached(message, privateKey);
}

/** Returns false (never throws) for a wrong, malformed or truncated signature or key. */
export function verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (
    signature.length !== ED25519_SIGNATURE_BYTES ||
    publicKey.length !== ED25519_PUBLIC_KEY_BYTES
  ) {
    return false;
  }
  try {
    return sodium.crypto_sign_verify_detached(signature, message, publicKey);
  } catch {
    return false;
  }
}

/** X25519 key pair (RFC 7748). */
export function dhKeyPair(seed?: Uint8Array): KeyPair {
  if (seed) {
    requireLength(seed, 32, 'X25519 seed');
    const kp = sodium.crypto_box_seed_keypair(seed);
    return { publicKey: kp.publicKey, privateKey: kp.privateKey };
  }
  const privateKey = randomBytes(X25519_KEY_BYTES);
  return { publicKey: x25519Base(privateKey), privateKey };
}

export function dhPublicKey(privateKey: Uint8Array): Uint8Array {
  requireLength(privateKey, X25519_KEY_BYTES, 'X25519 private key');
  return x25519Base(privateKey);
}

/**
 * Raw X25519 shared secret. Rejects low-order public keys (libsodium fails on an all-zero
 * result), which would otherwise let a peer force a known "secret".
 */
export function dh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  requireLength(privateKey, X25519_KEY_BYTES, 'X25519 private key');
  requireLength(publicKey, X25519_KEY_BYTES, 'X25519 public key');
  try {
    return x25519(privateKey, publicKey);
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'X25519 public key is of low order', { cause });
  }
}

/** Constant-time equality of two byte strings (lengths are not secret). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  // Accumulate differences without an early exit; no data-dependent branch or index. Done in
  // JS because crossing into libsodium's WebAssembly heap costs more than the comparison.
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Converts an Ed25519 key pair to the X25519 pair on the same curve point (libsodium's
 * birational map), so one device key can both sign and box to a relay.
 */
export function signKeyPairToDh(kp: KeyPair): KeyPair {
  requireLength(kp.publicKey, ED25519_PUBLIC_KEY_BYTES, 'Ed25519 public key');
  requireLength(kp.privateKey, ED25519_SECRET_KEY_BYTES, 'Ed25519 private key');
  return {
    publicKey: sodium.crypto_sign_ed25519_pk_to_curve25519(kp.publicKey),
    privateKey: sodium.crypto_sign_ed25519_sk_to_curve25519(kp.privateKey),
  };
}

/**
 * Only the X25519 private key of an Ed25519 key pair: what a client needs to box to a relay.
 * Converting the public key as well (a point decompression) would cost it about as much again.
 */
export function signPrivateKeyToDh(privateKey: Uint8Array): Uint8Array {
  requireLength(privateKey, ED25519_SECRET_KEY_BYTES, 'Ed25519 private key');
  return sodium.crypto_sign_ed25519_sk_to_curve25519(privateKey);
}

/** The X25519 public key of an Ed25519 public key; AppError for an invalid point. */
export function signPublicKeyToDh(publicKey: Uint8Array): Uint8Array {
  requireLength(publicKey, ED25519_PUBLIC_KEY_BYTES, 'Ed25519 public key');
  try {
    return sodium.crypto_sign_ed25519_pk_to_curve25519(publicKey);
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'not a valid Ed25519 public key', { cause });
  }
}
