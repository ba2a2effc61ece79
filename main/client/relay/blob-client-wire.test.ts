import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../../core/attachments';
import { dhKeyPair, randomBytes, signKeyPair, toBase64Url } from '../../../core/crypto';
import { frameBlob, parseBlobFrame } from '../../../core/envelope/blob-frame';
import {
  openServerRequest,
  plainServerError,
  sealServerReply,
} from '../../../core/envelope/server';
import { isAppError } from '../../../core/errors';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { ServerRef } from '../model';
import { RelayBlobClient } from './blob-client';
import { MAX_BLOB_REPLY_BYTES } from './blob-replies';
import { RelayClientError } from './errors';
import type { FetchLike } from './http';

/**
 * What RelayBlobClient puts on the wire and how it checks replies, against a scripted fake
 * relay (a fetch stub holding a real relay key) that records every request.
 */
const relayKeys = dhKeyPair();
const ref: ServerRef = {
  url: 'https://relay.invalid',
  publicKey: toBase64Url(relayKeys.publicKey),
  signingKey: toBase64Url(signKeyPair().publicKey),
  name: 'fake',
};
const blobId = randomBytes(32);
const token = randomBytes(32);
const BLOB = 'application/x-meow-blob';

interface Seen {
  readonly contentType: string;
  readonly packed: meow.PackedServerMessage;
  readonly request: meow.ToServerMessage;
  readonly chunk: Uint8Array;
}

interface Answer {
  readonly fields: meow.IFromServerMessage;
  readonly chunk?: Uint8Array;
  readonly status?: number;
  /** Answer for another request (a replayed reply). */
  readonly uuid?: string;
}

type Script = (request: meow.ToServerMessage, index: number) => Answer;

function fakeRelay(script: Script): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = (_input, init) => {
    const body = new Uint8Array(init.body as ArrayBuffer | Uint8Array);
    const frame = parseBlobFrame(body);
    const opened = openServerRequest(frame.envelope, relayKeys);
    const headers = init.headers as Record<string, string>;
    seen.push({
      contentType: headers['content-type'] ?? '',
      packed: decodeProto(meow.PackedServerMessage, frame.envelope),
      request: opened.request,
      chunk: Uint8Array.from(frame.chunk),
    });
    const answer = script(opened.request, seen.length - 1);
    const reply = { version: 1, uuid: answer.uuid ?? opened.request.uuid, ...answer.fields };
    const envelope = sealServerReply(reply, opened.boxKey, opened.version);
    const out = frameBlob(envelope, answer.chunk) as Uint8Array<ArrayBuffer>;
    const status = answer.status ?? (answer.fields.error ? 400 : 200);
    return Promise.resolve(new Response(out, { status, headers: { 'content-type': BLOB } }));
  };
  return { fetch, seen };
}

const ok =
  (blob: meow.IBlobResult, chunk?: Uint8Array): Script =>
  () => ({ fields: { blob }, ...(chunk ? { chunk } : {}) });

const status = (count: number, present: number[]): meow.IBlobResult => ({
  chunkCount: count,
  expiresAt: Date.now() + 60_000,
  present: Uint8Array.from(present),
});

