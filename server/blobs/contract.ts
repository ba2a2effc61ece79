import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES, quotaBucketMs, type BlobLimits } from './limits';
import { chunkOf, presentList, testBlob, testChunk } from './testing/blobs';
import type { BlobStore } from './types';

/**
 * The suite every blob store passes unchanged (filesystem, Redis, Redis Cluster). Time is
 * passed as `now`, never slept through.
 */
export interface BlobStoreHandle {
  readonly store: BlobStore;
  /** Closes the store and opens a new one over the same data: a relay restart. */
  reopen(): Promise<BlobStore>;
  cleanup(): Promise<void>;
}

export type MakeBlobStore = (limits: BlobLimits) => Promise<BlobStoreHandle>;

export const BLOB_LIMITS: BlobLimits = {
  ttlMs: 3_200_000,
  maxChunks: 8,
  maxTotalBytes: 1024 * CHUNK_BYTES,
};
const T0 = Date.now();
const same = (a: Uint8Array | string, b: Uint8Array): boolean =>
  typeof a !== 'string' && Buffer.from(a).equals(b);

export function runBlobContract(name: string, makeStore: MakeBlobStore): void {
  const run =
    (limits: BlobLimits, test: (store: BlobStore, handle: BlobStoreHandle) => Promise<void>) =>
    async (): Promise<void> => {
      const handle = await makeStore(limits);
      try {
        await test(handle.store, handle);
      } finally {
        await handle.cleanup();
      }
    };

  describe(`${name}: blobs`, () => {
    it(
      'creates a blob once: an identical create is idempotent, a different one is refused',
      run(BLOB_LIMITS, async (store) => {
        const b = testBlob(3, false);
        const created = await store.create(b.blob, T0);
        expect(created.ok && created.meta.expiresAt).toBe(T0 + BLOB_LIMITS.ttlMs);
        const again = await store.create(b.blob, T0 + 5);
        expect(again.ok && again.meta.createdAt).toBe(T0);
        const other = { ...b.blob, uploadTokenHash: new Uint8Array(32) };
        expect(await store.create(other, T0)).toEqual({ ok: false, reason: 'exists' });
        const meta = await store.meta(b.blob.blobId, T0);
        if (typeof meta === 'string') throw new Error(meta);
        expect(meta.chunkCount).toBe(3);
        expect(Buffer.from(meta.chunkHashes).equals(b.blob.chunkHashes)).toBe(true);
        expect(Buffer.from(meta.uploadTokenHash).equals(b.blob.uploadTokenHash)).toBe(true);
        expect(Buffer.from(meta.deleteTokenHash).equals(b.blob.deleteTokenHash)).toBe(true);
        expect(await store.meta(testBlob(1, false).blob.blobId, T0)).toBe('missing');
      }),
    );

    it(
      'stores and returns chunks byte-exact, lists them for resume, accepts a repeat',
      run(BLOB_LIMITS, async (store) => {
        const b = testBlob(4);
        const id = b.blob.blobId;
        await store.create(b.blob, T0);
        expect(presentList(await store.presentChunks(id, T0))).toEqual([]);
        const puts = await Promise.all(
          [3, 0, 1].map((i) => store.putChunk(id, i, chunkOf(b, i), T0)),
        );
        expect(puts).toEqual(['stored', 'stored', 'stored']);
        expect(await store.putChunk(id, 1, chunkOf(b, 1), T0 + 1)).toBe('stored');
        expect(presentList(await store.presentChunks(id, T0))).toEqual([0, 1, 3]);
        expect(same(await store.getChunk(id, 3, T0), chunkOf(b, 3))).toBe(true);
        expect(await store.getChunk(id, 2, T0)).toBe('chunk-missing');
        expect(await store.getChunk(id, 4, T0)).toBe('bad-index');
      }),
    );

    it(
      'refuses a chunk whose hash, size or index is wrong, storing nothing',
      run(BLOB_LIMITS, async (store) => {
        const b = testBlob(2);
        const id = b.blob.blobId;
        await store.create(b.blob, T0);
        expect(await store.putChunk(id, 0, testChunk(), T0)).toBe('hash-mismatch');
        expect(await store.putChunk(id, 0, chunkOf(b, 1), T0)).toBe('hash-mismatch');
        const short = chunkOf(b, 0).subarray(0, CHUNK_BYTES - 1);
        expect(await store.putChunk(id, 0, short, T0)).toBe('bad-size');
        expect(await store.putChunk(id, 2, chunkOf(b, 0), T0)).toBe('bad-index');
        expect(await store.putChunk(id, -1, chunkOf(b, 0), T0)).toBe('bad-index');
        expect(presentList(await store.presentChunks(id, T0))).toEqual([]);
        const unknown = testBlob(1);
        expect(await store.putChunk(unknown.blob.blobId, 0, chunkOf(unknown, 0), T0)).toBe(
          'missing',
        );
      }),
    );

    it(
      'bounds chunks per blob and registered bytes per relay; a delete gives them back',
      run({ ...BLOB_LIMITS, maxTotalBytes: 6 * CHUNK_BYTES }, async (store) => {
        expect(await store.create(testBlob(9, false).blob, T0)).toEqual({
          ok: false,
          reason: 'too-many-chunks',
        });
        const a = testBlob(4, false);
        expect((await store.create(a.blob, T0)).ok).toBe(true);
        expect(await store.reservedBytes(T0)).toBe(4 * CHUNK_BYTES);
        const b = testBlob(3, false);
        expect(await store.create(b.blob, T0)).toEqual({ ok: false, reason: 'over-quota' });
        // A retry of a create that already counted is not refused by the full quota.
        expect((await store.create(a.blob, T0)).ok).toBe(true);
        expect(await store.delete(a.blob.blobId, T0)).toBe(true);
        expect(await store.delete(a.blob.blobId, T0)).toBe(false);
        expect(await store.meta(a.blob.blobId, T0)).toBe('missing');
        expect(await store.reservedBytes(T0)).toBe(0);
        expect((await store.create(b.blob, T0)).ok).toBe(true);
      }),
    );

    it(
      'expires a blob at its TTL (BLOB_EXPIRED for a tombstone period), then frees its quota',
      run({ ...BLOB_LIMITS, maxTotalBytes: 2 * CHUNK_BYTES }, async (store) => {
        const b = testBlob(2);
        const id = b.blob.blobId;
        await store.create(b.blob, T0);
        await store.putChunk(id, 0, chunkOf(b, 0), T0);
        const end = T0 + BLOB_LIMITS.ttlMs;
        expect(same(await store.getChunk(id, 0, end - 1), chunkOf(b, 0))).toBe(true);
        expect(await store.getChunk(id, 0, end)).toBe('expired');
        expect(await store.putChunk(id, 1, chunkOf(b, 1), end)).toBe('expired');
        expect(await store.presentChunks(id, end)).toBe('expired');
        expect(await store.meta(id, end + BLOB_LIMITS.ttlMs - 1)).toBe('expired');
        expect(await store.meta(id, end + BLOB_LIMITS.ttlMs)).toBe('missing');
        const later = end + quotaBucketMs(BLOB_LIMITS);
        expect(await store.reservedBytes(later)).toBe(0);
        expect((await store.create(testBlob(2, false).blob, later)).ok).toBe(true);
      }),
    );

    it(
      'keeps blobs, chunks and the quota across a restart',
      run(BLOB_LIMITS, async (_store, handle) => {
        const b = testBlob(2);
        const id = b.blob.blobId;
        await handle.store.create(b.blob, T0);
        await handle.store.putChunk(id, 1, chunkOf(b, 1), T0);
        const store = await handle.reopen();
        expect(presentList(await store.presentChunks(id, T0))).toEqual([1]);
        expect(same(await store.getChunk(id, 1, T0), chunkOf(b, 1))).toBe(true);
        expect(await store.reservedBytes(T0)).toBeGreaterThanOrEqual(2 * CHUNK_BYTES);
      }),
    );
  });
}
