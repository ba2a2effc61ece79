import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHex, toHex } from '../../core/crypto';
import { checkChunk, sameBlob } from './check';
import { bitmapBytes, setBit, tombstoneMs, type BlobLimits } from './limits';
import { QuotaBuckets } from './quota';
import type { BlobAbsent, BlobMeta, BlobStore, CreateResult, NewBlob, PutResult } from './types';

/**
 * Blobs as files (the default): `<dir>/<hex[0..2]>/<blob id hex>/meta.json` and one file per
 * chunk named by its index. Every file is written to a temporary name and renamed, so a crash
 * leaves either the whole chunk or none (a leftover `*.tmp` is removed by the next open); a
 * chunk's presence is its file's. Operations on one blob are serialized in this process; the
 * directory belongs to one relay process (docs/DEPLOYING.md). Expiry is judged by the `now`
 * passed in; a sweep deletes expired chunks and, a tombstone period later, the metadata.
 */
export interface FileBlobOptions {
  /** The clock of the background sweep (the relay clock). */
  readonly now?: () => number;
  /** Default one minute; 0 disables the timer (tests call `sweep`). */
  readonly sweepMs?: number;
  readonly onError?: (err: unknown) => void;
}

interface MetaFile {
  readonly v: 1;
  readonly count: number;
  readonly hashes: string;
  readonly up: string;
  readonly del: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

const META = 'meta.json';
const CHUNK_NAME = /^\d{1,6}$/;

function toFile(meta: BlobMeta): MetaFile {
  return {
    v: 1,
    count: meta.chunkCount,
    hashes: toHex(meta.chunkHashes),
    up: toHex(meta.uploadTokenHash),
    del: toHex(meta.deleteTokenHash),
    createdAt: meta.createdAt,
    expiresAt: meta.expiresAt,
  };
}

function fromFile(blobId: Uint8Array, file: MetaFile): BlobMeta {
  return {
    blobId,
    chunkCount: file.count,
    chunkHashes: fromHex(file.hashes),
    uploadTokenHash: fromHex(file.up),
    deleteTokenHash: fromHex(file.del),
    createdAt: file.createdAt,
    expiresAt: file.expiresAt,
  };
}

const isMissing = (err: unknown): boolean =>
  err instanceof Error && 'code' in err && err.code === 'ENOENT';

/** tmp + rename: readers see the old file or the new one, never part of one. */
async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

export class FileBlobStore implements BlobStore {
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly quota: QuotaBuckets;
  private readonly timer: NodeJS.Timeout | undefined;
  private sweeping: Promise<void> | undefined;

  private constructor(
    private readonly dir: string,
    private readonly limits: BlobLimits,
    options: FileBlobOptions,
  ) {
    this.quota = new QuotaBuckets(limits);
    const sweepMs = options.sweepMs ?? 60_000;
    const now = options.now ?? Date.now;
    const onError = options.onError ?? (() => undefined);
    if (sweepMs > 0) {
      this.timer = setInterval(() => {
        this.sweeping ??= this.sweep(now())
          .catch(onError)
          .finally(() => (this.sweeping = undefined));
      }, sweepMs);
      // Housekeeping must never keep the process alive.
      this.timer.unref();
    }
  }

  /** Opens (creating) `dir`, removing leftover temporary files and rebuilding the quota. */
  static async open(
    dir: string,
    limits: BlobLimits,
    options: FileBlobOptions = {},
  ): Promise<FileBlobStore> {
    await mkdir(dir, { recursive: true });
    const store = new FileBlobStore(dir, limits, options);
    await store.forEachBlob(async (hex, path) => {
      for (const name of await readdir(path)) {
        if (name.endsWith('.tmp')) await rm(join(path, name), { force: true });
      }
      const meta = await store.readMeta(hex);
      if (meta) store.quota.add(meta.chunkCount, meta.expiresAt);
    });
    return store;
  }

  private pathOf(hex: string): string {
    return join(this.dir, hex.slice(0, 2), hex);
  }

  /** Runs `fn` after every earlier operation on the same blob (this process). */
  private serialize<T>(hex: string, fn: () => Promise<T>): Promise<T> {
    const before = this.locks.get(hex) ?? Promise.resolve();
    const run = before.then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(hex, tail);
    void tail.then(() => {
      if (this.locks.get(hex) === tail) this.locks.delete(hex);
    });
    return run;
  }

