import { AppError } from '../errors';
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

export function randomBytes(length: number): Uint8Array {
  return sodium.randombytes_buf(length);
}

/** Ed25519 signing key pair (RFC 8032). The private key is libsodium's 64-byte seed||pk form. */
export function signKeyPair(seed?: Uint8Array): KeyPair {
  if (seed) requireLength(seed, 32, 'Ed25519 seed');
  const kp = seed ? sodium.crypto_sign_seed_keypair(seed) : sodium.crypto_sign_keypair();
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
  const privateKey = sodium.randombytes_buf(X25519_KEY_BYTES);
  return { publicKey: sodium.crypto_scalarmult_base(privateKey), privateKey };
}

export function dhPublicKey(privateKey: Uint8Array): Uint8Array {
  requireLength(privateKey, X25519_KEY_BYTES, 'X25519 private key');
  return sodium.crypto_scalarmult_base(privateKey);
}

/**
 * Raw X25519 shared secret. Rejects low-order public keys (libsodium fails on an all-zero
 * result), which would otherwise let a peer force a known "secret".
 */
export function dh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  requireLength(privateKey, X25519_KEY_BYTES, 'X25519 private key');
  requireLength(publicKey, X25519_KEY_BYTES, 'X25519 public key');
  try {
    return sodium.crypto_scalarmult(privateKey, publicKey);
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'X25519 public key is of low order', { cause });
  }
}

/** Constant-time equality of two byte strings (lengths are not secret). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  return sodium.memcmp(a, b);
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

/** The X25519 public key of an Ed25519 public key; AppError for an invalid point. */
export function signPublicKeyToDh(publicKey: Uint8Array): Uint8Array {
  requireLength(publicKey, ED25519_PUBLIC_KEY_BYTES, 'Ed25519 public key');
  try {
    return sodium.crypto_sign_ed25519_pk_to_curve25519(publicKey);
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'not a valid Ed25519 public key', { cause });
  }
}
