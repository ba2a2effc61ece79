import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { meow as proto } from '../../proto';
import { startRedis, type RedisServer } from '../../testkit/redis';
import { CHUNK_BYTES } from '../blobs/limits';
import { chunkOf, presentList, testBlob } from '../blobs/testing/blobs';
import type { RelayLimits } from '../config';
import type { RunningRelay } from '../relay';
import { blobCode, BlobTestClient, type BlobReply } from './testing/blob-client';
import { plainErrorCode, httpCall, RelayTestClient } from './testing/client';
import { removeDir, startTestRelay, tempDir, type TestRelayOptions } from './testing/relays';

/** POST /v1/blob over a real relay: capabilities, chunk checks, quotas, expiry, resume, restart. */
const running: RunningRelay[] = [];
const dirs: string[] = [];
let redis: RedisServer | undefined;

beforeAll(async () => {
  redis = await startRedis();
});

afterAll(async () => {
  await redis?.stop();
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.close()));
  await Promise.all(dirs.splice(0).map(removeDir));
});

async function start(
  options: Partial<TestRelayOptions> & { dataDir?: string } = {},
): Promise<{ relay: RunningRelay; client: BlobTestClient; dir: string }> {
  const dir = options.dataDir ?? (await tempDir());
  if (!options.dataDir) dirs.push(dir);
  const relay = await startTestRelay({ ...options, dataDir: dir });
  running.push(relay);
  return { relay, client: await BlobTestClient.connect(relay.url, options.now), dir };
}

const codes = (replies: readonly BlobReply[]): string[] => replies.map(blobCode);
const equal = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(b);

