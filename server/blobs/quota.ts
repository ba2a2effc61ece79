import { bucketLive, CHUNK_BYTES, quotaBucket, type BlobLimits } from './limits';

/**
 * The filesystem store's quota (limits.ts `quotaBucket`): registered bytes per expiry bucket,
 * in memory, rebuilt from the metadata files when the store opens.
 */
export class QuotaBuckets {
  private readonly buckets = new Map<number, number>();

  constructor(private readonly limits: BlobLimits) {}

  total(now: number): number {
    let sum = 0;
    for (const [bucket, bytes] of this.buckets) {
      if (bucketLive(bucket, now, this.limits)) sum += bytes;
      else this.buckets.delete(bucket);
    }
    return sum;
  }

  /** Reserves the blob's bytes unless that would exceed the quota. */
  reserve(chunkCount: number, expiresAt: number, now: number): boolean {
    const bytes = chunkCount * CHUNK_BYTES;
    if (this.total(now) + bytes > this.limits.maxTotalBytes) return false;
    this.add(chunkCount, expiresAt);
    return true;
  }

  add(chunkCount: number, expiresAt: number): void {
    const bucket = quotaBucket(expiresAt, this.limits);
    this.buckets.set(bucket, (this.buckets.get(bucket) ?? 0) + chunkCount * CHUNK_BYTES);
  }

  release(chunkCount: number, expiresAt: number): void {
    const bucket = quotaBucket(expiresAt, this.limits);
    const left = (this.buckets.get(bucket) ?? 0) - chunkCount * CHUNK_BYTES;
    if (left > 0) this.buckets.set(bucket, left);
    else this.buckets.delete(bucket);
  }
}
