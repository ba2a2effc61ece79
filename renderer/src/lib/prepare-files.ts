/**
 * Chosen files → what `attachments.send` describes and the bytes handed over afterwards.
 * Photos (JPEG, PNG, WebP, AVIF, BMP) are re-encoded as JPEG without metadata (photo-encode.ts)
 * and sent with no name, their size in pixels and a preview; GIFs are sent as they are (to keep
 * the animation) with their name, size and a preview of the first frame; anything else, and
 * any picture the browser cannot decode, goes as a document: its name, its type, its bytes.
 */
import type { CommandArgs } from '@meow/contract';
import { fileNameOf, mimeTypeOf } from './attachments';
import { describeImage, encodePhoto, REENCODED_TYPES } from './photo-encode';

export type FileToSend = CommandArgs<'attachments.send'>['files'][number];

export interface PreparedFile {
  readonly meta: FileToSend;
  /** The bytes to hand over (the re-encoded JPEG for a photo, else the file itself). */
  readonly blob: Blob;
  /** Shown as a picture on this side right away (the page already has its bytes). */
  readonly photo: boolean;
}

function asDocument(file: File, mimeType: string): PreparedFile {
  return {
    meta: { name: fileNameOf(file.name), mimeType, size: file.size },
    blob: file,
    photo: false,
  };
}

const withThumbnail = (thumbnail: string | undefined) =>
  thumbnail === undefined ? {} : { thumbnail };

async function asPhoto(file: File): Promise<PreparedFile> {
  const photo = await encodePhoto(file);
  const { blob, width, height } = photo;
  return {
    meta: {
      name: '',
      mimeType: 'image/jpeg',
      size: blob.size,
      width,
      height,
      ...withThumbnail(photo.thumbnail),
    },
    blob,
    photo: true,
  };
}

async function asGif(file: File): Promise<PreparedFile> {
  const { width, height, thumbnail } = await describeImage(file);
  return {
    meta: {
      name: fileNameOf(file.name),
      mimeType: 'image/gif',
      size: file.size,
      width,
      height,
      ...withThumbnail(thumbnail),
    },
    blob: file,
    photo: true,
  };
}

export async function prepareFile(file: File): Promise<PreparedFile> {
  const mimeType = mimeTypeOf(file);
  try {
    if (REENCODED_TYPES.has(mimeType)) return await asPhoto(file);
    if (mimeType === 'image/gif') return await asGif(file);
  } catch {
    // Not a picture the browser can decode: it goes as the file it is.
  }
  return asDocument(file, mimeType);
}

/**
 * Pictures are prepared as soon as they reach the tray, not when Enter is pressed: re-encoding
 * a photo takes about half a second, which the bubble would otherwise wait for. One file after
 * the other, since a few decoded photos at a time would crowd the page's memory. A file that
 * leaves the tray unsent is forgotten with its File (a WeakMap).
 */
const started = new WeakMap<File, Promise<PreparedFile>>();
let queue: Promise<unknown> = Promise.resolve();

function prepared(file: File): Promise<PreparedFile> {
  let promise = started.get(file);
  if (!promise) {
    promise = queue.then(() => prepareFile(file));
    queue = promise.catch(() => undefined);
    started.set(file, promise);
  }
  return promise;
}

/** Starts preparing the pictures among `files` in the background. */
export function prepareAhead(files: readonly File[]): void {
  for (const file of files) {
    const type = mimeTypeOf(file);
    if (REENCODED_TYPES.has(type) || type === 'image/gif') void prepared(file);
  }
}

export async function prepareFiles(files: readonly File[]): Promise<PreparedFile[]> {
  const out: PreparedFile[] = [];
  for (const file of files) out.push(await prepared(file));
  return out;
}
