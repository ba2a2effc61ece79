import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url } from '../../../../core/crypto';
import { newLookupKeyPair } from '../../../../core/lookup';
import { makeTempDir, type TempDir } from '../../../../testkit/tmp';
import type { Peer, ServerRef } from '../../model';
import { Profile } from '../../profile';
import type { OutboundMessage, PushResult } from '../../relay';
import { clockSkewFailure, RelayClientError } from '../../relay/errors';
import type { EngineContext } from '../context';
import { EventEmitter } from '../events';
import { decodeJobPayload, encodeJobPayload, newJobId } from '../jobs';
import { queueSealed } from '../outbound';
import { CHEAP_ARGON, PASSWORD, waitForEvents } from '../test-helpers';
import { SendWorker } from './send-worker';

/**
 * The send worker against a fake relay client (the relay's side of QUEUE_FULL and
 * NO_CAPABILITY is tested with the relay): what it does with each push result, on a real
 * message DB and a clock the test moves.
 */
const server: ServerRef = {
  url: 'http://relay.invalid',
  publicKey: toBase64Url(randomBytes(32)),
  signingKey: toBase64Url(randomBytes(32)),
  name: 'fake',
};
const bobQueue = newLookupKeyPair();
const carolQueue = newLookupKeyPair();

type Answer = (message: OutboundMessage) => PushResult;

let dir: TempDir;
let profile: Profile;
let now: number;
let worker: SendWorker | undefined;
let events: EventEmitter;
const pushed: string[] = [];
let answer: Answer;

const same = (a: Uint8Array, b: Uint8Array) => toBase64Url(a) === toBase64Url(b);

/** The text of a pushed payload (the test's payloads are plain text, not sealed). */
const textOf = (payload: Uint8Array) => new TextDecoder().decode(payload);

/** Messages per push request, in order; the fake relay refuses requests above `maxPerPush`. */
const requests: number[] = [];
let maxPerPush = Infinity;

function fakeContext(): EngineContext {
  const client = {
    push: (messages: readonly OutboundMessage[]) => {
      requests.push(messages.length);
      if (messages.length > maxPerPush) {
        const details = { relayCode: 'TOO_MANY_MESSAGES', httpStatus: 400 };
        return Promise.reject(new RelayClientError('RELAY_REJECTED', 'too many', details));
      }
      return Promise.resolve(
        messages.map((m) => {
          pushed.push(textOf(m.payload));
          return answer(m);
        }),
      );
    },
  };
  const ctx = {
    profile,
    events,
    relays: { client: () => client, forRelationship: () => client },
    now: () => now,
    syncs: { wake: () => undefined },
    wakeSend: () => undefined,
  };
  return ctx as unknown as EngineContext;
}

/** A `pending` message to `peerUid` and its send job, as outbound.ts queues them. */
function queueMessage(peerUid: string, text: string, sendToken: Uint8Array): void {
  const db = profile.messages;
  const status = { uuid: text, sent: now, replyToUuid: '' };
  const queue = peerUid === 'bob' ? bobQueue : carolQueue;
  const payload = encodeJobPayload({
    servers: [server],
    destination: queue.lookupKey,
    sendToken,
    payload: new TextEncoder().encode(text),
    messageUuid: text,
  });
  db.transaction(() => {
    db.insertMessage(peerUid, { outbound: true, type: 'text', text, status, state: 'pending' });
    db.enqueueJob({ jobId: newJobId(now), peerUid, kind: 'message', payload, nextAttemptAt: now });
  });
}

function stateOf(peerUid: string, uuid: string) {
  const m = profile.messages.getMessage(peerUid, uuid);
  return { state: m?.state, reason: m?.failureReason ?? null };
}

function sent(count: number) {
  return waitForEvents(events, 'message.statusChanged', (e) => e.state !== 'pending', count);
}

beforeEach(async () => {
  dir = await makeTempDir('meow-send-worker-');
  profile = await Profile.create(dir.path, {
    nickname: 'Alice',
    password: PASSWORD,
    argon: CHEAP_ARGON,
  });
  now = Date.now();
  events = new EventEmitter();
  pushed.length = 0;
  requests.length = 0;
  maxPerPush = Infinity;
  answer = () => ({ accepted: true, errorCode: '' });
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await profile.close();
  await dir.cleanup();
});

