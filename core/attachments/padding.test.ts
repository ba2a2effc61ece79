import { describe, expect, it } from 'vitest';
import {
  CHUNK_PLAINTEXT_BYTES,
  MAX_ATTACHMENT_BYTES,
  MAX_CHUNK_COUNT,
  POINTER_MAX_CHUNK_COUNT,
} from './constants';
import { chunkCountFor, dataChunkCount, padChunkCount, plaintextBytesInChunk } from './padding';

describe('chunk-count padding (PROTOCOL.md §12 "Padding")', () => {
  it('pads small counts to 1, 2, 4, 8', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(padChunkCount)).toEqual([1, 2, 4, 4, 8, 8, 8, 8]);
  });

  it('applies Padmé above 8: known values', () => {
    expect([9, 10, 11, 15, 16, 17, 33, 129, 257, 401].map(padChunkCount)).toEqual([
      10, 10, 12, 16, 16, 18, 36, 144, 272, 416,
    ]);
  });

  it('holds the documented bounds for every count a pointer may state', () => {
    const bound = (n: number): number => (n < 16 ? 1 / 4 : n < 256 ? 1 / 8 : 1 / 16);
    const broken: number[] = [];
    let previous = 0;
    for (let n = 1; n <= POINTER_MAX_CHUNK_COUNT; n++) {
      const padded = padChunkCount(n);
      const ok =
        padded >= n &&
        padded >= previous && // monotonic
        padChunkCount(padded) === padded && // a padded count is its own bucket
        (n <= 8 ? padded - n <= 3 : (padded - n) / n < bound(n));
      if (!ok) broken.push(n);
      previous = padded;
    }
    expect(broken).toEqual([]);
  });

  it('leaves 50 distinct counts up to 100 MiB, the largest within the relay default', () => {
    const maxData = dataChunkCount(MAX_ATTACHMENT_BYTES);
    expect(maxData).toBe(401);
    const counts = new Set<number>();
    for (let n = 1; n <= maxData; n++) counts.add(padChunkCount(n));
    expect(counts.size).toBe(50);
    expect(chunkCountFor(MAX_ATTACHMENT_BYTES)).toBe(416);
    expect(chunkCountFor(MAX_ATTACHMENT_BYTES)).toBeLessThanOrEqual(MAX_CHUNK_COUNT);
  });

  it('maps lengths to counts at the chunk edges', () => {
    const c = CHUNK_PLAINTEXT_BYTES;
    expect([0, 1, c - 1, c, c + 1, 2 * c, 2 * c + 1, 8 * c, 8 * c + 1].map(chunkCountFor)).toEqual([
      1, 1, 1, 1, 2, 2, 4, 8, 10,
    ]);
    expect(() => chunkCountFor(-1)).toThrow();
    expect(() => chunkCountFor(1.5)).toThrow();
    expect(() => chunkCountFor(POINTER_MAX_CHUNK_COUNT * c + 1)).toThrow();
    expect(() => padChunkCount(0)).toThrow();
  });

  it('says how many file bytes each chunk holds', () => {
    const c = CHUNK_PLAINTEXT_BYTES;
    expect([0, 1, 2, 3].map((i) => plaintextBytesInChunk(c + 5, i))).toEqual([c, 5, 0, 0]);
    expect(plaintextBytesInChunk(0, 0)).toBe(0);
  });
});
