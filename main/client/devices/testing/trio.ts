/**
 * The cast of most takeover tests: Alice's desktop (Bob's primary), Bob connected to it, and
 * Alice's laptop paired through the full flow, holding Bob (relayed through the desktop).
 */
import type { EngineOptions } from '../../engine/engine';
import { connect, waitForEvents, type Side } from '../../engine/test-helpers';
import { holdsPeer, pairDevices } from './devices';
import type { RelayWorld } from './relay-world';

export interface Trio {
  readonly desktop: Side;
  readonly bob: Side;
  readonly laptop: Side;
  /** Bob's uid at Alice, and Alice's at Bob. */
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
  readonly laptopUid: string;
  readonly desktopUid: string;
}

export async function aliceTrio(
  world: RelayWorld,
  laptopOptions: EngineOptions = {},
  desktopOptions: EngineOptions = {},
  bobOptions: EngineOptions = {},
): Promise<Trio> {
  const desktop = await world.side('Alice', desktopOptions);
  const bob = await world.side('Bob', bobOptions);
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob, 'Bob');
  const laptop = await world.side('joining', laptopOptions);
  const { joiningUid: laptopUid, existingUid: desktopUid } = await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  return { desktop, bob, laptop, bobAtAlice, aliceAtBob, laptopUid, desktopUid };
}

/** `from` writes `text` to `peerUid`; resolves with its uuid once `to` received it. */
export async function exchange(
  from: Side,
  peerUid: string,
  to: Side,
  text: string,
): Promise<string> {
  const got = waitForEvents(to.engine.events, 'message.received', (e) => e.text === text);
  const uuid = await from.engine.sendText(peerUid, text);
  await got;
  return uuid;
}
