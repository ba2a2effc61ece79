import { BLOB_ID_BYTES, CHUNK_BYTES, TOKEN_BYTES } from '../../../core/attachments';
import { concatBytes, SHA256_BYTES, X25519_KEY_BYTES } from '../../../core/crypto';
import { meow } from '../../../proto';
import type { ServerRef } from '../model';
import { decodeKey, isSafeUint, requireArg, UINT32_MAX } from './arguments';
import {
  blobFraming,
  blobInfo,
  blobRelayCode,
  createdBlob,
  deletedBlob,
  gotChunk,
  putChunk,
  MAX_BLOB_REPLY_BYTES,
  type BlobCreated,
  type BlobInfo,
} from './blob-replies';
import { normalizeRelayUrl, type CallOptions, type RelayClientOptions } from './relay-client';
import { call, type Answer, type RelayClock } from './request';

/**
 * The app's client of a relay's blob endpoint, POST /v1/blob (docs/PROTOCOL.md §8
 * "Attachments: blob endpoints"), for ONE relay: register a blob, upload and download its
 * 262,144-byte chunks, list which are stored, delete it. Each call is one request through the
 * same exchange as RelayClient's (request.ts): a fresh X25519 key per request, the header boxed
 * to the pinned relay key and framed with the chunk (core/envelope/blob-frame.ts), the
 * envelope-version fallback, one resend on a connection closed under it, one resend with the
 * relay's clock on CLOCK_SKEW. Every reply is checked against its request (uuid, index, chunk
 * size, bitmap size) before anything is returned. Every operation may be repeated: an identical
 * create or an identical chunk again is a success at the relay, and `delete` of a blob already
 * gone resolves.
 *
 * Errors: every failure is an AppError. Bad arguments are INVALID_ARGUMENT (a bug in the
 * caller, nothing sent); transport and relay failures are RelayClientError as for RelayClient
 * (errors.ts): RELAY_UNAVAILABLE and RELAY_RATE_LIMITED (`retryable`, `retryAfterMs`),
 * RELAY_ABORTED, RELAY_BAD_REPLY, RELAY_KEY_CHANGED, RELAY_REJECTED. The relay's own blob
 * refusals carry its code in `relayCode` (`blobRelayCode(err)` reads it, typed):
 *
 * | relayCode                          | client code       | for the engine                       |
 * |------------------------------------|-------------------|--------------------------------------|
 * | BLOB_EXPIRED, BLOB_NOT_FOUND       | RELAY_REJECTED    | give up: the attachment is "expired" |
 * | BLOB_CHUNK_MISSING                 | RELAY_REJECTED    | try later (not uploaded yet)         |
 * | BLOB_DENIED                        | RELAY_REJECTED    | give up: not this blob's token       |
 * | BLOB_HASH_MISMATCH, BLOB_BAD_SIZE, | RELAY_REJECTED    | give up: a bug, or a corrupt local   |
 * | BLOB_BAD_INDEX, BLOB_EXISTS        |                   | chunk                                |
 * | BLOB_TOO_LARGE                     | RELAY_REJECTED    | give up: too many chunks for it      |
 * | BLOB_QUOTA_EXCEEDED (HTTP 507)     | RELAY_UNAVAILABLE | try later, with backoff              |
 *
 * Rate limits and outages are RELAY_RATE_LIMITED (`retryAfterMs`, the relay's wait) and
 * RELAY_UNAVAILABLE, both `retryable`, as on POST /v1.
 */

/** A chunk is 256 KiB each way: time enough for it on a slow link (≈ 35 kbit/s). */
export const BLOB_REQUEST_TIMEOUT_MS = 60_000;

export interface RelayBlobClientOptions extends RelayClientOptions {
  /**
   * Per request (default BLOB_REQUEST_TIMEOUT_MS). RelayClientOptions' `requestTimeoutMs` and
   * `maxReplyBytes` are RelayClient's and not used here: a blob reply is at most
   * MAX_BLOB_REPLY_BYTES.
   */
  readonly blobTimeoutMs?: number;
}

/** What a create registers (core/attachments `blobRegistration` and the sealed chunks). */
export interface NewBlob {
  /** SHA-256(utf8("meow/blob/v1") ‖ readToken): `blobIdFromReadToken`. */
  readonly blobId: Uint8Array;
  readonly chunkCount: number;
  /** SHA-256 of each sealed chunk, in index order (`SealedAttachment.chunkHashes`). */
  readonly chunkHashes: readonly Uint8Array[];
  readonly uploadTokenHash: Uint8Array;
  readonly deleteTokenHash: Uint8Array;
}

/** The largest count whose create header still fits its frame (the relay's own limit is lower). */
const MAX_CREATE_CHUNKS = 2_000;
const Op = meow.BlobRequest.Op;

function requireBytes(value: Uint8Array, length: number, what: string): void {
  requireArg(
    value instanceof Uint8Array && value.length === length,
    `${what} must be ${length} bytes`,
  );
}

function requireIndex(index: number, what: string): void {
  requireArg(isSafeUint(index) && index <= UINT32_MAX, `${what}: index must be a uint32`);
}

export class RelayBlobClient {
  readonly ref: ServerRef;
  readonly baseUrl: string;
  private readonly serverPublicKey: Uint8Array;
  private readonly options: RelayBlobClientOptions;
  /** Relay clock − ours (ms), learnt from a CLOCK_SKEW reply; added to every timestamp. */
  private readonly clock: RelayClock = { offsetMs: 0 };

