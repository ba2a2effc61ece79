/**
 * The attachment commands of the API (issue 16; docs/ATTACHMENTS.md), merged into contract.ts.
 *
 * Sending: `attachments.send` writes the message and one attachment per file (name, type,
 * size, and for photos the preview the window made and the picture's size), then the window
 * hands each file over in order with `attachments.write` — base64 pieces of at most
 * MAX_WRITE_BYTES, each accepted once the engine has sealed it (back-pressure: a 100 MiB file
 * never sits whole in the host's memory, and nothing of it is written to disk unencrypted).
 * Progress, the upload and the delivery arrive as events (`attachment.updated` with the
 * message's view). If the window goes away mid-file, the message fails and says so.
 *
 * Receiving: files up to the device's automatic size (`ProfileView.autoDownloadMiB`, default
 * 20 MiB) are fetched by themselves; `attachments.download` fetches a larger one (or one that
 * failed). `attachments.cancel` stops a transfer: a download keeps what it has and waits for
 * `attachments.download`; an upload fails its message with ATTACHMENT_CANCELLED, and
 * `messages.retry` takes it up where it stopped (ATTACHMENT_SOURCE_GONE for a file the window
 * had not handed over whole: it is attached again). `attachments.read` returns a range of a
 * file on this device (decrypted in the host, chunk by chunk): the window builds an image from
 * it. `attachments.link` gives a one-time path that downloads a file (*Save*), streamed by the
 * host, so the window never holds a file to save it.
 */
import { z } from 'zod';
import {
  MAX_ATTACHMENT_READ_BYTES as MAX_READ_BYTES,
  MAX_ATTACHMENT_WRITE_BYTES as MAX_WRITE_BYTES,
} from './names';

const id = z.string().min(1).max(128);
/** Base64 of the largest preview the pointer allows (16 KiB). */
const THUMBNAIL_BASE64 = Math.ceil((16 * 1024) / 3) * 4;
const base64 = (maxChars: number) =>
  z
    .string()
    .max(maxChars)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const dimension = z.number().int().min(1).max(65_535);

const fileToSend = z
  .object({
    /** Shown to the contact; '' for photos. */
    name: z.string().max(255),
    mimeType: z.string().min(3).max(255),
    size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    /** Photos: a JPEG or WebP preview (base64, at most 16 KiB) and the picture's size. */
    thumbnail: base64(THUMBNAIL_BASE64).optional(),
    width: dimension.optional(),
    height: dimension.optional(),
  })
  .strict();

export const attachmentCommandArgs = {
  'attachments.send': z
    .object({
      peerUid: id,
      files: z.array(fileToSend).min(1).max(32),
      caption: z
        .string()
        .max(64 * 1024)
        .optional(),
      replyTo: id.optional(),
    })
    .strict(),
  'attachments.write': z
    .object({ localId: id, data: base64(Math.ceil(MAX_WRITE_BYTES / 3) * 4) })
    .strict(),
  'attachments.download': z.object({ localId: id }).strict(),
  'attachments.cancel': z.object({ localId: id }).strict(),
  'attachments.link': z.object({ localId: id, name: z.string().min(1).max(255) }).strict(),
  'attachments.read': z
    .object({
      localId: id,
      offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().min(1).max(MAX_READ_BYTES),
    })
    .strict(),
} as const;

export interface AttachmentCommandResults {
  /** `localIds`: one per file, in order, for `attachments.write`. */
  'attachments.send': { uuid: string; localIds: string[] };
  'attachments.write': null;
  'attachments.download': null;
  'attachments.cancel': null;
  /**
   * `path`: GET it (relative to the page: `files/…`) to download the file as `name`, streamed
   * and decrypted by the host (file-links.ts); it works once, within a minute.
   */
  'attachments.link': { path: string };
  /** `data`: base64 of the bytes from `offset` (shorter at the end of the file). */
  'attachments.read': { data: string; size: number };
}
