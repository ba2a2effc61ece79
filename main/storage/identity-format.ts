/**
 * The on-disk format of the identity file (DESIGN.md §5), pure functions only:
 *
 *   { "v": 1,
 *     "kdf": { "alg": "argon2id13", "ops": <int>, "mem": <bytes>, "salt": <b64url 16 bytes> },
 *     "check": <b64url 32 bytes>, "nonce": <b64url 24 bytes>, "ciphertext": <b64url> }
 *
 * key = Argon2id(NFC(password), salt, 32); ciphertext = XChaCha20-Poly1305(key, nonce, JSON of the
 * data) with AD = the canonical JSON of { v, kdf }, so the header cannot be swapped or edited.
 *
 * `check` = HMAC-SHA256(key, CHECK_LABEL). An AEAD failure alone cannot tell a wrong password
 * from a damaged file; the check can. It gives an attacker nothing new: testing a password
 * against it costs the same Argon2id run as testing it against the ciphertext.
 */
import {
  AEAD_NONCE_BYTES,
  AEAD_TAG_BYTES,
  type Argon2idOffThread,
  type Argon2idParams,
  ARGON2ID_SALT_BYTES,
  aeadDecryptWithNonce,
  aeadEncryptWithNonce,
  argon2id,
  constantTimeEqual,
  fromBase64Url,
  hmacSha256,
  randomBytes,
  SHA256_BYTES,
  toBase64Url,
  utf8,
  wipe,
} from '../../core/crypto';
import { AppError } from '../../core/errors';
import { jsonBytes, parseJsonBytes } from './json';

export const IDENTITY_FORMAT_VERSION = 1;
const KDF_ALG = 'argon2id13';
const KEY_BYTES = 32;
const CHECK_LABEL = utf8('meow identity password check v1');

/** Bounds on Argon2id parameters; a damaged or hostile file cannot make us allocate 100 GB. */
const OPS_RANGE = [1, 32] as const;
const MEM_RANGE = [8 * 1024, 1024 * 1024 * 1024] as const;

export interface IdentityKdf {
  readonly alg: typeof KDF_ALG;
  readonly ops: number;
  readonly mem: number;
  readonly salt: string;
}

interface IdentityFileJson {
  readonly v: typeof IDENTITY_FORMAT_VERSION;
  readonly kdf: IdentityKdf;
  readonly check: string;
  readonly nonce: string;
  readonly ciphertext: string;
}

function inRange(value: unknown, [min, max]: readonly [number, number]): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}

export function requireValidParams(params: Argon2idParams): void {
  if (!inRange(params.opsLimit, OPS_RANGE) || !inRange(params.memLimitBytes, MEM_RANGE)) {
    throw new AppError('INVALID_ARGUMENT', 'Argon2id parameters out of range');
  }
}

/** A kdf header with a fresh salt: every new password gets a new salt. */
export function freshKdf(params: Argon2idParams): IdentityKdf {
  requireValidParams(params);
  const salt = toBase64Url(randomBytes(ARGON2ID_SALT_BYTES));
  return { alg: KDF_ALG, ops: params.opsLimit, mem: params.memLimitBytes, salt };
}

export function kdfParams(kdf: IdentityKdf): Argon2idParams {
  return { opsLimit: kdf.ops, memLimitBytes: kdf.mem };
}

export function deriveKey(password: string, kdf: IdentityKdf): Uint8Array {
  const secret = passwordBytes(password);
  try {
    return argon2id(secret, fromBase64Url(kdf.salt), KEY_BYTES, kdfParams(kdf));
  } finally {
    wipe(secret);
  }
}

/** `deriveKey` through `argon` (core/crypto argon2idOffThread): the same key, awaited. */
export async function deriveKeyWith(
  argon: Argon2idOffThread,
  password: string,
  kdf: IdentityKdf,
): Promise<Uint8Array> {
  const secret = passwordBytes(password);
  try {
    return await argon(secret, fromBase64Url(kdf.salt), KEY_BYTES, kdfParams(kdf));
  } finally {
    wipe(secret);
  }
}

function passwordBytes(password: string): Uint8Array {
  if (typeof password !== 'string' || password.length === 0) {
    throw new AppError('INVALID_ARGUMENT', 'password must be a non-empty string');
  }
  // NFC: the same password typed on two systems may arrive in different Unicode forms.
  return utf8(password.normalize('NFC'));
}

