/**
 * Primary handoff samples for bench/sync.bench.ts (PROTOCOL.md §10 "Handoff"). One sample:
 * the device that is not Bob's primary calls devices.makePrimary({peerUid: Bob}); the time
 * runs until the 'peer.primaryChanged' naming it primary ('') is emitted there, i.e. the
 * `primary_request` went to the old primary (one sync hop), which handed the relationship over
 * (one sync hop back), and the new primary stored and committed it. Then Bob sends a message,
 * timed to its message.received on the new primary (the first message after the handoff).
 * Samples alternate direction (laptop takes Bob, then the desktop takes him back), each from
 * idle engines.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Party } from './latency-party';
import { when } from './latency-party';
import type { Trio } from './sync-samples';

export interface HandoffSample {
  /** makePrimary call → peer.primaryChanged('') on the device taking over. */
  readonly handoff: number;
  /** Bob's sendText right after → message.received on the new primary. */
  readonly firstMessage: number;
}

export async function handoffSample(
  trio: Trio,
  taker: Party,
  text: string,
  gapMs: number,
  timeoutMs: number,
): Promise<HandoffSample> {
  await sleep(gapMs);
  const { bob, bobAtAlice, aliceAtBob } = trio;
  const taken = when(
    taker.engine.events,
    'peer.primaryChanged',
    (e) => e.peerUid === bobAtAlice && e.primaryDeviceUid === '',
    timeoutMs,
  );
  const started = performance.now();
  await taker.engine.devices.makePrimary({ peerUid: bobAtAlice });
  const handedAt = await taken;
  const received = when(taker.engine.events, 'message.received', (e) => e.text === text, timeoutMs);
  const sentAt = performance.now();
  await bob.engine.sendText(aliceAtBob, text);
  const receivedAt = await received;
  // Let the old primary's and Bob's follow-ups (peer_update, acks) finish before the next one.
  await sleep(gapMs);
  return { handoff: handedAt - started, firstMessage: receivedAt - sentAt };
}