async function failure(promise: Promise<unknown>): Promise<RelayClientError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RelayClientError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('RelayBlobClient on the wire', () => {
  it('frames a boxed header (fresh key, version 3) and the chunk outside the box', async () => {
    const chunk = randomBytes(CHUNK_BYTES);
    const relay = fakeRelay(ok({ chunkCount: 2, expiresAt: 1, index: 1 }));
    const client = new RelayBlobClient(ref, { fetch: relay.fetch });
    await client.put(blobId, token, 1, chunk);
    await client.put(blobId, token, 1, chunk);
    const [first, second] = relay.seen;
    if (!first || !second) throw new Error('two requests expected');
    expect(first.contentType).toBe(BLOB);
    expect([first.packed.version, first.packed.signature.length]).toEqual([3, 0]);
    expect(toBase64Url(first.packed.from)).not.toBe(toBase64Url(second.packed.from));
    expect(first.request.uuid).not.toBe(second.request.uuid);
    expect(Buffer.from(first.chunk).equals(chunk)).toBe(true);
    // The header carries the blob operation and nothing else.
    const { blob, messages, pullRequests, acks, invitation } = first.request;
    expect([messages.length, pullRequests.length, acks.length, invitation]).toEqual([
      0,
      0,
      0,
      null,
    ]);
    expect(blob?.op).toBe(meow.BlobRequest.Op.PUT);
    expect(blob?.index).toBe(1);
    expect(Uint8Array.from(blob?.token ?? [])).toEqual(token);
  });

  it('names a blob by its read token alone for get and status', async () => {
    const relay = fakeRelay((request) =>
      request.blob?.op === meow.BlobRequest.Op.GET
        ? { fields: { blob: { index: 7 } }, chunk: new Uint8Array(CHUNK_BYTES).fill(7) }
        : { fields: { blob: status(9, [0x80, 0x80]) } },
    );
    const client = new RelayBlobClient(ref, { fetch: relay.fetch });
    const chunk = await client.get(token, 7);
    expect([chunk.length, chunk[0], chunk.byteOffset, chunk.buffer.byteLength]).toEqual([
      CHUNK_BYTES,
      7,
      0,
      CHUNK_BYTES,
    ]);
    const info = await client.status(token);
    expect([...info.present]).toEqual([0, 8]);
    for (const seen of relay.seen) expect(seen.request.blob?.blobId?.length).toBe(0);
    expect(relay.seen.map((s) => s.chunk.length)).toEqual([0, 0]);
  });

  it('rejects a reply that does not answer the request', async () => {
    const chunk = new Uint8Array(CHUNK_BYTES);
    const cases: [Script, (c: RelayBlobClient) => Promise<unknown>][] = [
      [ok({ index: 3 }, chunk), (c) => c.get(token, 2)],
      [ok({ index: 2 }, chunk.subarray(1)), (c) => c.get(token, 2)],
      [ok({ index: 2 }), (c) => c.get(token, 2)],
      [ok(status(9, [0xff])), (c) => c.status(token)],
      [ok(status(9, [0xff, 0x40])), (c) => c.uploadStatus(blobId, token)],
      [ok(status(0, [])), (c) => c.status(token)],
      [
        ok({ chunkCount: 3, expiresAt: 1, present: Uint8Array.of(0) }, chunk),
        (c) => c.status(token),
      ],
      [ok({ chunkCount: 1, expiresAt: 0, present: Uint8Array.of(0) }), (c) => c.status(token)],
      [ok({ chunkCount: 2, expiresAt: 1 }), (c) => c.create(newBlob(3))],
      [ok({ index: 0 }), (c) => c.put(blobId, token, 1, chunk)],
      [ok({ chunkCount: 1 }, chunk), (c) => c.delete(blobId, token)],
      [() => ({ fields: {} }), (c) => c.delete(blobId, token)],
      [() => ({ fields: { blob: { index: 2 } }, uuid: 'another' }), (c) => c.get(token, 2)],
    ];
    for (const [index, [script, run]] of cases.entries()) {
      const client = new RelayBlobClient(ref, { fetch: fakeRelay(script).fetch });
      const code = await run(client).then(
        () => 'no error',
        (err: unknown) => (isAppError(err) ? err.code : String(err)),
      );
      expect([index, code]).toEqual([index, 'RELAY_BAD_REPLY']);
    }
  });

  it('reads a plain, unframed refusal (the relay shutting down) as retryable', async () => {
    const fetch: FetchLike = () => {
      const body = plainServerError('UNAVAILABLE', 'shutting down', 5_000);
      const headers = { 'content-type': 'application/x-protobuf', 'retry-after': '5' };
      return Promise.resolve(
        new Response(body as Uint8Array<ArrayBuffer>, { status: 503, headers }),
      );
    };
    const err = await failure(new RelayBlobClient(ref, { fetch }).status(token));
    expect(err).toMatchObject({
      code: 'RELAY_UNAVAILABLE',
      relayCode: 'UNAVAILABLE',
      httpStatus: 503,
    });
    expect(err.retryable).toBe(true);
  });

  it('falls back to envelope version 2 for a relay that refuses 3 in a framed plain error', async () => {
    const relay = fakeRelay(ok(status(1, [0x80])));
    const versions: number[] = [];
    const fetch: FetchLike = (input, init) => {
      const body = new Uint8Array(init.body as ArrayBuffer | Uint8Array);
      const { version } = decodeProto(meow.PackedServerMessage, parseBlobFrame(body).envelope);
      versions.push(version);
      if (version <= 2) return relay.fetch(input, init);
      const refusal = frameBlob(
        plainServerError('UNSUPPORTED_VERSION', 'no'),
      ) as Uint8Array<ArrayBuffer>;
      return Promise.resolve(
        new Response(refusal, { status: 400, headers: { 'content-type': BLOB } }),
      );
    };
    const client = new RelayBlobClient({ ...ref, url: 'https://boxed-blobs.invalid' }, { fetch });
    expect([...(await client.status(token)).present]).toEqual([0]);
    await client.status(token);
    expect(versions).toEqual([3, 2, 2]);
  });

  it('sends a chunk once more, sealed anew, when the connection was closed under it', async () => {
    const relay = fakeRelay(ok({ chunkCount: 1, expiresAt: 1, index: 0 }));
    let resets = 1;
    const fetch: FetchLike = (input, init) => {
      if (resets-- > 0) {
        const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
        return Promise.reject(new TypeError('fetch failed', { cause: reset }));
      }
      return relay.fetch(input, init);
    };
    const chunk = randomBytes(CHUNK_BYTES);
    await new RelayBlobClient(ref, { fetch }).put(blobId, token, 0, chunk);
    expect(relay.seen).toHaveLength(1);
    expect(Buffer.from(relay.seen[0]?.chunk ?? []).equals(chunk)).toBe(true);
  });

  it('times out after blobTimeoutMs, and an aborted call is RELAY_ABORTED', async () => {
    const hung: FetchLike = (_input, init) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    const slow = new RelayBlobClient(ref, { fetch: hung, blobTimeoutMs: 30 });
    const timedOut = await failure(slow.get(token, 0));
    expect(timedOut.code).toBe('RELAY_UNAVAILABLE');
    expect(timedOut.message).toContain('within 30 ms');
    const controller = new AbortController();
    const pending = new RelayBlobClient(ref, { fetch: hung }).get(token, 0, {
      signal: controller.signal,
    });
    controller.abort();
    expect((await failure(pending)).code).toBe('RELAY_ABORTED');
    expect(MAX_BLOB_REPLY_BYTES).toBe(4 + 65_536 + CHUNK_BYTES);
  });

  it('refuses bad arguments with INVALID_ARGUMENT before sending anything', async () => {
    const relay = fakeRelay(ok({}));
    const client = new RelayBlobClient(ref, { fetch: relay.fetch });
    const chunk = new Uint8Array(CHUNK_BYTES);
    const short = randomBytes(31);
    const calls: (() => Promise<unknown>)[] = [
      () => client.put(short, token, 0, chunk),
      () => client.put(blobId, short, 0, chunk),
      () => client.put(blobId, token, -1, chunk),
      () => client.put(blobId, token, 2 ** 32, chunk),
      () => client.put(blobId, token, 0.5, chunk),
      () => client.put(blobId, token, 0, chunk.subarray(1)),
      () => client.get(short, 0),
      () => client.get(token, Number.NaN),
      () => client.status(short),
      () => client.uploadStatus(blobId, short),
      () => client.delete(short, token),
      () => client.create({ ...newBlob(2), chunkHashes: [randomBytes(32)] }),
      () => client.create({ ...newBlob(1), chunkHashes: [short] }),
      () => client.create({ ...newBlob(1), uploadTokenHash: short }),
      () => client.create(newBlob(0)),
      () => client.create(newBlob(2_001)),
    ];
    for (const [index, run] of calls.entries()) {
      let code = 'no error';
      try {
        await run();
      } catch (err) {
        code = isAppError(err) ? err.code : String(err);
      }
      expect([index, code]).toEqual([index, 'INVALID_ARGUMENT']);
    }
    expect(relay.seen).toHaveLength(0);
  });

  it('fits the hashes of 2,000 chunks in one create header', async () => {
    const relay = fakeRelay(ok({ chunkCount: 2_000, expiresAt: 1 }));
    const client = new RelayBlobClient(ref, { fetch: relay.fetch });
    expect(await client.create(newBlob(2_000))).toEqual({ chunkCount: 2_000, expiresAt: 1 });
    expect(relay.seen[0]?.request.blob?.chunkHashes?.length).toBe(2_000 * 32);
  });
});

function newBlob(count: number) {
  return {
    blobId,
    chunkCount: count,
    chunkHashes: Array.from({ length: count }, () => randomBytes(32)),
    uploadTokenHash: randomBytes(32),
    deleteTokenHash: randomBytes(32),
  };
}