/** Canonical header bytes (fixed key order), rebuilt from parsed values, never from file text. */
function headerAd(kdf: IdentityKdf): Uint8Array {
  const { alg, ops, mem, salt } = kdf;
  return utf8(JSON.stringify({ v: IDENTITY_FORMAT_VERSION, kdf: { alg, ops, mem, salt } }));
}

function keyCheck(key: Uint8Array): Uint8Array {
  return hmacSha256(key, CHECK_LABEL);
}

export function encodeIdentityFile(key: Uint8Array, kdf: IdentityKdf, data: unknown): Uint8Array {
  const plaintext = jsonBytes(data, 'identity data');
  const nonce = randomBytes(AEAD_NONCE_BYTES);
  const ciphertext = aeadEncryptWithNonce(key, nonce, plaintext, headerAd(kdf));
  wipe(plaintext);
  const file: IdentityFileJson = {
    v: IDENTITY_FORMAT_VERSION,
    kdf,
    check: toBase64Url(keyCheck(key)),
    nonce: toBase64Url(nonce),
    ciphertext: toBase64Url(ciphertext),
  };
  return utf8(JSON.stringify(file));
}

function corrupt(message: string, cause?: unknown): AppError {
  return new AppError('IDENTITY_CORRUPT', `identity file: ${message}`, { cause });
}

function bytesField(value: unknown, name: string, minLength: number, maxLength = minLength) {
  if (typeof value !== 'string') throw corrupt(`${name} is missing`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(value);
  } catch (cause) {
    throw corrupt(`${name} is not base64url`, cause);
  }
  if (bytes.length < minLength || bytes.length > maxLength) throw corrupt(`${name} has bad size`);
  return bytes;
}

function parseKdf(value: unknown): IdentityKdf {
  const kdf = (value ?? {}) as Partial<Record<keyof IdentityKdf, unknown>>;
  if (kdf.alg !== KDF_ALG) throw corrupt('unknown key derivation');
  if (!inRange(kdf.ops, OPS_RANGE) || !inRange(kdf.mem, MEM_RANGE)) {
    throw corrupt('key derivation parameters out of range');
  }
  bytesField(kdf.salt, 'salt', ARGON2ID_SALT_BYTES);
  return { alg: KDF_ALG, ops: kdf.ops, mem: kdf.mem, salt: kdf.salt as string };
}

export interface ParsedIdentityFile {
  readonly kdf: IdentityKdf;
  readonly check: Uint8Array;
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
}

export function parseIdentityFile(bytes: Uint8Array): ParsedIdentityFile {
  const raw = parseJsonBytes(bytes, 'IDENTITY_CORRUPT', 'identity file') as Partial<
    Record<keyof IdentityFileJson, unknown>
  > | null;
  if (typeof raw !== 'object' || raw === null) throw corrupt('not an object');
  if (raw.v !== IDENTITY_FORMAT_VERSION) throw corrupt(`unsupported version ${String(raw.v)}`);
  return {
    kdf: parseKdf(raw.kdf),
    check: bytesField(raw.check, 'check', SHA256_BYTES),
    nonce: bytesField(raw.nonce, 'nonce', AEAD_NONCE_BYTES),
    ciphertext: bytesField(raw.ciphertext, 'ciphertext', AEAD_TAG_BYTES, Number.MAX_SAFE_INTEGER),
  };
}

/**
 * Decrypts the body with `key`, derived from the password the user typed (deriveKey, run on a
 * worker thread by key-derivation.ts). The check tells the two failures apart: it matches →
 * right password, damaged body; it does not → wrong password. (A damaged salt or kdf also
 * derives a wrong key, so it reads as a wrong password; nothing can tell.) On failure the key
 * is wiped; on success it is the caller's.
 */
export function decryptIdentityFile(file: ParsedIdentityFile, key: Uint8Array): unknown {
  let plaintext: Uint8Array;
  try {
    plaintext = aeadDecryptWithNonce(key, file.nonce, file.ciphertext, headerAd(file.kdf));
  } catch (cause) {
    const rightPassword = constantTimeEqual(keyCheck(key), file.check);
    wipe(key);
    if (rightPassword) throw corrupt('body failed authentication', cause);
    throw new AppError('IDENTITY_BAD_PASSWORD', 'wrong password');
  }
  try {
    return parseJsonBytes(plaintext, 'IDENTITY_CORRUPT', 'identity body');
  } catch (err) {
    wipe(key);
    throw err;
  } finally {
    wipe(plaintext);
  }
}
