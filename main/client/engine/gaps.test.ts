/**
 * Messages that expired on the relay before this device fetched them (PROTOCOL.md §8 "Expiry
 * and gaps"): a real relay whose clock the test moves past the queue TTL while Bob is away.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startInProcessRelay, type InProcessRelay } from '../../../testkit/relay-inprocess';
import type { ServerRef } from '../model';
import { lookupOf } from '../peers';
import { RelayClient } from '../relay';
import type { Engine } from './engine';
import type { QueueExpiredEvent } from './events';
import { noticeOf } from './gaps';
import {
  closeSide,
  connectAliceBob,
  makeSide,
  openSide,
  restartSide,
  stopSide,
  waitForEvents,
  type Side,
} from './test-helpers';

const DAY = 86_400_000;
/** Added to the relay's clock: past the default queue TTL (14 days). */
const clock = { skewMs: 0 };
let relay: InProcessRelay | undefined;
let server: ServerRef | undefined;
const sides: Side[] = [];

beforeEach(async () => {
  clock.skewMs = 0;
  // A held poll answers within 1 s: a gap alone does not end it, its timeout does.
  const limits = { maxLongPollMs: 1_000 };
  relay = await startInProcessRelay({ now: () => Date.now() + clock.skewMs, limits });
  server = (await RelayClient.add(relay.url)).ref;
});

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.close();
});

async function side(name: string): Promise<Side> {
  const s = await makeSide(name, server);
  sides.push(s);
  return s;
}

/** Sends and waits until the relay accepted it. */
async function sendAccepted(from: Side, peerUid: string, text: string): Promise<void> {
  const accepted = waitForEvents(from.engine.events, 'message.statusChanged', (e) => {
    return e.peerUid === peerUid && (e.state === 'sent' || e.state === 'delivered');
  });
  await from.engine.sendText(peerUid, text);
  await accepted;
}

function received(engine: Engine, text: string): Promise<unknown> {
  return waitForEvents(engine.events, 'message.received', (e) => e.text === text);
}

/** Bob's conversation, oldest first: notices as `notice:<expired>`, messages as their text. */
function conversation(bob: Side, peerUid: string): string[] {
  const page = bob.engine.listMessages(peerUid, { limit: 100 });
  return page.messages
    .map((m) => {
      const notice = noticeOf(m.message);
      return notice ? `notice:${notice.expired}${notice.unknown ? '+' : ''}` : m.message.text;
    })
    .reverse();
}

it('shows Bob a notice for messages that expired before he fetched them, once', async () => {
  const alice = await side('Alice');
  const bob = await side('Bob');
  const { bobAtAlice, aliceAtBob } = await connectAliceBob(alice, bob);
  const before = received(bob.engine, 'before');
  await sendAccepted(alice, bobAtAlice, 'before');
  await before;
  await stopSide(bob);
  await sendAccepted(alice, bobAtAlice, 'lost one');
  await sendAccepted(alice, bobAtAlice, 'lost two');
  clock.skewMs = 15 * DAY;
  await sendAccepted(alice, bobAtAlice, 'after the gap');

  const seen: QueueExpiredEvent[] = [];
  let arrived: Promise<unknown> = Promise.resolve();
  await openSide(bob, {}, (engine) => {
    engine.events.on('queue.expired', (e) => seen.push(e));
    arrived = received(engine, 'after the gap');
  });
  await arrived;
  // Waits on the relay filling QueueBatch.expired (server/store/codec.ts gapFields).
  expect(conversation(bob, aliceAtBob)).toEqual(['before', 'notice:2', 'after the gap']);
  expect(seen).toEqual([
    expect.objectContaining({ peerUid: aliceAtBob, device: false, expired: 2, unknown: false }),
  ]);
  // Read already: no unread badge, no read receipt, nothing to send.
  const notice = bob.engine.listMessages(aliceAtBob, { limit: 10 }).messages[1];
  expect(notice?.state).toBe('read');
  expect(bob.engine.unreadCounts().get(aliceAtBob)).toBe(2); // 'before' and 'after the gap'

  await restartSide(bob);
  expect(conversation(bob, aliceAtBob)).toEqual(['before', 'notice:2', 'after the gap']);
  const next = received(bob.engine, 'and one more');
  await sendAccepted(alice, bobAtAlice, 'and one more');
  await next;
  expect(conversation(bob, aliceAtBob)).toEqual([
    'before',
    'notice:2',
    'after the gap',
    'and one more',
  ]);
  // Messages still flow both ways after the gap.
  const back = received(alice.engine, 'got it');
  await bob.engine.sendText(aliceAtBob, 'got it');
  await back;
});

it('shows the notice when nothing followed the gap, once the held poll ends', async () => {
  const alice = await side('Alice');
  const bob = await side('Bob');
  const { bobAtAlice, aliceAtBob } = await connectAliceBob(alice, bob);
  await stopSide(bob);
  await sendAccepted(alice, bobAtAlice, 'lost');
  clock.skewMs = 15 * DAY;

  let expired: Promise<QueueExpiredEvent[]> = Promise.resolve([]);
  await openSide(bob, {}, (engine) => {
    expired = waitForEvents(engine.events, 'queue.expired', (e) => e.peerUid === aliceAtBob);
  });
  expect(await expired).toEqual([expect.objectContaining({ expired: 1, unknown: false })]);
  expect(conversation(bob, aliceAtBob)).toEqual(['notice:1']);
  // Held polls keep ending (1 s); the gap was acked past, so it is not noted again.
  const later = received(bob.engine, 'still here');
  await sendAccepted(alice, bobAtAlice, 'still here');
  await later;
  expect(conversation(bob, aliceAtBob)).toEqual(['notice:1', 'still here']);
  // Once the queue is acked past it the relay stops reporting it, and the mark goes.
  const peer = await bob.profile.peers.getPeer(aliceAtBob);
  if (!peer || !server) throw new Error('no contact');
  const url = server.url;
  const marked = () => bob.profile.messages.queueGap(url, lookupOf(peer).lookupKey) !== undefined;
  for (let i = 0; i < 100 && marked(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(marked()).toBe(false);
  expect(conversation(bob, aliceAtBob)).toEqual(['notice:1', 'still here']);
});
