/**
 * Decryption of one attachment (docs/PROTOCOL.md §12). Chunks open independently, by index,
 * in any order and after any restart: there is no sequential state to lose. `verifyDigest`
 * checks the pointer's digest over the stored chunks once all are in (XChaCha20-Poly1305 is
 * not key-committing, so only the digest binds the one ciphertext the sender meant).
 */
import { Sha256Stream } from '../crypto';
import { AppError } from '../errors';
import { openChunk, type ChunkContext } from './chunk';
import { CHUNK_PLAINTEXT_BYTES, DIGEST_BYTES } from './constants';
import { chunkCountFor, plaintextBytesInChunk } from './padding';

export interface DecryptParams {
  readonly key: Uint8Array;
  readonly blobId: Uint8Array;
  readonly plaintextLength: number;
  readonly chunkCount: number;
  /** The pointer's SHA-256 over all chunks in index order. */
  readonly digest: Uint8Array;
}

/** Reads stored chunk `index` (CHUNK_BYTES), e.g. from main/storage/attachment-files.ts. */
export type ChunkReader = (index: number) => Promise<Uint8Array>;

export class AttachmentDecryptor {
  private readonly context: ChunkContext;

  constructor(private readonly params: DecryptParams) {
    if (params.chunkCount !== chunkCountFor(params.plaintextLength)) {
      throw new AppError(
        'ATTACHMENT_POINTER_INVALID',
        'chunk count does not match the plaintext length',
      );
    }
    if (!(params.digest instanceof Uint8Array) || params.digest.length !== DIGEST_BYTES) {
      throw new AppError('ATTACHMENT_POINTER_INVALID', `a digest is ${DIGEST_BYTES} bytes`);
    }
    this.context = { key: params.key, blobId: params.blobId, count: params.chunkCount };
  }

  /** Where chunk `index`'s bytes sit in the file (length 0 for a padding chunk). */
  range(index: number): { readonly offset: number; readonly length: number } {
    return {
      offset: Math.min(index * CHUNK_PLAINTEXT_BYTES, this.params.plaintextLength),
      length: plaintextBytesInChunk(this.params.plaintextLength, index),
    };
  }

  /**
   * The file's bytes in chunk `index`, padding stripped. A chunk that fails authentication, or
   * whose padding is not zeros, is ATTACHMENT_CHUNK_INVALID and yields nothing.
   */
  openChunk(index: number, sealed: Uint8Array): Uint8Array {
    const plaintext = openChunk(this.context, index, sealed);
    const length = plaintextBytesInChunk(this.params.plaintextLength, index);
    for (let i = length; i < plaintext.length; i++) {
      if (plaintext[i] !== 0) {
        plaintext.fill(0);
        throw new AppError('ATTACHMENT_CHUNK_INVALID', `chunk ${index} has non-zero padding`);
      }
    }
    return plaintext.subarray(0, length);
  }

  /**
   * Hashes every chunk in index order and compares with the pointer's digest:
   * ATTACHMENT_DIGEST_MISMATCH if they differ. Memory: one chunk at a time.
   */
  async verifyDigest(read: ChunkReader): Promise<void> {
    const hash = new Sha256Stream();
    try {
      for (let index = 0; index < this.params.chunkCount; index++) hash.update(await read(index));
      if (!sameBytes(hash.digest(), this.params.digest)) {
        throw new AppError('ATTACHMENT_DIGEST_MISMATCH', 'the chunks do not match the digest');
      }
    } finally {
      hash.dispose();
    }
  }

  /**
   * The file's bytes in order, chunk by chunk (Save as…, the renderer's protocol handler).
   * Every chunk is authenticated before it is yielded; the digest is checked along the way
   * and a mismatch throws after the last chunk, so a caller writing a file keeps it only once
   * the generator has finished (write to a temporary name, rename on success).
   */
  async *plaintext(read: ChunkReader): AsyncGenerator<Uint8Array, void, undefined> {
    const hash = new Sha256Stream();
    try {
      for (let index = 0; index < this.params.chunkCount; index++) {
        const sealed = await read(index);
        hash.update(sealed);
        const bytes = this.openChunk(index, sealed);
        if (bytes.length > 0) yield bytes;
      }
      if (!sameBytes(hash.digest(), this.params.digest)) {
        throw new AppError('ATTACHMENT_DIGEST_MISMATCH', 'the chunks do not match the digest');
      }
    } finally {
      hash.dispose();
    }
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
