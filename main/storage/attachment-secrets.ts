/**
 * What an attachment row keeps sealed in its `body` (attachment-rows.ts): the secrets and the
 * sending side's particulars, as JSON (bytes in base64url) before the db key seals it.
 */
import { fromBase64Url, toBase64Url } from '../../core/crypto';
import { AppError } from '../../core/errors';
import { jsonBytes, parseJsonBytes } from './json';

/** What is sealed in `body`. */
export interface AttachmentSecrets {
  /** The encoded AttachmentPointer: received, or (sending) once the file is sealed. */
  readonly pointer?: Uint8Array;
  /** Sending: the chunk key and read token, drawn before the pointer exists. */
  readonly key?: Uint8Array;
  readonly readToken?: Uint8Array;
  /** Sending: the capabilities only this device holds (PROTOCOL.md §12 "Capabilities"). */
  readonly uploadToken?: Uint8Array;
  readonly deleteToken?: Uint8Array;
  /** Sending: each sealed chunk's SHA-256, registered at the relay's create. */
  readonly chunkHashes?: readonly Uint8Array[];
  /** Sending: the file read while encrypting, and what the pointer will say of it. */
  readonly sourcePath?: string;
  readonly mimeType?: string;
  readonly name?: string;
  /** Sending: the relay the blob goes to (the contact's). */
  readonly relayUrl?: string;
  /** Sending, photos: the preview made on this computer and the picture's size in pixels. */
  readonly thumbnail?: Uint8Array;
  readonly width?: number;
  readonly height?: number;
  /**
   * A copy for a sibling (engine/attachments/backfill.ts): the row on this device whose
   * chunks are sealed again, and the device and message the new pointer is for.
   */
  readonly sourceLocalId?: string;
  readonly backfillDevice?: string;
  readonly backfillUuid?: string;
}

const BYTE_FIELDS = [
  'pointer',
  'key',
  'readToken',
  'uploadToken',
  'deleteToken',
  'thumbnail',
] as const;
const NUMBER_FIELDS = ['width', 'height'] as const;
const TEXT_FIELDS = [
  'sourcePath',
  'mimeType',
  'name',
  'relayUrl',
  'sourceLocalId',
  'backfillDevice',
  'backfillUuid',
] as const;

export function encodeSecrets(secrets: AttachmentSecrets): Uint8Array {
  const out: Record<string, string | string[] | number> = {};
  for (const field of BYTE_FIELDS) {
    const value = secrets[field];
    if (value) out[field] = toBase64Url(value);
  }
  for (const field of NUMBER_FIELDS) {
    const value = secrets[field];
    if (value !== undefined) out[field] = value;
  }
  for (const field of TEXT_FIELDS) {
    const value = secrets[field];
    if (value !== undefined) out[field] = value;
  }
  if (secrets.chunkHashes) out.chunkHashes = secrets.chunkHashes.map((h) => toBase64Url(h));
  return jsonBytes(out, 'attachment secrets');
}

export function decodeSecrets(bytes: Uint8Array): AttachmentSecrets {
  const parsed = parseJsonBytes(bytes, 'STORAGE_CORRUPT', 'attachment secrets');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new AppError('STORAGE_CORRUPT', 'attachment secrets are not an object');
  }
  const json = parsed as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of BYTE_FIELDS) {
    const value = json[field];
    if (typeof value === 'string') out[field] = fromBase64Url(value);
  }
  for (const field of TEXT_FIELDS) {
    const value = json[field];
    if (typeof value === 'string') out[field] = value;
  }
  for (const field of NUMBER_FIELDS) {
    const value = json[field];
    if (typeof value === 'number') out[field] = value;
  }
  const hashes = json.chunkHashes;
  if (Array.isArray(hashes)) {
    out.chunkHashes = hashes.map((h) => {
      if (typeof h !== 'string') throw new AppError('STORAGE_CORRUPT', 'bad chunk hash');
      return fromBase64Url(h);
    });
  }
  return out;
}
