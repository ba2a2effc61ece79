/**
 * Syncs from a sibling device that expired on the relay before this device fetched them
 * (PROTOCOL.md §8 "Expiry and gaps"): no conversation to put a notice in, an event for the
 * device list.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startInProcessRelay, type InProcessRelay } from '../../../testkit/relay-inprocess';
import type { ServerRef } from '../model';
import { RelayClient } from '../relay';
import type { QueueExpiredEvent } from '../engine/events';
import {
  closeSide,
  connect,
  makeSide,
  openSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, waitUntil } from './testing/devices';
import { exchange } from './testing/trio';

const DAY = 86_400_000;
const clock = { skewMs: 0 };
let relay: InProcessRelay | undefined;
let server: ServerRef | undefined;
const sides: Side[] = [];

beforeEach(async () => {
  clock.skewMs = 0;
  relay = await startInProcessRelay({ now: () => Date.now() + clock.skewMs });
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

it("tells the device list when a sibling's syncs expired on the relay unread", async () => {
  const desktop = await side('Alice');
  const bob = await side('Bob');
  const [bobAtAlice] = await connect(desktop, bob, 'Bob');
  const laptop = await side('joining');
  const { joiningUid: laptopUid, existingUid: desktopUid } = await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  await exchange(desktop, bobAtAlice, bob, 'seen by both');
  await waitUntil(() => conversation(laptop, bobAtAlice).includes('> seen by both'));
  await stopSide(laptop);

  await exchange(desktop, bobAtAlice, bob, 'the laptop never gets this');
  // Its `msg` sync is at the relay, in the laptop's queue.
  await waitUntil(() => desktop.profile.messages.deviceSyncsWaiting(laptopUid, true) === 0);
  clock.skewMs = 15 * DAY;
  await exchange(desktop, bobAtAlice, bob, 'after the gap');

  const seen: QueueExpiredEvent[] = [];
  let arrived: Promise<unknown> = Promise.resolve();
  await openSide(laptop, {}, (engine) => {
    engine.events.on('queue.expired', (e) => seen.push(e));
    arrived = waitForEvents(engine.events, 'message.stored', () => {
      return conversation(laptop, bobAtAlice).includes('> after the gap');
    });
  });
  await arrived;
  expect(seen).toEqual([
    expect.objectContaining({ peerUid: desktopUid, device: true, unknown: false, uuid: '' }),
  ]);
  expect(seen[0]?.expired).toBeGreaterThanOrEqual(1);
  // No conversation got a notice: a device's gap is not a contact's.
  const notices = laptop.engine
    .listMessages(bobAtAlice, { limit: 50 })
    .messages.filter((m) => m.message.type === 'notice');
  expect(notices).toEqual([]);
});
