/**
 * One sealed chunk (docs/PROTOCOL.md §12 "Chunk format"):
 *
 *   chunk = nonce(24) ‖ XChaCha20-Poly1305(key, nonce, plaintext(262,104), AD)
 *   AD    = utf8("meow/att/v1") ‖ blobId(32) ‖ index(u32 BE) ‖ count(u32 BE)
 *
 * exactly CHUNK_BYTES long. The nonce is random per chunk (24 bytes: no collision concern for
 * 2^32 chunks of one key), and the AD binds each chunk to its blob, its place and the blob's
 * length: a chunk moved to another index, another blob or a blob of another count fails
 * authentication, so reordering and truncation are caught chunk by chunk with no sequential
 * state (unlike secretstream), which is what lets transfers run in parallel and resume.
 */
import { aeadDecryptWithNonce, aeadEncryptWithNonce, randomBytes, utf8 } from '../crypto';
import { AppError, isAppError } from '../errors';
import {
  ATTACHMENT_KEY_BYTES,
  BLOB_ID_BYTES,
  CHUNK_AD_LABEL,
  CHUNK_BYTES,
  CHUNK_NONCE_BYTES,
  CHUNK_PLAINTEXT_BYTES,
  POINTER_MAX_CHUNK_COUNT,
} from './constants';

const LABEL = utf8(CHUNK_AD_LABEL);
export const CHUNK_AD_BYTES = LABEL.length + BLOB_ID_BYTES + 4 + 4;

/** Where a chunk belongs: the AD's fields, plus the key that seals it. */
export interface ChunkContext {
  readonly key: Uint8Array;
  readonly blobId: Uint8Array;
  readonly count: number;
}

export function chunkAd(blobId: Uint8Array, index: number, count: number): Uint8Array {
  const ad = new Uint8Array(CHUNK_AD_BYTES);
  ad.set(LABEL, 0);
  ad.set(blobId, LABEL.length);
  const view = new DataView(ad.buffer);
  view.setUint32(LABEL.length + BLOB_ID_BYTES, index, false);
  view.setUint32(LABEL.length + BLOB_ID_BYTES + 4, count, false);
  return ad;
}

/** Seals exactly CHUNK_PLAINTEXT_BYTES of plaintext (the caller zero-fills the padding). */
export function sealChunk(context: ChunkContext, index: number, plaintext: Uint8Array): Uint8Array {
  requireContext(context, index);
  if (plaintext.length !== CHUNK_PLAINTEXT_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `a chunk seals exactly ${CHUNK_PLAINTEXT_BYTES} bytes`);
  }
  const out = new Uint8Array(CHUNK_BYTES);
  const nonce = randomBytes(CHUNK_NONCE_BYTES);
  out.set(nonce, 0);
  const ad = chunkAd(context.blobId, index, context.count);
  out.set(aeadEncryptWithNonce(context.key, nonce, plaintext, ad), CHUNK_NONCE_BYTES);
  return out;
}

/**
 * Opens chunk `index`: its full CHUNK_PLAINTEXT_BYTES, padding included. Anything that is not
 * this blob's authentic chunk at this index is ATTACHMENT_CHUNK_INVALID, and no byte of it is
 * returned: the caller discards the chunk and fetches it again.
 */
export function openChunk(context: ChunkContext, index: number, sealed: Uint8Array): Uint8Array {
  requireContext(context, index);
  if (!(sealed instanceof Uint8Array) || sealed.length !== CHUNK_BYTES) {
    throw new AppError('ATTACHMENT_CHUNK_INVALID', `chunk ${index} is not ${CHUNK_BYTES} bytes`);
  }
  const ad = chunkAd(context.blobId, index, context.count);
  try {
    return aeadDecryptWithNonce(
      context.key,
      sealed.subarray(0, CHUNK_NONCE_BYTES),
      sealed.subarray(CHUNK_NONCE_BYTES),
      ad,
    );
  } catch (cause) {
    if (!isAppError(cause, 'CRYPTO_DECRYPT_FAILED')) throw cause;
    throw new AppError('ATTACHMENT_CHUNK_INVALID', `chunk ${index} failed authentication`, {
      cause,
    });
  }
}

function requireContext(context: ChunkContext, index: number): void {
  const { key, blobId, count } = context;
  if (!(key instanceof Uint8Array) || key.length !== ATTACHMENT_KEY_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `an attachment key is ${ATTACHMENT_KEY_BYTES} bytes`);
  }
  if (!(blobId instanceof Uint8Array) || blobId.length !== BLOB_ID_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `a blob id is ${BLOB_ID_BYTES} bytes`);
  }
  if (!Number.isInteger(count) || count < 1 || count > POINTER_MAX_CHUNK_COUNT) {
    throw new AppError('INVALID_ARGUMENT', 'chunk count out of range');
  }
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new AppError('INVALID_ARGUMENT', `chunk index ${index} outside 0..${count - 1}`);
  }
}
