import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dhKeyPair, randomBytes, signKeyPair, toBase64Url } from '../../../core/crypto';
import { isAppError } from '../../../core/errors';
import { newLookupKeyPair, type LookupKeyPair } from '../../../core/lookup';
import { startRedis, type RedisServer } from '../../../testkit/redis';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ServerRef } from '../model';
import { isRelayClientError, RelayClientError } from './errors';
import type { FetchLike } from './http';
import { RelayClient, type AddedRelay } from './relay-client';
import type { OutboundMessage, QueueBatch, QueueRef } from './types';

/**
 * RelayClient against real relay processes (testkit/relay-process.ts): the product's own
 * start-up path, real HTTP, the embedded store and (one suite) Redis. No fixed sleeps: every
 * wait is on a promise or an event.
 */
function queueRef(lookup: LookupKeyPair): QueueRef {
  return { lookupKey: lookup.lookupKey, pullToken: lookup.pullToken };
}

function message(lookup: LookupKeyPair, bytes = 300): OutboundMessage {
  return {
    destination: lookup.lookupKey,
    sendToken: lookup.sendToken,
    payload: randomBytes(bytes),
  };
}

/**
 * The entries' seqs as offsets from the first: a queue's first seq is the relay's choice
 * (PROTOCOL.md §8), consecutive after it.
 */
function offsets(batch: QueueBatch | undefined): number[] {
  const seqs = batch?.entries.map((e) => e.seq) ?? [];
  return seqs.map((seq) => seq - (seqs[0] ?? 0));
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

/** A fetch that resolves `sent` once its first request has been handed to the network. */
function observedFetch(): { fetch: FetchLike; sent: Promise<void> } {
  let notify: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    notify = resolve;
  });
  return {
    fetch: (input, init) => {
      const result = fetch(input, init);
      notify();
      return result;
    },
    sent,
  };
}

function newClient(added: AddedRelay, options = {}): RelayClient {
  return new RelayClient(added.ref, options);
}