  private async readMeta(hex: string): Promise<BlobMeta | undefined> {
    try {
      const text = await readFile(join(this.pathOf(hex), META), 'utf8');
      return fromFile(fromHex(hex), JSON.parse(text) as MetaFile);
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
  }

  private async live(hex: string, now: number): Promise<BlobMeta | BlobAbsent> {
    const meta = await this.readMeta(hex);
    if (!meta || now >= meta.expiresAt + tombstoneMs(this.limits)) return 'missing';
    return now >= meta.expiresAt ? 'expired' : meta;
  }

  create(blob: NewBlob, now: number): Promise<CreateResult> {
    const hex = toHex(blob.blobId);
    return this.serialize(hex, async (): Promise<CreateResult> => {
      const old = await this.readMeta(hex);
      if (old) {
        if (sameBlob(old, blob) && now < old.expiresAt) return { ok: true, meta: old };
        return { ok: false, reason: 'exists' };
      }
      if (blob.chunkCount > this.limits.maxChunks) return { ok: false, reason: 'too-many-chunks' };
      const meta: BlobMeta = { ...blob, createdAt: now, expiresAt: now + this.limits.ttlMs };
      // Reserved before the first await, so concurrent creates cannot overshoot together.
      if (!this.quota.reserve(blob.chunkCount, meta.expiresAt, now)) {
        return { ok: false, reason: 'over-quota' };
      }
      try {
        await mkdir(this.pathOf(hex), { recursive: true });
        await writeAtomic(join(this.pathOf(hex), META), JSON.stringify(toFile(meta)));
      } catch (err) {
        this.quota.release(blob.chunkCount, meta.expiresAt);
        throw err;
      }
      return { ok: true, meta };
    });
  }

  async meta(blobId: Uint8Array, now: number): Promise<BlobMeta | BlobAbsent> {
    return this.live(toHex(blobId), now);
  }

  putChunk(blobId: Uint8Array, index: number, bytes: Uint8Array, now: number): Promise<PutResult> {
    const hex = toHex(blobId);
    return this.serialize(hex, async (): Promise<PutResult> => {
      const meta = await this.live(hex, now);
      if (typeof meta === 'string') return meta;
      const verdict = checkChunk(meta, index, bytes);
      if (verdict !== 'ok') return verdict;
      await writeAtomic(join(this.pathOf(hex), String(index)), bytes);
      return 'stored';
    });
  }

  async getChunk(
    blobId: Uint8Array,
    index: number,
    now: number,
  ): Promise<Uint8Array | BlobAbsent | 'chunk-missing' | 'bad-index'> {
    const hex = toHex(blobId);
    const meta = await this.live(hex, now);
    if (typeof meta === 'string') return meta;
    if (!Number.isInteger(index) || index < 0 || index >= meta.chunkCount) return 'bad-index';
    try {
      return new Uint8Array(await readFile(join(this.pathOf(hex), String(index))));
    } catch (err) {
      if (isMissing(err)) return 'chunk-missing';
      throw err;
    }
  }

  async presentChunks(blobId: Uint8Array, now: number): Promise<Uint8Array | BlobAbsent> {
    const hex = toHex(blobId);
    const meta = await this.live(hex, now);
    if (typeof meta === 'string') return meta;
    const bitmap = new Uint8Array(bitmapBytes(meta.chunkCount));
    for (const name of await readdir(this.pathOf(hex))) {
      const index = CHUNK_NAME.test(name) ? Number(name) : -1;
      if (index >= 0 && index < meta.chunkCount) setBit(bitmap, index);
    }
    return bitmap;
  }

  delete(blobId: Uint8Array, now: number): Promise<boolean> {
    const hex = toHex(blobId);
    return this.serialize(hex, async () => {
      const meta = await this.readMeta(hex);
      if (!meta) return false;
      await rm(this.pathOf(hex), { recursive: true, force: true });
      this.quota.release(meta.chunkCount, meta.expiresAt);
      return now < meta.expiresAt;
    });
  }

  reservedBytes(now: number): Promise<number> {
    return Promise.resolve(this.quota.total(now));
  }

  /** Deletes the chunks of expired blobs, and their metadata once the tombstone period ended. */
  async sweep(now: number): Promise<void> {
    await this.forEachBlob(async (hex, path) => {
      await this.serialize(hex, async () => {
        const meta = await this.readMeta(hex);
        if (!meta || now < meta.expiresAt) return;
        if (now >= meta.expiresAt + tombstoneMs(this.limits)) {
          await rm(path, { recursive: true, force: true });
          return;
        }
        for (const name of await readdir(path)) {
          if (name !== META) await rm(join(path, name), { force: true });
        }
      });
    });
  }

  private async forEachBlob(fn: (hex: string, path: string) => Promise<void>): Promise<void> {
    for (const shard of await readdir(this.dir)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      for (const hex of await readdir(join(this.dir, shard))) {
        if (/^[0-9a-f]{64}$/.test(hex)) await fn(hex, join(this.dir, shard, hex));
      }
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.sweeping;
    await Promise.all(this.locks.values());
  }
}
