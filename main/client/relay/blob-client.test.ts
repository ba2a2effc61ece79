import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  blobRegistration,
  generateAttachmentSecrets,
  AttachmentDecryptor,
  AttachmentEncryptor,
  CHUNK_BYTES,
  CHUNK_PLAINTEXT_BYTES,
  type AttachmentSecrets,
  type SealedAttachment,
} from '../../../core/attachments';
import { randomData } from '../../../core/attachments/testing';
import { concatBytes, randomBytes } from '../../../core/crypto';
import {
  startInProcessRelay,
  type InProcessRelay,
  type RelayLimits,
} from '../../../testkit/relay-inprocess';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import { RelayBlobClient, type NewBlob } from './blob-client';
import { blobRelayCode } from './blob-replies';
import { RelayClientError } from './errors';
import { RelayClient } from './relay-client';

/**
 * RelayBlobClient against real relays: a relay process (the product's start-up path, its
 * default filesystem blob store) and in-process relays where a test needs the relay's clock or
 * small limits (testkit/relay-inprocess.ts). The blobs are real attachments, sealed by
 * core/attachments.
 */
interface TestAttachment {
  readonly secrets: AttachmentSecrets;
  readonly blob: NewBlob;
  readonly chunks: readonly Uint8Array[];
  readonly plaintext: Uint8Array;
  readonly sealed: SealedAttachment;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes);
}

/** An attachment of `chunks` data chunks (the count is padded: 3 → 4), sealed whole. */
async function attachment(chunks = 3): Promise<TestAttachment> {
  const secrets = generateAttachmentSecrets();
  const registration = blobRegistration(secrets);
  const plaintext = randomData(chunks * CHUNK_PLAINTEXT_BYTES - 1000);
  const encryptor = new AttachmentEncryptor({
    key: secrets.key,
    blobId: registration.blobId,
    plaintextLength: plaintext.length,
  });
  const sealedChunks: Uint8Array[] = [];
  for await (const chunk of encryptor.seal(once(plaintext))) sealedChunks.push(chunk.bytes);
  const sealed = encryptor.sealed;
  const blob = { ...registration, chunkCount: sealed.chunkCount, chunkHashes: sealed.chunkHashes };
  return { secrets, blob, chunks: sealedChunks, plaintext, sealed };
}

function chunkOf(a: TestAttachment, index: number): Uint8Array {
  const chunk = a.chunks[index];
  if (!chunk) throw new Error(`no chunk ${index}`);
  return chunk;
}

async function putAll(client: RelayBlobClient, a: TestAttachment, indexes?: number[]) {
  const which = indexes ?? a.chunks.map((_, i) => i);
  const { blobId } = a.blob;
  await Promise.all(which.map((i) => client.put(blobId, a.secrets.uploadToken, i, chunkOf(a, i))));
}

async function failure(promise: Promise<unknown>): Promise<RelayClientError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RelayClientError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

const sorted = (set: ReadonlySet<number>): number[] => [...set].sort((a, b) => a - b);