/** The scenarios every store must pass. */
function relaySuite(
  name: string,
  start: () => Promise<RelayProcess>,
  stop: () => Promise<void>,
): void {
  describe(name, () => {
    let relay: RelayProcess;
    let added: AddedRelay;

    beforeAll(async () => {
      relay = await start();
      added = await RelayClient.add(relay.url);
    });
    afterAll(stop);

    it('adds a relay: verified card, pinned keys, the fingerprint the relay printed', () => {
      expect(added.fingerprint).toBe(relay.fingerprint);
      expect(added.ref.url).toBe(relay.url);
      expect(added.ref.publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(added.ref.signingKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(added.card.limits?.maxLongPollMs).toBeGreaterThan(0);
      expect(newClient(added).fingerprint).toBe(relay.fingerprint);
    });

    it('push → pull → ack round trip, in order, with per-item results', async () => {
      const queue = newLookupKeyPair();
      const sender = newClient(added);
      const receiver = newClient(added);
      const sent = [message(queue), message(queue), message(queue)];
      const results = await sender.push(sent);
      expect(results).toEqual(sent.map(() => ({ accepted: true, errorCode: '' })));

      const [batch] = await receiver.pull([{ ...queueRef(queue), after: 0 }]);
      expect(batch?.errorCode).toBe('');
      expect(offsets(batch)).toEqual([0, 1, 2]);
      expect(batch?.entries.map((e) => Uint8Array.from(e.message?.payload ?? []))).toEqual(
        sent.map((m) => m.payload),
      );
      const last = batch?.entries[2]?.seq ?? -1;
      expect(batch?.cursor).toBe(last);
      expect(batch?.more).toBe(false);

      // Unacked entries are delivered again (at-least-once) …
      const [again] = await receiver.pull([{ ...queueRef(queue), after: 0, maxEntries: 2 }]);
      expect(again?.entries.map((e) => e.seq)).toEqual(
        batch?.entries.slice(0, 2).map((e) => e.seq),
      );
      expect(again?.more).toBe(true);
      // … and gone once acked.
      expect(await receiver.ack([{ ...queueRef(queue), cursor: last }])).toEqual([
        { ok: true, errorCode: '' },
      ]);
      const [empty] = await receiver.pull([{ ...queueRef(queue), after: 0 }]);
      expect(empty?.entries).toEqual([]);
      expect(empty?.cursor).toBe(0);
    });

    it('long-poll is held, then wakes well under a second after another client pushes', async () => {
      const queue = newLookupKeyPair();
      const observed = observedFetch();
      const poller = newClient(added, { fetch: observed.fetch });
      let resolvedAt = 0;
      const poll = poller
        .pull([{ ...queueRef(queue), after: 0 }], { longPollMs: 30_000 })
        .then((batches) => {
          resolvedAt = performance.now();
          return batches;
        });
      await observed.sent;
      // One full round trip on another connection: the held request has reached the relay.
      await newClient(added).pull([{ ...queueRef(newLookupKeyPair()), after: 0 }]);
      expect(resolvedAt).toBe(0);

      const pushedAt = performance.now();
      await newClient(added).push([message(queue)]);
      const [batch] = await poll;
      expect(batch?.entries).toHaveLength(1);
      expect(resolvedAt - pushedAt).toBeLessThan(1_000);
    });

    it('a long-poll with nothing to deliver ends with empty batches at its timeout', async () => {
      const queue = newLookupKeyPair();
      const started = performance.now();
      const [batch] = await newClient(added).pull([{ ...queueRef(queue), after: 5 }], {
        longPollMs: 200,
      });
      expect(performance.now() - started).toBeGreaterThanOrEqual(150);
      expect(batch).toMatchObject({ entries: [], cursor: 5, more: false, errorCode: '' });
    });
  });
}

describe('RelayClient against a relay process', () => {
  let redis: RedisServer | undefined;
  let embedded: RelayProcess | undefined;
  let redisRelay: RelayProcess | undefined;

  relaySuite(
    'embedded store',
    async () => {
      embedded = await startRelayProcess();
      return embedded;
    },
    async () => {
      await embedded?.stop();
    },
  );

  relaySuite(
    'redis store',
    async () => {
      redis = await startRedis();
      redisRelay = await startRelayProcess({ redisUrl: redis.url });
      expect(redisRelay.storeLabel).toMatch(/^redis /);
      return redisRelay;
    },
    async () => {
      await redisRelay?.stop();
      await redis?.stop();
    },
  );
});

describe('RelayClient failures and invitations (embedded relay)', () => {
  let relay: RelayProcess;
  let added: AddedRelay;

  beforeAll(async () => {
    relay = await startRelayProcess();
    added = await RelayClient.add(`${relay.url}/`);
  });
  afterAll(async () => {
    await relay.stop();
  });

  it('aborting a long-poll cancels it at once with RELAY_ABORTED', async () => {
    const observed = observedFetch();
    const client = newClient(added, { fetch: observed.fetch });
    const controller = new AbortController();
    const poll = client.pull([{ ...queueRef(newLookupKeyPair()), after: 0 }], {
      longPollMs: 30_000,
      signal: controller.signal,
    });
    await observed.sent;
    const abortedAt = performance.now();
    controller.abort();
    const err = await failure(poll);
    expect(err.code).toBe('RELAY_ABORTED');
    expect(err.retryable).toBe(false);
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    // Already aborted: nothing is sent.
    expect(
      await failure(client.push([message(newLookupKeyPair())], { signal: controller.signal })),
    ).toMatchObject({
      code: 'RELAY_ABORTED',
    });
  });

  it('a wrong proof yields a per-key BAD_PROOF; other keys in the request are served', async () => {
    const mine = newLookupKeyPair();
    const theirs = newLookupKeyPair();
    const client = new RelayClient(added.ref);
    await client.push([message(mine), message(theirs)]);
    const batches = await client.pull([
      { lookupKey: theirs.lookupKey, pullToken: mine.pullToken, after: 0 },
      { ...queueRef(mine), after: 0 },
    ]);
    expect(batches[0]).toMatchObject({ errorCode: 'BAD_PROOF', entries: [], cursor: 0 });
    expect(batches[1]?.entries).toHaveLength(1);
    const cursor = batches[1]?.cursor ?? 0;
    const acks = await client.ack([
      { lookupKey: theirs.lookupKey, pullToken: mine.pullToken, cursor },
      { ...queueRef(mine), cursor },
    ]);
    expect(acks).toEqual([
      { ok: false, errorCode: 'BAD_PROOF' },
      { ok: true, errorCode: '' },
    ]);
    // The failed ack deleted nothing.
    const [still] = await client.pull([{ ...queueRef(theirs), after: 0 }]);
    expect(still?.entries).toHaveLength(1);
  });

  it('per-item push errors are results, bad arguments are INVALID_ARGUMENT', async () => {
    const client = new RelayClient(added.ref);
    const queue = newLookupKeyPair();
    const tooLarge = { ...message(queue), payload: new Uint8Array(1024 * 1024 + 512) };
    const foreign = { ...message(queue), sendToken: newLookupKeyPair().sendToken };
    expect(await client.push([message(queue), tooLarge, foreign])).toEqual([
      { accepted: true, errorCode: '' },
      { accepted: false, errorCode: 'MESSAGE_TOO_LARGE' },
      { accepted: false, errorCode: 'NO_CAPABILITY' },
    ]);
    await expect(
      client.push([{ ...message(queue), destination: new Uint8Array(31) }]),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(
      client.push([{ ...message(queue), sendToken: new Uint8Array(0) }]),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(client.pull([{ ...queueRef(queue), after: -1 }])).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(await client.push([])).toEqual([]);
  });

  it('a wrongly pinned relay key is RELAY_KEY_CHANGED, on requests and on checkCard', async () => {
    const wrong: ServerRef = { ...added.ref, publicKey: toBase64Url(dhKeyPair().publicKey) };
    const client = new RelayClient(wrong);
    const err = await failure(client.push([message(newLookupKeyPair())]));
    expect(err).toMatchObject({
      code: 'RELAY_KEY_CHANGED',
      // Boxed to a key the relay does not hold: it cannot open the envelope.
      relayCode: 'BOX_FAILED',
      httpStatus: 400,
    });
    expect(err.retryable).toBe(false);
    expect(await failure(client.checkCard())).toMatchObject({ code: 'RELAY_KEY_CHANGED' });
    const wrongSigner: ServerRef = {
      ...added.ref,
      signingKey: toBase64Url(signKeyPair().publicKey),
    };
    expect(await failure(new RelayClient(wrongSigner).checkCard())).toMatchObject({
      code: 'RELAY_KEY_CHANGED',
    });
    const card = await new RelayClient(added.ref).checkCard();
    expect(Uint8Array.from(card.publicKey)).toEqual(Uint8Array.from(added.card.publicKey));
  });

  it('shortcode invitations: create, get, wrong password, delete', async () => {
    const client = new RelayClient(added.ref);
    const guest = new RelayClient(added.ref);
    const payload = randomBytes(2_000);
    const created = await client.createInvitation({
      payload,
      password: 'correct horse',
      timeoutSeconds: 600,
    });
    expect(created.shortcode).toMatch(/^[2-9A-Z]{8}$/);
    expect(created.expiry).toBeGreaterThan(Date.now());
    expect(created.deleteToken.length).toBe(32);

    const fetched = await guest.getInvitation(created.shortcode, 'correct horse');
    expect(fetched.payload).toEqual(payload);
    expect(fetched).toMatchObject({ shortcode: created.shortcode, uuid: created.uuid, step: 1 });

    expect(await failure(guest.getInvitation(created.shortcode, 'wrong'))).toMatchObject({
      code: 'RELAY_REJECTED',
      relayCode: 'INVITATION_DENIED',
    });
    expect(await failure(guest.deleteInvitation(created.shortcode, randomBytes(32)))).toMatchObject(
      { code: 'RELAY_REJECTED', relayCode: 'INVITATION_DENIED' },
    );
    await client.deleteInvitation(created.shortcode, created.deleteToken, { uuid: created.uuid });
    expect(await failure(guest.getInvitation(created.shortcode, 'correct horse'))).toMatchObject({
      relayCode: 'INVITATION_DENIED',
    });
  });

  it('too many guesses at one shortcode: RELAY_RATE_LIMITED with retryAfterMs', async () => {
    const client = new RelayClient(added.ref);
    const created = await client.createInvitation({ payload: randomBytes(10), password: 'pw' });
    const guesser = new RelayClient(added.ref);
    let limited: RelayClientError | undefined;
    for (let i = 0; i < 10 && !limited; i++) {
      const err = await failure(guesser.getInvitation(created.shortcode, `guess ${i}`));
      if (err.code === 'RELAY_RATE_LIMITED') limited = err;
      else expect(err.relayCode).toBe('INVITATION_DENIED');
    }
    expect(limited).toMatchObject({ code: 'RELAY_RATE_LIMITED', httpStatus: 429 });
    expect(limited?.retryAfterMs).toBeGreaterThan(0);
    expect(limited?.retryable).toBe(true);
  });

  it('a relay that is down is RELAY_UNAVAILABLE; after a restart the same client works again', async () => {
    const own = await startRelayProcess();
    try {
      const ownAdded = await RelayClient.add(own.url);
      const client = new RelayClient(ownAdded.ref);
      const queue = newLookupKeyPair();
      await client.push([message(queue)]);

      await own.kill();
      const down = await failure(client.push([message(queue)]));
      expect(down.code).toBe('RELAY_UNAVAILABLE');
      expect(down.retryable).toBe(true);
      expect(isAppError(down, 'RELAY_UNAVAILABLE')).toBe(true);
      expect(await failure(RelayClient.add(own.url))).toMatchObject({ code: 'RELAY_UNAVAILABLE' });

      await own.restart();
      expect(own.url).toBe(ownAdded.ref.url);
      expect(own.fingerprint).toBe(ownAdded.fingerprint);
      // The entry pushed before the SIGKILL survived; the client needed no reconfiguration.
      const [batch] = await client.pull([{ ...queueRef(queue), after: 0 }]);
      expect(batch?.entries).toHaveLength(1);
      await client.checkCard();
    } finally {
      await own.stop();
    }
  });

  it('a graceful relay shutdown answers a held long-poll with empty batches', async () => {
    const own = await startRelayProcess();
    try {
      const ownAdded = await RelayClient.add(own.url);
      const observed = observedFetch();
      const client = new RelayClient(ownAdded.ref, { fetch: observed.fetch });
      const poll = client.pull([{ ...queueRef(newLookupKeyPair()), after: 4 }], {
        longPollMs: 30_000,
      });
      await observed.sent;
      await new RelayClient(ownAdded.ref).pull([{ ...queueRef(newLookupKeyPair()), after: 0 }]);
      const restarted = own.restart({ signal: 'SIGTERM' });
      const [batch] = await poll;
      expect(batch).toMatchObject({ entries: [], cursor: 4 });
      await restarted;
    } finally {
      await own.stop();
    }
  });

  it('isRelayClientError narrows by code', async () => {
    const client = new RelayClient({ ...added.ref, url: 'http://127.0.0.1:1' });
    const err: unknown = await failure(
      client.ack([{ ...queueRef(newLookupKeyPair()), cursor: 1 }]),
    );
    expect(isRelayClientError(err, 'RELAY_UNAVAILABLE')).toBe(true);
    expect(isRelayClientError(err, 'RELAY_REJECTED')).toBe(false);
  });
});
