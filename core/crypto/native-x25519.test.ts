import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import {
  boxPrecompute,
  dh,
  dhKeyPair,
  dhPublicKey,
  randomBytes,
  useNativeX25519,
  useNativeX25519IfSound,
  x25519From,
  type SodiumNativeLib,
  type X25519,
} from '.';

const native = x25519From(createRequire(import.meta.url)('sodium-native') as SodiumNativeLib);

/** What each of dhPublicKey, dh and boxPrecompute gives for the same keys under `impl`. */
function outputsWith(impl: X25519 | undefined, mine: Uint8Array, theirs: Uint8Array) {
  useNativeX25519(impl);
  return {
    publicKey: dhPublicKey(mine),
    shared: dh(mine, theirs),
    boxKey: boxPrecompute(theirs, mine),
  };
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : 'not an AppError';
  }
  return undefined;
}

describe('X25519 through sodium-native', () => {
  afterEach(() => {
    useNativeX25519(undefined);
  });

  it('computes the same public keys, secrets and box keys as libsodium WebAssembly', () => {
    for (let i = 0; i < 50; i++) {
      const mine = randomBytes(32);
      const theirs = dhKeyPair().publicKey;
      expect(outputsWith(native, mine, theirs)).toEqual(outputsWith(undefined, mine, theirs));
    }
  });

  it('agrees across implementations: a key pair made natively meets one made in WebAssembly', () => {
    useNativeX25519(native);
    const a = dhKeyPair();
    useNativeX25519(undefined);
    const b = dhKeyPair();
    const fromB = dh(b.privateKey, a.publicKey);
    useNativeX25519(native);
    expect(dh(a.privateKey, b.publicKey)).toEqual(fromB);
  });

  it('refuses a low-order public key as CRYPTO_BAD_KEY, natively too', () => {
    useNativeX25519(native);
    const lowOrder = new Uint8Array(32); // the identity point
    expect(codeOf(() => dh(randomBytes(32), lowOrder))).toBe('CRYPTO_BAD_KEY');
    expect(codeOf(() => boxPrecompute(lowOrder, randomBytes(32)))).toBe('CRYPTO_BAD_KEY');
  });

  it('is used only when it proves sound, and otherwise leaves libsodium in charge', () => {
    expect(useNativeX25519IfSound(() => native)).toBe(true);
    const wrong: X25519 = { ...native, publicKey: (k) => native.publicKey(k).reverse() };
    const lenient: X25519 = { ...native, sharedSecret: () => new Uint8Array(32) };
    expect(useNativeX25519IfSound(() => wrong)).toBe(false);
    expect(useNativeX25519IfSound(() => lenient)).toBe(false);
    expect(
      useNativeX25519IfSound(() => {
        throw new Error('no prebuild for this platform');
      }),
    ).toBe(false);
    // Back on WebAssembly: still correct.
    const kp = dhKeyPair();
    const other = dhKeyPair();
    expect(dh(kp.privateKey, other.publicKey)).toEqual(dh(other.privateKey, kp.publicKey));
  });
});
