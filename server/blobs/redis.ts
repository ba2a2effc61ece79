import { Redis } from 'ioredis';
import { toHex } from '../../core/crypto';
import { clusterCommandClient } from '../store/redis-cluster';
import type { RedisClient } from '../store/redis-scripts';
import { formatRedisNodes, type RedisTarget } from '../store/redis-target';
import { closeClient } from '../store/redis-wake';
import { checkChunk, sameBlob } from './check';
import {
  bitmapBytes,
  CHUNK_BYTES,
  quotaBucket,
  quotaBucketMs,
  tombstoneMs,
  type BlobLimits,
} from './limits';
import { blobScripts } from './redis-scripts';
import type { BlobAbsent, BlobMeta, BlobStore, CreateResult, NewBlob, PutResult } from './types';

/**
 * Blobs in Redis (`--blob-store redis`): for relays whose instances share nothing but Redis.
 * Every byte is in Redis memory, bounded by the quota. Keys (`{…}` a hash tag: one blob, one
 * Cluster slot):
 *   blob:{hex}:m      hash count, up, del (token hashes, hex), created, exp; PEXPIREAT exp +
 *                     tombstone period (a late reader is told BLOB_EXPIRED)
 *   blob:{hex}:h      the registered chunk hashes (count × 32 bytes); PEXPIREAT exp
 *   blob:{hex}:p      bitmap of stored chunks (SETBIT); PEXPIREAT exp
 *   blob:{hex}:c:<i>  chunk i; PEXPIREAT exp
 *   blobquota:{q}     hash: expiry bucket → registered bytes (limits.ts `quotaBucket`)
 * Expiry is judged by the relay clock (`now`); Redis removes the keys at the same instants.
 */
const mKey = (hex: string): string => `blob:{${hex}}:m`;
const hKey = (hex: string): string => `blob:{${hex}}:h`;
const pKey = (hex: string): string => `blob:{${hex}}:p`;
const chunkPrefix = (hex: string): string => `blob:{${hex}}:c:`;
/** `namespace` keeps the quota of tests sharing one Redis apart. */
const quotaKey = (namespace: string): string => `blobquota:{q${namespace}}`;

const OPTIONS = {
  lazyConnect: true,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt: number) => Math.min(25 * 2 ** attempt, 1_000),
  connectTimeout: 5_000,
};

