/**
 * Per-attachment secrets (docs/PROTOCOL.md §12 "Capabilities"), the same shape as a queue's
 * pull proof (§7): the relay addresses a blob by a hash of the token that reads it, and keeps
 * only hashes of the tokens that write and delete it, so its store alone grants nothing.
 */
import { concatBytes, randomBytes, sha256, utf8 } from '../crypto';
import { AppError } from '../errors';
import { ATTACHMENT_KEY_BYTES, BLOB_ID_LABEL, TOKEN_BYTES } from './constants';

const BLOB_ID_PREFIX = utf8(BLOB_ID_LABEL);

/** What the sender creates for one attachment. Only `readToken` and `key` leave the device. */
export interface AttachmentSecrets {
  /** XChaCha20-Poly1305 key of every chunk; travels only inside the E2E pointer. */
  readonly key: Uint8Array;
  /** Reads chunks; in the pointer, so every holder of the message can fetch. */
  readonly readToken: Uint8Array;
  /** Writes chunks; the uploading device keeps it (resume after a restart). */
  readonly uploadToken: Uint8Array;
  /** Deletes the blob; the sender keeps it (delete for everyone, disappearing messages). */
  readonly deleteToken: Uint8Array;
}

/** What the relay's create registers besides the chunk hashes. */
export interface BlobRegistration {
  readonly blobId: Uint8Array;
  readonly uploadTokenHash: Uint8Array;
  readonly deleteTokenHash: Uint8Array;
}

export function generateAttachmentSecrets(): AttachmentSecrets {
  return {
    key: randomBytes(ATTACHMENT_KEY_BYTES),
    readToken: randomBytes(TOKEN_BYTES),
    uploadToken: randomBytes(TOKEN_BYTES),
    deleteToken: randomBytes(TOKEN_BYTES),
  };
}

/** blobId = SHA-256(utf8("meow/blob/v1") ‖ readToken): the blob's address at the relay. */
export function blobIdFromReadToken(readToken: Uint8Array): Uint8Array {
  requireToken(readToken, 'read token');
  return sha256(concatBytes(BLOB_ID_PREFIX, readToken));
}

/** SHA-256(token): what the relay stores for the upload and delete tokens. */
export function tokenHash(token: Uint8Array): Uint8Array {
  requireToken(token, 'token');
  return sha256(token);
}

export function blobRegistration(secrets: AttachmentSecrets): BlobRegistration {
  return {
    blobId: blobIdFromReadToken(secrets.readToken),
    uploadTokenHash: tokenHash(secrets.uploadToken),
    deleteTokenHash: tokenHash(secrets.deleteToken),
  };
}

function requireToken(token: Uint8Array, what: string): void {
  if (!(token instanceof Uint8Array) || token.length !== TOKEN_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `${what} must be ${TOKEN_BYTES} bytes`);
  }
}
