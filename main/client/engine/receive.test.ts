/**
 * Receiving in units (receive.ts, acks.ts) over a real relay: a backlog is stored as one unit
 * and acked by ONE ack message carrying every uuid, a bad entry inside it is reported and the
 * rest still applies; and a crash between the unit's transaction and its ratchet write (here:
 * the ratchet write fails) loses no delivery ack — owed acks go out on the next start — while
 * the re-delivered entries only spend the keys they left behind. A unit is announced once
 * committed, and its ratchet write and acks wait until that commit is on disk.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../core/errors';
import { parseRatchetState } from '../../../core/ratchet';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { meow } from '../../../proto';
import type { ErrorEvent } from './events';
import type { ServerRef } from '../model';
import { lookupOf } from '../peers';
import { Profile } from '../profile';
import { waitUntil } from '../devices/testing/devices';
import { RelayClient } from '../relay';
import { Engine } from './engine';
import {
  connectAliceBob as connect,
  inboundTexts as texts,
  closeSide,
  makeSide,
  openSide,
  PASSWORD,
  stopSide,
  waitForEvents,
  type Side,
} from './test-helpers';
import { holdSyncOf, recordPeerWrites } from './testing/durability';

let relay: RelayProcess;
let server: ServerRef;
let alice: Side | undefined;
let bob: Side | undefined;

beforeEach(async () => {
  relay = await startRelayProcess();
  server = (await RelayClient.add(relay.url)).ref;
});

afterEach(async () => {
  await closeSide(alice);
  await closeSide(bob);
  alice = bob = undefined;
  await relay.stop();
});

/** Alice sends `texts` while Bob is offline; resolves once the relay accepted all of them. */
async function sendWhileOffline(a: Side, bobAtAlice: string, list: string[]): Promise<string[]> {
  const sent = waitForEvents(
    a.engine.events,
    'message.statusChanged',
    (e) => e.state === 'sent',
    list.length,
  );
  const uuids: string[] = [];
  for (const text of list) uuids.push(await a.engine.sendText(bobAtAlice, text));
  await sent;
  return uuids;
}

function delivered(a: Side, uuids: readonly string[]): Promise<unknown> {
  const wanted = new Set(uuids);
  const match = (e: { uuid: string; state: string }) =>
    wanted.has(e.uuid) && e.state === 'delivered';
  return waitForEvents(a.engine.events, 'message.statusChanged', match, uuids.length);
}

async function skippedKeys(side: Side, peerUid: string): Promise<number> {
  const state = (await side.profile.peers.getPeer(peerUid))?.drStateJson;
  return state ? parseRatchetState(state).skipped.size : -1;
}

