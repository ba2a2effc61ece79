/**
 * The world of devices-crash.test.ts: Alice on a desktop and a laptop, Bob whose primary is the
 * desktop, Carol whose primary is the laptop, one real relay process. Built in-process (so the
 * setup is deterministic and awaited step by step), then closed and handed to child processes
 * (device-process.ts) that can be SIGKILLed; at the end reopened in-process for the checks.
 */
import type { RelayProcess } from '../../../../testkit/relay-process';
import type { ErrorEvent } from '../../engine/events';
import { Profile } from '../../profile';
import { RelayClient } from '../../relay';
import { Engine } from '../../engine/engine';
import { connect, makeSide, PASSWORD, stopSide, type Side } from '../../engine/test-helpers';
import { holdsPeer, pairDevices, waitUntil } from './devices';

export type Role = 'desktop' | 'laptop' | 'bob' | 'carol';
export const ROLES: readonly Role[] = ['desktop', 'laptop', 'bob', 'carol'];

/** Each contact has the same uid on both of Alice's devices (synced by `peer_update`). */
export interface Uids {
  readonly bobAtAlice: string;
  readonly carolAtAlice: string;
  readonly aliceAtBob: string;
  readonly aliceAtCarol: string;
}

export interface World {
  readonly sides: Record<Role, Side>;
  readonly uids: Uids;
}

/** Where a message of a stream must end up: a device and a conversation on it. */
export interface Holder {
  readonly role: Role;
  readonly peerUid: string;
  readonly outbound: boolean;
}

/** One sender's messages into one conversation, in the order they were sent. */
export interface Stream {
  readonly label: string;
  readonly from: Role;
  /** The conversation on the sending device. */
  readonly to: string;
  /** Every copy, the sender's own first. */
  readonly holders: readonly Holder[];
}

export function streamsOf({ bobAtAlice, carolAtAlice, aliceAtBob, aliceAtCarol }: Uids): Stream[] {
  const alice = (peerUid: string, outbound: boolean): Holder[] => [
    { role: 'desktop', peerUid, outbound },
    { role: 'laptop', peerUid, outbound },
  ];
  const toBob: Holder[] = [
    ...alice(bobAtAlice, true),
    { role: 'bob', peerUid: aliceAtBob, outbound: false },
  ];
  const toCarol: Holder[] = [
    ...alice(carolAtAlice, true),
    { role: 'carol', peerUid: aliceAtCarol, outbound: false },
  ];
  const first = (holders: Holder[], role: Role): Holder[] => [
    ...holders.filter((h) => h.role === role),
    ...holders.filter((h) => h.role !== role),
  ];
  return [
    { label: 'DB', from: 'desktop', to: bobAtAlice, holders: first(toBob, 'desktop') },
    { label: 'LB', from: 'laptop', to: bobAtAlice, holders: first(toBob, 'laptop') },
    { label: 'LC', from: 'laptop', to: carolAtAlice, holders: first(toCarol, 'laptop') },
    { label: 'DC', from: 'desktop', to: carolAtAlice, holders: first(toCarol, 'desktop') },
    {
      label: 'BA',
      from: 'bob',
      to: aliceAtBob,
      holders: [{ role: 'bob', peerUid: aliceAtBob, outbound: true }, ...alice(bobAtAlice, false)],
    },
    {
      label: 'CA',
      from: 'carol',
      to: aliceAtCarol,
      holders: [
        { role: 'carol', peerUid: aliceAtCarol, outbound: true },
        ...alice(carolAtAlice, false),
      ],
    },
  ];
}

async function primaryOf(side: Side, peerUid: string): Promise<string | undefined> {
  return (await side.profile.peers.getPeer(peerUid))?.primaryDeviceUid;
}

/** Nothing left to push on any side (the setup's syncs and answers are all at the relay). */
function outboxEmpty(sides: readonly Side[]): boolean {
  return sides.every(
    (s) => s.profile.messages.nextDueJobs(Number.MAX_SAFE_INTEGER, 1).length === 0,
  );
}

/**
 * Builds the world in-process and leaves every side stopped (its dir kept). `made` receives each
 * side as soon as it exists, so the caller can clean up after a failure halfway.
 */
export async function buildWorld(relay: RelayProcess, made: (side: Side) => void): Promise<World> {
  const server = (await RelayClient.add(relay.url)).ref;
  const side = async (name: string, withServer: boolean): Promise<Side> => {
    const s = await makeSide(name, withServer ? server : undefined);
    made(s);
    return s;
  };
  const desktop = await side('Alice', true);
  const laptop = await side('joining', false);
  await pairDevices(desktop, laptop);
  await waitUntil(() => laptop.profile.servers.length > 0); // server_add from the desktop
  const bob = await side('Bob', true);
  const carol = await side('Carol', true);
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob, 'Bob');
  const [carolAtAlice, aliceAtCarol] = await connect(laptop, carol, 'Carol');
  await holdsPeer(laptop, bobAtAlice);
  await holdsPeer(desktop, carolAtAlice);
  // Wait for the primaries as the test needs them, not just for the records.
  const desktopUid = desktop.profile.data.deviceUid;
  const laptopUid = laptop.profile.data.deviceUid;
  await waitUntil(async () => (await primaryOf(laptop, bobAtAlice)) === desktopUid);
  await waitUntil(async () => (await primaryOf(desktop, carolAtAlice)) === laptopUid);
  if (
    (await primaryOf(desktop, bobAtAlice)) !== '' ||
    (await primaryOf(laptop, carolAtAlice)) !== ''
  )
    throw new Error('the inviting device is not the primary');
  const sides = { desktop, laptop, bob, carol };
  await waitUntil(() => outboxEmpty(Object.values(sides)));
  for (const s of Object.values(sides)) await stopSide(s);
  return { sides, uids: { bobAtAlice, carolAtAlice, aliceAtBob, aliceAtCarol } };
}

/** Opens a stopped side in-process again, collecting its errors from before `start()`. */
export async function reopenSide(side: Side, errors: ErrorEvent[]): Promise<void> {
  side.profile = await Profile.unlock(side.dir.path, PASSWORD);
  side.engine = new Engine(side.profile);
  side.stopped = false;
  side.engine.events.on('error', (e) => errors.push(e));
  await side.engine.start();
}
