import { describe, expect, it } from 'vitest';
import { dhKeyPair, randomBytes, signKeyPair, toBase64Url } from '../../../core/crypto';
import {
  openServerRequest,
  plainServerError,
  sealServerReply,
} from '../../../core/envelope/server';
import { newLookupKeyPair } from '../../../core/lookup';
import { decodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { ServerRef } from '../model';
import { RelayClientError } from './errors';
import type { FetchLike } from './http';
import { RelayClient } from './relay-client';

/**
 * What the client puts on the wire and how it reacts to the relay's request-level refusals,
 * against a scripted fake relay (a fetch stub holding a real relay key) that records every
 * request body.
 */
const relayKeys = dhKeyPair();
const ref: ServerRef = {
  url: 'https://relay.invalid',
  publicKey: toBase64Url(relayKeys.publicKey),
  signingKey: toBase64Url(signKeyPair().publicKey),
  name: 'fake',
};
const queue = newLookupKeyPair();
const oneMessage = [
  { destination: queue.lookupKey, sendToken: queue.sendToken, payload: randomBytes(10) },
];
const MINUTE = 60_000;

interface Seen {
  readonly packed: meow.PackedServerMessage;
  readonly request: meow.ToServerMessage;
  /** Our clock when the relay got it. */
  readonly at: number;
}

/** The relay's answer to one request: its reply fields (boxed) and the HTTP status. */
type Script = (request: meow.ToServerMessage, index: number) => meow.IFromServerMessage;

function fakeRelay(script: Script, status = 200): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = (_input, init) => {
    const body = new Uint8Array(init.body as ArrayBuffer | Uint8Array);
    const packed = decodeProto(meow.PackedServerMessage, body);
    const opened = openServerRequest(body, relayKeys);
    seen.push({ packed, request: opened.request, at: Date.now() });
    const fields = script(opened.request, seen.length - 1);
    const reply = { version: 1, uuid: opened.request.uuid, ...fields };
    const out = sealServerReply(reply, opened.boxKey, opened.version) as Uint8Array<ArrayBuffer>;
    return Promise.resolve(new Response(out, { status: fields.error ? 400 : status }));
  };
  return { fetch, seen };
}

const accepted = (): meow.IFromServerMessage => ({ pushResults: [{ accepted: true }] });

/** Accepts pushes; answers a pull with an empty batch for each queue. */
const served: Script = (request) =>
  request.pullRequests.length > 0
    ? { chat: request.pullRequests.map((p) => ({ lookupKey: p.lookupKey, cursor: p.after })) }
    : accepted();

