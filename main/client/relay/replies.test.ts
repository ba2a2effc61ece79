import { describe, expect, it } from 'vitest';
import { dhKeyPair, randomBytes, signKeyPair, toBase64Url } from '../../../core/crypto';
import {
  openServerRequest,
  plainServerError,
  sealServerReply,
} from '../../../core/envelope/server';
import { newLookupKeyPair } from '../../../core/lookup';
import { meow } from '../../../proto';
import type { ServerRef } from '../model';
import { RelayClientError } from './errors';
import type { FetchLike } from './http';
import { RelayClient } from './relay-client';

/**
 * Reply validation against a scripted fake relay (a fetch stub holding a real relay key): what
 * a broken or hostile relay, or a proxy in front of one, can send back.
 */
const relayKeys = dhKeyPair();
const signing = signKeyPair();
const ref: ServerRef = {
  url: 'https://relay.invalid',
  publicKey: toBase64Url(relayKeys.publicKey),
  signingKey: toBase64Url(signing.publicKey),
  name: 'fake',
};

type Script = (
  request: meow.ToServerMessage,
  boxKey: Uint8Array,
) => { status?: number; body: Uint8Array } | 'hang';

function fakeRelay(script: Script): FetchLike {
  return async (_input, init) => {
    const body = new Uint8Array(init.body as ArrayBuffer | Uint8Array);
    const opened = openServerRequest(body, relayKeys);
    const out = script(opened.request, opened.boxKey);
    if (out === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    return Promise.resolve(
      new Response(out.body as Uint8Array<ArrayBuffer>, { status: out.status ?? 200 }),
    );
  };
}

function reply(
  request: meow.ToServerMessage,
  fields: meow.IFromServerMessage,
): meow.IFromServerMessage {
  return { version: 1, uuid: request.uuid, serverTime: Date.now(), ...fields };
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof RelayClientError) return err.code;
    throw err;
  }
  return 'no error';
}

const queue = newLookupKeyPair();
const pullOne = { lookupKey: queue.lookupKey, pullToken: queue.pullToken, after: 0 };
const oneMessage = [
  { destination: queue.lookupKey, sendToken: queue.sendToken, payload: randomBytes(10) },
];

function client(script: Script, options = {}): RelayClient {
  return new RelayClient(ref, { fetch: fakeRelay(script), ...options });
}

