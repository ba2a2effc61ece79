import { AppError } from '../errors';
import { sodium } from './sodium';

/**
 * X25519 (RFC 7748) from a host's native libsodium, for the DH of every relay request and
 * every ratchet step.
 *
 * core loads no native code (docs/ARCHITECTURE.md), so libsodium's WebAssembly build is its
 * default; a Node host may hand it the C build of the same library (the `sodium-native`
 * package: same function, same bytes). Measured on the reference machine, CPU per operation:
 * the client's side of a relay request (fresh key pair + DH + HSalsa20) ≈ 64 µs native against
 * ≈ 152 µs in WebAssembly; the relay's side (DH + HSalsa20) ≈ 38 µs against ≈ 100 µs.
 * Key pairs from a seed, Ed25519 and every cipher stay with the WebAssembly build.
 */
export interface X25519 {
  /** The public key of a 32-byte private key (clamped scalar × base point). */
  publicKey(privateKey: Uint8Array): Uint8Array;
  /** The shared secret; throws for a low-order public key (all-zero result). */
  sharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
}

/** The part of sodium-native `x25519From` uses, typed here (core loads no native module). */
export interface SodiumNativeLib {
  crypto_scalarmult_base(q: Uint8Array, n: Uint8Array): void;
  /** Throws when the result is all zero (a low-order `p`), as libsodium's C function fails. */
  crypto_scalarmult(q: Uint8Array, n: Uint8Array, p: Uint8Array): void;
}

const KEY_BYTES = 32;

/** X25519 from sodium-native (`x25519From(require('sodium-native'))`). */
export function x25519From(lib: SodiumNativeLib): X25519 {
  return {
    publicKey(privateKey) {
      const out = new Uint8Array(KEY_BYTES);
      lib.crypto_scalarmult_base(out, privateKey);
      return out;
    },
    sharedSecret(privateKey, publicKey) {
      const out = new Uint8Array(KEY_BYTES);
      lib.crypto_scalarmult(out, privateKey, publicKey);
      return out;
    },
  };
}

let native: X25519 | undefined;

/** Called once by a host at start-up (server/relay.ts, main/client/native-crypto.ts). */
export function useNativeX25519(impl: X25519 | undefined): void {
  native = impl;
}

/** Clamped scalar × base point (callers check lengths). */
export function x25519Base(privateKey: Uint8Array): Uint8Array {
  return native ? native.publicKey(privateKey) : sodium.crypto_scalarmult_base(privateKey);
}

/** The X25519 shared secret; throws (any error) for a low-order public key. */
export function x25519(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return native
    ? native.sharedSecret(privateKey, publicKey)
    : sodium.crypto_scalarmult(privateKey, publicKey);
}

const HSALSA20_INPUT = new Uint8Array(16);

/**
 * crypto_box_beforenm: HSalsa20 keyed with the X25519 secret over 16 zero bytes (libsodium's
 * crypto_box_curve25519xsalsa20poly1305_beforenm, NaCl §"crypto_box"). One WebAssembly call
 * when there is no native X25519.
 */
export function boxBeforenm(theirPublicKey: Uint8Array, myPrivateKey: Uint8Array): Uint8Array {
  try {
    if (!native) return sodium.crypto_box_beforenm(theirPublicKey, myPrivateKey);
    const secret = native.sharedSecret(myPrivateKey, theirPublicKey);
    try {
      return sodium.crypto_core_hsalsa20(HSALSA20_INPUT, secret, null);
    } finally {
      secret.fill(0);
    }
  } catch (cause) {
    throw new AppError('CRYPTO_BAD_KEY', 'box public key is of low order', { cause });
  }
}

/**
 * Hands core/crypto a native X25519 only if it computes what libsodium computes and refuses a
 * low-order key: checked once at start-up rather than assumed. Returns whether it is in use.
 */
export function useNativeX25519IfSound(make: () => X25519): boolean {
  const a = new Uint8Array(KEY_BYTES).fill(5);
  const b = new Uint8Array(KEY_BYTES).fill(11);
  native = undefined;
  const reference = {
    pub: sodium.crypto_scalarmult_base(a),
    shared: sodium.crypto_scalarmult(b, sodium.crypto_scalarmult_base(a)),
  };
  try {
    const impl = make();
    const sameKeys =
      sameBytes(impl.publicKey(a), reference.pub) &&
      sameBytes(impl.sharedSecret(b, reference.pub), reference.shared);
    if (sameKeys && refusesLowOrder(impl)) {
      native = impl;
      return true;
    }
  } catch {
    // not available in this runtime
  }
  return false;
}

function refusesLowOrder(impl: X25519): boolean {
  try {
    impl.sharedSecret(new Uint8Array(KEY_BYTES).fill(5), new Uint8Array(KEY_BYTES));
    return false;
  } catch {
    return true;
  }
}

function sameBytes(x: Uint8Array, y: Uint8Array): boolean {
  return x.length === y.length && x.every((value, i) => value === y[i]);
}
