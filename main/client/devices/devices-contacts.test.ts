/**
 * Contacts the user manages, over a real relay process, with Alice on two devices (the desktop
 * is Bob's primary, the laptop relays through it) and Bob on one: block stops delivery both
 * ways, a cancelled invitation goes from every device and from the relay, a cleared
 * conversation and a deleted contact reach every device (one of them offline meanwhile) and
 * survive restarts, and a verified mark reaches the sibling.
 */
import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url } from '../../../core/crypto';
import { isAppError } from '../../../core/errors';
import type { PeerPatch } from '../engine/engine';
import { keyChangeNoticeOf } from '../engine/contact-notice';
import { isVerified, keysChangedSinceVerified } from '../peers/safety-code';
import {
  connect,
  openSide,
  restartSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { aliceTrio, exchange } from './testing/trio';
import { conversation, holdsPeer, reachesState, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';

const relay = relayWorld();

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return isAppError(err) ? err.code : 'NOT_AN_APP_ERROR';
  }
  return 'RESOLVED';
}

/** Resolves once `side`'s copy of the contact satisfies `check`. */
async function peerBecomes(side: Side, peerUid: string, check: (p: unknown) => boolean) {
  await waitUntil(async () => check(await side.profile.peers.getPeer(peerUid)));
}

const isBlocked = (p: unknown) => (p as { blocked?: boolean } | undefined)?.blocked === true;
const isUnblocked = (p: unknown) => (p as { blocked?: boolean } | undefined)?.blocked === false;

describe('block', () => {
  it('block stops delivery both ways, on every device, and unblock restores it', async () => {
    const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = await aliceTrio(relay);
    const before = await exchange(bob, aliceAtBob, desktop, 'before the block');
    await reachesState(bob, aliceAtBob, before, 'delivered');

    await laptop.engine.updatePeer(bobAtAlice, { blocked: true });
    await peerBecomes(desktop, bobAtAlice, isBlocked);
    // Read while blocked: no read receipt is owed to Bob, now or after the unblock.
    await desktop.engine.markRead(bobAtAlice, before);

    // Nothing goes to Bob, from either device.
    expect(await codeOf(desktop.engine.sendText(bobAtAlice, 'no'))).toBe('PEER_BLOCKED');
    expect(await codeOf(laptop.engine.sendText(bobAtAlice, 'no'))).toBe('PEER_BLOCKED');

    const ratchet = async () => {
      const peer = await desktop.profile.peers.getPeer(bobAtAlice);
      return peer?.type === 'peer' ? peer.drStateJson : null;
    };
    const ratchetBefore = await ratchet();
    const dropped = await bob.engine.sendText(aliceAtBob, 'while blocked');
    await reachesState(bob, aliceAtBob, dropped, 'sent');
    // The desktop opened it (its ratchet moved on: the session stays whole) before the unblock.
    await waitUntil(async () => (await ratchet()) !== ratchetBefore);

    await desktop.engine.updatePeer(bobAtAlice, { blocked: false });
    await peerBecomes(laptop, bobAtAlice, isUnblocked);
    // Bob's queue is read in order: once this one arrives, the blocked one was handled.
    const onLaptop = waitForEvents(laptop.engine.events, 'message.received', (e) => {
      return e.text === 'after the unblock';
    });
    const after = await exchange(bob, aliceAtBob, desktop, 'after the unblock');
    await onLaptop;
    await reachesState(bob, aliceAtBob, after, 'delivered');
    await exchange(desktop, bobAtAlice, bob, 'sending works again');

    for (const device of [desktop, laptop]) {
      expect(conversation(device, bobAtAlice)).not.toContain('< while blocked');
      expect(conversation(device, bobAtAlice)).toContain('< after the unblock');
    }
    // No delivery receipt for the dropped message, no read receipt for the one read blocked.
    expect(bob.profile.messages.getMessage(aliceAtBob, dropped)?.state).toBe('sent');
    expect(bob.profile.messages.getMessage(aliceAtBob, before)?.state).toBe('delivered');
  });
});

describe('cancel an invitation', () => {
  it('removes it on every device and its shortcode at the relay', async () => {
    const { desktop, laptop } = await aliceTrio(relay);
    const invitation = await desktop.engine.invite({
      name: 'Carol',
      viaShortcode: { expirySeconds: 600 },
    });
    await holdsPeer(laptop, invitation.peerUid);

    // Cancelled on the device that did not create it: the delete token came with the contact.
    const gone = waitForEvents(desktop.engine.events, 'peer.removed', (e) => {
      return e.peerUid === invitation.peerUid;
    });
    expect(await laptop.engine.cancelInvitation(invitation.peerUid)).toEqual({
      shortcodeDeleted: true,
    });
    await gone;
    for (const device of [desktop, laptop]) {
      expect(await device.profile.peers.getPeer(invitation.peerUid)).toBeUndefined();
    }

    const carol = await relay.side('Carol');
    const shortcode = {
      shortcode: invitation.shortcode ?? '',
      password: invitation.password ?? '',
    };
    const refused = await codeOf(carol.engine.accept({ ...shortcode, server: relay.server }));
    expect(refused).toBe('RELAY_REJECTED');

    // The text still opens (it holds the card), but the answer reaches a queue nobody reads.
    await carol.engine.accept({ text: invitation.text });
    await waitUntil(() => carol.profile.messages.nextJobDueAt() === undefined);
    await restartSide(desktop);
    for (const device of [desktop, laptop]) {
      const names = (await device.engine.listPeers()).map((p) => p.name);
      expect(names).toEqual(['Bob']);
    }
    // An accepted contact is deleted, not cancelled.
    const bob = (await desktop.engine.listPeers())[0]?.uid ?? '';
    expect(await codeOf(desktop.engine.cancelInvitation(bob))).toBe('INVITATION_NOT_PENDING');
  });
});

