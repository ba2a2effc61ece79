import { AppError } from '../errors';
import { sodium } from './sodium';

/**
 * A faster XChaCha20-Poly1305 for large inputs, from a host's native ChaCha20-Poly1305.
 *
 * core imports no `node:*` (docs/ARCHITECTURE.md), so libsodium's WebAssembly build is its only
 * cipher; a host may hand it the IETF ChaCha20-Poly1305 of its runtime (RFC 8439; node:crypto,
 * i.e. OpenSSL). XChaCha20-Poly1305 is that cipher under a subkey (draft-irtf-cfrg-xchacha §2.3):
 * subkey = HChaCha20(key, nonce[0..16]), nonce' = 0⁴ ‖ nonce[16..24] — the same bytes as
 * libsodium's crypto_aead_xchacha20poly1305_ietf, which native-aead.test.ts checks.
 *
 * Native calls cost ≈ 8–10 µs each before the first byte (measured here: 300 B 3 µs in
 * WebAssembly vs 13 µs native; 16 KB 68 vs 25 µs; 256 KB 541 vs 195 µs), so only inputs of at
 * least NATIVE_AEAD_MIN_BYTES take the native path: relay envelopes with batches, attachment
 * chunks.
 */
export interface ChaCha20Poly1305 {
  /** ciphertext ‖ 16-byte tag under a 32-byte key and a 12-byte nonce. */
  seal(
    key: Uint8Array,
    nonce: Uint8Array,
    plaintext: Uint8Array,
    ad: Uint8Array | null,
  ): Uint8Array;
  /** The plaintext, or null when the tag does not verify. */
  open(
    key: Uint8Array,
    nonce: Uint8Array,
    sealed: Uint8Array,
    ad: Uint8Array | null,
  ): Uint8Array | null;
}

export const NATIVE_AEAD_MIN_BYTES = 4096;

let native: ChaCha20Poly1305 | undefined;

/** Called once by a host at start-up (server/relay.ts, main/client/native-crypto.ts). */
export function useNativeChaCha20Poly1305(cipher: ChaCha20Poly1305 | undefined): void {
  native = cipher;
}

/** The native cipher when one is set and `length` is worth it. */
export function nativeFor(length: number): ChaCha20Poly1305 | undefined {
  return length >= NATIVE_AEAD_MIN_BYTES ? native : undefined;
}

function subkeyAndNonce(key: Uint8Array, nonce: Uint8Array): [Uint8Array, Uint8Array] {
  const subkey = sodium.crypto_core_hchacha20(nonce.subarray(0, 16), key, null);
  const ietfNonce = new Uint8Array(12);
  ietfNonce.set(nonce.subarray(16, 24), 4);
  return [subkey, ietfNonce];
}

export function nativeXChaChaSeal(
  cipher: ChaCha20Poly1305,
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  ad: Uint8Array | null,
): Uint8Array {
  const [subkey, ietfNonce] = subkeyAndNonce(key, nonce);
  return cipher.seal(subkey, ietfNonce, plaintext, ad);
}

export function nativeXChaChaOpen(
  cipher: ChaCha20Poly1305,
  key: Uint8Array,
  nonce: Uint8Array,
  sealed: Uint8Array,
  ad: Uint8Array | null,
): Uint8Array {
  const [subkey, ietfNonce] = subkeyAndNonce(key, nonce);
  const plaintext = cipher.open(subkey, ietfNonce, sealed, ad);
  if (plaintext === null) throw new AppError('CRYPTO_DECRYPT_FAILED', 'authentication failed');
  return plaintext;
}

/** The part of node:crypto `chaCha20Poly1305From` uses, typed here (core imports no node:*). */
export interface CipherLib {
  createCipheriv(
    algorithm: 'chacha20-poly1305',
    key: Uint8Array,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): {
    setAAD(ad: Uint8Array, options: { plaintextLength: number }): unknown;
    update(data: Uint8Array): Uint8Array;
    final(): Uint8Array;
    getAuthTag(): Uint8Array;
  };
  createDecipheriv(
    algorithm: 'chacha20-poly1305',
    key: Uint8Array,
    iv: Uint8Array,
    options: { authTagLength: number },
  ): {
    setAAD(ad: Uint8Array, options: { plaintextLength: number }): unknown;
    setAuthTag(tag: Uint8Array): unknown;
    update(data: Uint8Array): Uint8Array;
    final(): Uint8Array;
  };
  /** SHA-256 fed in pieces (kdf.ts `Sha256Stream`, the attachments' digests). */
  createHash(algorithm: 'sha256'): { update(data: Uint8Array): unknown; digest(): Uint8Array };
}

const TAG_BYTES = 16;

/** ChaCha20-Poly1305 from a host's node:crypto (`chaCha20Poly1305From(await import('node:crypto'))`). */
export function chaCha20Poly1305From(lib: CipherLib): ChaCha20Poly1305 {
  const options = { authTagLength: TAG_BYTES };
  return {
    seal(key, nonce, plaintext, ad) {
      const cipher = lib.createCipheriv('chacha20-poly1305', key, nonce, options);
      if (ad) cipher.setAAD(ad, { plaintextLength: plaintext.length });
      const body = cipher.update(plaintext);
      const tail = cipher.final();
      const out = new Uint8Array(body.length + tail.length + TAG_BYTES);
      out.set(body, 0);
      out.set(tail, body.length);
      out.set(cipher.getAuthTag(), body.length + tail.length);
      return out;
    },
    open(key, nonce, sealed, ad) {
      const length = sealed.length - TAG_BYTES;
      const decipher = lib.createDecipheriv('chacha20-poly1305', key, nonce, options);
      decipher.setAuthTag(sealed.subarray(length));
      if (ad) decipher.setAAD(ad, { plaintextLength: length });
      const body = decipher.update(sealed.subarray(0, length));
      try {
        const tail = decipher.final();
        if (tail.length === 0) return new Uint8Array(body.buffer, body.byteOffset, body.length);
        const out = new Uint8Array(body.length + tail.length);
        out.set(body, 0);
        out.set(tail, body.length);
        return out;
      } catch {
        return null; // the tag did not verify
      }
    },
  };
}