describe('RelayClient reply validation', () => {
  it('accepts a well-formed reply', async () => {
    const c = client((req, key) => ({
      body: sealServerReply(reply(req, { pushResults: [{ accepted: true }] }), key),
    }));
    expect(await c.push(oneMessage)).toEqual([{ accepted: true, errorCode: '' }]);
  });

  it('rejects a replayed reply (another request uuid)', async () => {
    const c = client((req, key) => ({
      body: sealServerReply(
        { ...reply(req, { pushResults: [{ accepted: true }] }), uuid: 'old' },
        key,
      ),
    }));
    expect(await codeOf(c.push(oneMessage))).toBe('RELAY_BAD_REPLY');
  });

  it('rejects a reply boxed under another key, and a truncated one', async () => {
    const forged = client((req) => ({
      body: sealServerReply(reply(req, {}), randomBytes(32)),
    }));
    expect(await codeOf(forged.push(oneMessage))).toBe('RELAY_BAD_REPLY');
    const truncated = client((req, key) => ({
      body: sealServerReply(reply(req, {}), key).subarray(0, 20),
    }));
    expect(await codeOf(truncated.push(oneMessage))).toBe('RELAY_BAD_REPLY');
  });

  it('rejects result counts that do not match the request', async () => {
    const c = client((req, key) => ({
      body: sealServerReply(reply(req, { pushResults: [] }), key),
    }));
    expect(await codeOf(c.push(oneMessage))).toBe('RELAY_BAD_REPLY');
    const acks = client((req, key) => ({ body: sealServerReply(reply(req, {}), key) }));
    expect(await codeOf(acks.ack([{ ...pullOne, cursor: 1 }]))).toBe('RELAY_BAD_REPLY');
  });

  it('rejects a cursor beyond the entries returned, out-of-order seqs and foreign batches', async () => {
    const entry = (seq: number): meow.IQueueEntry => ({
      seq,
      message: { destination: queue.lookupKey, payload: randomBytes(4) },
    });
    const batches: meow.IQueueBatch[][] = [
      [{ lookupKey: queue.lookupKey, entries: [entry(1)], cursor: 9 }],
      [{ lookupKey: queue.lookupKey, entries: [entry(2), entry(1)], cursor: 1 }],
      [{ lookupKey: newLookupKeyPair().lookupKey, entries: [], cursor: 0 }],
      [{ lookupKey: queue.lookupKey, entries: [entry(1)], cursor: 1, errorCode: 'BAD_PROOF' }],
      [],
    ];
    for (const chat of batches) {
      const c = client((req, key) => ({ body: sealServerReply(reply(req, { chat }), key) }));
      expect(await codeOf(c.pull([pullOne]))).toBe('RELAY_BAD_REPLY');
    }
  });

  it('hands out an unreadable entry as message null (skip and ack past it)', async () => {
    const c = client((req, key) => ({
      body: sealServerReply(
        reply(req, {
          chat: [
            {
              lookupKey: queue.lookupKey,
              entries: [
                { seq: 1 },
                { seq: 2, message: { destination: randomBytes(32), payload: randomBytes(4) } },
                { seq: 3, message: { destination: queue.lookupKey, payload: randomBytes(4) } },
              ],
              cursor: 3,
            },
          ],
        }),
        key,
      ),
    }));
    const [batch] = await c.pull([pullOne]);
    expect(batch?.entries.map((e) => e.message === null)).toEqual([true, true, false]);
    expect(batch?.cursor).toBe(3);
  });

  it('maps HTTP-level failures: proxy pages, plaintext errors, rate limits', async () => {
    const html = new TextEncoder().encode('<html>Bad Gateway</html>');
    expect(await codeOf(client(() => ({ status: 502, body: html })).push(oneMessage))).toBe(
      'RELAY_UNAVAILABLE',
    );
    expect(await codeOf(client(() => ({ status: 200, body: html })).push(oneMessage))).toBe(
      'RELAY_BAD_REPLY',
    );
    expect(await codeOf(client(() => ({ status: 404, body: html })).push(oneMessage))).toBe(
      'RELAY_REJECTED',
    );
    const unavailable = plainServerError('UNAVAILABLE', 'store down');
    expect(await codeOf(client(() => ({ status: 503, body: unavailable })).push(oneMessage))).toBe(
      'RELAY_UNAVAILABLE',
    );
    const limited = client((req, key) => ({
      status: 429,
      body: sealServerReply(
        reply(req, { error: { code: 'RATE_LIMITED', message: 'slow down', retryAfterMs: 1234 } }),
        key,
      ),
    }));
    await expect(limited.push(oneMessage)).rejects.toMatchObject({
      code: 'RELAY_RATE_LIMITED',
      retryAfterMs: 1234,
      relayCode: 'RATE_LIMITED',
    });
    const tooMany = client(() => ({ status: 400, body: plainServerError('TOO_MANY_KEYS', 'x') }));
    await expect(tooMany.pull([pullOne])).rejects.toMatchObject({
      code: 'RELAY_REJECTED',
      relayCode: 'TOO_MANY_KEYS',
    });
  });

  it('times out a silent relay (RELAY_UNAVAILABLE) and bounds reply size', async () => {
    const silent = client(() => 'hang', { requestTimeoutMs: 50 });
    expect(await codeOf(silent.push(oneMessage))).toBe('RELAY_UNAVAILABLE');
    const huge = client(() => ({ body: new Uint8Array(5000) }), { maxReplyBytes: 1000 });
    expect(await codeOf(huge.push(oneMessage))).toBe('RELAY_BAD_REPLY');
  });

  it('refuses a malformed ServerRef', () => {
    expect(() => new RelayClient({ ...ref, publicKey: 'abc' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
    expect(() => new RelayClient({ ...ref, url: 'ftp://x' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }) as Error,
    );
  });
});
