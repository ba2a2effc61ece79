import { AppError } from '../errors';
import { sodium } from './sodium';

/**
 * libsodium's C build for a Node host (the `sodium-native` package) behind the primitives that
 * every message and relay request pays for: X25519 (RFC 7748), XChaCha20-Poly1305 (IETF) and
 * crypto_box's XSalsa20-Poly1305 under a precomputed key (= crypto_secretbox).
 *
 * core loads no native code (docs/ARCHITECTURE.md), so libsodium's WebAssembly build is its
 * default; a host hands it the C build of the same library at start-up (same functions, same
 * bytes, checked once by `useNativeSodiumIfSound`). CPU per operation on the reference machine,
 * WebAssembly → native: X25519 ≈ 70–100 → 33 µs (fixed-base 14 µs); the client's side of a
 * relay request (key pair + DH + HSalsa20) ≈ 152 → 64 µs; XChaCha20-Poly1305 of a 1.1 KB
 * message 13.0 → 5.0 µs (open 9.9 → 7.2), 16 KB 36 → 17 µs; crypto_box of 1.1 KB 9.8 → 4.1 µs.
 * Argon2id runs on libuv's thread pool (kdf.ts `argon2idOffThread`), the same cost as the
 * WebAssembly build's but without a worker thread loading that build for each unlock.
 * Key pairs from a seed, Ed25519, hashes and HSalsa20 stay with the WebAssembly build.
 */
export interface NativeSodium {
  /** Clamped scalar × base point. */
  x25519Base(privateKey: Uint8Array): Uint8Array;
  /** The shared secret; throws for a low-order public key (all-zero result). */
  x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  /** ciphertext ‖ tag. */
  aeadSeal(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    ad: Uint8Array | null,
  ): Uint8Array;
  /** The plaintext, or null when the tag does not verify. */
  aeadOpen(
    key: Uint8Array,
    nonce: Uint8Array,
    sealed: Uint8Array,
    ad: Uint8Array | null,
  ): Uint8Array | null;
  /** mac ‖ ciphertext, written into `out` (its length: plaintext + 16). */
  secretboxSealInto(
    out: Uint8Array,
    plaintext: Uint8Array,
    nonce: Uint8Array,
    key: Uint8Array,
  ): void;
  /** The plaintext, or null when the mac does not verify. */
  secretboxOpen(sealed: Uint8Array, nonce: Uint8Array, key: Uint8Array): Uint8Array | null;
  /** Argon2id v1.3 (crypto_pwhash), on this thread: the start-up probe's check. */
  argon2id(out: Uint8Array, password: Uint8Array, salt: Uint8Array, ops: number, mem: number): void;
  /**
   * The same on libuv's thread pool (crypto_pwhash_async): the event loop keeps running, and
   * no worker thread has to start and load the WebAssembly build for it.
   */
  argon2idAsync(
    out: Uint8Array,
    password: Uint8Array,
    salt: Uint8Array,
    ops: number,
    mem: number,
  ): Promise<void>;
}

