/**
 * The attachment chunk store over a real folder: chunks come back byte for byte, resume sees
 * what is stored, crashes leave no torn chunk, and at rest no file holds a plaintext byte
 * sequence or the attachment's key or tokens (the key lives only in the sealed message DB).
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AttachmentDecryptor,
  AttachmentEncryptor,
  blobIdFromReadToken,
  CHUNK_BYTES,
  CHUNK_PLAINTEXT_BYTES,
  generateAttachmentSecrets,
} from '../../core/attachments';
import { concatBytes, randomBytes, utf8 } from '../../core/crypto';
import { AttachmentFiles, newAttachmentLocalId } from './attachment-files';
import { codeOfAsync, filesContaining, sampleMessage, TempDirs } from './testing/helpers';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

/** A file whose every 1 KiB line is recognisable: any plaintext run on disk would show. */
function markedFile(length: number): Uint8Array {
  const line = utf8('MEOW-PLAINTEXT-MARKER-'.padEnd(1024, 'x'));
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += line.length) {
    out.set(line.subarray(0, Math.min(line.length, length - offset)), offset);
  }
  return out;
}

/** `data` in 64 KiB pieces, one per turn of the event loop, like a file stream. */
async function* streamOf(data: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < data.length; offset += 64 * 1024) {
    await Promise.resolve();
    yield data.subarray(offset, offset + 64 * 1024);
  }
}

/** Encrypts `data` straight into the store, as the engine's sender will. */
async function storeEncrypted(files: AttachmentFiles, localId: string, data: Uint8Array) {
  const secrets = generateAttachmentSecrets();
  const blobId = blobIdFromReadToken(secrets.readToken);
  const encryptor = new AttachmentEncryptor({
    key: secrets.key,
    blobId,
    plaintextLength: data.length,
  });
  for await (const chunk of encryptor.seal(streamOf(data))) {
    await files.writeChunk(localId, chunk.index, chunk.bytes);
  }
  await files.flush(localId);
  return { secrets, blobId, sealed: encryptor.sealed };
}

