/**
 * How many chunks an attachment occupies (docs/PROTOCOL.md §12 "Padding"). The relay sees only
 * a blob's chunk count, so the count is padded: 1, 2, 4 or 8 chunks (up to 2 MiB), then Padmé
 * (Nikitin et al., "Reducing Metadata Leakage from Encrypted Files and Communication with
 * PURBs", PoPETs 2019 §4) applied to the count.
 *
 * Overhead bound: below 8 chunks at most 3 chunks (768 KiB) of padding. From 9 chunks on,
 * Padmé keeps the top S+1 bits of the count (E = ⌊log₂ n⌋, S = ⌊log₂ E⌋ + 1) and rounds the
 * E − S low bits up, so it adds at most 2^(E−S) − 1 chunks, less than n / 2^S: under 1/4 for
 * 9–15 chunks (in practice 1 chunk, 11.1% at 9), under 1/8 for 16–255 (≤ 11.7% measured at
 * 129), under 1/16 from 256 (≤ 5.9% measured at 257). Leakage: O(log log n) bits; 50 distinct
 * counts up to 100 MiB instead of 401 (padding.test.ts checks the bounds for every count).
 */
import { AppError } from '../errors';
import { CHUNK_PLAINTEXT_BYTES, POINTER_MAX_CHUNK_COUNT } from './constants';

/** Chunks the bytes themselves need: at least one, so an empty file is a blob too. */
export function dataChunkCount(plaintextLength: number): number {
  requireLength(plaintextLength);
  return Math.max(1, Math.ceil(plaintextLength / CHUNK_PLAINTEXT_BYTES));
}

/** The padded count for `n` data chunks (n ≥ 1): 1, 2, 4, 8, then Padmé(n). */
export function padChunkCount(n: number): number {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new AppError('INVALID_ARGUMENT', 'a chunk count is a positive integer');
  }
  if (n <= 8) {
    let padded = 1;
    while (padded < n) padded *= 2;
    return padded;
  }
  const e = Math.floor(Math.log2(n));
  const s = Math.floor(Math.log2(e)) + 1;
  const mask = 2 ** (e - s) - 1;
  // n < 2^53 here, so the arithmetic below is exact without 32-bit bit operators.
  return Math.ceil(n / (mask + 1)) * (mask + 1);
}

/** The chunk count of an attachment of `plaintextLength` bytes, as the pointer states it. */
export function chunkCountFor(plaintextLength: number): number {
  return padChunkCount(dataChunkCount(plaintextLength));
}

/** Plaintext bytes of the file inside chunk `index` (0 for a padding chunk). */
export function plaintextBytesInChunk(plaintextLength: number, index: number): number {
  const start = index * CHUNK_PLAINTEXT_BYTES;
  return Math.max(0, Math.min(CHUNK_PLAINTEXT_BYTES, plaintextLength - start));
}

function requireLength(plaintextLength: number): void {
  if (
    !Number.isSafeInteger(plaintextLength) ||
    plaintextLength < 0 ||
    plaintextLength > POINTER_MAX_CHUNK_COUNT * CHUNK_PLAINTEXT_BYTES
  ) {
    throw new AppError('INVALID_ARGUMENT', 'attachment length out of range');
  }
}
