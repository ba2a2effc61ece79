import { randomBytes } from 'node:crypto';
import { concatBytes, sha256 } from '../../../core/crypto';
import { chunkHash } from '../hash';
import { blobIdOf, CHUNK_BYTES, TOKEN_BYTES } from '../limits';
import type { NewBlob } from '../types';

/** A blob as a sender makes it: tokens, chunks (random stand-ins for ciphertext), hashes. */
export interface TestBlob {
  readonly readToken: Uint8Array;
  readonly uploadToken: Uint8Array;
  readonly deleteToken: Uint8Array;
  readonly chunks: readonly Uint8Array[];
  readonly blob: NewBlob;
}

export function testChunk(): Uint8Array {
  return new Uint8Array(randomBytes(CHUNK_BYTES));
}

export function testBlob(chunkCount: number, makeChunks = true): TestBlob {
  const readToken = new Uint8Array(randomBytes(TOKEN_BYTES));
  const uploadToken = new Uint8Array(randomBytes(TOKEN_BYTES));
  const deleteToken = new Uint8Array(randomBytes(TOKEN_BYTES));
  const chunks = makeChunks ? Array.from({ length: chunkCount }, testChunk) : [];
  const hashes = makeChunks
    ? concatBytes(...chunks.map(chunkHash))
    : new Uint8Array(randomBytes(32 * chunkCount));
  return {
    readToken,
    uploadToken,
    deleteToken,
    chunks,
    blob: {
      blobId: blobIdOf(readToken),
      chunkCount,
      chunkHashes: hashes,
      uploadTokenHash: sha256(uploadToken),
      deleteTokenHash: sha256(deleteToken),
    },
  };
}

export function chunkOf(blob: TestBlob, index: number): Uint8Array {
  const chunk = blob.chunks[index];
  if (!chunk) throw new Error(`test blob has no chunk ${index}`);
  return chunk;
}

/** Indices set in a present-chunks bitmap. */
export function presentList(bitmap: Uint8Array | string): number[] | string {
  if (typeof bitmap === 'string') return bitmap;
  const out: number[] = [];
  for (let i = 0; i < bitmap.length * 8; i++) {
    if (((bitmap[i >> 3] ?? 0) & (0x80 >> (i & 7))) !== 0) out.push(i);
  }
  return out;
}
