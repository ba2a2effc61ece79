/**
 * The per-message samples of bench/sync.bench.ts, over three real engines on one relay
 * process: Alice's desktop (the primary for Bob), Alice's laptop (a paired sibling) and Bob.
 * Each sample waits, after its own end, until every engine involved has finished the message
 * (the acks and the `msg` syncs that follow it), so the next one starts from idle engines.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { type Party, when } from './latency-party';

const ignore = (): undefined => undefined;

export interface Trio {
  /** Alice's primary device: the only one that talks to Bob. */
  readonly desktop: Party;
  /** Alice's sibling device, paired to the desktop. */
  readonly laptop: Party;
  readonly bob: Party;
  /** Bob's uid on both Alice devices (a synced peer keeps its uid). */
  readonly bobAtAlice: string;
  readonly aliceAtBob: string;
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
  trio: Trio,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<ConvergenceSample> {
  await sleep(gapMs);
  const { desktop, laptop, bob, aliceAtBob } = trio;
  const isIt = (e: { text: string }): boolean => e.text === text;
  const settled = Promise.all([
    when(desktop.engine.events, 'message.received', isIt, timeoutMs),
    when(laptop.engine.events, 'message.received', isIt, timeoutMs),
    when(
      bob.engine.events,
      'message.statusChanged',
      (e) => e.peerUid === aliceAtBob && e.state === 'delivered',
      timeoutMs,
    ),
  ]);
  settled.catch(ignore); // awaited below; this only keeps an early failure from going unhandled
  const started = performance.now();
  await bob.engine.sendText(aliceAtBob, text);
  const [atDesktop, atLaptop] = await settled;
  return { oneHop: atDesktop - started, convergence: atLaptop - started };
}

/**
 * Laptop → Bob through the primary-device relay, in ms from the laptop's sendText call to
 * Bob's message.received: the laptop stores it `pending_forward` and sends a `forward` sync to
 * the desktop, which seals it with its own ratchet and pushes it to Bob. Ends once the laptop's
 * copy turned 'delivered' (Bob's ack reached the desktop, whose `msg` sync reached the laptop).
 */
export async function relaySample(
  trio: Trio,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<number> {
  await sleep(gapMs);
  const { laptop, bob, bobAtAlice } = trio;
  const settled = Promise.all([
    when(bob.engine.events, 'message.received', (e) => e.text === text, timeoutMs),
    when(
      laptop.engine.events,
      'message.statusChanged',
      (e) => e.peerUid === bobAtAlice && e.state === 'delivered',
      timeoutMs,
    ),
  ]);
  settled.catch(ignore);
  const started = performance.now();
  await laptop.engine.sendText(bobAtAlice, text);
  const [atBob] = await settled;
  return atBob - started;
}