/** A relay whose clock is `skewMs` ahead of ours, refusing timestamps more than 5 min off. */
function skewedRelay(skewMs: number): Script {
  return (request) => {
    const serverTime = Date.now() + skewMs;
    if (Math.abs(request.timestamp - serverTime) <= 5 * MINUTE) {
      return { ...accepted(), serverTime };
    }
    return { serverTime, error: { code: 'CLOCK_SKEW', message: 'timestamp outside window' } };
  };
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

/** A relay older than this app: it opens envelope versions up to `newest` and refuses the
 * others in plaintext, as such relays do. */
function olderRelay(newest: number): { fetch: FetchLike; versions: number[] } {
  const relay = fakeRelay(served);
  const versions: number[] = [];
  const fetch: FetchLike = (input, init) => {
    const body = new Uint8Array(init.body as ArrayBuffer | Uint8Array);
    const { version } = decodeProto(meow.PackedServerMessage, body);
    versions.push(version);
    if (version <= newest) return relay.fetch(input, init);
    const refusal = plainServerError(
      'UNSUPPORTED_VERSION',
      `unsupported envelope version ${version}`,
    );
    return Promise.resolve(new Response(refusal as Uint8Array<ArrayBuffer>, { status: 400 }));
  };
  return { fetch, versions };
}

describe('RelayClient requests', () => {
  it('seals every request under a fresh X25519 key, unsigned (envelope version 3)', async () => {
    const relay = fakeRelay(served);
    const client = new RelayClient(ref, { fetch: relay.fetch });
    await client.push(oneMessage);
    const packed = relay.seen[0]?.packed;
    expect([packed?.version, packed?.signature.length, packed?.from.length]).toEqual([3, 0, 32]);
  });

  it('sends again once, sealed anew, when the relay closed the connection under the request', async () => {
    const relay = fakeRelay(served);
    let resets = 1;
    const flaky: FetchLike = (input, init) => {
      if (resets-- > 0) {
        const reset = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
        return Promise.reject(new TypeError('fetch failed', { cause: reset }));
      }
      return relay.fetch(input, init);
    };
    await new RelayClient(ref, { fetch: flaky }).push(oneMessage);
    expect(relay.seen).toHaveLength(1);
    // Twice in a row is a relay that is really unreachable.
    resets = 2;
    const err = await failure(new RelayClient(ref, { fetch: flaky }).push(oneMessage));
    expect(err.code).toBe('RELAY_UNAVAILABLE');
    expect(relay.seen).toHaveLength(1);
  });

  it('falls back to version 2 for a relay that refuses version 3, and stays with it', async () => {
    const relay = olderRelay(2);
    const old = { ...ref, url: 'https://boxed-relay.invalid' };
    const client = new RelayClient(old, { fetch: relay.fetch });
    expect(await client.push(oneMessage)).toEqual([{ accepted: true, errorCode: '' }]);
    await client.push(oneMessage);
    expect(relay.versions).toEqual([3, 2, 2]);
    // Another client of the same relay in this app knows it too.
    await new RelayClient(old, { fetch: relay.fetch }).push(oneMessage);
    expect(relay.versions).toEqual([3, 2, 2, 2]);
  });

  it('falls back to the signed envelope for a relay that refuses versions 3 and 2', async () => {
    const relay = olderRelay(1);
    const old = { ...ref, url: 'https://old-relay.invalid' };
    const client = new RelayClient(old, { fetch: relay.fetch });
    expect(await client.push(oneMessage)).toEqual([{ accepted: true, errorCode: '' }]);
    await client.push(oneMessage);
    expect(relay.versions).toEqual([3, 2, 1, 1]);
    await new RelayClient(old, { fetch: relay.fetch }).push(oneMessage);
    expect(relay.versions).toEqual([3, 2, 1, 1, 1]);
  });

  it('signs every request with a fresh key and opens each reply with that request’s key', async () => {
    const relay = fakeRelay(served);
    const client = new RelayClient(ref, { fetch: relay.fetch });
    for (let i = 0; i < 5; i++) expect(await client.push(oneMessage)).toHaveLength(1);
    await client.pull([{ lookupKey: queue.lookupKey, pullToken: queue.pullToken, after: 0 }]);
    const froms = relay.seen.map((s) => toBase64Url(s.packed.from));
    expect(froms).toHaveLength(6);
    expect(new Set(froms).size).toBe(6);
    for (const s of relay.seen) expect(s.packed.from).toHaveLength(32);
    // A fresh uuid each time too, and the push carries the send capability.
    expect(new Set(relay.seen.map((s) => s.request.uuid)).size).toBe(6);
    const pushed = relay.seen[0]?.request.messages[0];
    expect(Uint8Array.from(pushed?.sendToken ?? [])).toEqual(queue.sendToken);
  });

  it('on CLOCK_SKEW adopts the relay’s clock, retries once, and keeps the offset', async () => {
    const relay = fakeRelay(skewedRelay(-42 * MINUTE));
    const client = new RelayClient(ref, { fetch: relay.fetch });
    expect(await client.push(oneMessage)).toEqual([{ accepted: true, errorCode: '' }]);
    expect(relay.seen).toHaveLength(2);
    const [first, second] = relay.seen;
    if (!first || !second) throw new Error('two requests expected');
    expect(Math.abs(first.request.timestamp - first.at)).toBeLessThan(MINUTE);
    // Within a few seconds of the relay's clock (42 minutes behind ours).
    expect(Math.abs(second.request.timestamp - second.at + 42 * MINUTE)).toBeLessThan(5_000);
    expect(second.request.uuid).not.toBe(first.request.uuid);
    expect(toBase64Url(second.packed.from)).not.toBe(toBase64Url(first.packed.from));
    // The offset stays with this relay's client: the next request is right the first time.
    await client.push(oneMessage);
    expect(relay.seen).toHaveLength(3);
  });

  it('CLOCK_SKEW again after the retry is RELAY_REJECTED, saying by how much the clock is off', async () => {
    // A relay whose clock runs away between the two requests (or a request held that long).
    const relay = fakeRelay((_request, index) => ({
      serverTime: Date.now() + (index + 1) * 17 * MINUTE,
      error: { code: 'CLOCK_SKEW', message: 'timestamp outside window' },
    }));
    const err = await failure(new RelayClient(ref, { fetch: relay.fetch }).push(oneMessage));
    expect(relay.seen).toHaveLength(2);
    expect(err).toMatchObject({ code: 'RELAY_REJECTED', relayCode: 'CLOCK_SKEW' });
    expect(err.retryable).toBe(false);
    expect(err.message).toContain("this computer's clock is off by 34 minutes (behind the relay)");
    // Without the relay's time there is nothing to adopt: no second request.
    const silent = fakeRelay(() => ({ error: { code: 'CLOCK_SKEW', message: '' } }));
    const unknown = await failure(new RelayClient(ref, { fetch: silent.fetch }).push(oneMessage));
    expect(silent.seen).toHaveLength(1);
    expect(unknown.message).toContain("this computer's clock may be wrong");
  });

  it('maps REPLAYED and RATE_LIMITED to retryable errors', async () => {
    const replayed = fakeRelay(() => ({ error: { code: 'REPLAYED', message: 'seen' } }));
    const err = await failure(new RelayClient(ref, { fetch: replayed.fetch }).push(oneMessage));
    expect(err).toMatchObject({ code: 'RELAY_UNAVAILABLE', relayCode: 'REPLAYED' });
    expect(err.retryable).toBe(true);
    const limited = fakeRelay(() => ({
      error: { code: 'RATE_LIMITED', message: 'slow down', retryAfterMs: 2500 },
    }));
    const slow = await failure(new RelayClient(ref, { fetch: limited.fetch }).push(oneMessage));
    expect(slow).toMatchObject({ code: 'RELAY_RATE_LIMITED', retryAfterMs: 2500 });
    expect(slow.retryable).toBe(true);
  });

  it('returns QUEUE_FULL with its wait and NO_CAPABILITY as per-message results', async () => {
    const relay = fakeRelay(() => ({
      pushResults: [
        { accepted: false, errorCode: 'QUEUE_FULL', retryAfterMs: 30_000 },
        { accepted: false, errorCode: 'NO_CAPABILITY' },
      ],
    }));
    const client = new RelayClient(ref, { fetch: relay.fetch });
    const other = { ...oneMessage[0], sendToken: newLookupKeyPair().sendToken };
    expect(await client.push([...oneMessage, other] as typeof oneMessage)).toEqual([
      { accepted: false, errorCode: 'QUEUE_FULL', retryAfterMs: 30_000 },
      { accepted: false, errorCode: 'NO_CAPABILITY' },
    ]);
  });
});
