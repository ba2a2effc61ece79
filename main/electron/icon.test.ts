import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, iconPng } from './icon';

describe('icon', () => {
  it('is a valid 8-bit RGBA PNG of the requested size', () => {
    const png = iconPng(64);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(64);
    expect(png.readUInt32BE(20)).toBe(64);
    expect([...png.subarray(24, 29)]).toEqual([8, 6, 0, 0, 0]);
    const idatAt = png.indexOf('IDAT', 0, 'latin1');
    const raw = inflateSync(png.subarray(idatAt + 4, idatAt + 4 + png.readUInt32BE(idatAt - 4)));
    expect(raw.length).toBe(64 * (64 * 4 + 1));
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('draws a head in the middle and leaves the corners transparent', () => {
    const size = 32;
    const px = drawIcon(size);
    const alpha = (x: number, y: number) => px[(y * size + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(size - 1, size - 1)).toBe(0);
    expect(alpha(16, 26)).toBe(255);
  });

  it('has a black template variant for macOS', () => {
    const px = drawIcon(22, true);
    for (let i = 0; i < px.length; i += 4) expect([px[i], px[i + 1], px[i + 2]]).toEqual([0, 0, 0]);
  });
});
