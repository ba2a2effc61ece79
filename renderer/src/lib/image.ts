/** Avatar pictures: any image file → a PNG data URL at most 256 px on its longer side. */
import { MeowError } from '../transport/errors';
import { IMAGE_UNREADABLE } from './error-text';

export const AVATAR_MAX_SIDE = 256;

export async function resizeToPng(file: Blob, maxSide: number = AVATAR_MAX_SIDE): Promise<string> {
  const url = URL.createObjectURL(file);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(1, maxSide / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new MeowError(IMAGE_UNREADABLE, 'no canvas');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } catch (err) {
    if (err instanceof MeowError) throw err;
    throw new MeowError(IMAGE_UNREADABLE, 'not an image');
  } finally {
    URL.revokeObjectURL(url);
  }
}
