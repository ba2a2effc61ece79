/**
 * Photos and files, the pure part: limits, what a file is (photo or document), sizes in
 * words, base64 per piece, a transfer's progress and its lasting state as a sentence.
 */
import { errorSentence, type AttachmentView, type MessageView } from '@meow/contract';

/** The engine's limit per file (core MAX_ATTACHMENT_BYTES): refused in the tray already. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Files per message (core MAX_ATTACHMENTS_PER_MESSAGE; the contract's `files.max`). */
export const MAX_FILES = 32;
/** The pointer's preview limit (core MAX_THUMBNAIL_BYTES). */
export const MAX_THUMBNAIL_BYTES = 16 * 1024;
/** Received pictures larger than this are offered as files (Save), not read into the page. */
export const MAX_SHOWN_IMAGE_BYTES = 32 * 1024 * 1024;

/** Pictures the page can show (decoded by Chromium; never SVG, which is a document). */
const SHOWN_IMAGE_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/bmp',
]);

export function isShownImageType(mimeType: string): boolean {
  return SHOWN_IMAGE_TYPES.has(mimeType.toLowerCase());
}

/**
 * Shown as a picture: a type the page can draw, sent as a photo (no name) or with what a photo
 * carries (its size in pixels or a preview). A document that merely has an image type (one
 * that failed to decode when it was sent) stays a file card.
 */
export function isPhoto(a: AttachmentView): boolean {
  if (!isShownImageType(a.mimeType) || a.size > MAX_SHOWN_IMAGE_BYTES) return false;
  return a.name === '' || a.width > 0 || a.thumbnail !== null;
}

/** Sizes in words (main/api/sizes.ts, shared with the command line). */
export { humanSize } from '@meow/contract';

/** Base64 of one piece (at most a few hundred KiB: built in slices, never one huge spread). */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}

export function fromBase64(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What the pointer accepts as a type (core/attachments/pointer.ts MIME), else the default. */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
export const DEFAULT_MIME = 'application/octet-stream';

export function mimeTypeOf(file: Blob): string {
  const type = file.type.split(';')[0]?.trim().toLowerCase() ?? '';
  return MIME.test(type) ? type : DEFAULT_MIME;
}

/** Path separators, control and bidirectional characters: what a shown file name may not hold. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BAD_NAME = /[/\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME_BYTES = 255;

/**
 * A document's name as the pointer allows it: unsafe characters replaced (a right-to-left
 * override could disguise "exe.pdf"), at most 255 UTF-8 bytes, keeping the extension.
 */
export function fileNameOf(name: string): string {
  let clean = name.replace(BAD_NAME, '_').trim();
  if (clean === '' || clean === '.' || clean === '..') clean = 'file';
  const encoder = new TextEncoder();
  if (encoder.encode(clean).length <= MAX_NAME_BYTES) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  let stem = Array.from(clean.slice(0, clean.length - ext.length));
  while (stem.length > 0 && encoder.encode(stem.join('') + ext).length > MAX_NAME_BYTES) {
    stem = stem.slice(0, -1);
  }
  return stem.join('') + ext;
}

const EXTENSIONS: Readonly<Record<string, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/bmp': 'bmp',
};

/** The name offered by Save: the document's own, or "photo-2025-01-01-120000.jpg". */
export function saveNameOf(a: Pick<AttachmentView, 'name' | 'mimeType'>, at: number): string {
  if (a.name !== '') return a.name;
  const d = new Date(at);
  const two = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}-${two(
    d.getHours(),
  )}${two(d.getMinutes())}${two(d.getSeconds())}`;
  return `photo-${stamp}.${EXTENSIONS[a.mimeType] ?? 'bin'}`;
}

/** The file's bytes are on this device and `attachments.read` can return them. */
export function isOnDevice(a: AttachmentView): a is AttachmentView & { localId: string } {
  return a.localId !== null && ['ready', 'sent', 'uploading'].includes(a.state);
}

/** A transfer under way: its progress bar. */
export function isMoving(a: AttachmentView): boolean {
  return a.state === 'encrypting' || a.state === 'uploading' || a.state === 'queued';
}

export function percentOf(a: Pick<AttachmentView, 'doneChunks' | 'chunkCount'>): number {
  if (a.chunkCount <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((a.doneChunks / a.chunkCount) * 100)));
}

/** "Preparing… 40%" (sealed, before the upload), "Sending… 50%", "Downloading… 25%". */
export function progressLabel(a: AttachmentView): string {
  const n = percentOf(a);
  if (a.state === 'encrypting') return `Preparing… ${n}%`;
  if (a.state === 'uploading') return `Sending… ${n}%`;
  return `Downloading… ${n}%`;
}

/** The code each lasting failure stands for when the row names none. */
const DEFAULT_CODES: Partial<Record<AttachmentView['state'], string>> = {
  expired: 'BLOB_EXPIRED',
  damaged: 'ATTACHMENT_DIGEST_MISMATCH',
  invalid: 'ATTACHMENT_POINTER_INVALID',
  failed: 'INTERNAL',
};

/**
 * A state that stays (expired, damaged, invalid, failed) as a sentence; null for the others.
 * Expired names the contact: "Expired on the server. Ask Bob to send it again."
 */
export function lastingSentence(a: AttachmentView, contact: string): string | null {
  const fallback = DEFAULT_CODES[a.state];
  if (fallback === undefined) return null;
  if (a.state === 'expired' && contact !== '') {
    return `This attachment has expired on the server. Ask ${contact} to send it again.`;
  }
  return errorSentence(a.error ?? fallback);
}

/** The shown size of a picture in a bubble: at most 320 px wide and 400 px tall. */
export function photoBox(a: Pick<AttachmentView, 'width' | 'height'>): {
  width: number;
  height: number;
} {
  if (a.width <= 0 || a.height <= 0) return { width: 240, height: 180 };
  const scale = Math.min(1, 320 / a.width, 400 / a.height);
  return {
    width: Math.max(48, Math.round(a.width * scale)),
    height: Math.max(48, Math.round(a.height * scale)),
  };
}

/** In `position` order (the view lists them so; a copy sorted to be sure). */
export function inOrder(list: readonly AttachmentView[]): AttachmentView[] {
  return [...list].sort((a, b) => a.position - b.position);
}

/** A message's attachments in a line of text: "Photo", "3 photos", "report.pdf", "2 files". */
export function attachmentSummary(list: readonly AttachmentView[]): string {
  if (list.length === 0) return '';
  const photos = list.filter(isPhoto).length;
  const first = list[0];
  if (photos === list.length) return photos === 1 ? 'Photo' : `${photos} photos`;
  if (list.length === 1 && first) return first.name || 'File';
  return `${list.length} files`;
}

/** A message in a line: its text, or what it carries when it has none ("Photo"). */
export function gistOf(m: Pick<MessageView, 'text' | 'attachments'>): string {
  return m.text || attachmentSummary(m.attachments);
}
