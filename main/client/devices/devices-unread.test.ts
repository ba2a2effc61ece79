/**
 * Unread counts across devices (issue 17): reading a conversation on one of Alice's devices
 * clears it on the other — the `msg` sync of each read message moves the other device's copy
 * to `read` and announces it ('message.statusChanged'), which is what the hosts recount the
 * badge, the tray and the conversation list on. Both directions: the laptop is not Bob's
 * primary (the desktop sends the read acks for it), the desktop is.
 */
import { describe, expect, it } from 'vitest';
import { waitForEvents, type Side } from '../engine/test-helpers';
import { reachesState } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio } from './testing/trio';

const world = relayWorld();

/** Bob writes `texts`; resolves with their uuids once both of Alice's devices hold them. */
async function bobWrites(bob: Side, aliceAtBob: string, alice: Side[], texts: string[]) {
  const arrived = alice.map((side) =>
    waitForEvents(side.engine.events, 'message.received', () => true, texts.length),
  );
  const uuids: string[] = [];
  for (const text of texts) uuids.push(await bob.engine.sendText(aliceAtBob, text));
  await Promise.all(arrived);
  return uuids;
}

const unread = (side: Side, peerUid: string) => side.engine.unreadCounts().get(peerUid) ?? 0;

describe('reading on one device', () => {
  it("clears the conversation's unread count on the other, with an event for each message", async () => {
    const t = await aliceTrio(world);
    const uuids = await bobWrites(t.bob, t.aliceAtBob, [t.desktop, t.laptop], ['one', 'two']);
    expect(unread(t.desktop, t.bobAtAlice)).toBe(2);
    expect(unread(t.laptop, t.bobAtAlice)).toBe(2);

    const announced = waitForEvents(
      t.desktop.engine.events,
      'message.statusChanged',
      (e) => e.peerUid === t.bobAtAlice && e.state === 'read' && uuids.includes(e.uuid),
      uuids.length,
    );
    for (const uuid of uuids) await t.laptop.engine.markRead(t.bobAtAlice, uuid);
    expect(unread(t.laptop, t.bobAtAlice)).toBe(0);
    await announced;
    expect(unread(t.desktop, t.bobAtAlice)).toBe(0);
    // The desktop, Bob's primary, sent the read receipts the laptop's reading owed.
    for (const uuid of uuids) await reachesState(t.bob, t.aliceAtBob, uuid, 'read');

    // And the other way: read on the primary, cleared on the laptop.
    const [three] = await bobWrites(t.bob, t.aliceAtBob, [t.desktop, t.laptop], ['three']);
    if (!three) throw new Error('no uuid');
    expect(unread(t.laptop, t.bobAtAlice)).toBe(1);
    const onLaptop = waitForEvents(
      t.laptop.engine.events,
      'message.statusChanged',
      (e) => e.uuid === three && e.state === 'read',
    );
    await t.desktop.engine.markRead(t.bobAtAlice, three);
    await onLaptop;
    expect(unread(t.laptop, t.bobAtAlice)).toBe(0);
  });
});
