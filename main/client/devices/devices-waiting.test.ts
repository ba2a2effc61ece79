/**
 * A message to a contact who has not accepted the invitation yet waits and goes when they do,
 * on every device of ours (issue 17: a paired device showed "Not sent (SYNC_NOT_PRIMARY)"). The
 * invitation lives on the desktop (the contact's primary); the laptop forwards to it, and the
 * desktop holds what it cannot seal yet instead of failing it.
 */
import { describe, expect, it } from 'vitest';
import { waitForEvents, type Side } from '../engine/test-helpers';
import { holdsPeer, pairDevices, reachesState } from './testing/devices';
import { relayWorld } from './testing/relay-world';

const world = relayWorld();

/** Every 'failed' status a side announces, to prove none happens. */
function failures(side: Side): string[] {
  const seen: string[] = [];
  side.engine.events.on('message.statusChanged', (e) => {
    if (e.state === 'failed') seen.push(e.reason ?? '');
  });
  return seen;
}

describe('writing to a contact who has not accepted yet', () => {
  it('waits on every device and is delivered once the contact accepts', async () => {
    const desktop = await world.side('Alice');
    const laptop = await world.side('joining');
    await pairDevices(desktop, laptop);
    const invitation = await desktop.engine.invite({ name: 'Bob' });
    const bobUid = invitation.peerUid;
    await holdsPeer(laptop, bobUid);
    const laptopFailed = failures(laptop);
    const desktopFailed = failures(desktop);

    // Written on both devices before Bob accepted: stored, not failed, not thrown.
    const heldHere = waitForEvents(
      desktop.engine.events,
      'message.stored',
      (e) => e.peerUid === bobUid && e.state === 'pending',
      2,
    );
    const fromDesktop = await desktop.engine.sendText(bobUid, 'from the desktop, early');
    const fromLaptop = await laptop.engine.sendText(bobUid, 'from the laptop, early');
    await laptop.engine.sendText(bobUid, 'and again');
    // The laptop's forwards reached the desktop and wait there too; the second came after the
    // first one's own `msg` (one device's syncs arrive in order), which leaves the desktop's
    // copy `pending`: the desktop is the one that will send it.
    await heldHere;
    expect(desktop.profile.messages.getMessage(bobUid, fromLaptop)?.state).toBe('pending');
    expect(laptop.profile.messages.getMessage(bobUid, fromLaptop)?.state).toBe('pending_forward');

    // Bob accepts: both messages go out, in the order written.
    const bob = await world.side('Bob');
    const got = waitForEvents(bob.engine.events, 'message.received', () => true, 3);
    const aliceAtBob = await bob.engine.accept({ text: invitation.text });
    const texts = (await got).map((e) => e.text);
    expect(texts).toEqual(['from the desktop, early', 'from the laptop, early', 'and again']);
    await reachesState(desktop, bobUid, fromDesktop, 'delivered');
    await reachesState(laptop, bobUid, fromLaptop, 'delivered');
    expect(bob.engine.listMessages(aliceAtBob, { limit: 10 }).messages).toHaveLength(3);
    expect([...laptopFailed, ...desktopFailed]).toEqual([]);
  });
});
