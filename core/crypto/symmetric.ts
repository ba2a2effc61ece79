import { AppError } from '../errors';
import { concatBytes } from './bytes';
import { randomBytes, requireLength, X25519_KEY_BYTES } from './keys';
import { nativeFor, nativeXChaChaOpen, nativeXChaChaSeal } from './native-aead';
import { boxBeforenm, nativeSodium } from './native-sodium';
import { sodium } from './sodium';

export const AEAD_KEY_BYTES = 32;
export const AEAD_NONCE_BYTES = 24;
export const AEAD_TAG_BYTES = 16;
export const BOX_NONCE_BYTES = 24;
export const BOX_MAC_BYTES = 16;

/** XChaCha20-Poly1305 (IETF) with a caller-supplied nonce; returns ciphertext||tag. */
export function aeadEncryptWithNonce(
  key: Uint8Array,
  nonce: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array | null,
): Uint8Array {
  requireLength(key, AEAD_KEY_BYTES, 'AEAD key');
  requireLength(nonce, AEAD_NONCE_BYTES, 'AEAD nonce');
  const lib = nativeSodium();
  if (lib) return lib.aeadSeal(key, nonce, plaintext, associatedData);
  const native = nativeFor(plaintext.length);
  if (native) return nativeXChaChaSeal(native, key, nonce, plaintext, associatedData);
  return sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    plaintext,
    associatedData,
    null,
    nonce,
    key,
  );
}

export function aeadDecryptWithNonce(
  key: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  associatedData: Uint8Array | null,
): Uint8Array {
  requireLength(key, AEAD_KEY_BYTES, 'AEAD key');
  requireLength(nonce, AEAD_NONCE_BYTES, 'AEAD nonce');
  if (ciphertext.length < AEAD_TAG_BYTES) {
    throw new AppError('CRYPTO_DECRYPT_FAILED', 'ciphertext shorter than its tag');
  }
  const lib = nativeSodium();
  if (lib) {
    const plaintext = lib.aeadOpen(key, nonce, ciphertext, associatedData);
    if (plaintext === null) throw new AppError('CRYPTO_DECRYPT_FAILED', 'authentication failed');
    return plaintext;
  }
  const native = nativeFor(ciphertext.length - AEAD_TAG_BYTES);
  if (native) return nativeXChaChaOpen(native, key, nonce, ciphertext, associatedData);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      ciphertext,
      associatedData,
      nonce,
      key,
    );
  } catch (cause) {
    throw new AppError('CRYPTO_DECRYPT_FAILED', 'authentication failed', { cause });
  }
}

/** XChaCha20-Poly1305 with a random 24-byte nonce; returns nonce||ciphertext||tag. */
export function aeadEncrypt(
  key: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array | null = null,
): Uint8Array {
  const nonce = randomBytes(AEAD_NONCE_BYTES);
  return concatBytes(nonce, aeadEncryptWithNonce(key, nonce, plaintext, associatedData));
}

export function aeadDecrypt(
  key: Uint8Array,
  sealed: Uint8Array,
  associatedData: Uint8Array | null = null,
): Uint8Array {
  if (sealed.length < AEAD_NONCE_BYTES + AEAD_TAG_BYTES) {
    throw new AppError('CRYPTO_DECRYPT_FAILED', 'sealed data too short');
  }
  return aeadDecryptWithNonce(
    key,
    sealed.subarray(0, AEAD_NONCE_BYTES),
    sealed.subarray(AEAD_NONCE_BYTES),
    associatedData,
  );
}

/**
 * Precomputes the crypto_box shared key (X25519 + HSalsa20) between our private and their
 * public key, so that sealing many messages to one contact costs one DH, not one per message.
 */
export function boxPrecompute(theirPublicKey: Uint8Array, myPrivateKey: Uint8Array): Uint8Array {
  requireLength(theirPublicKey, X25519_KEY_BYTES, 'box public key');
  requireLength(myPrivateKey, X25519_KEY_BYTES, 'box private key');
  return boxBeforenm(theirPublicKey, myPrivateKey);
}

/** crypto_box (XSalsa20-Poly1305) with a precomputed key; returns nonce||mac||ciphertext. */
export function boxSeal(plaintext: Uint8Array, sharedKey: Uint8Array): Uint8Array {
  requireLength(sharedKey, 32, 'box shared key');
  const nonce = randomBytes(BOX_NONCE_BYTES);
  const lib = nativeSodium();
  if (!lib) return concatBytes(nonce, sodium.crypto_box_easy_afternm(plaintext, nonce, sharedKey));
  // crypto_box_easy_afternm is crypto_secretbox_easy under the precomputed key (libsodium).
  const sealed = new Uint8Array(BOX_NONCE_BYTES + BOX_MAC_BYTES + plaintext.length);
  sealed.set(nonce, 0);
  lib.secretboxSealInto(sealed.subarray(BOX_NONCE_BYTES), plaintext, nonce, sharedKey);
  return sealed;
}

export function boxOpen(sealed: Uint8Array, sharedKey: Uint8Array): Uint8Array {
  requireLength(sharedKey, 32, 'box shared key');
  if (sealed.length < BOX_NONCE_BYTES + BOX_MAC_BYTES) {
    throw new AppError('CRYPTO_DECRYPT_FAILED', 'box too short');
  }
  const lib = nativeSodium();
  if (lib) {
    const opened = lib.secretboxOpen(
      sealed.subarray(BOX_NONCE_BYTES),
      sealed.subarray(0, BOX_NONCE_BYTES),
      sharedKey,
    );
    if (opened === null) throw new AppError('CRYPTO_DECRYPT_FAILED', 'box authentication failed');
    return opened;
  }
  try {
    return sodium.crypto_box_open_easy_afternm(
      sealed.subarray(BOX_NONCE_BYTES),
      sealed.subarray(0, BOX_NONCE_BYTES),
      sharedKey,
    );
  } catch (cause) {
    throw new AppError('CRYPTO_DECRYPT_FAILED', 'box authentication failed', { cause });
  }
}
