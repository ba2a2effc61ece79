// @vitest-environment jsdom
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { errorText } from './error-text';
import { decodeImageFile, decodePixels, meowCode, qrDataUrl, type Pixels } from './qr';

/** `text` as a QR code in RGBA pixels (what a canvas would give), 4 px per module. */
function qrPixels(text: string, scale = 4, margin = 4): Pixels {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = (n + margin * 2) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const px = ((y + margin) * scale + dy) * side + (x + margin) * scale + dx;
          data.fill(0, px * 4, px * 4 + 3);
        }
      }
    }
  }
  return { data, width: side, height: side };
}

function noise(side: number): Pixels {
  const data = new Uint8ClampedArray(side * side * 4);
  let seed = 7;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    data[i] = i % 4 === 3 ? 255 : seed % 256;
  }
  return { data, width: side, height: side };
}

const CODE = 'meow:1:CgQIARIAGiBhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY';

describe('QR codes', () => {
  it('finds a Meow code in pixels', () => {
    const p = qrPixels(CODE);
    expect(decodePixels(p.data, p.width, p.height)).toBe(CODE);
  });

  it('ignores QR codes that are not Meow codes', () => {
    const p = qrPixels('https://example.com/not-meow');
    expect(decodePixels(p.data, p.width, p.height)).toBeNull();
  });

  it('reports "No Meow code found in that image" for a picture without one', async () => {
    const err = await decodeImageFile(new Blob(['x']), () => Promise.resolve(noise(120))).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'QR_NOT_FOUND' });
    expect(errorText(err)).toBe(
      'No Meow code found in that image. Try a sharper picture of the code.',
    );
  });

  it('decodes a picture of a Meow code', async () => {
    await expect(
      decodeImageFile(new Blob(['x']), () => Promise.resolve(qrPixels(CODE))),
    ).resolves.toBe(CODE);
  });

  it('says when a file is not an image', async () => {
    const err = await decodeImageFile(new Blob(['x']), () => Promise.resolve(null)).catch(
      (e: unknown) => e,
    );
    expect(errorText(err)).toBe(
      'That file is not an image Meow can read. Choose a PNG or JPEG picture.',
    );
  });

  it('recognizes Meow codes, ignoring whitespace from copying', () => {
    expect(meowCode(' meow:1:ab\ncd_- ')).toBe('meow:1:abcd_-');
    expect(meowCode('meow:1:')).toBeNull();
    expect(meowCode('hello')).toBeNull();
  });

  it('renders a code as an SVG image', async () => {
    const url = await qrDataUrl(CODE);
    expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url)).toContain('<svg');
  });
});