describe('send worker push results', () => {
  it('keeps a QUEUE_FULL message pending, holds its contact back, and sends it after the wait', async () => {
    queueMessage('bob', 'bob 1', bobQueue.sendToken);
    queueMessage('bob', 'bob 2', bobQueue.sendToken);
    queueMessage('carol', 'carol 1', carolQueue.sendToken);
    let full = true;
    answer = (m) =>
      full && same(m.destination, bobQueue.lookupKey)
        ? { accepted: false, errorCode: 'QUEUE_FULL', retryAfterMs: 60_000 }
        : { accepted: true, errorCode: '' };
    worker = new SendWorker(fakeContext());
    const carolSent = sent(1);
    worker.wake();
    expect((await carolSent)[0]).toMatchObject({ peerUid: 'carol', state: 'sent' });
    // Bob's two went in one request and were both refused for room (they stay in order); the
    // relay itself is fine, so Carol's went out.
    expect(pushed).toEqual(['bob 1', 'bob 2', 'carol 1']);
    expect(stateOf('bob', 'bob 1')).toEqual({ state: 'pending', reason: null });
    expect(stateOf('bob', 'bob 2')).toEqual({ state: 'pending', reason: null });
    const jobs = profile.messages.allJobs();
    expect(jobs.map((j) => j.peerUid)).toEqual(['bob', 'bob']);
    for (const job of jobs) expect(job.nextAttemptAt).toBeGreaterThanOrEqual(now + 60_000);
    expect(jobs[0]?.lastError).toBe('QUEUE_FULL');

    // Not before the relay's wait…
    now += 30_000;
    worker.wake();
    await worker.stop();
    expect(pushed).toHaveLength(3);
    // …but once it passed, both leave, in order.
    full = false;
    now += 30_001;
    worker = new SendWorker(fakeContext());
    const bobSent = sent(2);
    worker.wake();
    expect((await bobSent).map((e) => [e.uuid, e.state])).toEqual([
      ['bob 1', 'sent'],
      ['bob 2', 'sent'],
    ]);
    // The held queue is tried with its first message alone, then the rest.
    expect(pushed).toEqual(['bob 1', 'bob 2', 'carol 1', 'bob 1', 'bob 2']);
    expect(profile.messages.allJobs()).toEqual([]);
  });

  it("pushes a contact's burst a hundred per request, in order, and halves for a relay that takes fewer", async () => {
    const texts = Array.from({ length: 250 }, (_, i) => `bob ${i}`);
    for (const text of texts) queueMessage('bob', text, bobQueue.sendToken);
    worker = new SendWorker(fakeContext());
    let all = sent(250);
    worker.wake();
    expect((await all).map((e) => e.uuid)).toEqual(texts);
    expect(requests).toEqual([100, 100, 50]);
    expect(pushed).toEqual(texts);
    await worker.stop();

    // A relay with max_messages_per_push 30: each refused request is sent again in halves.
    const more = Array.from({ length: 100 }, (_, i) => `more ${i}`);
    for (const text of more) queueMessage('bob', text, bobQueue.sendToken);
    requests.length = 0;
    pushed.length = 0;
    maxPerPush = 30;
    worker = new SendWorker(fakeContext());
    all = sent(100);
    worker.wake();
    expect((await all).map((e) => [e.uuid, e.state])).toEqual(more.map((t) => [t, 'sent']));
    expect(pushed).toEqual(more);
    expect(requests).toEqual([100, 50, 25, 25, 50, 25, 25]);
    expect(profile.messages.allJobs()).toEqual([]);
  });

  it('fails a message with NO_CAPABILITY: refused by the relay, or without a token at all', async () => {
    queueMessage('bob', 'no token', new Uint8Array(0));
    queueMessage('carol', 'wrong token', bobQueue.sendToken);
    answer = (m) =>
      same(m.sendToken, bobQueue.sendToken) && same(m.destination, carolQueue.lookupKey)
        ? { accepted: false, errorCode: 'NO_CAPABILITY' }
        : { accepted: true, errorCode: '' };
    worker = new SendWorker(fakeContext());
    const failed = sent(2);
    worker.wake();
    expect((await failed).map((e) => [e.uuid, e.state, e.reason])).toEqual([
      ['no token', 'failed', 'NO_CAPABILITY'],
      ['wrong token', 'failed', 'NO_CAPABILITY'],
    ]);
    expect(pushed).toEqual(['wrong token']); // a job without a token never reaches a relay
    expect(stateOf('bob', 'no token')).toEqual({ state: 'failed', reason: 'NO_CAPABILITY' });
    expect(profile.messages.allJobs()).toEqual([]);
  });

  it("fails a message with CLOCK_SKEW when the clock is still off after adopting the relay's", async () => {
    queueMessage('bob', 'skewed', bobQueue.sendToken);
    answer = () => {
      throw clockSkewFailure(3 * 60 * 60_000);
    };
    worker = new SendWorker(fakeContext());
    const failed = sent(1);
    worker.wake();
    expect((await failed).map((e) => [e.uuid, e.state, e.reason])).toEqual([
      ['skewed', 'failed', 'CLOCK_SKEW'],
    ]);
  });

  it("queues a job with the contact's token for its destination, else none: NO_CAPABILITY", async () => {
    const ctx = fakeContext();
    const bob = (contactSendToken: string | null | undefined) =>
      ({
        uid: 'bob',
        type: 'peer',
        contactLookupKey: toBase64Url(bobQueue.lookupKey),
        contactSendToken,
        contactPullServers: [server],
      }) as unknown as Peer;
    const packed = (text: string) => ({
      destination: bobQueue.lookupKey,
      payload: new TextEncoder().encode(text),
    });
    queueSealed(ctx, bob(toBase64Url(bobQueue.sendToken)), packed('granted'), { kind: 'ack' }, '');
    queueSealed(ctx, bob(toBase64Url(carolQueue.sendToken)), packed('other'), { kind: 'ack' }, '');
    queueSealed(ctx, bob(null), packed('none'), { kind: 'ack' }, '');
    queueSealed(ctx, bob(undefined), packed('from before tokens'), { kind: 'ack' }, '');
    const tokens = profile.messages
      .allJobs()
      .map((j) => toBase64Url(decodeJobPayload(j.payload).sendToken));
    expect(tokens).toEqual([toBase64Url(bobQueue.sendToken), '', '', '']);

    now = Date.now() + 1_000; // the jobs were queued on the DB's own clock
    const refused = waitForEvents(events, 'error', (e) => e.code === 'NO_CAPABILITY', 3);
    worker = new SendWorker(ctx);
    worker.wake();
    expect((await refused).map((e) => e.peerUid)).toEqual(['bob', 'bob', 'bob']);
    expect(pushed).toEqual(['granted']);
  });
});
