/**
 * Photos before they are sent, drawn again by the browser itself — no library: decoded with
 * createImageBitmap (the EXIF orientation applied to the pixels), drawn into a canvas at most
 * 4096 px on its longest side, and encoded as a new JPEG (quality 0.85). Re-encoding is what
 * strips the metadata: a canvas holds only pixels, so nothing of the original file's EXIF
 * (camera, time, GPS position), XMP, IPTC or comments can reach the bytes that are sent.
 * The preview is a second, small JPEG (≤ 320 px, stepped down until it fits the pointer's
 * 16 KiB).
 *
 * GIFs are not re-encoded (a canvas keeps only the first frame): `describeImage` gives their
 * size and a preview of the first frame, and the original file is sent (GIF has no EXIF).
 *
 * jsdom has no canvas: component tests replace this module (vi.mock).
 */
import { MAX_THUMBNAIL_BYTES, toBase64 } from './attachments';

export const MAX_PHOTO_SIDE = 4096;
export const PHOTO_QUALITY = 0.85;
export const THUMBNAIL_SIDE = 320;
const THUMBNAIL_QUALITIES = [0.8, 0.7, 0.6, 0.5, 0.4, 0.3] as const;
/** Smaller previews tried when even the lowest quality is above 16 KiB (a noisy picture). */
const THUMBNAIL_SIDES = [THUMBNAIL_SIDE, 240, 160, 96] as const;

/** Types re-encoded as JPEG photos; anything else that is not a GIF is sent as a file. */
export const REENCODED_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/bmp',
]);

export interface EncodedPhoto {
  /** The new JPEG: no metadata, at most MAX_PHOTO_SIDE px on its longest side. */
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** Base64 of a JPEG preview of at most 16 KiB; undefined if none fits. */
  readonly thumbnail: string | undefined;
}

export interface DescribedImage {
  readonly width: number;
  readonly height: number;
  readonly thumbnail: string | undefined;
}

interface Surface {
  readonly context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  toJpeg(quality: number): Promise<Blob>;
}

/** A canvas of this size: OffscreenCanvas where there is one, else a detached <canvas>. */
function surface(width: number, height: number): Surface {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    return { context, toJpeg: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const toJpeg = (quality: number): Promise<Blob> =>
    new Promise((resolve, reject) => {
      canvas.toBlob(
        (blob) => {
          if (blob) resolve(blob);
          else reject(new Error('the picture could not be encoded'));
        },
        'image/jpeg',
        quality,
      );
    });
  return { context, toJpeg };
}

/** The picture drawn at `maxSide` (never enlarged) on white: JPEG has no transparency. */
function draw(bitmap: ImageBitmap, maxSide: number): Surface & { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const s = surface(width, height);
  s.context.fillStyle = '#ffffff';
  s.context.fillRect(0, 0, width, height);
  s.context.imageSmoothingEnabled = true;
  s.context.imageSmoothingQuality = 'high';
  s.context.drawImage(bitmap, 0, 0, width, height);
  return { ...s, width, height };
}

async function base64Of(blob: Blob): Promise<string> {
  return toBase64(new Uint8Array(await blob.arrayBuffer()));
}

/** A JPEG preview within 16 KiB: quality stepped down, then smaller sides; undefined if none. */
async function thumbnailOf(bitmap: ImageBitmap): Promise<string | undefined> {
  for (const side of THUMBNAIL_SIDES) {
    const small = draw(bitmap, side);
    for (const quality of THUMBNAIL_QUALITIES) {
      const blob = await small.toJpeg(quality);
      if (blob.size <= MAX_THUMBNAIL_BYTES) return base64Of(blob);
    }
  }
  return undefined;
}

function decode(file: Blob): Promise<ImageBitmap> {
  return createImageBitmap(file, { imageOrientation: 'from-image' });
}

/** Re-encodes a photo (see above); throws if the browser cannot decode it. */
export async function encodePhoto(file: Blob): Promise<EncodedPhoto> {
  const bitmap = await decode(file);
  try {
    const full = draw(bitmap, MAX_PHOTO_SIDE);
    const blob = await full.toJpeg(PHOTO_QUALITY);
    const thumbnail = await thumbnailOf(bitmap);
    return { blob, width: full.width, height: full.height, thumbnail };
  } finally {
    bitmap.close();
  }
}

/** A picture sent as it is (a GIF): its size and a preview of its first frame. */
export async function describeImage(file: Blob): Promise<DescribedImage> {
  const bitmap = await decode(file);
  try {
    const thumbnail = await thumbnailOf(bitmap);
    return { width: bitmap.width, height: bitmap.height, thumbnail };
  } finally {
    bitmap.close();
  }
}