describe('blob endpoints', () => {
  it('creates, uploads, lists, downloads byte-exact and deletes a blob', async () => {
    const { client } = await start();
    const b = testBlob(3);
    const created = await client.create(b);
    expect([created.status, blobCode(created), created.reply.blob?.chunkCount]).toEqual([
      200,
      'OK',
      3,
    ]);
    expect(await client.upload(b)).toEqual([200, 200, 200]);
    const status = await client.status(b.readToken);
    expect(presentList(status.reply.blob?.present ?? new Uint8Array(0))).toEqual([0, 1, 2]);
    for (const i of [0, 1, 2]) {
      const got = await client.get(b.readToken, i);
      expect([got.status, got.chunk.length]).toEqual([200, CHUNK_BYTES]);
      expect(equal(got.chunk, chunkOf(b, i))).toBe(true);
    }
    expect(blobCode(await client.delete(b))).toBe('OK');
    expect(codes([await client.get(b.readToken, 0)])).toEqual(['BLOB_NOT_FOUND']);
  });

  it('refuses the wrong token for each operation; nothing changes', async () => {
    const { client } = await start();
    const b = testBlob(2);
    await client.create(b);
    const wrong = testBlob(1).uploadToken;
    const replies = [
      await client.put(b, 0, chunkOf(b, 0), wrong),
      await client.put(b, 0, chunkOf(b, 0), b.readToken),
      await client.status(wrong, b.blob.blobId),
      await client.delete(b, b.uploadToken),
      await client.get(wrong, 0),
    ];
    expect(codes(replies)).toEqual([
      'BLOB_DENIED',
      'BLOB_DENIED',
      'BLOB_DENIED',
      'BLOB_DENIED',
      'BLOB_NOT_FOUND',
    ]);
    expect(replies[0]?.status).toBe(403);
    const status = await client.status(b.uploadToken, b.blob.blobId);
    expect(presentList(status.reply.blob?.present ?? new Uint8Array(0))).toEqual([]);
  });

  it('refuses a corrupt chunk, a chunk of the wrong size, a bad index and bad input', async () => {
    const { client } = await start();
    const b = testBlob(2);
    await client.create(b);
    const flipped = chunkOf(b, 0).slice();
    flipped[1000] = (flipped[1000] ?? 0) ^ 1;
    const replies = [
      await client.put(b, 0, flipped),
      await client.put(b, 0, chunkOf(b, 0).subarray(0, CHUNK_BYTES - 16)),
      await client.put(b, 0, new Uint8Array(0)),
      await client.put(b, 2, chunkOf(b, 0)),
      await client.get(b.readToken, 7),
      await client.get(b.readToken, 1),
      await client.send({
        op: proto.BlobRequest.Op.PUT,
        blobId: b.blob.blobId,
        token: b.uploadToken.subarray(1),
      }),
      await client.send({ op: proto.BlobRequest.Op.GET, token: b.readToken }, chunkOf(b, 0)),
    ];
    expect(codes(replies)).toEqual([
      'BLOB_HASH_MISMATCH',
      'BLOB_BAD_SIZE',
      'BLOB_BAD_SIZE',
      'BLOB_BAD_INDEX',
      'BLOB_BAD_INDEX',
      'BLOB_CHUNK_MISSING',
      'MALFORMED',
      'MALFORMED',
    ]);
    expect(replies.map((r) => r.status)).toEqual([422, 400, 400, 400, 400, 404, 400, 400]);
    // A body over one chunk is cut off before it is read.
    const big = await client.put(b, 0, new Uint8Array(CHUNK_BYTES * 2));
    expect([big.status, blobCode(big)]).toEqual([413, 'BODY_TOO_LARGE']);
  });

  it('refuses a blob over the chunk limit or the relay quota with their codes', async () => {
    const limits: Partial<RelayLimits> = { blobMaxChunks: 4, blobMaxTotalBytes: 5 * CHUNK_BYTES };
    const { client } = await start({ limits });
    const tooBig = await client.create(testBlob(5, false));
    expect([tooBig.status, blobCode(tooBig)]).toEqual([413, 'BLOB_TOO_LARGE']);
    expect(blobCode(await client.create(testBlob(4, false)))).toBe('OK');
    const full = await client.create(testBlob(2, false));
    expect([full.status, blobCode(full)]).toEqual([507, 'BLOB_QUOTA_EXCEEDED']);
  });

  it('counts blob requests per address in a bucket of their own', async () => {
    const { client } = await start({ limits: { blobRequestsPerAddressPerMinute: 2 } });
    const b = testBlob(1);
    await client.create(b);
    await client.put(b, 0);
    const limited = await client.get(b.readToken, 0);
    expect([limited.status, blobCode(limited)]).toEqual([429, 'RATE_LIMITED']);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('answers BLOB_EXPIRED once the TTL has passed', async () => {
    let now = Date.now();
    const clock = (): number => now;
    const { client } = await start({ now: clock, limits: { blobTtlMs: 60_000 } });
    const b = testBlob(1);
    await client.create(b);
    expect(await client.upload(b)).toEqual([200]);
    now += 60_000;
    const replies = [
      await client.get(b.readToken, 0),
      await client.status(b.readToken),
      await client.put(b, 0),
    ];
    expect(codes(replies)).toEqual(['BLOB_EXPIRED', 'BLOB_EXPIRED', 'BLOB_EXPIRED']);
    expect(replies[0]?.status).toBe(410);
  });

  it('resumes: lists present chunks by either token, accepts the rest and a repeated chunk', async () => {
    const { client } = await start();
    const b = testBlob(4);
    await client.create(b);
    expect(blobCode(await client.create(b))).toBe('OK'); // a retried create
    await client.upload(b, [0, 2]);
    const byUpload = await client.status(b.uploadToken, b.blob.blobId);
    const byRead = await client.status(b.readToken);
    const present = (r: BlobReply) => presentList(r.reply.blob?.present ?? new Uint8Array(0));
    expect([present(byUpload), present(byRead)]).toEqual([
      [0, 2],
      [0, 2],
    ]);
    expect(await client.upload(b, [1, 3, 0])).toEqual([200, 200, 200]);
    expect(present(await client.status(b.readToken))).toEqual([0, 1, 2, 3]);
  });

  it('never shows a token, the blob id or the header on the wire; /v1 refuses blob requests', async () => {
    const { relay, client } = await start();
    const b = testBlob(1);
    const replies = [
      await client.create(b),
      await client.put(b, 0),
      await client.get(b.readToken, 0),
    ];
    for (const r of replies) {
      for (const secret of [b.readToken, b.uploadToken, b.blob.blobId, b.blob.uploadTokenHash]) {
        expect(Buffer.from(r.sent).includes(Buffer.from(secret))).toBe(false);
      }
    }
    const v1 = await RelayTestClient.connect(relay.url);
    const refused = await v1.send({ blob: { op: proto.BlobRequest.Op.GET, token: b.readToken } });
    expect(refused.reply.error?.code).toBe('MALFORMED');
    const junk = await httpCall(`${relay.url}/v1/blob`, new Uint8Array([0, 0, 0, 9, 1, 2]));
    expect([junk.status, plainErrorCode(junk.body.subarray(4))]).toEqual([400, 'MALFORMED']);
  });

  it('answers mangled frames with a code and keeps serving', async () => {
    const { client, relay } = await start();
    const b = testBlob(1);
    const good = (await client.create(b)).sent;
    const bodies = [
      new Uint8Array(0),
      new Uint8Array([0, 0, 0]),
      new Uint8Array([0xff, 0xff, 0xff, 0xff, 1]),
      good.subarray(0, good.length - 1),
      ...Array.from({ length: 20 }, (_, i) => {
        const copy = good.slice();
        const at = 4 + ((i * 7919) % (good.length - 4));
        copy[at] = (copy[at] ?? 0) ^ (1 << (i % 8));
        return copy;
      }),
    ];
    for (const body of bodies) {
      const raw = await httpCall(`${relay.url}/v1/blob`, body);
      expect(raw.status).toBeGreaterThanOrEqual(400);
      expect(raw.status).toBeLessThan(500);
    }
    expect(await client.upload(b)).toEqual([200]);
  });

  for (const store of ['fs', 'redis'] as const) {
    it(`keeps blobs across a relay restart (${store})`, async () => {
      const redisUrl = store === 'redis' ? redis?.url : undefined;
      const options = { blobStore: store, ...(redisUrl && { redisUrl }) };
      const first = await start(options);
      const b = testBlob(2);
      await first.client.create(b);
      await first.client.upload(b, [1]);
      await first.relay.close();
      const second = await start({ ...options, dataDir: first.dir });
      const got = await second.client.get(b.readToken, 1);
      expect(equal(got.chunk, chunkOf(b, 1))).toBe(true);
      expect(await second.client.upload(b, [0])).toEqual([200]);
    });
  }
});
