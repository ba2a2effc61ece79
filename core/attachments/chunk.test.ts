import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../testkit/prng';
import { randomBytes, toHex, utf8 } from '../crypto';
import {
  blobIdFromReadToken,
  blobRegistration,
  generateAttachmentSecrets,
  tokenHash,
} from './capabilities';
import { chunkAd, openChunk, sealChunk } from './chunk';
import { CHUNK_BYTES, CHUNK_PLAINTEXT_BYTES } from './constants';
import { AttachmentDecryptor } from './decrypt';
import { chunkCountFor } from './padding';
import { codeOf, codeOfAsync, encryptAll, randomData } from './testing';

const C = CHUNK_PLAINTEXT_BYTES;
const chunkAt = (chunks: Uint8Array[], i: number): Uint8Array => chunks[i] ?? new Uint8Array(0);

describe('attachment chunks refuse what is not theirs (PROTOCOL.md §12)', () => {
  it('lays out the AD as label ‖ blobId ‖ index u32 BE ‖ count u32 BE', () => {
    const blobId = new Uint8Array(32).fill(0xab);
    const ad = chunkAd(blobId, 0x01020304, 0x0a0b0c0d);
    expect(toHex(ad)).toBe(toHex(utf8('meow/att/v1')) + 'ab'.repeat(32) + '01020304' + '0a0b0c0d');
  });

  it('derives the blob id and token hashes as specified', async () => {
    const { createHash } = await import('node:crypto');
    const secrets = generateAttachmentSecrets();
    const reg = blobRegistration(secrets);
    const sha = (...parts: Uint8Array[]) => {
      const h = createHash('sha256');
      for (const p of parts) h.update(p);
      return h.digest('hex');
    };
    expect(toHex(reg.blobId)).toBe(sha(utf8('meow/blob/v1'), secrets.readToken));
    expect(toHex(reg.uploadTokenHash)).toBe(sha(secrets.uploadToken));
    expect(toHex(reg.deleteTokenHash)).toBe(sha(secrets.deleteToken));
    expect(
      new Set([secrets.key, secrets.readToken, secrets.uploadToken, secrets.deleteToken].map(toHex))
        .size,
    ).toBe(4);
    expect(codeOf(() => blobIdFromReadToken(new Uint8Array(31)))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => tokenHash(new Uint8Array(33)))).toBe('INVALID_ARGUMENT');
  });

  it('refuses a tampered, moved, truncated, foreign-key or foreign-blob chunk', async () => {
    const e = await encryptAll(randomData(3 * C + 5)); // 4 chunks
    const d = new AttachmentDecryptor({ ...e });
    const flipped = Uint8Array.from(chunkAt(e.chunks, 1));
    flipped[1000] = (flipped[1000] ?? 0) ^ 1;
    expect(codeOf(() => d.openChunk(1, flipped))).toBe('ATTACHMENT_CHUNK_INVALID');
    // reordered: chunk 0 offered as chunk 1
    expect(codeOf(() => d.openChunk(1, chunkAt(e.chunks, 0)))).toBe('ATTACHMENT_CHUNK_INVALID');
    // truncated bytes, or one byte too many
    expect(codeOf(() => d.openChunk(0, chunkAt(e.chunks, 0).subarray(0, CHUNK_BYTES - 1)))).toBe(
      'ATTACHMENT_CHUNK_INVALID',
    );
    // truncated count: the same chunks read as a blob of 2 chunks
    const ctx = { key: e.key, blobId: e.blobId };
    expect(codeOf(() => openChunk({ ...ctx, count: 2 }, 0, chunkAt(e.chunks, 0)))).toBe(
      'ATTACHMENT_CHUNK_INVALID',
    );
    expect(codeOf(() => openChunk({ ...ctx, count: 4 }, 0, chunkAt(e.chunks, 0)))).toBe('no error');
    // wrong key, wrong blob id
    const wrongKey = { ...ctx, key: randomBytes(32), count: 4 };
    expect(codeOf(() => openChunk(wrongKey, 0, chunkAt(e.chunks, 0)))).toBe(
      'ATTACHMENT_CHUNK_INVALID',
    );
    const wrongBlob = { ...ctx, blobId: randomBytes(32), count: 4 };
    expect(codeOf(() => openChunk(wrongBlob, 0, chunkAt(e.chunks, 0)))).toBe(
      'ATTACHMENT_CHUNK_INVALID',
    );
    // a pointer whose count does not fit its length never gets a decryptor
    expect(codeOf(() => new AttachmentDecryptor({ ...e, chunkCount: 2 }))).toBe(
      'ATTACHMENT_POINTER_INVALID',
    );
  });

  it('refuses a chunk whose padding is not zeros', () => {
    const key = randomBytes(32);
    const blobId = randomBytes(32);
    const plaintext = new Uint8Array(C);
    plaintext.fill(7, 0, 10);
    plaintext[C - 1] = 1; // a hidden byte after the file's 10
    const sealed = sealChunk({ key, blobId, count: 1 }, 0, plaintext);
    const digest = new Uint8Array(32);
    const d = new AttachmentDecryptor({ key, blobId, plaintextLength: 10, chunkCount: 1, digest });
    expect(codeOf(() => d.openChunk(0, sealed))).toBe('ATTACHMENT_CHUNK_INVALID');
  });

  it('binds the exact ciphertext with the digest: a re-sealed chunk opens but fails the digest', async () => {
    const data = randomData(2 * C);
    const e = await encryptAll(data);
    // The key holder seals chunk 1 again (fresh nonce): it authenticates, but is other bytes.
    const resealed = sealChunk(
      { key: e.key, blobId: e.blobId, count: e.chunkCount },
      1,
      data.slice(C),
    );
    const chunks = [chunkAt(e.chunks, 0), resealed];
    const d = new AttachmentDecryptor({ ...e });
    expect(codeOf(() => d.openChunk(1, resealed))).toBe('no error');
    const read = (i: number) => Promise.resolve(chunkAt(chunks, i));
    expect(await codeOfAsync(d.verifyDigest(read))).toBe('ATTACHMENT_DIGEST_MISMATCH');
    const drain = async () => {
      let length = 0;
      for await (const part of d.plaintext(read)) length += part.length;
      return length;
    };
    expect(await codeOfAsync(drain())).toBe('ATTACHMENT_DIGEST_MISMATCH');
    expect(await codeOfAsync(d.verifyDigest((i) => Promise.resolve(chunkAt(e.chunks, i))))).toBe(
      'no error',
    );
  });

  it('fuzz: a mutated chunk is refused with ATTACHMENT_CHUNK_INVALID, never opened', async () => {
    const seed = 0x61747431;
    const rand = mulberry32(seed);
    const e = await encryptAll(randomData(C + 1), rand);
    const d = new AttachmentDecryptor({ ...e });
    const codes = new Set<string>();
    for (let round = 0; round < 200; round++) {
      const index = Math.floor(rand() * e.chunkCount);
      const m = Uint8Array.from(chunkAt(e.chunks, index));
      const kind = round % 4;
      if (kind === 0) {
        const at = Math.floor(rand() * m.length);
        m[at] = (m[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
      } else if (kind === 1) {
        m.set(randomBytes(24), 0); // another nonce
      } else if (kind === 2) {
        m.set(randomBytes(16), m.length - 16); // another tag
      } else {
        const other = chunkAt(e.chunks, 1 - index); // the other chunk's nonce or body
        m.set(other.subarray(0, 1 + Math.floor(rand() * 4096)), 0);
      }
      codes.add(codeOf(() => d.openChunk(index, m)));
    }
    expect([...codes], `seed ${seed}`).toEqual(['ATTACHMENT_CHUNK_INVALID']);
    expect(chunkCountFor(C + 1)).toBe(2);
  });
});
