import { CHUNK_BYTES, DEFAULT_BLOB_TTL_MS, DEFAULT_MAX_CHUNKS } from './limits';

/**
 * The relay's attachment flags (docs/DEPLOYING.md "Attachments"), merged into config.ts's
 * integer options. Every flag also reads MEOW_RELAY_<FLAG>.
 */
const GIB = 1024 * 1024 * 1024;

export const BLOB_INT_OPTIONS = [
  {
    flag: 'blob-ttl-seconds',
    fallback: DEFAULT_BLOB_TTL_MS / 1000,
    min: 1,
    max: 0xffffffff,
    help: 'an attachment blob expires this long after its create',
  },
  {
    flag: 'blob-max-chunks',
    fallback: DEFAULT_MAX_CHUNKS,
    min: 1,
    max: 1_000_000,
    help: `chunks (${CHUNK_BYTES} bytes each) per blob; 512 ≈ 100 MiB`,
  },
  {
    flag: 'blob-max-total-bytes',
    fallback: 10 * GIB,
    min: CHUNK_BYTES,
    max: 2 ** 50,
    help: 'registered blob bytes over the relay (per instance with --blob-store fs)',
  },
  {
    flag: 'blob-requests-per-address-per-minute',
    fallback: 6_000,
    min: 1,
    max: 1_000_000_000,
    help: 'POST /v1/blob per address (one per chunk), over all instances',
  },
] as const;

export type BlobStoreKind = 'fs' | 'redis';