/** The part of sodium-native `nativeSodiumFrom` uses, typed here (core loads no native module). */
export interface SodiumNativeLib {
  crypto_scalarmult_base(q: Uint8Array, n: Uint8Array): void;
  /** Throws when the result is all zero (a low-order `p`), as libsodium's C function fails. */
  crypto_scalarmult(q: Uint8Array, n: Uint8Array, p: Uint8Array): void;
  crypto_aead_xchacha20poly1305_ietf_encrypt(
    c: Uint8Array,
    m: Uint8Array,
    ad: Uint8Array | null,
    nsec: null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
  /** Throws when the tag does not verify. */
  crypto_aead_xchacha20poly1305_ietf_decrypt(
    m: Uint8Array,
    nsec: null,
    c: Uint8Array,
    ad: Uint8Array | null,
    npub: Uint8Array,
    k: Uint8Array,
  ): number;
  crypto_secretbox_easy(c: Uint8Array, m: Uint8Array, n: Uint8Array, k: Uint8Array): void;
  crypto_secretbox_open_easy(m: Uint8Array, c: Uint8Array, n: Uint8Array, k: Uint8Array): boolean;
  crypto_pwhash(...args: PwhashArgs): void;
  crypto_pwhash_async(...args: [...PwhashArgs, callback: (error: Error | null) => void]): void;
  readonly crypto_pwhash_ALG_ARGON2ID13: number;
}

/** crypto_pwhash's arguments, in sodium-native's order. */
type PwhashArgs = [
  out: Uint8Array,
  passwd: Uint8Array,
  salt: Uint8Array,
  opslimit: number,
  memlimit: number,
  alg: number,
];

const KEY_BYTES = 32;
const TAG_BYTES = 16;

/** NativeSodium from sodium-native (`nativeSodiumFrom(require('sodium-native'))`). */
export function nativeSodiumFrom(lib: SodiumNativeLib): NativeSodium {
  return {
    x25519Base(privateKey) {
      const out = new Uint8Array(KEY_BYTES);
      lib.crypto_scalarmult_base(out, privateKey);
      return out;
    },
    x25519(privateKey, publicKey) {
      const out = new Uint8Array(KEY_BYTES);
      lib.crypto_scalarmult(out, privateKey, publicKey);
      return out;
    },
    aeadSeal(key, nonce, plaintext, ad) {
      const out = new Uint8Array(plaintext.length + TAG_BYTES);
      lib.crypto_aead_xchacha20poly1305_ietf_encrypt(out, plaintext, ad, null, nonce, key);
      return out;
    },
    aeadOpen(key, nonce, sealed, ad) {
      const out = new Uint8Array(sealed.length - TAG_BYTES);
      try {
        lib.crypto_aead_xchacha20poly1305_ietf_decrypt(out, null, sealed, ad, nonce, key);
        return out;
      } catch {
        return null; // the tag did not verify
      }
    },
    secretboxSealInto(out, plaintext, nonce, key) {
      lib.crypto_secretbox_easy(out, plaintext, nonce, key);
    },
    secretboxOpen(sealed, nonce, key) {
      const out = new Uint8Array(sealed.length - TAG_BYTES);
      return lib.crypto_secretbox_open_easy(out, sealed, nonce, key) ? out : null;
    },
    argon2id(out, password, salt, ops, mem) {
      lib.crypto_pwhash(out, password, salt, ops, mem, lib.crypto_pwhash_ALG_ARGON2ID13);
    },
    argon2idAsync(out, password, salt, ops, mem) {
      return new Promise((resolve, reject) => {
        const alg = lib.crypto_pwhash_ALG_ARGON2ID13;
        lib.crypto_pwhash_async(out, password, salt, ops, mem, alg, (error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}

let native: NativeSodium | undefined;

/** Called by a host at start-up (core/crypto/native-probe.ts `useHostCrypto`); tests reset it. */
export function useNativeSodium(impl: NativeSodium | undefined): void {
  native = impl;
}

/** The native build when a host gave one. */
export function nativeSodium(): NativeSodium | undefined {
  return native;
}

/** Clamped scalar × base point (callers check lengths). */
export function x25519Base(privateKey: Uint8Array): Uint8Array {
  return native ? native.x25519Base(privateKey) : sodium.crypto_scalarmult_base(privateKey);
}

/** The X25519 shared secret; throws (any error) for a low-order public key. */
export function x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return native
    ? native.x25519(privateKey, publicKey)
    : sodium.crypto_scalarmult(privateKey, publicKey);
}

const HSALSA20_INPUT = new Uint8Array(16);

/**
 * crypto_box_beforenm: HSalsa20 keyed with the X25519 secret over 16 zero bytes (libsodium's
 * crypto_box_curve25519xsalsa20poly1305_beforenm, NaCl "crypto_box"). One WebAssembly call
 * when there is no native build.
 */
export function boxBeforenm(theirPublicKey: Uint8Array, myPrivateKey: Uint8Array): Uint8Array {
  try {
    if (!native) return sodium.crypto_box_beforenm(theirPublicKey, myPrivateKey);
    const secret = native.x25519(myPrivateKey, theirPublicKey);
    try {
      return sodium.crypto_core_hsalsa20(HSALSA20_INPUT, secret, null);
    } finally {
      secret.fill(0);
    }
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'box public key is of low order', { cause });
  }
}
