import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../core/crypto';
import { meow } from '../../proto';
import { RelayError } from '../errors';
import { blobIdOf, HASH_BYTES, TOKEN_BYTES } from '../blobs/limits';
import type { BlobAbsent, BlobMeta, BlobStore } from '../blobs/types';

/**
 * The blob operations of POST /v1/blob (docs/PROTOCOL.md "Attachments: blob endpoints"), after
 * the envelope, clock, replay and rate checks. Capabilities: the read token names the blob
 * (blobId = SHA-256("meow/blob/v1" ‖ readToken)); the upload and delete tokens are checked
 * against the SHA-256 registered at create. Every refusal is a RelayError with its own code.
 */
export interface BlobOutcome {
  readonly result: meow.IBlobResult;
  /** GET: the chunk, sent after the reply envelope. */
  readonly chunk?: Uint8Array;
}

const Op = meow.BlobRequest.Op;

function malformed(what: string): RelayError {
  return new RelayError('MALFORMED', `blob request: ${what}`);
}

function requireLength(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length !== length) throw malformed(`${what} must be ${length} bytes`);
}

function absent(state: BlobAbsent): RelayError {
  return state === 'expired'
    ? new RelayError('BLOB_EXPIRED', 'the blob has expired')
    : new RelayError('BLOB_NOT_FOUND', 'no such blob');
}

function badIndex(): RelayError {
  return new RelayError('BLOB_BAD_INDEX', 'chunk index outside the blob');
}

/** The blob's meta, or its absence as an error. */
async function liveMeta(blobs: BlobStore, blobId: Uint8Array, now: number): Promise<BlobMeta> {
  const meta = await blobs.meta(blobId, now);
  if (typeof meta === 'string') throw absent(meta);
  return meta;
}

function grants(token: Uint8Array, hash: Uint8Array): boolean {
  return hash.length === HASH_BYTES && timingSafeEqual(sha256(token), hash);
}

/**
 * Which blob a request names, and whether its token is the read token (blob_id empty: the
 * id is derived from it) or another capability (blob_id given, checked by the caller).
 */
function target(request: meow.BlobRequest): { blobId: Uint8Array; byReadToken: boolean } {
  requireLength(request.token, TOKEN_BYTES, 'token');
  if (request.blobId.length === 0) return { blobId: blobIdOf(request.token), byReadToken: true };
  requireLength(request.blobId, TOKEN_BYTES, 'blob_id');
  return { blobId: request.blobId, byReadToken: false };
}

export async function runBlobOp(
  blobs: BlobStore,
  request: meow.BlobRequest,
  chunk: Uint8Array,
  now: number,
): Promise<BlobOutcome> {
  if (request.op !== Op.PUT && chunk.length > 0) throw malformed('only PUT carries a chunk');
  switch (request.op) {
    case Op.CREATE:
      return create(blobs, request, now);
    case Op.PUT:
      return put(blobs, request, chunk, now);
    case Op.GET:
      return get(blobs, request, now);
    case Op.STATUS:
      return status(blobs, request, now);
    case Op.DELETE:
      return remove(blobs, request, now);
    default:
      throw malformed('unknown op');
  }
}

async function create(
  blobs: BlobStore,
  request: meow.BlobRequest,
  now: number,
): Promise<BlobOutcome> {
  const count = request.chunkCount;
  requireLength(request.blobId, TOKEN_BYTES, 'blob_id');
  requireLength(request.uploadTokenHash, HASH_BYTES, 'upload_token_hash');
  requireLength(request.deleteTokenHash, HASH_BYTES, 'delete_token_hash');
  if (request.token.length !== 0) throw malformed('CREATE carries token hashes, not tokens');
  if (count < 1) throw malformed('chunk_count must be at least 1');
  requireLength(request.chunkHashes, count * HASH_BYTES, 'chunk_hashes');
  const created = await blobs.create(
    {
      blobId: request.blobId,
      chunkCount: count,
      chunkHashes: request.chunkHashes,
      uploadTokenHash: request.uploadTokenHash,
      deleteTokenHash: request.deleteTokenHash,
    },
    now,
  );
  if (!created.ok) {
    if (created.reason === 'too-many-chunks') {
      throw new RelayError('BLOB_TOO_LARGE', 'more chunks than this relay accepts per blob');
    }
    if (created.reason === 'over-quota') {
      throw new RelayError('BLOB_QUOTA_EXCEEDED', "the relay's attachment storage is full");
    }
    throw new RelayError('BLOB_EXISTS', 'this blob id is registered with other parameters');
  }
  return { result: { chunkCount: count, expiresAt: created.meta.expiresAt } };
}

async function put(
  blobs: BlobStore,
  request: meow.BlobRequest,
  chunk: Uint8Array,
  now: number,
): Promise<BlobOutcome> {
  const { blobId, byReadToken } = target(request);
  if (byReadToken) throw malformed('PUT names its blob and carries the upload token');
  const meta = await liveMeta(blobs, blobId, now);
  if (!grants(request.token, meta.uploadTokenHash)) {
    throw new RelayError('BLOB_DENIED', 'not the upload token of this blob');
  }
  const stored = await blobs.putChunk(blobId, request.index, chunk, now);
  switch (stored) {
    case 'stored':
      return {
        result: { chunkCount: meta.chunkCount, expiresAt: meta.expiresAt, index: request.index },
      };
    case 'bad-index':
      throw badIndex();
    case 'bad-size':
      throw new RelayError('BLOB_BAD_SIZE', 'a chunk is exactly 262144 bytes');
    case 'hash-mismatch':
      throw new RelayError('BLOB_HASH_MISMATCH', 'the chunk does not match its registered hash');
    default:
      throw absent(stored);
  }
}

async function get(blobs: BlobStore, request: meow.BlobRequest, now: number): Promise<BlobOutcome> {
  const { blobId, byReadToken } = target(request);
  if (!byReadToken) throw malformed('GET carries the read token alone');
  const bytes = await blobs.getChunk(blobId, request.index, now);
  if (bytes === 'bad-index') throw badIndex();
  if (bytes === 'chunk-missing') {
    throw new RelayError('BLOB_CHUNK_MISSING', 'this chunk has not been uploaded');
  }
  if (typeof bytes === 'string') throw absent(bytes);
  return { result: { index: request.index }, chunk: bytes };
}

async function status(
  blobs: BlobStore,
  request: meow.BlobRequest,
  now: number,
): Promise<BlobOutcome> {
  const { blobId, byReadToken } = target(request);
  const meta = await liveMeta(blobs, blobId, now);
  if (!byReadToken && !grants(request.token, meta.uploadTokenHash)) {
    throw new RelayError('BLOB_DENIED', 'not the upload token of this blob');
  }
  const present = await blobs.presentChunks(blobId, now);
  if (typeof present === 'string') throw absent(present);
  return { result: { chunkCount: meta.chunkCount, expiresAt: meta.expiresAt, present } };
}

async function remove(
  blobs: BlobStore,
  request: meow.BlobRequest,
  now: number,
): Promise<BlobOutcome> {
  const { blobId, byReadToken } = target(request);
  if (byReadToken) throw malformed('DELETE names its blob and carries the delete token');
  const meta = await liveMeta(blobs, blobId, now);
  if (!grants(request.token, meta.deleteTokenHash)) {
    throw new RelayError('BLOB_DENIED', 'not the delete token of this blob');
  }
  await blobs.delete(blobId, now);
  return { result: { chunkCount: meta.chunkCount } };
}
