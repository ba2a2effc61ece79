/**
 * The relay's attachment blob store (docs/PROTOCOL.md "Attachments: blob endpoints"). Two
 * implementations with the same semantics: `FileBlobStore` (chunk files under a directory; the
 * default) and `RedisBlobStore` (one Redis or a Redis Cluster). One contract suite
 * (contract.ts) runs on both. Capabilities are checked by the HTTP layer against `meta`; the
 * store checks what makes a chunk valid (index, size, registered SHA-256) and the quotas.
 */

export interface NewBlob {
  readonly blobId: Uint8Array;
  readonly chunkCount: number;
  /** chunkCount × 32 bytes: SHA-256 of each ciphertext chunk, in order. */
  readonly chunkHashes: Uint8Array;
  readonly uploadTokenHash: Uint8Array;
  readonly deleteTokenHash: Uint8Array;
}

export interface BlobMeta extends NewBlob {
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A blob that is not there: never created (or deleted), or past its expiry. */
export type BlobAbsent = 'missing' | 'expired';

export type CreateResult =
  | { readonly ok: true; readonly meta: BlobMeta }
  /** Same blobId registered with other parameters (an identical create is idempotent). */
  | { readonly ok: false; readonly reason: 'exists' | 'too-many-chunks' | 'over-quota' };

export type PutResult =
  | 'stored'
  | BlobAbsent
  | 'bad-index'
  | 'bad-size'
  /** SHA-256 of the bytes is not the hash registered for that index. */
  | 'hash-mismatch';

export interface BlobStore {
  /**
   * Registers a blob expiring at now + ttl, reserving chunkCount × CHUNK_BYTES of the relay's
   * quota. Repeating an identical create (a retry) returns the stored blob again.
   */
  create(blob: NewBlob, now: number): Promise<CreateResult>;
  meta(blobId: Uint8Array, now: number): Promise<BlobMeta | BlobAbsent>;
  /** Stores one chunk, written atomically; storing an identical chunk again is a no-op. */
  putChunk(blobId: Uint8Array, index: number, bytes: Uint8Array, now: number): Promise<PutResult>;
  /** The chunk's bytes, 'chunk-missing' when it was not uploaded (yet). */
  getChunk(
    blobId: Uint8Array,
    index: number,
    now: number,
  ): Promise<Uint8Array | BlobAbsent | 'chunk-missing' | 'bad-index'>;
  /** Bitmap of stored chunks (bit i MSB first in byte i/8), bitmapBytes(chunkCount) long. */
  presentChunks(blobId: Uint8Array, now: number): Promise<Uint8Array | BlobAbsent>;
  /** Deletes the blob and releases its quota; false when there was none. */
  delete(blobId: Uint8Array, now: number): Promise<boolean>;
  /** Registered bytes of unexpired blobs, as the quota counts them. */
  reservedBytes(now: number): Promise<number>;
  close(): Promise<void>;
}
