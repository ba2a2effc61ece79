/**
 * The identity file, encrypted at rest (DESIGN.md §5); format in identity-format.ts.
 *
 * Unlocking derives the key once (Argon2id is deliberately slow, so it runs on a worker thread:
 * key-derivation.ts); the key then stays in memory so `save()` — called after every profile change — only
 * costs an AEAD and an fsync. Every write is atomic (atomic-file.ts) and writes are serialized
 * in call order, so the file always holds the data of the last completed `save()`.
 *
 * The data is any JSON-serializable object; byte fields must already be strings (base64url), as
 * in main/client/model.ts — a Uint8Array would not survive JSON.
 */
import { readFile } from 'node:fs/promises';
import { type Argon2idParams, ARGON2ID_DEFAULT, constantTimeEqual, wipe } from '../../core/crypto';
import { AppError } from '../../core/errors';
import { createFileExclusive, removeStaleTempFiles, writeFileAtomic } from './atomic-file';
import {
  decryptIdentityFile,
  encodeIdentityFile,
  freshKdf,
  type IdentityKdf,
  kdfParams,
  parseIdentityFile,
} from './identity-format';
import { deriveKeyOffThread } from './key-derivation';

export class IdentityFile<T> {
  private key: Uint8Array | undefined;
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    readonly path: string,
    key: Uint8Array,
    private kdf: IdentityKdf,
    private current: T,
  ) {
    this.key = key;
  }

  /** @internal Used by createIdentityFile/openIdentityFile only. */
  static unlocked<T>(path: string, key: Uint8Array, kdf: IdentityKdf, data: T): IdentityFile<T> {
    return new IdentityFile(path, key, kdf, data);
  }

  /** The data of the last successful create/open/save. */
  get data(): T {
    this.requireKey();
    return this.current;
  }

  /** The Argon2id parameters the file is currently encrypted with. */
  get params(): Argon2idParams {
    return kdfParams(this.kdf);
  }

  /** Atomically replaces the stored data (same password, fresh nonce). */
  save(data: T): Promise<void> {
    return this.enqueue(async () => {
      await writeFileAtomic(this.path, encodeIdentityFile(this.requireKey(), this.kdf, data));
      this.current = data;
    });
  }

  /**
   * Re-encrypts under `newPassword` with a fresh salt, in one atomic write. A wrong
   * `oldPassword` fails with IDENTITY_BAD_PASSWORD before anything is written. `params` lets
   * the app strengthen the Argon2id cost at the same time (default: the file's current cost).
   */
  changePassword(
    oldPassword: string,
    newPassword: string,
    params: Argon2idParams = this.params,
  ): Promise<void> {
    return this.enqueue(async () => {
      const key = this.requireKey();
      if (!(await passwordMatches(oldPassword, this.kdf, key))) {
        throw new AppError('IDENTITY_BAD_PASSWORD', 'wrong password');
      }
      const kdf = freshKdf(params);
      const newKey = await deriveKeyOffThread(newPassword, kdf);
      try {
        await writeFileAtomic(this.path, encodeIdentityFile(newKey, kdf, this.current));
      } catch (err) {
        wipe(newKey);
        throw err;
      }
      wipe(key);
      this.key = newKey;
      this.kdf = kdf;
      await removeStaleTempFiles(this.path);
    });
  }

  /** Forgets the key (after pending writes finish); the object is unusable afterwards. */
  async close(): Promise<void> {
    await this.writes;
    if (this.key) wipe(this.key);
    this.key = undefined;
  }

  private requireKey(): Uint8Array {
    if (!this.key) throw new AppError('STORAGE_CLOSED', 'identity file is closed');
    return this.key;
  }

  /** Runs writes one at a time, in call order; a failed write does not block later ones. */
  private enqueue(write: () => Promise<void>): Promise<void> {
    const run = this.writes.then(write);
    this.writes = run.catch(() => undefined);
    return run;
  }
}

/**
 * Creates a new identity file; fails with IDENTITY_EXISTS rather than overwrite one (an
 * existing identity would be destroyed). `params` defaults to ARGON2ID_DEFAULT; tests pass
 * cheap ones.
 */
export async function createIdentityFile<T>(
  path: string,
  password: string,
  data: T,
  params: Argon2idParams = ARGON2ID_DEFAULT,
): Promise<IdentityFile<T>> {
  const kdf = freshKdf(params);
  const key = await deriveKeyOffThread(password, kdf);
  const exists = new AppError('IDENTITY_EXISTS', 'an identity file already exists there');
  await createFileExclusive(path, encodeIdentityFile(key, kdf, data), exists);
  return IdentityFile.unlocked(path, key, kdf, data);
}

async function readIdentityBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('IDENTITY_NOT_FOUND', 'no identity file there', { cause });
    }
    throw new AppError('STORAGE_IO', 'reading the identity file failed', { cause });
  }
}

/**
 * Unlocks an identity file. Wrong password → IDENTITY_BAD_PASSWORD; damaged or tampered file →
 * IDENTITY_CORRUPT. Opening only reads the file; after a successful unlock it removes temp
 * files left behind by saves a crash interrupted.
 */
export async function openIdentityFile<T>(
  path: string,
  password: string,
): Promise<IdentityFile<T>> {
  const parsed = parseIdentityFile(await readIdentityBytes(path));
  const key = await deriveKeyOffThread(password, parsed.kdf);
  const data = decryptIdentityFile(parsed, key);
  await removeStaleTempFiles(path);
  return IdentityFile.unlocked(path, key, parsed.kdf, data as T);
}

/** True when `password` derives `key` under `kdf` (constant-time compare). */
async function passwordMatches(
  password: string,
  kdf: IdentityKdf,
  key: Uint8Array,
): Promise<boolean> {
  const candidate = await deriveKeyOffThread(password, kdf);
  try {
    return constantTimeEqual(candidate, key);
  } finally {
    wipe(candidate);
  }
}
