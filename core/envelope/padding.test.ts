import { describe, expect, it } from 'vitest';
import { randomBytes, toHex } from '../crypto';
import { AppError } from '../errors';
import { isBucket, pad, paddedLength, PAD_MAX_BUCKET, unpad } from './padding';

describe('padding', () => {
  it('uses power-of-two buckets up to 16 KiB, then 16 KiB steps', () => {
    expect(paddedLength(0)).toBe(256);
    expect(paddedLength(200)).toBe(256);
    expect(paddedLength(255)).toBe(256);
    expect(paddedLength(256)).toBe(512);
    expect(paddedLength(16 * 1024 - 1)).toBe(16 * 1024);
    expect(paddedLength(16 * 1024)).toBe(32 * 1024);
    expect(paddedLength(40 * 1024)).toBe(48 * 1024);
    expect(paddedLength(PAD_MAX_BUCKET - 1)).toBe(PAD_MAX_BUCKET);
    expect(() => paddedLength(PAD_MAX_BUCKET)).toThrow(AppError);
  });

  it('knows exactly the bucket sizes', () => {
    const buckets = [256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 49152, PAD_MAX_BUCKET];
    for (const n of buckets) expect(isBucket(n), `${n}`).toBe(true);
    for (const n of [0, 1, 128, 255, 257, 768, 24576, PAD_MAX_BUCKET + 16384, 2.5]) {
      expect(isBucket(n), `${n}`).toBe(false);
    }
    for (let n = 0; n < 70_000; n += 37) expect(isBucket(paddedLength(n))).toBe(true);
  });

  it('round-trips every length near the bucket edges, including trailing zero bytes', () => {
    for (const n of [0, 1, 2, 254, 255, 256, 257, 1023, 1024, 16383, 16384, 70000]) {
      const data = randomBytes(n);
      if (n > 0) data[n - 1] = 0;
      const padded = pad(data);
      expect(padded.length).toBe(paddedLength(n));
      expect(toHex(unpad(padded))).toBe(toHex(data));
    }
  });

  it('pads to the bucket of a larger minimum, and unpads any bucket that holds the data', () => {
    const data = randomBytes(10);
    data[9] = 0;
    expect(pad(data, 300).length).toBe(512);
    expect(pad(data, 5).length).toBe(256);
    expect(pad(randomBytes(600), 300).length).toBe(1024);
    for (const atLeast of [0, 255, 256, 5000, 20_000, PAD_MAX_BUCKET - 1]) {
      const padded = pad(data, atLeast);
      expect(padded.length).toBe(paddedLength(Math.max(10, atLeast)));
      expect(toHex(unpad(padded))).toBe(toHex(data));
    }
  });

  it('caps the minimum at the largest bucket: data that fits is never refused', () => {
    expect(pad(randomBytes(10), 2 * PAD_MAX_BUCKET).length).toBe(PAD_MAX_BUCKET);
    expect(() => pad(new Uint8Array(PAD_MAX_BUCKET))).toThrow(AppError);
  });

  it('rejects a missing marker or a length that is not a bucket', () => {
    expect(() => unpad(new Uint8Array(256))).toThrow(AppError);
    const ok = pad(randomBytes(10));
    expect(() => unpad(ok.subarray(0, 200))).toThrow(AppError);
    const noMarker = Uint8Array.from(ok);
    noMarker[10] = 0x81;
    expect(() => unpad(noMarker)).toThrow(AppError);
    const bigger = pad(randomBytes(10), 1000);
    expect(() => unpad(bigger.subarray(0, 768))).toThrow(AppError);
    expect(() => unpad(Uint8Array.of(0x80))).toThrow(AppError);
  });
});
