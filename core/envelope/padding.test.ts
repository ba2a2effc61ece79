import { describe, expect, it } from 'vitest';
import { randomBytes, toHex } from '../crypto';
import { AppError } from '../errors';
import { pad, paddedLength, PAD_MAX_BUCKET, unpad } from './padding';

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

  it('round-trips every length near the bucket edges, including trailing zero bytes', () => {
    for (const n of [0, 1, 2, 254, 255, 256, 257, 1023, 1024, 16383, 16384, 70000]) {
      const data = randomBytes(n);
      if (n > 0) data[n - 1] = 0;
      const padded = pad(data);
      expect(padded.length).toBe(paddedLength(n));
      expect(toHex(unpad(padded))).toBe(toHex(data));
    }
  });

  it('rejects a missing marker or a length that is not a bucket', () => {
    expect(() => unpad(new Uint8Array(256))).toThrow(AppError);
    const ok = pad(randomBytes(10));
    expect(() => unpad(ok.subarray(0, 200))).toThrow(AppError);
    const noMarker = Uint8Array.from(ok);
    noMarker[10] = 0x81;
    expect(() => unpad(noMarker)).toThrow(AppError);
  });
});
