/**
 * The E2E attachment pointer (docs/PROTOCOL.md §12 "Pointer", proto `AttachmentPointer`).
 * Everything in it comes from a contact and is untrusted: `validatePointer` checks every
 * field before the engine stores or acts on it, and answers ATTACHMENT_POINTER_INVALID (or
 * ATTACHMENT_BAD_VERSION) naming the field. Senders go through the same check on encode, so
 * an oversized thumbnail is refused before it is sent.
 */
import { meow } from '../../proto';
import { utf8 } from '../crypto';
import { AppError } from '../errors';
import { decodeProto, encodeProto } from '../wire';
import { blobIdFromReadToken } from './capabilities';
import {
  ATTACHMENT_FORMAT_VERSION,
  ATTACHMENT_KEY_BYTES,
  CHUNK_PLAINTEXT_BYTES,
  DIGEST_BYTES,
  MAX_ATTACHMENTS_PER_MESSAGE,
  MAX_THUMBNAIL_BYTES,
  POINTER_MAX_CHUNK_COUNT,
  TOKEN_BYTES,
} from './constants';
import { chunkCountFor } from './padding';

export const MAX_RELAY_URL_LENGTH = 2048;
export const MAX_NAME_BYTES = 255;
export const MAX_DIMENSION = 65_535;

/** A pointer that passed validation; `blobId` is derived from `readToken`. */
export interface AttachmentPointer {
  readonly version: number;
  readonly relayUrl: string;
  readonly readToken: Uint8Array;
  readonly key: Uint8Array;
  readonly digest: Uint8Array;
  readonly plaintextLength: number;
  readonly chunkCount: number;
  /** Lower-cased type/subtype. */
  readonly mimeType: string;
  /** Documents' base name; '' for photos. */
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** Empty when there is none. */
  readonly thumbnail: Uint8Array;
  readonly blobId: Uint8Array;
}

/** RFC 6838 §4.2 restricted-name, twice: no parameters, no spaces, at most 127 each. */
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;
/**
 * What a file name shown in a conversation and offered to Save as… may not hold: path
 * separators, control characters (C0, DEL, C1) and the bidirectional controls that make
 * "gpj.exe" read as "exe.jpg".
 */
const BAD_NAME_CHARACTER =
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  /[/\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export function validatePointer(p: meow.IAttachmentPointer): AttachmentPointer {
  if ((p.version ?? 0) !== ATTACHMENT_FORMAT_VERSION) {
    throw new AppError('ATTACHMENT_BAD_VERSION', `attachment format ${p.version ?? 0} unknown`);
  }
  const readToken = bytesOf(p.readToken, TOKEN_BYTES, 'read_token');
  const [width, height] = dimensions(p.width ?? 0, p.height ?? 0);
  const thumbnail = p.thumbnail ?? new Uint8Array(0);
  if (thumbnail.length > MAX_THUMBNAIL_BYTES) throw invalid('thumbnail above 16 KiB');
  return {
    version: ATTACHMENT_FORMAT_VERSION,
    relayUrl: relayUrl(p.relayUrl ?? ''),
    readToken,
    key: bytesOf(p.key, ATTACHMENT_KEY_BYTES, 'key'),
    digest: bytesOf(p.digest, DIGEST_BYTES, 'digest'),
    ...lengthAndCount(p.plaintextLength ?? 0, p.chunkCount ?? 0),
    mimeType: mimeType(p.mimeType ?? ''),
    name: fileName(p.name ?? ''),
    width,
    height,
    thumbnail,
    blobId: blobIdFromReadToken(readToken),
  };
}

/** A message's attachments: each valid, and no more than MAX_ATTACHMENTS_PER_MESSAGE. */
export function validatePointers(
  list: readonly meow.IAttachmentPointer[] | null | undefined,
): AttachmentPointer[] {
  if (!list) return [];
  if (list.length > MAX_ATTACHMENTS_PER_MESSAGE) {
    throw invalid(`more than ${MAX_ATTACHMENTS_PER_MESSAGE} attachments in one message`);
  }
  return list.map(validatePointer);
}

export function decodePointer(bytes: Uint8Array): AttachmentPointer {
  return validatePointer(decodeProto(meow.AttachmentPointer, bytes));
}

/** The wire form of a pointer the sender built; validated first, like a received one. */
export function pointerMessage(p: meow.IAttachmentPointer): meow.IAttachmentPointer {
  const v = validatePointer(p);
  return {
    version: v.version,
    relayUrl: v.relayUrl,
    readToken: v.readToken,
    key: v.key,
    digest: v.digest,
    plaintextLength: v.plaintextLength,
    chunkCount: v.chunkCount,
    mimeType: v.mimeType,
    name: v.name,
    width: v.width,
    height: v.height,
    thumbnail: v.thumbnail,
  };
}

export function encodePointer(p: meow.IAttachmentPointer): Uint8Array {
  return encodeProto(meow.AttachmentPointer, pointerMessage(p));
}

function invalid(message: string): AppError {
  return new AppError('ATTACHMENT_POINTER_INVALID', `attachment pointer: ${message}`);
}

function bytesOf(value: Uint8Array | null | undefined, length: number, field: string): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== length) {
    throw invalid(`${field} must be ${length} bytes`);
  }
  return value;
}

function relayUrl(text: string): string {
  if (text.length === 0 || text.length > MAX_RELAY_URL_LENGTH) throw invalid('relay_url length');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw invalid('relay_url is not a URL');
  }
  // Which relays the engine will actually contact (https:// on the internet, a relay of the
  // conversation) is its policy; here only the syntax: an http(s) origin without credentials.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) {
    throw invalid('relay_url must be http(s):// without credentials');
  }
  if (url.hash) throw invalid('relay_url has a fragment');
  return text;
}

function mimeType(text: string): string {
  const lower = text.toLowerCase();
  if (!MIME.test(lower)) throw invalid('mime_type is not type/subtype');
  return lower;
}

function fileName(text: string): string {
  if (text.length === 0) return text;
  if (utf8(text).length > MAX_NAME_BYTES) throw invalid(`name above ${MAX_NAME_BYTES} bytes`);
  if (BAD_NAME_CHARACTER.test(text) || text === '.' || text === '..') {
    throw invalid('name is not a plain file name');
  }
  return text;
}

/** The count must be exactly the padded count of the length: one canonical form per size. */
function lengthAndCount(
  plaintextLength: number,
  chunkCount: number,
): { plaintextLength: number; chunkCount: number } {
  if (
    !Number.isSafeInteger(plaintextLength) ||
    plaintextLength < 0 ||
    plaintextLength > POINTER_MAX_CHUNK_COUNT * CHUNK_PLAINTEXT_BYTES
  ) {
    throw invalid('plaintext_length out of range');
  }
  if (chunkCount !== chunkCountFor(plaintextLength)) {
    throw invalid(`chunk_count ${chunkCount} is not the padded count of the plaintext length`);
  }
  return { plaintextLength, chunkCount };
}

function dimensions(width: number, height: number): [number, number] {
  if ((width === 0) !== (height === 0)) throw invalid('width and height go together');
  if (width > MAX_DIMENSION || height > MAX_DIMENSION) throw invalid('dimensions too large');
  return [width, height];
}
