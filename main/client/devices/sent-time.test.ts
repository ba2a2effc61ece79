/**
 * The `sent` time a contact sees (PROTOCOL.md §3 "Sent time"): the sealing device's clock when
 * it seals for the contact, rounded down to the second. A message Alice writes on her laptop
 * (a sibling) reaches Bob through her desktop (the primary), which stamps it when it seals, so
 * Bob cannot tell it from one written on the desktop by "sent → arrival"; Alice's own devices
 * keep the exact time it was written.
 */
import { describe, expect, it } from 'vitest';
import type { Side } from '../engine/test-helpers';
import { reachesState } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();

/** The laptop's clock runs a little behind the desktop's (within the relay's clock window). */
const LAPTOP_SKEW_MS = -2_345;

function storedSent(side: Side, peerUid: string, uuid: string): number {
  const row = side.engine
    .listMessages(peerUid, { limit: 50 })
    .messages.find((m) => m.uuid === uuid);
  return row?.message.status?.sent ?? -1;
}

describe('the sent time a contact sees', () => {
  it('is the sealing device’s clock in whole seconds, also for a forward', async () => {
    const laptopClock = () => Date.now() + LAPTOP_SKEW_MS;
    const trio = await aliceTrio(world, { now: laptopClock });
    const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = trio;

    const before = Date.now();
    const direct = await exchange(desktop, bobAtAlice, bob, 'from the desktop');
    const forwarded = await exchange(laptop, bobAtAlice, bob, 'from the laptop');
    const after = Date.now();

    for (const uuid of [direct, forwarded]) {
      const seen = storedSent(bob, aliceAtBob, uuid);
      expect(seen % 1000).toBe(0);
      expect(seen).toBeGreaterThanOrEqual(before - (before % 1000));
      expect(seen).toBeLessThanOrEqual(after);
    }

    // Alice's history keeps the writer's exact clock: the laptop's, behind the desktop's.
    const written = storedSent(laptop, bobAtAlice, forwarded);
    expect(written).toBeGreaterThanOrEqual(before + LAPTOP_SKEW_MS);
    expect(written).toBeLessThanOrEqual(after + LAPTOP_SKEW_MS);
    await reachesState(desktop, bobAtAlice, forwarded, 'delivered');
    await reachesState(laptop, bobAtAlice, forwarded, 'delivered');
    expect(storedSent(desktop, bobAtAlice, forwarded)).toBe(written);
    expect(storedSent(laptop, bobAtAlice, forwarded)).toBe(written);
    const own = storedSent(desktop, bobAtAlice, direct);
    expect(own).toBeGreaterThanOrEqual(before);
    expect(own).toBeLessThanOrEqual(after);
    expect(storedSent(laptop, bobAtAlice, direct)).toBe(own);
  });
});
