import { concatBytes, sha256, utf8 } from '../../core/crypto';

/**
 * The relay's copies of the attachment wire constants (docs/PROTOCOL.md "Attachments: blob
 * endpoints"). The client's side lives in core/attachments; the values must stay equal.
 */

/** Every ciphertext chunk, at the relay and on the wire: nonce(24) ‖ ciphertext ‖ tag(16). */
export const CHUNK_BYTES = 262_144;
/** Read, upload and delete tokens, and blob ids. */
export const TOKEN_BYTES = 32;
export const HASH_BYTES = 32;
/** 100 MiB of plaintext in 262,104-byte chunks, padded: the default per-blob chunk limit. */
export const DEFAULT_MAX_CHUNKS = 512;
export const DEFAULT_BLOB_TTL_MS = 30 * 86_400_000;

const BLOB_ID_LABEL = utf8('meow/blob/v1');

/** blobId = SHA-256(utf8("meow/blob/v1") ‖ readToken): the address only a reader can name. */
export function blobIdOf(readToken: Uint8Array): Uint8Array {
  return sha256(concatBytes(BLOB_ID_LABEL, readToken));
}

export interface BlobLimits {
  /** A blob expires this long after its create (uniform per relay). */
  readonly ttlMs: number;
  /** Chunks per blob. */
  readonly maxChunks: number;
  /** Registered chunk bytes over all unexpired blobs of this relay (this instance, on fs). */
  readonly maxTotalBytes: number;
}

/**
 * After expiry a blob's metadata lingers this long so that a late reader is told BLOB_EXPIRED
 * rather than BLOB_NOT_FOUND; its chunks are gone at expiry.
 */
export function tombstoneMs(limits: BlobLimits): number {
  return limits.ttlMs;
}

/**
 * Quota accounting: a blob reserves chunkCount × CHUNK_BYTES at create, counted in the bucket
 * of its expiry time. Buckets are ttl/32 wide, so a reservation is released at most ttl/32
 * after its blob expired (never before), without any per-blob bookkeeping — on Redis one hash
 * in one slot holds them all, whatever slot the blobs live in.
 */
export function quotaBucketMs(limits: BlobLimits): number {
  return Math.max(1, Math.ceil(limits.ttlMs / 32));
}

export function quotaBucket(expiresAt: number, limits: BlobLimits): number {
  return Math.floor(expiresAt / quotaBucketMs(limits));
}

/** A bucket still holds live reservations while some blob in it may not have expired. */
export function bucketLive(bucket: number, now: number, limits: BlobLimits): boolean {
  return (bucket + 1) * quotaBucketMs(limits) > now;
}

/** Bit i of a present-chunks bitmap: MSB first in byte i/8 (the order of Redis SETBIT). */
export function setBit(bitmap: Uint8Array, index: number): void {
  const byte = index >> 3;
  bitmap[byte] = (bitmap[byte] ?? 0) | (0x80 >> (index & 7));
}

export function hasBit(bitmap: Uint8Array, index: number): boolean {
  return ((bitmap[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

export function bitmapBytes(chunkCount: number): number {
  return Math.ceil(chunkCount / 8);
}
