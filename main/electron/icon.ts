/**
 * The app icon, drawn in code: a cat's head (a disc and two ears) with two eyes, rendered with
 * 4×4 supersampling and encoded as PNG with node:zlib. The tray draws it at run time (no asset
 * to ship or to find inside the asar) and scripts/make-icons.ts writes build/icons/ from the
 * same function, so the packaged app and its tray always match — and nothing is downloaded.
 */
import { deflateSync } from 'node:zlib';

type Rgba = readonly [number, number, number, number];

const HEAD: Rgba = [109, 91, 208, 255];
const EYE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

function inTriangle(x: number, y: number, t: readonly number[]): boolean {
  const [ax = 0, ay = 0, bx = 0, by = 0, cx = 0, cy = 0] = t;
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const negative = d1 < 0 || d2 < 0 || d3 < 0;
  const positive = d1 > 0 || d2 > 0 || d3 > 0;
  return !(negative && positive);
}

const LEFT_EAR = [0.14, 0.5, 0.2, 0.08, 0.48, 0.3];
const RIGHT_EAR = [0.86, 0.5, 0.8, 0.08, 0.52, 0.3];

/** The colour at a point of the unit square (0..1 on both axes, y downwards). */
function shade(x: number, y: number): Rgba {
  const head = (x - 0.5) ** 2 + ((y - 0.58) / 0.9) ** 2 <= 0.37 ** 2;
  if (!head && !inTriangle(x, y, LEFT_EAR) && !inTriangle(x, y, RIGHT_EAR)) return CLEAR;
  for (const ex of [0.36, 0.64]) {
    if (((x - ex) / 0.065) ** 2 + ((y - 0.55) / 0.1) ** 2 <= 1) return EYE;
  }
  return HEAD;
}

const SAMPLES = 4;

/** One pixel's RGBA, averaged over SAMPLES×SAMPLES points inside it. */
function samplePixel(px: number, py: number, size: number, monochrome: boolean): Rgba {
  let r = 0;
  let g = 0;
  let b = 0;
  let alpha = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
      // A template image is black where drawn; the eyes become holes.
      const a = monochrome && c === EYE ? 0 : c[3];
      // Premultiplied sums, so edges blend towards transparent and not towards black.
      r += c[0] * a;
      g += c[1] * a;
      b += c[2] * a;
      alpha += a;
    }
  }
  if (alpha === 0) return CLEAR;
  const avg = (v: number): number => (monochrome ? 0 : Math.round(v / alpha));
  return [avg(r), avg(g), avg(b), Math.round(alpha / (SAMPLES * SAMPLES))];
}

/** RGBA pixels (row-major) of the icon at `size`×`size`; `monochrome` for macOS templates. */
export function drawIcon(size: number, monochrome = false): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      pixels.set(samplePixel(px, py, size, monochrome), (py * size + px) * 4);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG (8-bit RGBA, no interlace) of the icon at `size`×`size`. */
export function iconPng(size: number, monochrome = false): Buffer {
  const pixels = drawIcon(size, monochrome);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  // Every row starts with filter type 0 (none); zlib does the compressing.
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
