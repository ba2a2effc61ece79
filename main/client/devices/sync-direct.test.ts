/**
 * A sibling's live `msg` applied in the commit that records it (sync-direct.ts) is shown once
 * committed, and the device's ratchet write waits until that commit is on disk (MessageDb
 * `transactionSyncedLater`), over a real relay process.
 */
import { describe, expect, it, vi } from 'vitest';
import { connect, waitForEvents } from '../engine/test-helpers';
import { holdSyncOf, recordPeerWrites } from '../engine/testing/durability';
import { conversation, holdsPeer, pairDevices, waitUntil } from './testing/devices';
import { useRelaySides } from './testing/relay-sides';

const { startRelay, side } = useRelaySides();

describe('a live msg applied directly', () => {
  it('is shown before it is on disk, and the ratchet moves on only after', async () => {
    await startRelay();
    const desktop = await side('Alice');
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const laptop = await side('joining', false);
    const { existingUid: desktopUid } = await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);

    // The laptop's commit of the `msg` for 'x1' is visible, but its WAL sync is held.
    const { release } = holdSyncOf(laptop.profile.messages, 'x1');
    const ratchetWrites = recordPeerWrites(laptop.profile.devices);

    const shown = waitForEvents(laptop.engine.events, 'message.received', (e) => e.text === 'x1');
    await bob.engine.sendText(aliceAtBob, 'x1');
    await shown;
    expect(conversation(laptop, bobAtAlice)).toEqual(['< x1']);
    // One turn of the event loop: the write used to follow the commit without any wait.
    await new Promise((resolve) => setImmediate(resolve));
    expect(ratchetWrites).not.toContain(desktopUid);
    release();
    await waitUntil(() => ratchetWrites.includes(desktopUid));
    vi.restoreAllMocks();

    // The sibling session goes on as usual.
    const next = waitForEvents(laptop.engine.events, 'message.received', (e) => e.text === 'x2');
    await bob.engine.sendText(aliceAtBob, 'x2');
    await next;
    expect(conversation(laptop, bobAtAlice)).toEqual(['< x1', '< x2']);
  });
});