describe('RelayBlobClient against a relay process', () => {
  let relay: RelayProcess;
  let client: RelayBlobClient;

  beforeAll(async () => {
    relay = await startRelayProcess();
    client = new RelayBlobClient((await RelayClient.add(relay.url)).ref);
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('create → put every chunk → status lists them → get returns the same bytes', async () => {
    const a = await attachment(3);
    const created = await client.create(a.blob);
    expect(created.chunkCount).toBe(4);
    expect(created.expiresAt).toBeGreaterThan(Date.now());
    await putAll(client, a);
    const status = await client.status(a.secrets.readToken);
    expect(status).toEqual({ ...created, present: new Set([0, 1, 2, 3]) });

    const got = await Promise.all(a.chunks.map((_, i) => client.get(a.secrets.readToken, i)));
    for (const [i, chunk] of got.entries()) {
      expect(chunk.length).toBe(CHUNK_BYTES);
      expect(Buffer.from(chunk).equals(chunkOf(a, i))).toBe(true);
    }
    // And they open to the file, digest included.
    const decryptor = new AttachmentDecryptor({
      key: a.secrets.key,
      blobId: a.blob.blobId,
      plaintextLength: a.plaintext.length,
      chunkCount: a.sealed.chunkCount,
      digest: a.sealed.digest,
    });
    const read = (i: number): Promise<Uint8Array> => Promise.resolve(got[i] ?? new Uint8Array(0));
    await decryptor.verifyDigest(read);
    const opened = concatBytes(...got.map((chunk, i) => decryptor.openChunk(i, chunk)));
    expect(Buffer.from(opened).equals(a.plaintext)).toBe(true);
  });

  it('resumes: uploadStatus lists exactly the chunks put; an identical create again is fine', async () => {
    const a = await attachment(3);
    const first = await client.create(a.blob);
    await putAll(client, a, [0, 2]);
    const { blobId } = a.blob;
    const resumed = await client.uploadStatus(blobId, a.secrets.uploadToken);
    expect(sorted(resumed.present)).toEqual([0, 2]);
    expect(sorted((await client.status(a.secrets.readToken)).present)).toEqual([0, 2]);
    // After a restart the uploader registers again (a retry) and sends what is missing.
    expect(await client.create(a.blob)).toEqual(first);
    await putAll(client, a, [1, 3, 0]); // chunk 0 again: a no-op success
    const done = await client.uploadStatus(blobId, a.secrets.uploadToken);
    expect(sorted(done.present)).toEqual([0, 1, 2, 3]);
    // The same id with other hashes is another blob: refused.
    const other = { ...a.blob, chunkHashes: a.blob.chunkHashes.map(() => randomBytes(32)) };
    const exists = await failure(client.create(other));
    expect(exists).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_EXISTS' });
  });

  it('refuses a chunk whose hash does not match, with a code the engine can branch on', async () => {
    const a = await attachment(2);
    await client.create(a.blob);
    const { blobId } = a.blob;
    const upload = a.secrets.uploadToken;
    const swapped = await failure(client.put(blobId, upload, 0, randomBytes(CHUNK_BYTES)));
    expect(swapped).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_HASH_MISMATCH' });
    expect(swapped.retryable).toBe(false);
    expect(blobRelayCode(swapped)).toBe('BLOB_HASH_MISMATCH');
    // The right chunk at another index is refused as well (each index has its own hash).
    const moved = await failure(client.put(blobId, upload, 1, chunkOf(a, 0)));
    expect(blobRelayCode(moved)).toBe('BLOB_HASH_MISMATCH');
    const outside = await failure(client.put(blobId, upload, 2, chunkOf(a, 0)));
    expect(blobRelayCode(outside)).toBe('BLOB_BAD_INDEX');
    expect((await client.uploadStatus(blobId, upload)).present.size).toBe(0);
  });

  it('a chunk not uploaded yet is BLOB_CHUNK_MISSING; an unknown blob BLOB_NOT_FOUND', async () => {
    const a = await attachment(2);
    await client.create(a.blob);
    await putAll(client, a, [0]);
    const missing = await failure(client.get(a.secrets.readToken, 1));
    expect(missing).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_CHUNK_MISSING' });
    expect(missing.httpStatus).toBe(404);
    const unknown = await failure(client.get(generateAttachmentSecrets().readToken, 0));
    expect(blobRelayCode(unknown)).toBe('BLOB_NOT_FOUND');
    expect(blobRelayCode(await failure(client.status(randomBytes(32))))).toBe('BLOB_NOT_FOUND');
  });

  it('refuses tokens that do not grant the operation', async () => {
    const a = await attachment(1);
    await client.create(a.blob);
    const { blobId } = a.blob;
    const { readToken, deleteToken } = a.secrets;
    const wrong = [
      client.put(blobId, randomBytes(32), 0, chunkOf(a, 0)),
      client.put(blobId, readToken, 0, chunkOf(a, 0)),
      client.uploadStatus(blobId, deleteToken),
      client.delete(blobId, a.secrets.uploadToken),
    ];
    for (const err of await Promise.all(wrong.map(failure))) {
      expect(err).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_DENIED' });
    }
    expect((await client.status(readToken)).present.size).toBe(0);
  });

  it('delete: later requests get BLOB_NOT_FOUND, and a repeated delete resolves', async () => {
    const a = await attachment(1);
    await client.create(a.blob);
    await putAll(client, a);
    await client.delete(a.blob.blobId, a.secrets.deleteToken);
    const gone = await failure(client.get(a.secrets.readToken, 0));
    expect(gone).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_NOT_FOUND' });
    await client.delete(a.blob.blobId, a.secrets.deleteToken);
  });
});

describe('RelayBlobClient against an in-process relay (its clock, its limits)', () => {
  const relays: InProcessRelay[] = [];

  async function start(limits: Partial<RelayLimits>, now?: () => number): Promise<RelayBlobClient> {
    const relay = await startInProcessRelay({ limits, ...(now ? { now } : {}) });
    relays.push(relay);
    return new RelayBlobClient((await RelayClient.add(relay.url)).ref);
  }

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.close()));
  });

  it('an expired blob is BLOB_EXPIRED (after adopting a relay clock hours ahead)', async () => {
    const HOUR = 3_600_000;
    let now = Date.now();
    const client = await start({ blobTtlMs: 2 * HOUR }, () => now);
    const a = await attachment(1);
    const created = await client.create(a.blob);
    expect(created.expiresAt).toBe(now + 2 * HOUR);
    await putAll(client, a);
    // Past the TTL, within the one more TTL the relay remembers the blob. Our clock is now
    // 3 hours behind the relay's: the first request is CLOCK_SKEW, the resend adopts it.
    now += 3 * HOUR;
    const expired = await failure(client.get(a.secrets.readToken, 0));
    expect(expired).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_EXPIRED' });
    expect(expired.httpStatus).toBe(410);
    const status = await failure(client.uploadStatus(a.blob.blobId, a.secrets.uploadToken));
    expect(blobRelayCode(status)).toBe('BLOB_EXPIRED');
    // Deleting an expired blob has nothing left to do.
    await client.delete(a.blob.blobId, a.secrets.deleteToken);
  });

  it('too many chunks is BLOB_TOO_LARGE; a full relay BLOB_QUOTA_EXCEEDED, retryable', async () => {
    const client = await start({ blobMaxChunks: 2, blobMaxTotalBytes: 4 * CHUNK_BYTES });
    const large = await failure(client.create((await attachment(3)).blob));
    expect(large).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'BLOB_TOO_LARGE' });
    await client.create((await attachment(2)).blob);
    await client.create((await attachment(2)).blob);
    const full = await failure(client.create((await attachment(2)).blob));
    expect(full).toMatchObject({ code: 'RELAY_UNAVAILABLE', relayCode: 'BLOB_QUOTA_EXCEEDED' });
    expect(full.retryable).toBe(true);
  });

  it("over the address's blob rate: RELAY_RATE_LIMITED with the relay's wait", async () => {
    const client = await start({ blobRequestsPerAddressPerMinute: 2 });
    const { readToken } = generateAttachmentSecrets();
    await failure(client.status(readToken));
    await failure(client.status(readToken));
    const limited = await failure(client.status(readToken));
    expect(limited).toMatchObject({ code: 'RELAY_RATE_LIMITED', relayCode: 'RATE_LIMITED' });
    expect(limited.retryAfterMs).toBeGreaterThan(0);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(60_000);
    expect(limited.retryable).toBe(true);
  });
});
