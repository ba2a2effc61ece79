/**
 * Primary handoff over a real relay process (PROTOCOL.md §10 "Handoff"): Alice's desktop is
 * the primary for Bob and Carol; the laptop takes them over with messages flowing both ways,
 * after a crash in the middle of a handoff, and when the desktop is revoked while online.
 */
import { describe, expect, it } from 'vitest';
import type { Peer } from '../model';
import { connect, openSide, stopSide, waitForEvents, type Side } from '../engine/test-helpers';
import { holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';

const relay = relayWorld();
const side = (name: string) => relay.side(name);

interface World {
  desktop: Side;
  laptop: Side;
  laptopUid: string;
  desktopUid: string;
  contacts: { side: Side; atAlice: string; aliceAt: string }[];
}

/** Desktop (primary for Bob and Carol) paired with a laptop that holds both contacts. */
async function world(): Promise<World> {
  const desktop = await side('Alice');
  const contacts = [];
  for (const name of ['Bob', 'Carol']) {
    const contact = await side(name);
    const [atAlice, aliceAt] = await connect(desktop, contact, name);
    contacts.push({ side: contact, atAlice, aliceAt });
  }
  const laptop = await side('joining');
  const { joiningUid, existingUid } = await pairDevices(desktop, laptop);
  for (const c of contacts) await holdsPeer(laptop, c.atAlice);
  return { desktop, laptop, laptopUid: joiningUid, desktopUid: existingUid, contacts };
}

/** Resolves when `side` is the primary for `peerUid`. */
async function becomesPrimary(side: Side, peerUid: string): Promise<void> {
  await waitUntil(async () => (await side.profile.peers.getPeer(peerUid))?.primaryDeviceUid === '');
}

/** Sends `text` from `from` and resolves once `to` received it (as the contact sees it). */
async function exchange(from: Side, peerUid: string, to: Side, text: string): Promise<string> {
  const got = waitForEvents(to.engine.events, 'message.received', (e) => e.text === text);
  const uuid = await from.engine.sendText(peerUid, text);
  await got;
  return uuid;
}

function texts(side: Side, peerUid: string): string[] {
  return side.engine
    .listMessages(peerUid, { limit: 500 })
    .messages.map((m) => `${m.outbound ? '>' : '<'} ${m.message.text}`)
    .sort();
}

function relationKeys(peer: Peer | undefined) {
  return [peer?.contactPublicKey, peer?.contactEncryption, peer?.contactLookupKey];
}

describe('primary handoff', () => {
  it('moves Bob and Carol to the laptop mid-conversation: nothing lost or doubled, one sender', async () => {
    const w = await world();
    const errors: string[] = [];
    for (const c of w.contacts) c.side.engine.events.on('error', (e) => errors.push(e.code));
    const before = await Promise.all(
      w.contacts.map(async (c) => relationKeys(await c.side.profile.peers.getPeer(c.aliceAt))),
    );
    // Before: the desktop talks to both; the laptop forwards through it.
    for (const c of w.contacts) {
      await exchange(c.side, c.aliceAt, w.laptop, 'before from contact');
      await exchange(w.laptop, c.atAlice, c.side, 'before from laptop');
    }
    // Handoff requested while messages are in flight both ways.
    const inFlight = w.contacts.flatMap((c) => [
      c.side.engine.sendText(c.aliceAt, 'during from contact'),
      w.desktop.engine.sendText(c.atAlice, 'during from desktop'),
      w.laptop.engine.sendText(c.atAlice, 'during from laptop'),
    ]);
    expect(await w.laptop.engine.devices.makePrimary()).toEqual({ requested: 2 });
    await Promise.all(inFlight);
    for (const c of w.contacts) await becomesPrimary(w.laptop, c.atAlice);

    // After: the laptop talks to both itself; the desktop forwards through the laptop.
    for (const c of w.contacts) {
      await exchange(c.side, c.aliceAt, w.desktop, 'after from contact');
      await exchange(w.desktop, c.atAlice, c.side, 'after from desktop');
      await exchange(w.laptop, c.atAlice, c.side, 'after from laptop');
      const peer = await w.desktop.profile.peers.getPeer(c.atAlice);
      expect(peer?.primaryDeviceUid).toBe(w.laptopUid);
      expect(peer?.drStateJson).toBeNull(); // the old primary can never seal again
    }
    const expected = [
      '< after from contact',
      '< before from contact',
      '< during from contact',
      '> after from desktop',
      '> after from laptop',
      '> before from laptop',
      '> during from desktop',
      '> during from laptop',
    ];
    for (const c of w.contacts) {
      await waitUntil(() => texts(c.side, c.aliceAt).length === expected.length);
      await waitUntil(() => texts(w.desktop, c.atAlice).length === expected.length);
      await waitUntil(() => texts(w.laptop, c.atAlice).length === expected.length);
      expect(texts(w.laptop, c.atAlice)).toEqual(expected);
      expect(texts(w.desktop, c.atAlice)).toEqual(expected);
      const flipped = expected.map((t) => (t[0] === '<' ? `>${t.slice(1)}` : `<${t.slice(1)}`));
      expect(texts(c.side, c.aliceAt)).toEqual(flipped.sort());
      // One sender, the same relationship as before: no new keys, one contact.
      expect((await c.side.engine.listPeers()).length).toBe(1);
    }
    const after = await Promise.all(
      w.contacts.map(async (c) => relationKeys(await c.side.profile.peers.getPeer(c.aliceAt))),
    );
    expect(after).toEqual(before);
    expect(errors).toEqual([]);
    // Bob's read receipts now come back through the laptop to both devices.
    const bob = w.contacts[0];
    if (!bob) throw new Error('no Bob');
    for (const m of bob.side.engine.listMessages(bob.aliceAt, { limit: 50 }).messages) {
      if (!m.outbound) await bob.side.engine.markRead(bob.aliceAt, m.uuid);
    }
    const last = w.laptop.engine.listMessages(bob.atAlice, { limit: 1 }).messages[0];
    if (!last) throw new Error('no message');
    await reachesState(w.desktop, bob.atAlice, last.uuid, 'read');
  });

  it('finishes a handoff a crash interrupted, and picks up a request made while it was off', async () => {
    const w = await world();
    const [bob, carol] = w.contacts;
    if (!bob || !carol) throw new Error('no contacts');
    // The desktop crashed right after step 1 for Bob (stored as handed over, ratchet kept).
    await w.desktop.engine.close();
    const peer = await w.desktop.profile.peers.getPeer(bob.atAlice);
    if (!peer) throw new Error('no Bob');
    await w.desktop.profile.peers.storePeer(bob.atAlice, {
      ...peer,
      primaryDeviceUid: w.laptopUid,
      primaryEpoch: 1,
      handoffPending: true,
    });
    await stopSide(w.desktop);
    // Carol is asked for while the desktop is off.
    expect(await w.laptop.engine.devices.makePrimary({ peerUid: carol.atAlice })).toEqual({
      requested: 1,
    });
    await openSide(w.desktop);
    for (const c of w.contacts) {
      await becomesPrimary(w.laptop, c.atAlice);
      await exchange(c.side, c.aliceAt, w.laptop, 'after the crash');
      await exchange(w.laptop, c.atAlice, c.side, 'from the laptop');
      await exchange(w.desktop, c.atAlice, c.side, 'from the desktop');
    }
    expect((await w.desktop.profile.peers.getPeer(bob.atAlice))?.handoffPending).toBeUndefined();
  });

  it('hands everything to the laptop when the laptop revokes the desktop while it is online', async () => {
    const w = await world();
    const removed = waitForEvents(
      w.laptop.engine.events,
      'device.removed',
      (e) => e.deviceUid === w.desktopUid,
    );
    await w.laptop.engine.devices.revoke(w.desktopUid);
    for (const c of w.contacts) await becomesPrimary(w.laptop, c.atAlice);
    await removed; // forgotten once it had handed everything over
    for (const c of w.contacts) {
      const got = waitForEvents(w.laptop.engine.events, 'message.received', (e) => e.text === 'hi');
      const uuid = await c.side.engine.sendText(c.aliceAt, 'hi');
      await got;
      await reachesState(c.side, c.aliceAt, uuid, 'delivered');
      await exchange(w.laptop, c.atAlice, c.side, 'reply from the laptop');
      // The revoked desktop no longer receives what the contact sends.
      expect(texts(w.desktop, c.atAlice)).not.toContain('< hi');
    }
    expect(await w.desktop.profile.devices.listPeers()).toEqual([]);
  });

  it('two devices asking for the same contact at once: one wins, all three agree', async () => {
    const w = await world();
    const tablet = await side('joining');
    const { joiningUid: tabletUid } = await pairDevices(w.desktop, tablet);
    const [bob] = w.contacts;
    if (!bob) throw new Error('no Bob');
    await holdsPeer(tablet, bob.atAlice);
    await Promise.all([
      w.laptop.engine.devices.makePrimary({ peerUid: bob.atAlice }),
      tablet.engine.devices.makePrimary({ peerUid: bob.atAlice }),
    ]);
    const primaryAt = async (s: Side) =>
      (await s.profile.peers.getPeer(bob.atAlice))?.primaryDeviceUid;
    const views = async () => {
      const [d, l, t] = await Promise.all([w.desktop, w.laptop, tablet].map(primaryAt));
      return { d, l, t };
    };
    // The laptop or the tablet holds Bob; the other two name it.
    await waitUntil(async () => {
      const { d, l, t } = await views();
      if (l === '') return d === w.laptopUid && t !== '' && t !== undefined;
      if (t === '') return d === tabletUid && l !== '' && l !== undefined;
      return false;
    });
    const winner = (await primaryAt(w.laptop)) === '' ? w.laptop : tablet;
    const loser = winner === w.laptop ? tablet : w.laptop;
    await waitUntil(async () => (await primaryAt(loser)) === (await primaryAt(w.desktop)));
    await exchange(bob.side, bob.aliceAt, winner, 'to the winner');
    await exchange(loser, bob.atAlice, bob.side, 'from the other one');
    await exchange(w.desktop, bob.atAlice, bob.side, 'from the desktop');
  });
});
