/**
 * The per-message samples of bench/sync.bench.ts, over three real engines on one relay
 * process: Alice's desktop (the primary for Bob), Alice's laptop (a paired sibling) and Bob,
 * each in this process or in one of its own (bench-party.ts). Each sample waits, after its own
 * end, until every engine involved has finished the message (the acks and the `msg` syncs that
 * follow it), so the next one starts from idle engines.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type BenchParty, LocalParty } from './bench-party';
import type { Party } from './latency-party';

/** Alice's desktop (Bob's primary), her paired laptop and Bob, wherever their engines run. */
export interface SampleTrio {
  /** Alice's primary device: the only one that talks to Bob. */
  readonly desktop: BenchParty;
  /** Alice's sibling device, paired to the desktop. */
  readonly laptop: BenchParty;
  readonly bob: BenchParty;
  /** Bob's uid on both Alice devices (a synced peer keeps its uid). */
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
}

/** A trio of engines in this process, for the parts that drive the engines directly. */
export interface Trio {
  readonly desktop: Party;
  readonly laptop: Party;
  readonly bob: Party;
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
}

/** `trio` behind the BenchParty interface (disposing it stays with the caller). */
export function sampleTrio(trio: Trio): SampleTrio {
  return {
    ...trio,
    desktop: new LocalParty(trio.desktop),
    laptop: new LocalParty(trio.laptop),
    bob: new LocalParty(trio.bob),
  };
}

export interface ConvergenceSample {
  /** Bob's sendText → message.received on the desktop (one relay hop). */
  readonly oneHop: number;
  /** Bob's sendText → message.received on the laptop (that hop + the desktop's `msg` sync). */
  readonly convergence: number;
}

/**
 * Bob → Alice, in ms from Bob's sendText call to the message being stored on each Alice device
 * (message.received is emitted once the row is committed). Ends after Bob's message turned
 * 'delivered' (the desktop's delivery ack came back). `gapMs` of idle first lets the long-polls
 * be held, as between the messages of a real conversation.
 */
export async function convergenceSample(
  trio: SampleTrio,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<ConvergenceSample> {
  await sleep(gapMs);
  const { desktop, laptop, bob, aliceAtBob } = trio;
  const armed = await Promise.all([
    desktop.arm('message.received', { text }, timeoutMs),
    laptop.arm('message.received', { text }, timeoutMs),
    bob.arm('message.statusChanged', { peerUid: aliceAtBob, state: 'delivered' }, timeoutMs),
  ]);
  const [desktopHit, laptopHit, deliveredHit] = armed;
  const started = await bob.sendText(aliceAtBob, text);
  await deliveredHit.hit; // the last of the three (the desktop's ack reached Bob)
  const [atDesktop, atLaptop] = await Promise.all([desktopHit.hit, laptopHit.hit]);
  return { oneHop: atDesktop.at - started, convergence: atLaptop.at - started };
}

/**
 * Laptop → Bob through the primary-device relay, in ms from the laptop's sendText call to
 * Bob's message.received: the laptop stores it `pending_forward` and sends a `forward` sync to
 * the desktop, which seals it with its own ratchet and pushes it to Bob. Ends once the laptop's
 * copy turned 'delivered' (Bob's ack reached the desktop, whose `msg` sync reached the laptop).
 */
export async function relaySample(
  trio: SampleTrio,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<number> {
  await sleep(gapMs);
  const { laptop, bob, bobAtAlice } = trio;
  const armed = await Promise.all([
    bob.arm('message.received', { text }, timeoutMs),
    laptop.arm('message.statusChanged', { peerUid: bobAtAlice, state: 'delivered' }, timeoutMs),
  ]);
  const [receivedHit, deliveredHit] = armed;
  const started = await laptop.sendText(bobAtAlice, text);
  await deliveredHit.hit; // the last of the two (Bob's ack came back to the laptop)
  return (await receivedHit.hit).at - started;
}
