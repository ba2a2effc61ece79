import { timingSafeEqual } from 'node:crypto';
import { CHUNK_BYTES, HASH_BYTES } from './limits';
import type { BlobMeta, NewBlob, PutResult } from './types';
import { chunkHash } from './hash';

/** What makes a chunk valid for a blob, the same in every store. */
export function checkChunk(meta: BlobMeta, index: number, bytes: Uint8Array): PutResult | 'ok' {
  if (!Number.isInteger(index) || index < 0 || index >= meta.chunkCount) return 'bad-index';
  if (bytes.length !== CHUNK_BYTES) return 'bad-size';
  const expected = meta.chunkHashes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  return timingSafeEqual(chunkHash(bytes), expected) ? 'ok' : 'hash-mismatch';
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A create that repeats the stored one (a retry after a lost reply) is not a conflict. */
export function sameBlob(a: NewBlob, b: NewBlob): boolean {
  return (
    a.chunkCount === b.chunkCount &&
    same(a.chunkHashes, b.chunkHashes) &&
    same(a.uploadTokenHash, b.uploadTokenHash) &&
    same(a.deleteTokenHash, b.deleteTokenHash)
  );
}
