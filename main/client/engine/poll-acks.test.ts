/**
 * The poll loop acks what it stored with its next pull (PROTOCOL.md §8: the relay applies a
 * request's acks before it reads or holds its pulls), so a received batch costs one request,
 * not two; and a stop still sends what it owes, so nothing comes back after a restart.
 */
import { expect, it } from 'vitest';
import { toHex } from '../../../core/crypto';
import { lookupKeyPairFromSecret } from '../../../core/lookup';
import { fromB64 } from '../b64';
import {
  connect,
  inboundTexts,
  openSide,
  stopSide,
  waitForEvents,
  type Side,
} from './test-helpers';
import type { TappedRequest } from './testing/relay-tap';
import { tappedWorld } from './testing/tapped-world';

const world = tappedWorld();

/** The queue (hex) `side` pulls for the contact `peerUid`. */
async function ownQueue(side: Side, peerUid: string): Promise<string> {
  const peer = await side.profile.peers.getPeer(peerUid);
  if (!peer) throw new Error('no such peer');
  return toHex(lookupKeyPairFromSecret(fromB64(peer.myLookupSecret, 'secret')).lookupKey);
}

const names = (keys: { lookupKey?: Uint8Array | null }[], queue: string): boolean =>
  keys.some((k) => toHex(k.lookupKey ?? new Uint8Array(0)) === queue);

/** Requests since `start` that pull or ack `queue` (only its owner can). */
function requestsFor(queue: string, start: number): TappedRequest[] {
  return world.requests
    .slice(start)
    .filter((r) => names(r.request.pullRequests, queue) || names(r.request.acks, queue));
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(condition()).toBe(true);
}

it('acks a received batch with the next long-poll, never in a request of its own', async () => {
  const alice = await world.side('Alice');
  const bob = await world.side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(alice, bob, 'Bob');
  const queue = await ownQueue(bob, aliceAtBob);
  const start = world.requests.length;
  for (const text of ['one', 'two', 'three']) {
    const got = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === text);
    await alice.engine.sendText(bobAtAlice, text);
    await got;
  }
  await until(() => requestsFor(queue, start).filter((r) => r.request.acks.length > 0).length >= 3);
  for (const r of requestsFor(queue, start)) {
    expect(r.request.pullRequests.length).toBeGreaterThan(0);
  }
});

it('sends what it owes when it stops: after a restart the relay has nothing left for it', async () => {
  const alice = await world.side('Alice');
  const bob = await world.side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(alice, bob, 'Bob');
  const queue = await ownQueue(bob, aliceAtBob);
  // Stopped while the message is being stored: the loop ends before another pull could carry
  // the ack, so only the stop's own ack can remove the entry from the relay.
  let stopping: Promise<void> | undefined;
  const off = bob.engine.events.on('message.received', (e) => {
    if (e.text === 'hello') stopping ??= stopSide(bob);
  });
  await alice.engine.sendText(bobAtAlice, 'hello');
  await until(() => stopping !== undefined);
  await stopping;
  off();
  const acksOnly = requestsFor(queue, 0).filter((r) => r.request.pullRequests.length === 0);
  expect(acksOnly).toHaveLength(1);
  const start = world.requests.length;
  await openSide(bob);
  // The restarted loop pulls from the start of the queue (its cursor lived in memory), so its
  // first answer (a pull answered at once, poll-worker.ts) would bring 'hello' again had the ack
  // been lost. A new message ends the hold of the next one: 'again' is all it ever got.
  const again = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'again');
  await alice.engine.sendText(bobAtAlice, 'again');
  await again;
  const answered = requestsFor(queue, start).flatMap((r) => r.answer?.reply?.chat ?? []);
  const entries = answered.filter((b) => names([b], queue)).flatMap((b) => b.entries);
  expect(entries).toHaveLength(1);
  expect(inboundTexts(bob, aliceAtBob)).toEqual(['hello', 'again']);
});