describe('AttachmentFiles', () => {
  it('stores sealed chunks as they are and reads them back for decryption', async () => {
    const profile = await dirs.make();
    const files = await AttachmentFiles.open(profile);
    const id = newAttachmentLocalId();
    const data = randomBytes(2 * CHUNK_PLAINTEXT_BYTES + 9);
    const { secrets, blobId, sealed } = await storeEncrypted(files, id, data);
    expect(await files.presentChunks(id)).toEqual([0, 1, 2, 3]);
    const decryptor = new AttachmentDecryptor({ ...sealed, key: secrets.key, blobId });
    const read = (index: number) => files.readChunk(id, index);
    await decryptor.verifyDigest(read);
    const parts: Uint8Array[] = [];
    for await (const part of decryptor.plaintext(read)) parts.push(Uint8Array.from(part));
    expect(Buffer.from(concatBytes(...parts)).equals(Buffer.from(data))).toBe(true);
    const chunkFile = join(files.root, id, '00000.chunk');
    expect((await stat(chunkFile)).size).toBe(CHUNK_BYTES);
    if (process.platform !== 'win32') {
      expect((await stat(chunkFile)).mode & 0o777).toBe(0o600);
      expect((await stat(join(files.root, id))).mode & 0o777).toBe(0o700);
    }
    expect(await files.localIds()).toEqual([id]);
  });

  it('resumes: lists what is stored, drops a refused chunk, removes a whole attachment', async () => {
    const files = await AttachmentFiles.open(await dirs.make());
    const id = newAttachmentLocalId();
    expect(await files.presentChunks(id)).toEqual([]);
    for (const index of [4, 0, 2]) await files.writeChunk(id, index, randomBytes(CHUNK_BYTES));
    expect(await files.presentChunks(id)).toEqual([0, 2, 4]);
    await files.deleteChunk(id, 2);
    await files.deleteChunk(id, 2);
    expect(await files.presentChunks(id)).toEqual([0, 4]);
    expect(await codeOfAsync(files.readChunk(id, 2))).toBe('STORAGE_NOT_FOUND');
    await files.remove(id);
    expect(await files.presentChunks(id)).toEqual([]);
    expect(await files.localIds()).toEqual([]);
  });

  it('never shows a torn chunk: leftovers of interrupted writes are ignored and cleaned', async () => {
    const files = await AttachmentFiles.open(await dirs.make());
    const id = newAttachmentLocalId();
    await files.writeChunk(id, 0, randomBytes(CHUNK_BYTES));
    // What a crash between write and rename leaves: a half-written temporary file.
    const leftover = join(files.root, id, '00001.chunk.tmp-0123456789abcdef');
    await writeFile(leftover, randomBytes(1000));
    expect(await files.presentChunks(id)).toEqual([0]);
    expect(await readdir(join(files.root, id))).toEqual(['00000.chunk']);
    // A chunk file of the wrong size (a foreign write) is reported, not returned.
    await writeFile(join(files.root, id, '00003.chunk'), randomBytes(10));
    expect(await codeOfAsync(files.readChunk(id, 3))).toBe('STORAGE_CORRUPT');
  });

  it('refuses bad ids, indexes and sizes before touching the disk', async () => {
    const files = await AttachmentFiles.open(await dirs.make());
    const id = newAttachmentLocalId();
    const chunk = randomBytes(CHUNK_BYTES);
    expect(await codeOfAsync(files.writeChunk('../x', 0, chunk))).toBe('INVALID_ARGUMENT');
    expect(await codeOfAsync(files.writeChunk(id.toUpperCase(), 0, chunk))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(await codeOfAsync(files.writeChunk(id, -1, chunk))).toBe('INVALID_ARGUMENT');
    expect(await codeOfAsync(files.writeChunk(id, 0, chunk.subarray(1)))).toBe('INVALID_ARGUMENT');
    await mkdir(join(files.root, 'not-an-id'));
    expect(await files.localIds()).toEqual([]);
  });
});

describe('attachments at rest', () => {
  it('no profile file holds the plaintext, the key or a token, in any common encoding', async () => {
    const profile = await dirs.make();
    const files = await AttachmentFiles.open(profile);
    const id = newAttachmentLocalId();
    const data = markedFile(CHUNK_PLAINTEXT_BYTES + 5000);
    const { secrets, sealed } = await storeEncrypted(files, id, data);
    // The pointer, key included, as the engine keeps it: inside a sealed DbMessage body.
    const db = MessageDb.open(join(profile, 'messages.db'), generateDbKey());
    try {
      db.insertMessage(
        'alice',
        sampleMessage('u1', 'caption', {
          attachments: [
            {
              version: 1,
              relayUrl: 'https://relay.example',
              readToken: secrets.readToken,
              key: secrets.key,
              digest: sealed.digest,
              plaintextLength: sealed.plaintextLength,
              chunkCount: sealed.chunkCount,
              mimeType: 'application/octet-stream',
              name: 'marked.bin',
            },
          ],
        }),
      );
      const secretsOnDisk = [
        secrets.key,
        secrets.readToken,
        secrets.uploadToken,
        secrets.deleteToken,
      ];
      const needles = secretsOnDisk.flatMap((bytes) => {
        const raw = Buffer.from(bytes);
        return [raw, Buffer.from(raw.toString('hex')), Buffer.from(raw.toString('base64url'))];
      });
      needles.push(Buffer.from('MEOW-PLAINTEXT-MARKER'), Buffer.from('marked.bin'));
      const hits: string[] = [];
      for (const needle of needles) hits.push(...(await filesContaining(profile, needle)));
      expect(hits).toEqual([]);
      // The scan does read the chunk files: their own bytes are found.
      const stored = (await files.readChunk(id, 1)).subarray(100, 164);
      expect(await filesContaining(profile, stored)).toEqual([join(files.root, id, '00001.chunk')]);
      expect((await readdir(join(profile, 'attachments', id))).length).toBe(sealed.chunkCount);
    } finally {
      db.close();
    }
  });
});