const buf = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export class RedisBlobStore implements BlobStore {
  private constructor(
    private readonly redis: RedisClient,
    private readonly limits: BlobLimits,
    private readonly quotaKey: string,
  ) {}

  static async connect(
    target: RedisTarget,
    limits: BlobLimits,
    options: { readonly onError?: (err: unknown) => void; readonly namespace?: string } = {},
  ): Promise<RedisBlobStore> {
    const onError = options.onError ?? (() => undefined);
    const redis =
      typeof target === 'string'
        ? new Redis(target, { ...OPTIONS, enableAutoPipelining: true })
        : clusterCommandClient(target.cluster);
    redis.on('error', onError);
    try {
      await redis.connect();
    } catch (err) {
      redis.disconnect();
      const where = typeof target === 'string' ? 'Redis' : formatRedisNodes(target.cluster);
      throw new Error(`blob store: cannot connect to ${where}`, { cause: err });
    }
    return new RedisBlobStore(redis, limits, quotaKey(options.namespace ?? ''));
  }

  private async reserve(bytes: number, expiresAt: number, now: number, limit: number) {
    const live = Math.floor(now / quotaBucketMs(this.limits));
    const bucket = quotaBucket(expiresAt, this.limits);
    return blobScripts.reserve.run(this.redis, [this.quotaKey], [live, bucket, bytes, limit]);
  }

  async create(blob: NewBlob, now: number): Promise<CreateResult> {
    if (blob.chunkCount > this.limits.maxChunks) return { ok: false, reason: 'too-many-chunks' };
    const hex = toHex(blob.blobId);
    const meta: BlobMeta = { ...blob, createdAt: now, expiresAt: now + this.limits.ttlMs };
    const bytes = blob.chunkCount * CHUNK_BYTES;
    // Quota first (its own slot), then the blob; a create that finds the blob gives it back.
    const reserved = await this.reserve(bytes, meta.expiresAt, now, this.limits.maxTotalBytes);
    if (reserved < 0) {
      const old = await this.meta(blob.blobId, now);
      if (typeof old !== 'string' && sameBlob(old, blob)) return { ok: true, meta: old };
      return { ok: false, reason: 'over-quota' };
    }
    const created = await blobScripts.create.run(
      this.redis,
      [mKey(hex), hKey(hex)],
      [
        blob.chunkCount,
        toHex(blob.uploadTokenHash),
        toHex(blob.deleteTokenHash),
        meta.createdAt,
        meta.expiresAt,
        buf(blob.chunkHashes),
        meta.expiresAt + tombstoneMs(this.limits),
      ],
    );
    if (created === 1) return { ok: true, meta };
    await this.reserve(-bytes, meta.expiresAt, now, -1);
    const old = await this.meta(blob.blobId, now);
    if (typeof old !== 'string' && sameBlob(old, blob)) return { ok: true, meta: old };
    return { ok: false, reason: 'exists' };
  }

  async meta(blobId: Uint8Array, now: number): Promise<BlobMeta | BlobAbsent> {
    const hex = toHex(blobId);
    const [fields, hashes] = await Promise.all([
      this.redis.hgetall(mKey(hex)),
      this.redis.getBuffer(hKey(hex)),
    ]);
    const expiresAt = Number(fields.exp);
    if (fields.count === undefined || !Number.isSafeInteger(expiresAt)) return 'missing';
    if (now >= expiresAt + tombstoneMs(this.limits)) return 'missing';
    if (now >= expiresAt || !hashes) return 'expired';
    return {
      blobId,
      chunkCount: Number(fields.count),
      chunkHashes: new Uint8Array(hashes),
      uploadTokenHash: Buffer.from(fields.up ?? '', 'hex'),
      deleteTokenHash: Buffer.from(fields.del ?? '', 'hex'),
      createdAt: Number(fields.created),
      expiresAt,
    };
  }

  async putChunk(
    blobId: Uint8Array,
    index: number,
    bytes: Uint8Array,
    now: number,
  ): Promise<PutResult> {
    const meta = await this.meta(blobId, now);
    if (typeof meta === 'string') return meta;
    const verdict = checkChunk(meta, index, bytes);
    if (verdict !== 'ok') return verdict;
    const hex = toHex(blobId);
    const stored = await blobScripts.put.run(
      this.redis,
      [mKey(hex), pKey(hex), `${chunkPrefix(hex)}${index}`],
      [index, buf(bytes), meta.expiresAt],
    );
    return stored === 1 ? 'stored' : 'missing';
  }

  async getChunk(
    blobId: Uint8Array,
    index: number,
    now: number,
  ): Promise<Uint8Array | BlobAbsent | 'chunk-missing' | 'bad-index'> {
    const meta = await this.meta(blobId, now);
    if (typeof meta === 'string') return meta;
    if (!Number.isInteger(index) || index < 0 || index >= meta.chunkCount) return 'bad-index';
    const bytes = await this.redis.getBuffer(`${chunkPrefix(toHex(blobId))}${index}`);
    return bytes ? new Uint8Array(bytes) : 'chunk-missing';
  }

  async presentChunks(blobId: Uint8Array, now: number): Promise<Uint8Array | BlobAbsent> {
    const meta = await this.meta(blobId, now);
    if (typeof meta === 'string') return meta;
    const bitmap = new Uint8Array(bitmapBytes(meta.chunkCount));
    const raw = await this.redis.getBuffer(pKey(toHex(blobId)));
    if (raw) bitmap.set(raw.subarray(0, bitmap.length));
    return bitmap;
  }

  async delete(blobId: Uint8Array, now: number): Promise<boolean> {
    const hex = toHex(blobId);
    const reply = await blobScripts.delete.call(
      this.redis,
      [mKey(hex), hKey(hex), pKey(hex)],
      [chunkPrefix(hex)],
    );
    if (!Array.isArray(reply) || reply.length !== 2) return false;
    const [count, expiresAt] = reply.map(Number) as [number, number];
    await this.reserve(-count * CHUNK_BYTES, expiresAt, now, -1);
    return now < expiresAt;
  }

  reservedBytes(now: number): Promise<number> {
    return this.reserve(0, now, now, -1);
  }

  close(): Promise<void> {
    return closeClient(this.redis);
  }
}
