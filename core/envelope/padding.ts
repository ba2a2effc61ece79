import { AppError } from '../errors';

/**
 * Length-hiding padding (DESIGN.md §3 step 1; docs/PROTOCOL.md §4 "Padding").
 * Format: ISO/IEC 7816-4 — the plaintext, one 0x80 byte, then zeros up to the bucket size.
 * Buckets: powers of two from 256 B to 16 KiB, then multiples of 16 KiB up to 1 MiB, so a
 * short text and a long one are indistinguishable within a bucket and the overhead above
 * 16 KiB stays under 1/16. Which bucket a user message takes is chosen from its content
 * (content.ts, §4 "Content buckets"): `pad` takes that choice as a minimum length.
 */
export const PAD_MIN_BUCKET = 256;
export const PAD_POWER_OF_TWO_LIMIT = 16 * 1024;
export const PAD_MAX_BUCKET = 1024 * 1024;

export function paddedLength(plaintextLength: number): number {
  const needed = plaintextLength + 1; // room for the 0x80 marker
  if (needed > PAD_MAX_BUCKET) {
    throw new AppError(
      'PAD_TOO_LARGE',
      `message of ${plaintextLength} bytes exceeds the 1 MiB limit`,
    );
  }
  if (needed <= PAD_POWER_OF_TWO_LIMIT) {
    let bucket = PAD_MIN_BUCKET;
    while (bucket < needed) bucket *= 2;
    return bucket;
  }
  return Math.ceil(needed / PAD_POWER_OF_TWO_LIMIT) * PAD_POWER_OF_TWO_LIMIT;
}

/** Whether `length` is one of the bucket sizes above. */
export function isBucket(length: number): boolean {
  if (!Number.isInteger(length) || length < PAD_MIN_BUCKET || length > PAD_MAX_BUCKET) {
    return false;
  }
  if (length <= PAD_POWER_OF_TWO_LIMIT) return (length & (length - 1)) === 0;
  return length % PAD_POWER_OF_TWO_LIMIT === 0;
}

/**
 * Pads to the bucket of `max(plaintext.length, atLeast)` (§4). `atLeast` is capped below the
 * largest bucket: a plaintext that fits is never refused for its content's sake.
 */
export function pad(plaintext: Uint8Array, atLeast = 0): Uint8Array {
  const target = Math.max(plaintext.length, Math.min(atLeast, PAD_MAX_BUCKET - 1));
  const out = new Uint8Array(paddedLength(target));
  out.set(plaintext);
  out[plaintext.length] = 0x80;
  return out;
}

/**
 * Removes padding. Accepts any bucket that holds the plaintext and its marker, since the
 * sender chose the bucket from content it alone knows (§4). Runs only on data the Double
 * Ratchet has already authenticated, so the data-dependent scan leaks nothing an attacker
 * could not already see.
 */
export function unpad(padded: Uint8Array): Uint8Array {
  let i = padded.length - 1;
  while (i >= 0 && padded[i] === 0) i--;
  if (i < 0 || padded[i] !== 0x80) throw new AppError('PAD_INVALID', 'padding marker missing');
  if (!isBucket(padded.length)) throw new AppError('PAD_INVALID', 'not a padding bucket');
  return padded.subarray(0, i);
}