  constructor(ref: ServerRef, options: RelayBlobClientOptions = {}) {
    this.ref = ref;
    this.baseUrl = normalizeRelayUrl(ref.url);
    this.serverPublicKey = decodeKey(ref.publicKey, X25519_KEY_BYTES, 'publicKey');
    this.options = options;
  }

  /**
   * Registers a blob: its id, chunk count, the SHA-256 of every chunk and the hashes of the
   * upload and delete tokens. An identical create again answers as the first one (a retry);
   * the same id with other parameters is BLOB_EXISTS.
   */
  async create(blob: NewBlob, options: CallOptions = {}): Promise<BlobCreated> {
    requireBytes(blob.blobId, BLOB_ID_BYTES, 'create: blobId');
    const count = blob.chunkCount;
    requireArg(
      Number.isSafeInteger(count) && count >= 1 && count <= MAX_CREATE_CHUNKS,
      `create: chunkCount must be 1..${MAX_CREATE_CHUNKS}`,
    );
    requireArg(
      Array.isArray(blob.chunkHashes) && blob.chunkHashes.length === count,
      'create: one chunk hash per chunk',
    );
    for (const hash of blob.chunkHashes) requireBytes(hash, SHA256_BYTES, 'create: a chunk hash');
    requireBytes(blob.uploadTokenHash, SHA256_BYTES, 'create: uploadTokenHash');
    requireBytes(blob.deleteTokenHash, SHA256_BYTES, 'create: deleteTokenHash');
    const { reply, trailer } = await this.call(
      {
        op: Op.CREATE,
        blobId: blob.blobId,
        chunkCount: count,
        chunkHashes: concatBytes(...blob.chunkHashes),
        uploadTokenHash: blob.uploadTokenHash,
        deleteTokenHash: blob.deleteTokenHash,
      },
      options,
    );
    return createdBlob(reply, trailer, count);
  }

  /**
   * Uploads chunk `index` (exactly CHUNK_BYTES). The relay checks it against the hash
   * registered for that index (BLOB_HASH_MISMATCH); the same chunk again is a success.
   */
  async put(
    blobId: Uint8Array,
    uploadToken: Uint8Array,
    index: number,
    chunk: Uint8Array,
    options: CallOptions = {},
  ): Promise<void> {
    requireBytes(blobId, BLOB_ID_BYTES, 'put: blobId');
    requireBytes(uploadToken, TOKEN_BYTES, 'put: uploadToken');
    requireIndex(index, 'put');
    requireBytes(chunk, CHUNK_BYTES, 'put: chunk');
    const request = { op: Op.PUT, blobId, token: uploadToken, index };
    const { reply, trailer } = await this.call(request, options, chunk);
    putChunk(reply, trailer, index);
  }

  /** Downloads chunk `index`: exactly CHUNK_BYTES (still sealed; core/attachments opens it). */
  async get(readToken: Uint8Array, index: number, options: CallOptions = {}): Promise<Uint8Array> {
    requireBytes(readToken, TOKEN_BYTES, 'get: readToken');
    requireIndex(index, 'get');
    const { reply, trailer } = await this.call({ op: Op.GET, token: readToken, index }, options);
    return gotChunk(reply, trailer, index);
  }

  /** Which chunks the relay holds, asked with the read token (a recipient). */
  async status(readToken: Uint8Array, options: CallOptions = {}): Promise<BlobInfo> {
    requireBytes(readToken, TOKEN_BYTES, 'status: readToken');
    const { reply, trailer } = await this.call({ op: Op.STATUS, token: readToken }, options);
    return blobInfo(reply, trailer);
  }

  /** Which chunks the relay holds, asked with the upload token (the uploader resuming). */
  async uploadStatus(
    blobId: Uint8Array,
    uploadToken: Uint8Array,
    options: CallOptions = {},
  ): Promise<BlobInfo> {
    requireBytes(blobId, BLOB_ID_BYTES, 'uploadStatus: blobId');
    requireBytes(uploadToken, TOKEN_BYTES, 'uploadStatus: uploadToken');
    const request = { op: Op.STATUS, blobId, token: uploadToken };
    const { reply, trailer } = await this.call(request, options);
    return blobInfo(reply, trailer);
  }

  /**
   * Deletes the blob and its chunks. Resolves too when the relay no longer has it
   * (BLOB_NOT_FOUND, BLOB_EXPIRED): the outcome asked for, and what a repeated delete gets —
   * including the resend after a connection lost under a delete the relay had carried out. A
   * token that is not the blob's delete token is BLOB_DENIED.
   */
  async delete(
    blobId: Uint8Array,
    deleteToken: Uint8Array,
    options: CallOptions = {},
  ): Promise<void> {
    requireBytes(blobId, BLOB_ID_BYTES, 'delete: blobId');
    requireBytes(deleteToken, TOKEN_BYTES, 'delete: deleteToken');
    let answer: Answer;
    try {
      answer = await this.call({ op: Op.DELETE, blobId, token: deleteToken }, options);
    } catch (err) {
      const code = blobRelayCode(err);
      if (code === 'BLOB_NOT_FOUND' || code === 'BLOB_EXPIRED') return;
      throw err;
    }
    deletedBlob(answer.reply, answer.trailer);
  }

  private call(blob: meow.IBlobRequest, options: CallOptions, chunk?: Uint8Array): Promise<Answer> {
    const target = {
      url: `${this.baseUrl}/v1/blob`,
      serverPublicKey: this.serverPublicKey,
      timeoutMs: this.options.blobTimeoutMs ?? BLOB_REQUEST_TIMEOUT_MS,
      maxReplyBytes: MAX_BLOB_REPLY_BYTES,
      framing: blobFraming(chunk),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    };
    return call({ blob }, target, this.clock);
  }
}
