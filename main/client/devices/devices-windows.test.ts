/**
 * The crash windows of the multi-device paths, each hit deterministically: the device "dies"
 * right after the commit that causes a sync (its message database is closed from the event the
 * commit emits, so nothing after it reaches the disk, as with a SIGKILL at that instant), then
 * restarts on the same folder. Each effect was recorded in its change's transaction, so it
 * still happens:
 * - a message received on the primary reaches the sibling (the relay entry is acked and its
 *   re-delivery would be dropped by its hash, so nothing else would ever sync it);
 * - a message written on a sibling (`pending_forward`) still reaches the contact through the
 *   primary instead of waiting forever;
 * - a final status step (delivered) reaches the sibling, so both agree.
 * Plus: a `pending_forward` row left with no forward at all (as an older version could leave
 * it) is sent on start, and `messages.retry` accepts it.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { EngineEvents } from '../engine/events';
import type { ServerRef } from '../model';
import { Profile } from '../profile';
import { RelayClient } from '../relay';
import {
  closeSide,
  connect,
  makeSide,
  openSide,
  PASSWORD,
  stopSide,
  type Side,
} from '../engine/test-helpers';
import { holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';

let relay: RelayProcess | undefined;
const sides: Side[] = [];

beforeEach(async () => {
  relay = await startRelayProcess();
});

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
  relay = undefined;
});

interface World {
  readonly desktop: Side;
  readonly laptop: Side;
  readonly bob: Side;
  /** Bob's uid on both of Alice's devices; the desktop is his primary. */
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
}

async function world(): Promise<World> {
  if (!relay) throw new Error('no relay');
  const server: ServerRef = (await RelayClient.add(relay.url)).ref;
  const desktop = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server);
  const laptop = await makeSide('joining', undefined);
  sides.push(desktop, bob, laptop);
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob, 'Bob');
  await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  return { desktop, laptop, bob, bobAtAlice, aliceAtBob };
}

/**
 * The first time `name` is emitted with a payload matching `match`, the side's message database
 * closes on the spot (synchronously, inside the emit): the commit that emitted it is on disk,
 * nothing after it is. Resolves once that happened.
 */
function dieOn<K extends keyof EngineEvents>(
  side: Side,
  name: K,
  match: (payload: EngineEvents[K]) => boolean,
): Promise<EngineEvents[K]> {
  return new Promise((resolve) => {
    const off = side.engine.events.on(name, (payload) => {
      if (!match(payload)) return;
      off();
      side.profile.messages.close();
      resolve(payload);
    });
  });
}

/** The process is gone (whatever its shutdown says); it starts again on the same folder. */
async function restart(side: Side): Promise<void> {
  await side.engine.close().catch(() => undefined);
  await side.profile.close();
  await openSide(side);
}

it('a message stored on the primary reaches the sibling although the primary died right after storing it', async () => {
  const w = await world();
  const died = dieOn(w.desktop, 'message.received', (e) => e.text === 'hello both');
  const uuid = await w.bob.engine.sendText(w.aliceAtBob, 'hello both');
  await died;
  await restart(w.desktop);
  await reachesState(w.laptop, w.bobAtAlice, uuid, 'received');
  expect(w.laptop.profile.messages.getMessage(w.bobAtAlice, uuid)?.message.text).toBe('hello both');
  // Stored once on the desktop (the relay's re-delivery, if any, was recognised).
  expect(w.desktop.profile.messages.getMessage(w.bobAtAlice, uuid)?.state).toBe('received');
}, 60_000);

it('a message written on the sibling reaches the contact although the sibling died right after storing it', async () => {
  const w = await world();
  const died = dieOn(w.laptop, 'message.stored', (e) => e.state === 'pending_forward');
  const sending = w.laptop.engine.sendText(w.bobAtAlice, 'via the desktop');
  const { uuid } = await died;
  await sending.catch(() => undefined); // the call may fail: the process "died" inside it
  await restart(w.laptop);
  await waitUntil(() => w.bob.profile.messages.getMessage(w.aliceAtBob, uuid) !== undefined);
  await reachesState(w.laptop, w.bobAtAlice, uuid, 'delivered');
  await reachesState(w.desktop, w.bobAtAlice, uuid, 'delivered');
}, 60_000);

it('both devices agree on the final status although the primary died right after recording it', async () => {
  const w = await world();
  const uuid = await w.desktop.engine.sendText(w.bobAtAlice, 'are we agreed');
  const died = dieOn(
    w.desktop,
    'message.statusChanged',
    (e) => e.uuid === uuid && e.state === 'delivered',
  );
  await died;
  await restart(w.desktop);
  await reachesState(w.laptop, w.bobAtAlice, uuid, 'delivered');
}, 60_000);

it('a pending_forward message with no forward behind it is sent on start, and retry accepts it', async () => {
  const w = await world();
  await stopSide(w.desktop); // the primary is away: the message stays pending_forward for now
  // What an older version could leave: the row alone, no forward recorded or queued.
  await stopSide(w.laptop);
  const uuid = 'c0ffee00-0000-4000-8000-000000000001';
  const profile = await Profile.unlock(w.laptop.dir.path, PASSWORD);
  const now = Date.now();
  profile.messages.insertMessage(w.bobAtAlice, {
    outbound: true,
    type: 'text',
    text: 'left behind',
    status: { uuid, sent: now },
    state: 'pending_forward',
    createdAt: now,
  });
  await profile.close();
  await openSide(w.laptop); // start-up repair forwards it
  await w.laptop.engine.retry(w.bobAtAlice, uuid); // and retry is allowed: it is not sent yet
  expect(w.laptop.profile.messages.getMessage(w.bobAtAlice, uuid)?.state).toBe('pending_forward');
  await openSide(w.desktop);
  await waitUntil(() => w.bob.profile.messages.getMessage(w.aliceAtBob, uuid) !== undefined);
  await reachesState(w.laptop, w.bobAtAlice, uuid, 'delivered');
  await reachesState(w.desktop, w.bobAtAlice, uuid, 'delivered');
  const copies = w.bob.engine
    .listMessages(w.aliceAtBob, { limit: 50 })
    .messages.filter((m) => m.message.text === 'left behind');
  expect(copies).toHaveLength(1);
}, 60_000);
