/**
 * QR codes in and out: render a Meow code as an SVG image (no canvas needed, so it also works
 * under a strict CSP and in tests), and find a Meow code in pixels from a camera frame or an
 * image file (jsQR).
 */
import QRCode from 'qrcode';
import jsQRImport from 'jsqr';
import { MeowError } from '../transport/errors';
import { IMAGE_UNREADABLE, QR_NOT_FOUND } from './error-text';

type JsQR = typeof jsQRImport;
// jsqr is CommonJS with `exports.default`: bundlers unwrap it, Node's ESM loader does not.
const jsqrModule = jsQRImport as unknown as JsQR | { default: JsQR };
const jsQR: JsQR = 'default' in jsqrModule ? jsqrModule.default : jsqrModule;

/** An SVG data URL of `text` as a QR code. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: QR_MARGIN,
    errorCorrectionLevel: 'M',
  });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** Pixels per module that a screenshot or a phone camera still reads reliably. */
export const MIN_PIXELS_PER_MODULE = 4;
const QR_MARGIN = 2;

/** The smallest on-screen size (CSS px) at which `text`'s QR code stays readable. */
export function qrMinSize(text: string): number {
  const modules = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size;
  return (modules + 2 * QR_MARGIN) * MIN_PIXELS_PER_MODULE;
}

/** Meow invitations and pairing codes are `meow:<version>:<base64url>`. */
export function meowCode(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  return /^meow:\d{1,3}:[A-Za-z0-9_-]+$/.test(compact) ? compact : null;
}

/** The Meow code in an RGBA pixel buffer, or null. */
export function decodePixels(
  data: Uint8ClampedArray,
  width: number,
  height: number,
): string | null {
  if (width <= 0 || height <= 0) return null;
  const found = jsQR(data, width, height, { inversionAttempts: 'attemptBoth' });
  return found ? meowCode(found.data) : null;
}

const MAX_SIDE = 1600;

async function loadImage(file: Blob): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } catch {
    throw new MeowError(IMAGE_UNREADABLE, 'not an image');
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Draws `source` scaled to fit `maxSide` and returns its pixels. */
export function pixelsOf(
  source: CanvasImageSource,
  width: number,
  height: number,
  maxSide: number = MAX_SIDE,
): ImageData | null {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

export interface Pixels {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

/** An image file's pixels (decoded by the browser, drawn on a canvas). */
export async function loadPixels(file: Blob): Promise<Pixels | null> {
  const img = await loadImage(file);
  return pixelsOf(img, img.naturalWidth, img.naturalHeight);
}

/** The Meow code in an image file; MeowError QR_NOT_FOUND / IMAGE_UNREADABLE otherwise. */
export async function decodeImageFile(
  file: Blob,
  load: (file: Blob) => Promise<Pixels | null> = loadPixels,
): Promise<string> {
  const pixels = await load(file);
  if (!pixels) throw new MeowError(IMAGE_UNREADABLE, 'cannot read the image');
  const code = decodePixels(pixels.data, pixels.width, pixels.height);
  if (!code) throw new MeowError(QR_NOT_FOUND, 'no Meow code in the image');
  return code;
}
