import * as nodeCrypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import {
  aeadDecryptWithNonce,
  aeadEncryptWithNonce,
  AEAD_NONCE_BYTES,
  chaCha20Poly1305From,
  NATIVE_AEAD_MIN_BYTES,
  randomBytes,
  useNativeChaCha20Poly1305,
} from '.';

const native = chaCha20Poly1305From(nodeCrypto);
const SIZES = [0, 1, 300, NATIVE_AEAD_MIN_BYTES - 1, NATIVE_AEAD_MIN_BYTES, 70_000];

function sealedWith(cipher: typeof native | undefined, size: number, ad: Uint8Array | null) {
  const key = randomBytes(32);
  const nonce = randomBytes(AEAD_NONCE_BYTES);
  const plaintext = randomBytes(size);
  useNativeChaCha20Poly1305(cipher);
  const sealed = aeadEncryptWithNonce(key, nonce, plaintext, ad);
  return { key, nonce, plaintext, sealed };
}

describe('XChaCha20-Poly1305 through a native ChaCha20-Poly1305', () => {
  afterEach(() => {
    useNativeChaCha20Poly1305(undefined);
  });

  it('seals the same bytes as libsodium, and each opens what the other sealed', () => {
    for (const size of SIZES) {
      for (const ad of [null, randomBytes(40)]) {
        const { key, nonce, plaintext, sealed } = sealedWith(undefined, size, ad);
        useNativeChaCha20Poly1305(native);
        expect(aeadEncryptWithNonce(key, nonce, plaintext, ad)).toEqual(sealed);
        expect(aeadDecryptWithNonce(key, nonce, sealed, ad)).toEqual(plaintext);
        const back = sealedWith(native, size, ad);
        useNativeChaCha20Poly1305(undefined);
        expect(aeadDecryptWithNonce(back.key, back.nonce, back.sealed, ad)).toEqual(back.plaintext);
      }
    }
  });

  it('refuses a changed byte, a changed AD and a wrong key as CRYPTO_DECRYPT_FAILED', () => {
    const ad = randomBytes(8);
    const { key, nonce, sealed } = sealedWith(native, 20_000, ad);
    const failed = (fn: () => unknown): boolean => {
      try {
        fn();
        return false;
      } catch (err) {
        return isAppError(err, 'CRYPTO_DECRYPT_FAILED');
      }
    };
    for (const at of [0, 10_000, sealed.length - 1]) {
      const changed = Uint8Array.from(sealed);
      changed[at] = (changed[at] ?? 0) ^ 1;
      expect(failed(() => aeadDecryptWithNonce(key, nonce, changed, ad))).toBe(true);
    }
    expect(failed(() => aeadDecryptWithNonce(key, nonce, sealed, randomBytes(8)))).toBe(true);
    expect(failed(() => aeadDecryptWithNonce(key, nonce, sealed, null))).toBe(true);
    expect(failed(() => aeadDecryptWithNonce(randomBytes(32), nonce, sealed, ad))).toBe(true);
  });
});
