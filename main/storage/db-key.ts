/**
 * Encryption of stored values with the db key (DESIGN.md §5): 32 random bytes that live inside
 * the encrypted identity file and only in memory otherwise. Every LevelDB value and every
 * sensitive SQLite column is `sealValue(dbKey, plaintext, ad)`.
 *
 * Sealed layout: version (1 byte) ‖ nonce (24) ‖ XChaCha20-Poly1305 ciphertext ‖ tag (16).
 * The associated data is version ‖ ad, where `ad` names the row the value belongs to (built with
 * `storageAd`), so a value copied into another row, table or store fails to open.
 */
import {
  AEAD_KEY_BYTES,
  AEAD_NONCE_BYTES,
  AEAD_TAG_BYTES,
  aeadDecrypt,
  aeadEncrypt,
  concatBytes,
  randomBytes,
  utf8,
} from '../../core/crypto';
import { AppError } from '../../core/errors';

export const DB_KEY_BYTES = AEAD_KEY_BYTES;
const SEALED_VERSION = 1;
const SEALED_OVERHEAD = 1 + AEAD_NONCE_BYTES + AEAD_TAG_BYTES;

/** A fresh db key, to be stored inside the identity data. */
export function generateDbKey(): Uint8Array {
  return randomBytes(DB_KEY_BYTES);
}

export function requireDbKey(dbKey: Uint8Array): void {
  if (!(dbKey instanceof Uint8Array) || dbKey.length !== DB_KEY_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `db key must be ${DB_KEY_BYTES} bytes`);
  }
}

/**
 * Associated data naming a row: each part is length-prefixed (u32 big-endian), so
 * ("ab", "c") and ("a", "bc") can never produce the same bytes.
 */
export function storageAd(...parts: readonly string[]): Uint8Array {
  const encoded = parts.map((p) => utf8(p));
  const out = new Uint8Array(encoded.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const p of encoded) {
    view.setUint32(offset, p.length);
    out.set(p, offset + 4);
    offset += 4 + p.length;
  }
  return out;
}

export function sealValue(dbKey: Uint8Array, plaintext: Uint8Array, ad: Uint8Array): Uint8Array {
  requireDbKey(dbKey);
  const version = Uint8Array.of(SEALED_VERSION);
  return concatBytes(version, aeadEncrypt(dbKey, plaintext, concatBytes(version, ad)));
}

/** Opens a sealed value; anything wrong (version, tag, row binding) is STORAGE_CORRUPT. */
export function openValue(dbKey: Uint8Array, sealed: Uint8Array, ad: Uint8Array): Uint8Array {
  requireDbKey(dbKey);
  if (sealed.length < SEALED_OVERHEAD) {
    throw new AppError('STORAGE_CORRUPT', 'stored value is truncated');
  }
  const version = sealed.subarray(0, 1);
  if (version[0] !== SEALED_VERSION) {
    throw new AppError('STORAGE_CORRUPT', `stored value has unknown version ${version[0]}`);
  }
  try {
    return aeadDecrypt(dbKey, sealed.subarray(1), concatBytes(version, ad));
  } catch (cause) {
    throw new AppError('STORAGE_CORRUPT', 'stored value failed authentication', { cause });
  }
}

const KEY_CHECK_TEXT = 'meow db key check';

/**
 * A sealed constant written once per store. Opening a store with the wrong db key then fails
 * up front with STORAGE_WRONG_KEY instead of every later read reporting STORAGE_CORRUPT.
 */
export function makeKeyCheck(dbKey: Uint8Array, store: string): Uint8Array {
  return sealValue(dbKey, utf8(KEY_CHECK_TEXT), storageAd('key-check', store));
}

export function verifyKeyCheck(dbKey: Uint8Array, sealed: Uint8Array, store: string): void {
  try {
    openValue(dbKey, sealed, storageAd('key-check', store));
  } catch (cause) {
    throw new AppError('STORAGE_WRONG_KEY', `the db key does not open this ${store} store`, {
      cause,
    });
  }
}
