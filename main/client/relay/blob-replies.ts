/**
 * POST /v1/blob for the app's blob client (blob-client.ts; docs/PROTOCOL.md §8 "Attachments:
 * blob endpoints"): the frame both ways, the checks of every reply against its request, and
 * the relay's blob codes as the engine branches on them.
 */
import { CHUNK_BYTES } from '../../../core/attachments';
import {
  frameBlob,
  parseBlobFrame,
  BLOB_FRAME_HEADER_BYTES,
  MAX_BLOB_ENVELOPE_BYTES,
} from '../../../core/envelope/blob-frame';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { badReply, RelayClientError } from './errors';
import type { Framing } from './request';

export const BLOB_CONTENT_TYPE = 'application/x-meow-blob';
/** A reply frame at its largest: header, envelope, one chunk. */
export const MAX_BLOB_REPLY_BYTES = BLOB_FRAME_HEADER_BYTES + MAX_BLOB_ENVELOPE_BYTES + CHUNK_BYTES;

/**
 * The relay's blob codes (server/errors.ts, PROTOCOL.md §8 "Error codes"). A blob request the
 * relay refuses with one of them fails with a RelayClientError whose `relayCode` is that code:
 * RELAY_REJECTED for all but BLOB_QUOTA_EXCEEDED (HTTP 507), which is RELAY_UNAVAILABLE
 * (`retryable`: the relay's storage frees up as blobs expire).
 */
export const BLOB_RELAY_CODES = [
  'BLOB_DENIED',
  'BLOB_NOT_FOUND',
  'BLOB_CHUNK_MISSING',
  'BLOB_EXISTS',
  'BLOB_EXPIRED',
  'BLOB_TOO_LARGE',
  'BLOB_BAD_SIZE',
  'BLOB_BAD_INDEX',
  'BLOB_HASH_MISMATCH',
  'BLOB_QUOTA_EXCEEDED',
] as const;

export type BlobRelayCode = (typeof BLOB_RELAY_CODES)[number];

const BLOB_CODES: ReadonlySet<string> = new Set(BLOB_RELAY_CODES);

/** The relay's blob code `err` carries; undefined for any other failure (network, rate, …). */
export function blobRelayCode(err: unknown): BlobRelayCode | undefined {
  if (!(err instanceof RelayClientError) || !BLOB_CODES.has(err.relayCode)) return undefined;
  return err.relayCode as BlobRelayCode;
}

/** What the relay answers about a blob (STATUS, by read or upload token). */
export interface BlobInfo {
  readonly chunkCount: number;
  /** When the relay drops the blob: ms since epoch, by the relay's clock. */
  readonly expiresAt: number;
  /** The indexes of the chunks the relay holds (its bitmap, MSB first, decoded). */
  readonly present: ReadonlySet<number>;
}

/**
 * What a create answers: no `present`, because the relay does not list chunks there (an
 * identical create of a half-uploaded blob answers as the first one did); ask `uploadStatus`.
 */
export type BlobCreated = Omit<BlobInfo, 'present'>;

/** The frame of one request, `chunk` (PUT) after the envelope; the reply's, either way. */
export function blobFraming(chunk?: Uint8Array): Framing {
  return {
    contentType: BLOB_CONTENT_TYPE,
    body: (envelope) => {
      if (envelope.length > MAX_BLOB_ENVELOPE_BYTES) {
        throw new AppError(
          'INVALID_ARGUMENT',
          `blob request header of ${envelope.length} bytes (at most ${MAX_BLOB_ENVELOPE_BYTES})`,
        );
      }
      return frameBlob(envelope, chunk);
    },
    // Failures refused before the relay read the body (shutting down, a body too large) are a
    // plain PackedServerReply, as on POST /v1; everything else is framed.
    reply: (http) => {
      const mediaType = (http.contentType.split(';')[0] ?? '').trim().toLowerCase();
      if (mediaType !== BLOB_CONTENT_TYPE) {
        return { envelope: http.body, trailer: new Uint8Array(0) };
      }
      const { envelope, chunk: trailer } = parseBlobFrame(http.body);
      return { envelope, trailer };
    },
  };
}

function isSafeUint(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function resultOf(reply: meow.FromServerMessage, trailer: Uint8Array): meow.IBlobResult {
  const result = reply.blob;
  if (!result) throw badReply('no blob result');
  if (trailer.length !== 0) throw badReply('bytes after a reply that carries no chunk');
  return result;
}

function countOf(result: meow.IBlobResult): number {
  const count = result.chunkCount ?? 0;
  if (!isSafeUint(count) || count === 0) throw badReply('invalid blob chunk count');
  return count;
}

function expiryOf(result: meow.IBlobResult): number {
  const expiresAt = result.expiresAt ?? 0;
  if (!isSafeUint(expiresAt) || expiresAt === 0) throw badReply('invalid blob expiry');
  return expiresAt;
}

export function createdBlob(
  reply: meow.FromServerMessage,
  trailer: Uint8Array,
  chunkCount: number,
): BlobCreated {
  const result = resultOf(reply, trailer);
  if (countOf(result) !== chunkCount) throw badReply('created blob has another chunk count');
  return { chunkCount, expiresAt: expiryOf(result) };
}

export function putChunk(reply: meow.FromServerMessage, trailer: Uint8Array, index: number): void {
  const result = resultOf(reply, trailer);
  if ((result.index ?? 0) !== index) throw badReply('stored chunk has another index');
}

/** The chunk a GET returned: exactly CHUNK_BYTES, for the index asked for; a copy. */
export function gotChunk(
  reply: meow.FromServerMessage,
  trailer: Uint8Array,
  index: number,
): Uint8Array {
  const result = reply.blob;
  if (!result) throw badReply('no blob result');
  if ((result.index ?? 0) !== index) throw badReply('chunk of another index');
  if (trailer.length !== CHUNK_BYTES) {
    throw badReply(`chunk of ${trailer.length} bytes (expected ${CHUNK_BYTES})`);
  }
  return trailer.slice();
}

/** STATUS: the count, the expiry and the present bitmap (exactly ceil(count / 8) bytes). */
export function blobInfo(reply: meow.FromServerMessage, trailer: Uint8Array): BlobInfo {
  const result = resultOf(reply, trailer);
  const chunkCount = countOf(result);
  const bitmap = result.present ?? new Uint8Array(0);
  if (bitmap.length !== Math.ceil(chunkCount / 8)) throw badReply('present bitmap of wrong size');
  const present = new Set<number>();
  for (let i = 0; i < bitmap.length * 8; i++) {
    if (((bitmap[i >> 3] ?? 0) & (0x80 >> (i & 7))) === 0) continue;
    if (i >= chunkCount) throw badReply('present bitmap lists a chunk outside the blob');
    present.add(i);
  }
  return { chunkCount, expiresAt: expiryOf(result), present };
}

export function deletedBlob(reply: meow.FromServerMessage, trailer: Uint8Array): void {
  resultOf(reply, trailer);
}
