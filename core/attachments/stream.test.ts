import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../testkit/prng';
import { concatBytes, randomBytes, toHex } from '../crypto';
import { blobIdFromReadToken, generateAttachmentSecrets } from './capabilities';
import { CHUNK_BYTES, CHUNK_PLAINTEXT_BYTES } from './constants';
import { AttachmentDecryptor } from './decrypt';
import { AttachmentEncryptor } from './encrypt';
import { chunkCountFor } from './padding';
import { codeOfAsync, encryptAll, pieces, randomData } from './testing';

const C = CHUNK_PLAINTEXT_BYTES;
const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function decryptAll(e: Awaited<ReturnType<typeof encryptAll>>): Promise<Uint8Array> {
  const decryptor = new AttachmentDecryptor({ ...e });
  const read = (i: number) => Promise.resolve(e.chunks[i] ?? new Uint8Array(0));
  await decryptor.verifyDigest(read);
  const parts: Uint8Array[] = [];
  for await (const part of decryptor.plaintext(read)) parts.push(Uint8Array.from(part));
  return concatBytes(...parts);
}

describe('attachment stream: round trip (PROTOCOL.md §12)', () => {
  const sizes = [0, 1, C - 1, C, C + 1, 2 * C, 9 * C + 7, 5 * 1024 * 1024 + 3];
  it.each(sizes)('%i bytes come back byte-identical from same-size chunks', async (size) => {
    const data = randomData(size);
    const e = await encryptAll(data, mulberry32(size));
    expect(e.chunkCount).toBe(chunkCountFor(size));
    expect(e.chunks.length).toBe(e.chunkCount);
    expect(e.chunks.every((c) => c.length === CHUNK_BYTES)).toBe(true);
    expect(e.chunkHashes.map(toHex)).toEqual(e.chunks.map(sha));
    expect(toHex(e.digest)).toBe(sha(concatBytes(...e.chunks)));
    expect(sha(await decryptAll(e))).toBe(sha(data));
  });

  it('opens chunks in any order, each to its range of the file', async () => {
    const data = randomData(3 * C + 11);
    const e = await encryptAll(data);
    const decryptor = new AttachmentDecryptor({ ...e });
    for (const index of [3, 1, 0, 2]) {
      const { offset, length } = decryptor.range(index);
      const bytes = decryptor.openChunk(index, e.chunks[index] ?? new Uint8Array(0));
      expect(bytes.length).toBe(length);
      expect(sha(bytes)).toBe(sha(data.subarray(offset, offset + length)));
    }
    expect(decryptor.range(3)).toEqual({ offset: 3 * C, length: 11 });
  });

  it('reads a Node Readable of a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'meow-att-'));
    try {
      const data = randomData(2 * C + 100);
      const path = join(dir, 'in.bin');
      await writeFile(path, data);
      const secrets = generateAttachmentSecrets();
      const blobId = blobIdFromReadToken(secrets.readToken);
      const encryptor = new AttachmentEncryptor({
        key: secrets.key,
        blobId,
        plaintextLength: data.length,
      });
      const chunks: Uint8Array[] = [];
      for await (const chunk of encryptor.seal(createReadStream(path))) chunks.push(chunk.bytes);
      const decryptor = new AttachmentDecryptor({ ...encryptor.sealed, key: secrets.key, blobId });
      const parts: Uint8Array[] = [];
      for await (const part of decryptor.plaintext((i) =>
        Promise.resolve(chunks[i] ?? new Uint8Array(0)),
      )) {
        parts.push(Uint8Array.from(part));
      }
      expect(sha(concatBytes(...parts))).toBe(sha(data));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads no further than the chunk it is sealing (memory bounded by one chunk)', async () => {
    const data = randomData(6 * C);
    let pulled = 0;
    async function* counted(): AsyncGenerator<Uint8Array> {
      for await (const piece of pieces(data, mulberry32(7))) {
        pulled += piece.length;
        yield piece;
      }
    }
    const secrets = generateAttachmentSecrets();
    const encryptor = new AttachmentEncryptor({
      key: secrets.key,
      blobId: blobIdFromReadToken(secrets.readToken),
      plaintextLength: data.length,
    });
    for await (const chunk of encryptor.seal(counted())) {
      // Everything pulled so far fits in the chunks yielded plus one piece (≤ 96 KiB) ahead.
      expect(pulled).toBeLessThanOrEqual((chunk.index + 1) * C + 96 * 1024);
    }
  });

  it('refuses a source that delivers fewer or more bytes than stated, and a file too large', async () => {
    const secrets = generateAttachmentSecrets();
    const blobId = blobIdFromReadToken(secrets.readToken);
    const data = randomData(C + 10);
    const run = async (stated: number) => {
      const encryptor = new AttachmentEncryptor({
        key: secrets.key,
        blobId,
        plaintextLength: stated,
      });
      let chunks = 0;
      for await (const chunk of encryptor.seal(pieces(data, Math.random))) chunks += chunk.index;
      return chunks;
    };
    expect(await codeOfAsync(run(data.length + 1))).toBe('ATTACHMENT_LENGTH_MISMATCH');
    expect(await codeOfAsync(run(data.length - 1))).toBe('ATTACHMENT_LENGTH_MISMATCH');
    expect(await codeOfAsync(run(C))).toBe('ATTACHMENT_LENGTH_MISMATCH');
    expect(await codeOfAsync(run(data.length))).toBe('no error');
    const big = () =>
      new AttachmentEncryptor({ key: secrets.key, blobId, plaintextLength: 11, maxBytes: 10 });
    expect(await codeOfAsync(Promise.resolve().then(big))).toBe('ATTACHMENT_TOO_LARGE');
    const notSealed = new AttachmentEncryptor({ key: secrets.key, blobId, plaintextLength: 1 });
    expect(await codeOfAsync(Promise.resolve().then(() => notSealed.sealed))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('passes on a source that fails mid-way, and can be abandoned early', async () => {
    const secrets = generateAttachmentSecrets();
    const blobId = blobIdFromReadToken(secrets.readToken);
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield randomData(C + 1);
      await Promise.resolve();
      throw new Error('disk read failed');
    }
    const encryptor = new AttachmentEncryptor({ key: secrets.key, blobId, plaintextLength: 3 * C });
    const seen: number[] = [];
    const run = async () => {
      for await (const chunk of encryptor.seal(failing())) seen.push(chunk.index);
    };
    await expect(run()).rejects.toThrow('disk read failed');
    expect(seen).toEqual([0]);
    const again = new AttachmentEncryptor({ key: secrets.key, blobId, plaintextLength: 2 * C });
    for await (const chunk of again.seal(pieces(randomData(2 * C), Math.random))) {
      expect(chunk.index).toBe(0);
      break; // the consumer stops: the generator's cleanup runs, nothing is left sealed
    }
    expect(await codeOfAsync(Promise.resolve().then(() => again.sealed))).toBe('INVALID_ARGUMENT');
  });

  it('seals the same file differently each time (random nonces)', async () => {
    const data = randomBytes(100);
    const [a, b] = [await encryptAll(data), await encryptAll(data)];
    expect(toHex(a.digest)).not.toBe(toHex(b.digest));
  });
});