describe('receiving in units', () => {
  it('stores a backlog as one unit, acks it with one message, and isolates a bad entry', async () => {
    let entriesAtAlice = 0;
    alice = await makeSide('Alice', server, { inspectEntry: () => entriesAtAlice++ });
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    entriesAtAlice = 0; // the invitation answer
    const bobPeer = await bob.profile.peers.getPeer(aliceAtBob);
    if (!bobPeer) throw new Error('no peer');
    await stopSide(bob);

    const first = await sendWhileOffline(alice, bobAtAlice, ['m0', 'm1', 'm2']);
    // Garbage in the middle of the backlog: refused by code, the rest still applies.
    const { lookupKey: destination, sendToken } = lookupOf(bobPeer);
    await new RelayClient(server).push([
      { destination, sendToken, payload: new Uint8Array(400).fill(7) },
    ]);
    const second = await sendWhileOffline(alice, bobAtAlice, ['m3', 'm4']);
    const uuids = [...first, ...second];
    const allDelivered = delivered(alice, uuids);

    const errors: ErrorEvent[] = [];
    await openSide(bob, {});
    bob.engine.events.on('error', (e) => errors.push(e));
    await allDelivered;
    expect(texts(bob, aliceAtBob)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4']);
    expect(errors.map((e) => e.code)).toEqual(['ENVELOPE_BOX_FAILED']);
    expect(entriesAtAlice).toBe(1); // one ack message for the five messages
    expect(bob.profile.messages.peersOwedAcks()).toEqual([]);
  });

  it('keeps delivery acks owed across a failed ratchet write, and heals the ratchet', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    const bobPeer = await bob.profile.peers.getPeer(aliceAtBob);
    if (!bobPeer) throw new Error('no peer');
    await stopSide(bob);
    const uuids = await sendWhileOffline(alice, bobAtAlice, ['c0', 'c1', 'c2']);

    // Bob comes back, stores the unit, and "dies" at its ratchet write (it fails instead).
    const captured: meow.PackedUserMessage[] = [];
    bob.profile = await Profile.unlock(bob.dir.path, PASSWORD);
    // (A code that is the record's fault: STORAGE_IO would leave the entries unacked, below.)
    vi.spyOn(bob.profile.peers, 'storePeer').mockRejectedValue(
      new AppError('STORAGE_CORRUPT', 'simulated crash before the ratchet write'),
    );
    bob.engine = new Engine(bob.profile, { inspectEntry: (_, entry) => captured.push(entry) });
    bob.stopped = false;
    const failures = waitForEvents(bob.engine.events, 'error', (e) => e.where === 'poll.entry', 3);
    await bob.engine.start();
    await failures;
    expect(captured).toHaveLength(3);
    expect(texts(bob, aliceAtBob)).toEqual(['c0', 'c1', 'c2']);
    expect(
      bob.profile.messages
        .acksOwed(aliceAtBob, 10)
        .map((a) => a.uuid)
        .sort(),
    ).toEqual([...uuids].sort());
    vi.restoreAllMocks();

    // On restart the owed acks go out, sealed from the ratchet as stored.
    const acked = delivered(alice, uuids);
    await stopSide(bob);
    await openSide(bob, {});
    await acked;
    expect(bob.profile.messages.peersOwedAcks()).toEqual([]);

    // The relay re-delivers the unit: nothing is stored twice, and the keys are spent.
    const errors: ErrorEvent[] = [];
    bob.engine.events.on('error', (e) => errors.push(e));
    const { lookupKey: destination, sendToken } = lookupOf(bobPeer);
    await new RelayClient(server).push(
      captured.map((e) => ({ destination, sendToken, payload: e.payload })),
    );
    const later = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'later');
    await alice.engine.sendText(bobAtAlice, 'later');
    await later; // same queue, in order: the re-delivered entries were handled first
    expect(texts(bob, aliceAtBob)).toEqual(['c0', 'c1', 'c2', 'later']);
    expect(errors).toEqual([]);
    expect(await skippedKeys(bob, aliceAtBob)).toBe(0);
  });

  it('announces a unit before it is on disk, and writes its ratchet and acks only after', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    // A first message finalizes Bob's side (whose events wait for the ratchet write).
    const first = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'hi');
    const hiUuid = await alice.engine.sendText(bobAtAlice, 'hi');
    await Promise.all([first, delivered(alice, [hiUuid])]);
    // The unit holding 'e0' commits, but its WAL sync is held until released.
    const { release } = holdSyncOf(bob.profile.messages, 'e0');
    const ratchetWrites = recordPeerWrites(bob.profile.peers);
    const received = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'e0');
    const uuid = await alice.engine.sendText(bobAtAlice, 'e0');
    await received; // shown while the commit is not on disk yet
    expect(texts(bob, aliceAtBob)).toEqual(['hi', 'e0']);
    // Until it is, the ratchet is not written (it used to be, right after the announcement).
    expect(ratchetWrites).not.toContain(aliceAtBob);
    const acked = delivered(alice, [uuid]);
    release();
    await acked; // on disk: the ratchet is written, then the delivery ack goes out
    expect(ratchetWrites).toContain(aliceAtBob);
    vi.restoreAllMocks();
  });

  it('leaves entries at the relay while local storage is unavailable, then stores them', async () => {
    alice = await makeSide('Alice', server);
    bob = await makeSide('Bob', server);
    const { bobAtAlice, aliceAtBob } = await connect(alice, bob);
    await stopSide(bob);
    await sendWhileOffline(alice, bobAtAlice, ['d0', 'd1']);
    bob.profile = await Profile.unlock(bob.dir.path, PASSWORD);
    // The first write fails as a full disk would; nothing may be acked at the relay.
    vi.spyOn(bob.profile.peers, 'storePeer').mockRejectedValueOnce(
      new AppError('STORAGE_IO', 'disk full'),
    );
    bob.engine = new Engine(bob.profile);
    bob.stopped = false;
    const errors: ErrorEvent[] = [];
    bob.engine.events.on('error', (e) => errors.push(e));
    const backoff = waitForEvents(bob.engine.events, 'worker.state', (e) => {
      return e.worker === 'poll' && e.state === 'backoff' && e.code === 'STORAGE_IO';
    });
    await bob.engine.start();
    await backoff;
    vi.restoreAllMocks();
    // Pulled again after the back-off; stored once (the first commit may already hold them).
    const receiver = bob;
    await waitUntil(() => texts(receiver, aliceAtBob).length === 2);
    const later = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === 'd2');
    await alice.engine.sendText(bobAtAlice, 'd2');
    await later;
    expect(texts(bob, aliceAtBob)).toEqual(['d0', 'd1', 'd2']);
    expect(errors).toEqual([]);
  });
});
