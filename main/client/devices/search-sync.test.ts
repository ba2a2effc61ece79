/**
 * Search over real engines (client/search): Alice on two devices (desktop = Bob's primary,
 * laptop) and Bob. Whatever path stored a message (sent here, received, a sibling's `msg`
 * sync, a forward from the laptop) it is found on every device that holds it, and a restart
 * rebuilds the in-memory index from the sealed rows.
 */
import { describe, expect, it } from 'vitest';
import { restartSide, type Side } from '../engine/test-helpers';
import { waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();

function found(side: Side, query: string, peerUid?: string): string[] {
  const result = side.engine.searchMessages({
    query,
    limit: 20,
    ...(peerUid === undefined ? {} : { peerUid }),
  });
  return result.hits.map((h) => h.message.message.text);
}

describe('message search', () => {
  it('finds sent, received, synced and forwarded messages on every device', async () => {
    const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = await aliceTrio(world);
    await exchange(desktop, bobAtAlice, bob, 'Meet at the zebra crossing');
    await exchange(bob, aliceAtBob, desktop, 'The Zébra café then');
    await exchange(laptop, bobAtAlice, bob, 'bringing the quokka plush');

    expect(found(bob, 'zebr')).toEqual(['The Zébra café then', 'Meet at the zebra crossing']);
    expect(found(bob, 'zebra cafe')).toEqual(['The Zébra café then']);
    expect(found(bob, 'quokka', aliceAtBob)).toEqual(['bringing the quokka plush']);
    await waitUntil(() => found(desktop, 'quokka').length === 1);
    expect(found(desktop, 'ZEBRA ')).toHaveLength(2);
    await waitUntil(() => found(laptop, 'zebra').length === 2);
    expect(found(laptop, 'cros', bobAtAlice)).toEqual(['Meet at the zebra crossing']);
    expect(found(laptop, 'cros', 'someone-else')).toEqual([]);

    const hit = bob.engine.searchMessages({ query: 'café', limit: 5 }).hits[0];
    expect(hit?.message.peerUid).toBe(aliceAtBob);
    expect(hit?.snippet.ranges.map(([s, e]) => hit.snippet.text.slice(s, e))).toEqual(['café']);

    await restartSide(bob);
    await bob.engine.search.whenReady();
    expect(bob.engine.search.ready).toBe(true);
    expect(found(bob, 'zebr')).toEqual(['The Zébra café then', 'Meet at the zebra crossing']);
    await exchange(desktop, bobAtAlice, bob, 'one more zebra');
    expect(found(bob, 'zebra')).toHaveLength(3);
  });
});
