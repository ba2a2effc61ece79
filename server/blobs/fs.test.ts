import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../core/crypto';
import { makeTempDir } from '../../testkit/tmp';
import { BLOB_LIMITS, runBlobContract } from './contract';
import { FileBlobStore } from './fs';
import { chunkOf, testBlob } from './testing/blobs';

runBlobContract('filesystem', async (limits) => {
  const dir = await makeTempDir('meow-blobs-');
  let store = await FileBlobStore.open(dir.path, limits, { sweepMs: 0 });
  return {
    store,
    async reopen() {
      await store.close();
      store = await FileBlobStore.open(dir.path, limits, { sweepMs: 0 });
      return store;
    },
    async cleanup() {
      await store.close();
      await dir.cleanup();
    },
  };
});

describe('filesystem blob store: files', () => {
  it('sweeps expired chunks, then the tombstone; drops leftover temporary files on open', async () => {
    const dir = await makeTempDir('meow-blobs-');
    const t0 = Date.now();
    try {
      let store = await FileBlobStore.open(dir.path, BLOB_LIMITS, { sweepMs: 0 });
      const b = testBlob(1);
      const hex = toHex(b.blob.blobId);
      const path = join(dir.path, hex.slice(0, 2), hex);
      await store.create(b.blob, t0);
      await store.putChunk(b.blob.blobId, 0, chunkOf(b, 0), t0);
      expect((await readdir(path)).sort()).toEqual(['0', 'meta.json']);
      await store.close();
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(path, '0.abc.tmp'), 'half a chunk');
      store = await FileBlobStore.open(dir.path, BLOB_LIMITS, { sweepMs: 0 });
      expect((await readdir(path)).sort()).toEqual(['0', 'meta.json']);
      await store.sweep(t0 + BLOB_LIMITS.ttlMs);
      expect(await readdir(path)).toEqual(['meta.json']);
      expect(await store.meta(b.blob.blobId, t0 + BLOB_LIMITS.ttlMs)).toBe('expired');
      await store.sweep(t0 + 2 * BLOB_LIMITS.ttlMs);
      expect(await readdir(join(dir.path, hex.slice(0, 2)))).toEqual([]);
      await store.close();
    } finally {
      await dir.cleanup();
    }
  });
});
