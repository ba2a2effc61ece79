/**
 * Streaming encryption of one attachment (docs/PROTOCOL.md §12): plaintext in, sealed chunks
 * out, one at a time. Memory stays at one plaintext chunk plus the chunk being sealed, whatever
 * the file's size: the generator yields each chunk and reads no further until the caller asks
 * for the next, so a caller that stores each chunk before asking applies back-pressure.
 *
 * The padded chunk count depends on the total size, which the caller states up front (from
 * fs.stat); the stream must deliver exactly that many bytes, or the encryption fails with
 * ATTACHMENT_LENGTH_MISMATCH (a file that changed while being read). Chunks already yielded
 * by a failed run are worthless: the caller discards the whole attempt.
 */
import { sha256Async, Sha256Stream } from '../crypto';
import { AppError } from '../errors';
import { sealChunk, type ChunkContext } from './chunk';
import { CHUNK_PLAINTEXT_BYTES, MAX_ATTACHMENT_BYTES } from './constants';
import { chunkCountFor } from './padding';

export interface EncryptParams {
  readonly key: Uint8Array;
  readonly blobId: Uint8Array;
  /** Exactly the bytes the source will deliver (fs.stat's size). */
  readonly plaintextLength: number;
  /** The sender's limit (a setting); MAX_ATTACHMENT_BYTES by default. */
  readonly maxBytes?: number;
}

export interface SealedChunk {
  readonly index: number;
  /** CHUNK_BYTES of nonce ‖ ciphertext ‖ tag, as stored and uploaded. */
  readonly bytes: Uint8Array;
  /** SHA-256 of `bytes`, registered at the relay so it refuses a corrupt upload. */
  readonly sha256: Uint8Array;
}

/** What the pointer and the relay's create need once every chunk is sealed. */
export interface SealedAttachment {
  readonly plaintextLength: number;
  readonly chunkCount: number;
  /** SHA-256 over all chunks in index order: the pointer's `digest` (§12 "Digest"). */
  readonly digest: Uint8Array;
  readonly chunkHashes: readonly Uint8Array[];
}

export class AttachmentEncryptor {
  readonly chunkCount: number;
  private readonly context: ChunkContext;
  private result: SealedAttachment | undefined;
  private started = false;

  constructor(private readonly params: EncryptParams) {
    const max = params.maxBytes ?? MAX_ATTACHMENT_BYTES;
    if (params.plaintextLength > max) {
      throw new AppError('ATTACHMENT_TOO_LARGE', `attachment above the ${max}-byte limit`);
    }
    this.chunkCount = chunkCountFor(params.plaintextLength);
    this.context = { key: params.key, blobId: params.blobId, count: this.chunkCount };
  }

  /** The digest and chunk hashes; only after `seal` has yielded its last chunk. */
  get sealed(): SealedAttachment {
    if (!this.result) throw new AppError('INVALID_ARGUMENT', 'the attachment is not sealed yet');
    return this.result;
  }

  /** Seals `source` (a Node Readable, a web stream's iterator…) chunk by chunk, in order. */
  async *seal(source: AsyncIterable<Uint8Array>): AsyncGenerator<SealedChunk, void, undefined> {
    if (this.started) throw new AppError('INVALID_ARGUMENT', 'an encryptor seals one stream');
    this.started = true;
    const expected = this.params.plaintextLength;
    const buffer = new Uint8Array(CHUNK_PLAINTEXT_BYTES);
    const digest = new Sha256Stream();
    const hashes: Uint8Array[] = [];
    const emit = async (index: number): Promise<SealedChunk> => {
      const bytes = sealChunk(this.context, index, buffer);
      const hash = await sha256Async(bytes);
      digest.update(bytes);
      hashes.push(hash);
      return { index, bytes, sha256: hash };
    };
    let index = 0;
    let filled = 0;
    let total = 0;
    try {
      for await (const piece of source) {
        if (!(piece instanceof Uint8Array)) {
          throw new AppError('INVALID_ARGUMENT', 'an attachment source yields bytes');
        }
        total += piece.length;
        if (total > expected) throw lengthMismatch(expected, 'more');
        for (let offset = 0; offset < piece.length;) {
          const n = Math.min(piece.length - offset, CHUNK_PLAINTEXT_BYTES - filled);
          buffer.set(piece.subarray(offset, offset + n), filled);
          filled += n;
          offset += n;
          if (filled === CHUNK_PLAINTEXT_BYTES) {
            yield await emit(index++);
            filled = 0;
          }
        }
      }
      if (total !== expected) throw lengthMismatch(expected, 'fewer');
      // The last data chunk and the padding chunks carry zeros after the file's bytes.
      buffer.fill(0, filled);
      if (filled > 0) yield await emit(index++);
      buffer.fill(0);
      while (index < this.chunkCount) yield await emit(index++);
      this.result = {
        plaintextLength: expected,
        chunkCount: this.chunkCount,
        digest: digest.digest(),
        chunkHashes: hashes,
      };
    } finally {
      digest.dispose();
      buffer.fill(0);
    }
  }
}

function lengthMismatch(expected: number, what: 'more' | 'fewer'): AppError {
  return new AppError(
    'ATTACHMENT_LENGTH_MISMATCH',
    `the file delivered ${what} than the ${expected} bytes stated (it changed while read?)`,
  );
}
