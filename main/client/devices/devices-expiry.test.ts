/**
 * Disappearing messages across every device of both people (PROTOCOL.md §9 "Disappearing
 * messages"): Alice on a desktop (Bob's primary) and a laptop, Bob on one device, all on one
 * clock the test moves forward (no waiting five minutes, no sleeps).
 */
import { expect, it } from 'vitest';
import type { EngineOptions } from '../engine/engine';
import { openSide, stopSide, waitForEvents, type Side } from '../engine/test-helpers';
import { holdsPeer, pairDevices, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();
const FIVE_MINUTES = 300;

/** One clock for every device; `skip` moves it on. */
function sharedClock() {
  let offset = 0;
  const options: EngineOptions = { now: () => Date.now() + offset };
  return {
    options,
    skip: (ms: number) => {
      offset += ms;
    },
  };
}

async function timerAt(side: Side, peerUid: string) {
  return (await side.profile.peers.getPeer(peerUid))?.expiry;
}

/** The texts of a conversation (newest first) and its timer notices. */
function lines(side: Side, peerUid: string) {
  const rows = side.engine.listMessages(peerUid, { limit: 100 }).messages;
  return {
    texts: rows.filter((m) => m.message.type === 'text').map((m) => m.message.text),
    notices: rows.filter((m) => m.message.type === 'expiry_timer').length,
  };
}

it('a timer set by Bob reaches all three devices and its messages vanish from each, also after a restart and from history', async () => {
  const clock = sharedClock();
  const o = clock.options;
  const trio = await aliceTrio(world, o, o, o);
  const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = trio;
  await exchange(desktop, bobAtAlice, bob, 'before the timer');

  // Bob sets five minutes: his own copy, Alice's primary (the message), her laptop (sync).
  await bob.engine.setExpiry(aliceAtBob, FIVE_MINUTES);
  expect(await timerAt(bob, aliceAtBob)).toEqual({ seconds: 300, version: 1, by: 'me' });
  for (const alice of [desktop, laptop]) {
    await waitUntil(async () => (await timerAt(alice, bobAtAlice))?.seconds === FIVE_MINUTES);
    expect(await timerAt(alice, bobAtAlice)).toEqual({ seconds: 300, version: 1, by: 'contact' });
    await waitUntil(() => lines(alice, bobAtAlice).notices === 1);
  }
  expect(lines(bob, aliceAtBob).notices).toBe(1);

  // Messages both ways under the timer, on all three devices.
  await exchange(desktop, bobAtAlice, bob, 'from alice, vanishing');
  await exchange(bob, aliceAtBob, desktop, 'from bob, vanishing');
  await waitUntil(() => lines(laptop, bobAtAlice).texts.length === 3);
  for (const [side, peer] of [
    [desktop, bobAtAlice],
    [laptop, bobAtAlice],
    [bob, aliceAtBob],
  ] as const) {
    const rows = side.engine.listMessages(peer, { limit: 100 }).messages;
    const vanishing = rows.filter((m) => m.message.text.endsWith('vanishing'));
    expect(vanishing).toHaveLength(2);
    for (const m of vanishing) expect(m.expiresAt).not.toBeNull();
  }

  // The laptop is off when they expire, and comes back after.
  await stopSide(laptop);
  clock.skip(FIVE_MINUTES * 1000 + 1_000);
  // Before any purge, a history transfer already leaves them out.
  const history = desktop.profile.messages.historyPage(0, 0, 100);
  expect(history.filter((m) => m.message.type === 'text').map((m) => m.message.text)).toEqual([
    'before the timer',
  ]);
  const expired = waitForEvents(desktop.engine.events, 'message.expired', () => true, 2);
  desktop.engine.purgeExpired();
  bob.engine.purgeExpired();
  await expired;
  const remaining = ['before the timer'];
  expect(lines(desktop, bobAtAlice).texts).toEqual(remaining);
  expect(lines(bob, aliceAtBob).texts).toEqual(remaining);

  // Restarted after the expiry: purged at start, before anything is listed.
  await openSide(laptop, o);
  expect(lines(laptop, bobAtAlice).texts).toEqual(remaining);
  const gone = laptop.profile.messages
    .listMessages(bobAtAlice, { limit: 100 })
    .messages.filter((m) => m.message.text.endsWith('vanishing'));
  expect(gone).toEqual([]);

  // A device paired later asks for the history: the expired messages are not in it.
  const tablet = await world.side('joining', { ...o, withServer: false });
  await pairDevices(desktop, tablet);
  await holdsPeer(tablet, bobAtAlice);
  await tablet.engine.devices.requestHistory();
  await waitUntil(() => tablet.profile.messages.metaKeys('history.').length === 0);
  await waitUntil(() => lines(tablet, bobAtAlice).texts.length > 0);
  expect(lines(tablet, bobAtAlice).texts).toEqual(remaining);
  expect(await timerAt(tablet, bobAtAlice)).toEqual({ seconds: 300, version: 1, by: 'contact' });
});

it('a change from Alice\'s laptop reaches Bob through the desktop; "off" ends disappearing', async () => {
  const clock = sharedClock();
  const o = clock.options;
  const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = await aliceTrio(world, o, o, o);
  await laptop.engine.setExpiry(bobAtAlice, 3_600);
  await waitUntil(async () => (await timerAt(bob, aliceAtBob))?.seconds === 3_600);
  await waitUntil(async () => (await timerAt(desktop, bobAtAlice))?.seconds === 3_600);
  expect(await timerAt(bob, aliceAtBob)).toMatchObject({ version: 1, by: 'contact' });

  // Bob turns it off (version 2): his next message does not disappear anywhere.
  await bob.engine.setExpiry(aliceAtBob, 0);
  await waitUntil(async () => (await timerAt(laptop, bobAtAlice))?.version === 2);
  await exchange(bob, aliceAtBob, desktop, 'kept');
  const kept = desktop.engine.listMessages(bobAtAlice, { limit: 10 }).messages;
  expect(kept.find((m) => m.message.text === 'kept')?.expiresAt).toBeNull();
});
