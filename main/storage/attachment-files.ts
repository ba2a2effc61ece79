/**
 * The client's copy of attachment chunks (docs/ATTACHMENTS.md, docs/PROTOCOL.md §12): every
 * chunk uploaded or downloaded, kept exactly as it travels — sealed under the attachment's
 * own key, which lives only inside the sealed message bodies of the message DB. So these files
 * are already encrypted at rest, and nothing here ever sees a plaintext byte or a key.
 *
 *   <profile>/attachments/<localId>/<index>.chunk    CHUNK_BYTES each, mode 0600
 *
 * `localId` is a random name the engine keeps beside the pointer (not the relay's blob id, so
 * the folder names do not link the disk to a relay's store). A chunk is written to a temporary
 * name, fsynced and renamed, so a chunk file is whole or absent, never torn; the folder's
 * entries are made durable once per batch by `flush` (an fsync per chunk would double the
 * cost), before the engine commits a state that relies on them. A chunk lost in a crash before
 * `flush` is simply absent: downloads fetch it again, and an upload not yet announced in a
 * sent message re-encrypts.
 */
import { mkdir, open, readdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CHUNK_BYTES, POINTER_MAX_CHUNK_COUNT } from '../../core/attachments';
import { randomBytes, toHex } from '../../core/crypto';
import { AppError } from '../../core/errors';

const LOCAL_ID = /^[0-9a-f]{32}$/;
const CHUNK_NAME = /^(\d{5})\.chunk$/;
const TMP_MARKER = '.tmp-';

/** A fresh folder name for one attachment's chunks. */
export function newAttachmentLocalId(): string {
  return toHex(randomBytes(16));
}

export class AttachmentFiles {
  private constructor(readonly root: string) {}

  /** The chunk store of the profile in `profileDir` (its `attachments` folder, made if new). */
  static async open(profileDir: string): Promise<AttachmentFiles> {
    const root = join(profileDir, 'attachments');
    await io('creating', root, () => mkdir(root, { recursive: true, mode: 0o700 }));
    return new AttachmentFiles(root);
  }

  /** Stores chunk `index` of `localId` (replacing a copy already there). */
  async writeChunk(localId: string, index: number, sealed: Uint8Array): Promise<void> {
    const path = this.chunkPath(localId, index);
    if (!(sealed instanceof Uint8Array) || sealed.length !== CHUNK_BYTES) {
      throw new AppError('INVALID_ARGUMENT', `a stored chunk is ${CHUNK_BYTES} bytes`);
    }
    const dir = this.dirOf(localId);
    await io('creating', dir, () => mkdir(dir, { mode: 0o700 }).catch(ignoreExists));
    const tmp = `${path}${TMP_MARKER}${toHex(randomBytes(8))}`;
    try {
      const handle = await open(tmp, 'wx', 0o600);
      try {
        await handle.writeFile(sealed);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, path);
    } catch (cause) {
      await unlink(tmp).catch(() => undefined);
      throw new AppError('STORAGE_IO', `writing chunk ${index} failed`, { cause });
    }
  }

  /** Makes the chunks written so far durable (their folder's entries). */
  async flush(localId: string): Promise<void> {
    const dir = this.dirOf(localId);
    if (process.platform === 'win32') return; // Windows cannot open folders; renames persist
    await io('syncing', dir, async () => {
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  /** Chunk `index` as stored: STORAGE_NOT_FOUND if absent, STORAGE_CORRUPT if not whole. */
  async readChunk(localId: string, index: number): Promise<Uint8Array> {
    const path = this.chunkPath(localId, index);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError('STORAGE_NOT_FOUND', `chunk ${index} is not stored`, { cause });
      }
      throw new AppError('STORAGE_IO', `reading chunk ${index} failed`, { cause });
    }
    if (bytes.length !== CHUNK_BYTES) {
      throw new AppError('STORAGE_CORRUPT', `stored chunk ${index} is ${bytes.length} bytes`);
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  /**
   * The indexes stored for `localId`, ascending (what a resumed transfer still lacks is the
   * rest). Leftovers of writes a crash interrupted are removed on the way: one process per
   * profile (the app's single-instance lock), so no other writer owns them.
   */
  async presentChunks(localId: string): Promise<number[]> {
    const dir = this.dirOf(localId);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new AppError('STORAGE_IO', 'listing stored chunks failed', { cause });
    }
    const present: number[] = [];
    for (const name of names) {
      const match = CHUNK_NAME.exec(name);
      if (match) present.push(Number(match[1]));
      else if (name.includes(TMP_MARKER)) await unlink(join(dir, name)).catch(() => undefined);
    }
    return present.sort((a, b) => a - b);
  }

  /** Drops one chunk (it failed authentication: fetch it again). Absent is fine. */
  async deleteChunk(localId: string, index: number): Promise<void> {
    const path = this.chunkPath(localId, index);
    await unlink(path).catch((cause: unknown) => {
      if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new AppError('STORAGE_IO', `deleting chunk ${index} failed`, { cause });
    });
  }

  /** Removes every chunk of `localId` (message deleted, expired, or the attachment purged). */
  async remove(localId: string): Promise<void> {
    const dir = this.dirOf(localId);
    await io('removing', dir, () => rm(dir, { recursive: true, force: true }));
  }

  /** Every local id with a folder: the engine removes those no stored message names. */
  async localIds(): Promise<string[]> {
    const names = await io('listing', this.root, () => readdir(this.root));
    return names.filter((name) => LOCAL_ID.test(name)).sort();
  }

  private dirOf(localId: string): string {
    if (typeof localId !== 'string' || !LOCAL_ID.test(localId)) {
      throw new AppError('INVALID_ARGUMENT', 'an attachment local id is 32 hex digits');
    }
    return join(this.root, localId);
  }

  private chunkPath(localId: string, index: number): string {
    if (!Number.isInteger(index) || index < 0 || index >= POINTER_MAX_CHUNK_COUNT) {
      throw new AppError('INVALID_ARGUMENT', `chunk index ${index} out of range`);
    }
    return join(this.dirOf(localId), `${String(index).padStart(5, '0')}.chunk`);
  }
}

function ignoreExists(cause: unknown): void {
  if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
}

async function io<T>(what: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw new AppError('STORAGE_IO', `${what} ${basename(path)} failed`, { cause });
  }
}