describe('delete a conversation or a contact', () => {
  it('reaches every device, one of them offline meanwhile, and survives restarts', async () => {
    const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = await aliceTrio(relay);
    await exchange(bob, aliceAtBob, laptop, 'old one');
    await exchange(laptop, bobAtAlice, bob, 'old two');
    await waitUntil(() => conversation(desktop, bobAtAlice).length === 2);

    await stopSide(laptop);
    await desktop.engine.clearConversation(bobAtAlice);
    expect(conversation(desktop, bobAtAlice)).toEqual([]);
    await exchange(bob, aliceAtBob, desktop, 'after the clear');

    // The laptop comes back: the clear applies, and the later message is still there.
    let cleared: Promise<unknown> = Promise.resolve();
    await openSide(laptop, {}, (engine) => {
      cleared = waitForEvents(engine.events, 'conversation.cleared', () => true);
    });
    await cleared;
    await waitUntil(() => conversation(laptop, bobAtAlice).includes('< after the clear'));
    expect(conversation(laptop, bobAtAlice)).toEqual(['< after the clear']);
    await restartSide(laptop);
    expect(conversation(laptop, bobAtAlice)).toEqual(['< after the clear']);

    // Deleted on the laptop: the desktop (Bob's primary) forgets Bob and stops reading his queue.
    const removed = waitForEvents(desktop.engine.events, 'peer.removed', () => true);
    await laptop.engine.deletePeer(bobAtAlice);
    await removed;
    await restartSide(desktop);
    for (const device of [desktop, laptop]) {
      expect(await device.profile.peers.getPeer(bobAtAlice)).toBeUndefined();
      expect(conversation(device, bobAtAlice)).toEqual([]);
      expect(await device.engine.listPeers()).toEqual([]);
    }
    const jobs = await desktop.engine.getRequestJobs();
    expect(jobs.flatMap((j) => j.queues).some((q) => q.peerUid === bobAtAlice)).toBe(false);
    expect(await codeOf(desktop.engine.sendText(bobAtAlice, 'x'))).toBe('PEER_NOT_FOUND');
  });

  it('finishes a deletion a crash interrupted before the contact left the peer store', async () => {
    const alice = await relay.side('Alice');
    const [bobAtAlice] = await connect(alice, await relay.side('Bob'), 'Bob');
    // The deletion's transaction committed; the peer-store part never ran.
    alice.profile.messages.transaction(() => {
      alice.profile.messages.removePeerData(bobAtAlice, Date.now());
    });
    expect(await alice.profile.peers.getPeer(bobAtAlice)).toBeDefined();
    await restartSide(alice);
    expect(await alice.profile.peers.getPeer(bobAtAlice)).toBeUndefined();
    expect(await alice.engine.listPeers()).toEqual([]);
  });
});

describe('verify', () => {
  it('shows the same safety code on both sides and syncs the verified mark', async () => {
    const { desktop, laptop, bob, bobAtAlice, aliceAtBob } = await aliceTrio(relay);
    const code = await desktop.engine.safetyCode(bobAtAlice);
    expect(code.replace(/ /g, '')).toMatch(/^\d{60}$/);
    expect(await bob.engine.safetyCode(aliceAtBob)).toBe(code);
    expect(await laptop.engine.safetyCode(bobAtAlice)).toBe(code);

    await laptop.engine.verifyPeer(bobAtAlice, true);
    await peerBecomes(
      desktop,
      bobAtAlice,
      (p) => (p as { verified?: unknown }).verified !== undefined,
    );
    await desktop.engine.verifyPeer(bobAtAlice, false);
    await peerBecomes(
      laptop,
      bobAtAlice,
      (p) => (p as { verified?: unknown }).verified === undefined,
    );
  });

  it('clears the mark and warns in the conversation when the contact keys change', async () => {
    const { desktop, laptop, bobAtAlice } = await aliceTrio(relay);
    await desktop.engine.verifyPeer(bobAtAlice, true);
    await waitUntil(async () => {
      const held = await laptop.profile.peers.getPeer(bobAtAlice);
      return held !== undefined && isVerified(held);
    });
    // A record with other contact keys arrives from the sibling (the relationship was set
    // up again there): the laptop no longer counts the contact verified, and says so.
    const notice = waitForEvents(laptop.engine.events, 'message.stored', (e) => {
      return e.peerUid === bobAtAlice && e.state === 'read';
    });
    const other = toBase64Url(randomBytes(32));
    await desktop.engine.updatePeer(bobAtAlice, { contactPublicKey: other } as PeerPatch);
    await notice;
    const held = await laptop.profile.peers.getPeer(bobAtAlice);
    expect(held && keysChangedSinceVerified(held)).toBe(true);
    const [row] = laptop.engine.listMessages(bobAtAlice, { limit: 5 }).messages;
    expect(row && keyChangeNoticeOf(row.message)).toEqual({ kind: 'key_changed' });
  });
});
