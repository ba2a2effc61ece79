import { AppError } from '../errors';
import type { StateAddress } from 'libsodium-wrappers-sumo';
import { nativeSodium } from './native-sodium';
import { sodium } from './sodium';

export const SHA256_BYTES = 32;
const HMAC_ONE_SHOT_KEY_BYTES = 32; // sodium.crypto_auth_hmacsha256_KEYBYTES

export function sha256(data: Uint8Array): Uint8Array {
  return sodium.crypto_hash_sha256(data);
}

/**
 * SHA-256 by Web Crypto (OpenSSL in Node and Electron's main process, the browser's own in a
 * renderer), for large inputs: about 3× less CPU than the WebAssembly one on a 256 KiB
 * attachment chunk (≈330 µs against ≈1,000 µs measured), at the price of a promise. Web Crypto
 * has no incremental form; `Sha256Stream` below is that.
 */
export async function sha256Async(data: Uint8Array): Promise<Uint8Array> {
  // Web Crypto refuses views of shared memory; such input (never ours in practice) is copied.
  const view =
    data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : Uint8Array.from(data);
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', view));
}

/** An incremental SHA-256 a host provides (its node:crypto; native-probe.ts checks it). */
export interface Sha256Hasher {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
}

let nativeSha256: (() => Sha256Hasher) | undefined;

/**
 * Sha256Stream through the host's SHA-256 from now on (undefined: libsodium's WebAssembly
 * build). OpenSSL's hashes a 256 KiB attachment chunk in about a third of the WebAssembly
 * build's time (sha256Async above), and every attachment is hashed whole on both sides.
 */
export function useNativeSha256(make: (() => Sha256Hasher) | undefined): void {
  nativeSha256 = make;
}

/**
 * SHA-256 over data fed in pieces (attachment digests, PROTOCOL.md §12 "Digest"), so a large
 * input is never held whole. libsodium keeps the state on its WebAssembly heap and frees it in
 * `final`; `dispose` runs `final` for a hash abandoned half way (an error mid-stream), so no
 * state is left behind. The state is created lazily, on the first `update`.
 */
export class Sha256Stream {
  private state: StateAddress | undefined;
  /** The host's SHA-256 when it gave one (useNativeSha256): chosen at the start. */
  private readonly host = nativeSha256?.();
  private finished = false;

  update(data: Uint8Array): void {
    if (this.finished) throw new AppError('INVALID_ARGUMENT', 'SHA-256 already finished');
    if (this.host) {
      this.host.update(data);
      return;
    }
    this.state ??= sodium.crypto_hash_sha256_init();
    sodium.crypto_hash_sha256_update(this.state, data);
  }

  digest(): Uint8Array {
    if (this.finished) throw new AppError('INVALID_ARGUMENT', 'SHA-256 already finished');
    this.finished = true;
    if (this.host) return new Uint8Array(this.host.digest());
    const state = (this.state ??= sodium.crypto_hash_sha256_init());
    return sodium.crypto_hash_sha256_final(state);
  }

  /** Frees the state of a hash that will not be finished; harmless after `digest`. */
  dispose(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.state !== undefined) sodium.crypto_hash_sha256_final(this.state);
  }
}

/** HMAC-SHA256 (RFC 2104) with a key of any length. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  // libsodium's one-shot form takes exactly 32-byte keys; other lengths use the streaming API,
  // which applies RFC 2104's key hashing/padding itself.
  if (key.length === HMAC_ONE_SHOT_KEY_BYTES) {
    return sodium.crypto_auth_hmacsha256(data, key);
  }
  const state = sodium.crypto_auth_hmacsha256_init(key);
  sodium.crypto_auth_hmacsha256_update(state, data);
  return sodium.crypto_auth_hmacsha256_final(state);
}

/**
 * HKDF-SHA256 (RFC 5869). An empty salt means HashLen zero bytes (RFC 5869 §2.2).
 * `length` may be at most 255 × 32 bytes.
 */
export function hkdf(
  ikm: Uint8Array,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Uint8Array {
  if (!Number.isInteger(length) || length < 1 || length > 255 * SHA256_BYTES) {
    throw new AppError('INVALID_ARGUMENT', 'HKDF output length out of range');
  }
  const prk = hmacSha256(salt.length === 0 ? new Uint8Array(SHA256_BYTES) : salt, ikm);
  // One scratch buffer T(i-1) ‖ info ‖ i reused for every block (RFC 5869 §2.3); the first
  // block hashes it without the empty T(0).
  const block = new Uint8Array(SHA256_BYTES + info.length + 1);
  block.set(info, SHA256_BYTES);
  const out = new Uint8Array(length);
  for (let i = 1, offset = 0; offset < length; i++, offset += SHA256_BYTES) {
    block[block.length - 1] = i;
    const t = hmacSha256(prk, i === 1 ? block.subarray(SHA256_BYTES) : block);
    out.set(t.subarray(0, Math.min(SHA256_BYTES, length - offset)), offset);
    block.set(t, 0);
  }
  prk.fill(0);
  block.fill(0);
  return out;
}

export interface Argon2idParams {
  /** Passes over memory (libsodium "opslimit"). */
  readonly opsLimit: number;
  /** Memory in bytes (libsodium "memlimit"). */
  readonly memLimitBytes: number;
}

/** Interactive-class parameters for unlocking a profile on a desktop (≈0.1–0.5 s). */
export const ARGON2ID_DEFAULT: Argon2idParams = { opsLimit: 3, memLimitBytes: 64 * 1024 * 1024 };
export const ARGON2ID_SALT_BYTES = 16;

function requireSalt(salt: Uint8Array): void {
  if (salt.length !== ARGON2ID_SALT_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `Argon2id salt must be ${ARGON2ID_SALT_BYTES} bytes`);
  }
}

/** `argon2id`, resolving instead of blocking the thread that calls it. */
export type Argon2idOffThread = (
  password: Uint8Array,
  salt: Uint8Array,
  length: number,
  params: Argon2idParams,
) => Promise<Uint8Array>;

/**
 * `argon2id` on libuv's thread pool, where a host handed core libsodium's C build
 * (native-sodium.ts, checked at start-up to hash as the WebAssembly build does); undefined
 * without it, and callers run `argon2id` on a worker thread of their own instead
 * (main/storage/key-derivation.ts). `password` must stay unchanged until the promise settles.
 */
export function argon2idOffThread(): Argon2idOffThread | undefined {
  const impl = nativeSodium();
  if (!impl) return undefined;
  return async (password, salt, length, params) => {
    requireSalt(salt);
    const out = new Uint8Array(length);
    try {
      await impl.argon2idAsync(out, password, salt, params.opsLimit, params.memLimitBytes);
    } catch (cause) {
      throw new AppError('INTERNAL', 'Argon2id failed', { cause });
    }
    return out;
  };
}

/** Argon2id v1.3 password hashing into a key of `length` bytes. */
export function argon2id(
  password: Uint8Array,
  salt: Uint8Array,
  length: number,
  params: Argon2idParams = ARGON2ID_DEFAULT,
): Uint8Array {
  requireSalt(salt);
  return sodium.crypto_pwhash(
    length,
    password,
    salt,
    params.opsLimit,
    params.memLimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
}
