/**
 * Entries a primary cannot open (PROTOCOL.md §10 "Entries a primary cannot open"), over a real
 * relay process: a device that still believes it is Bob's primary pulls (and acks) Bob's
 * entries sealed on the session of the device that took Bob over. They are kept, handed on
 * when the primary moves, and opened there, so Bob sees them delivered.
 */
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../../core/crypto';
import { envelopeHash } from '../../../core/envelope';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { fromB64 } from '../b64';
import { RelayPool } from '../engine/relays';
import type { EngineOptions } from '../engine/engine';
import type { ErrorEvent } from '../engine/events';
import { openSide, restartSide, stopSide, type Side } from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();

async function primaryAt(s: Side, peerUid: string): Promise<string | undefined> {
  return (await s.profile.peers.getPeer(peerUid))?.primaryDeviceUid;
}

/** Every job of `s` reached the relay (syncs included). */
/**
 * `s` has handed the relay everything it owes: no job left, and no sync still waiting to become
 * one for a sibling (the sync dispatcher turns syncs into jobs a moment after they are
 * recorded; a device stopped in between would keep them until it is back).
 */
async function drained(s: Side): Promise<void> {
  const siblings = (await s.profile.devices.listPeers()).map((d) => d.uid);
  const db = s.profile.messages;
  await waitUntil(
    () =>
      db.allJobs().length === 0 && siblings.every((uid) => db.deviceSyncsWaiting(uid, true) === 0),
  );
}

/** Collects `error` events and `forward_entries` syncs of an engine opened with these. */
function watch() {
  const errors: ErrorEvent[] = [];
  const forwarded: meow.DeviceSyncPayload[] = [];
  const options: EngineOptions = {
    inspectSync: (_from, p) => {
      if (p.syncType === 'forward_entries') forwarded.push(p);
    },
  };
  const listen = (engine: Side['engine']) => {
    engine.events.on('error', (e) => errors.push(e));
  };
  return { errors, forwarded, options, listen };
}

/** A PackedUserMessage nobody can open, pushed into Alice's queue for Bob. */
async function pushGarbage(bob: Side, aliceAtBob: string): Promise<Uint8Array> {
  const alice = await bob.profile.peers.getPeer(aliceAtBob);
  if (!alice?.contactLookupKey || !alice.contactSendToken) throw new Error('no queue');
  const entry = { destination: fromB64(alice.contactLookupKey, 'key'), payload: randomBytes(300) };
  const client = new RelayPool().client(world.server);
  const sendToken = fromB64(alice.contactSendToken, 'token');
  const [result] = await client.push([{ ...entry, sendToken }]);
  expect(result?.accepted).toBe(true);
  return envelopeHash(entry);
}

/** Every device is paired with both others (the mesh introduction finished). */
async function meshed(devices: readonly Side[]): Promise<void> {
  for (const d of devices) {
    await waitUntil(async () => {
      const peers = await d.profile.devices.listPeers();
      const paired = peers.filter((p) => p.invitationStep === 'finalized' && p.contactLookupKey);
      return paired.length === devices.length - 1;
    });
  }
}

const hexes = (hashes: readonly Uint8Array[]) => hashes.map((h) => Buffer.from(h).toString('hex'));

describe('entries a primary cannot open', () => {
  it('an old primary that pulls entries of the new session hands them on; the new primary opens them', async () => {
    const t = await aliceTrio(world, { takeoverAfterMs: 1_500 });
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'before');
    await stopSide(t.desktop); // switched off, not revoked
    await waitUntil(async () => (await primaryAt(t.laptop, t.bobAtAlice)) === '', 20_000);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'to the laptop'); // Bob is on the new session
    await stopSide(t.laptop);

    // Sealed on the laptop's session, waiting at the relay while both devices are off.
    const late = await t.bob.engine.sendText(t.aliceAtBob, 'while both were off');
    await reachesState(t.bob, t.aliceAtBob, late, 'sent');

    // The desktop returns still believing it is the primary: Bob's queue comes first in its
    // pull, before the laptop's peer_update. It cannot open the entry, acks it, and keeps it.
    const desktop = watch();
    await openSide(t.desktop, {}, desktop.listen);
    await waitUntil(async () => (await primaryAt(t.desktop, t.bobAtAlice)) === t.laptopUid);
    const refused = desktop.errors.filter((e) => e.where === 'poll.entry');
    // ('to the laptop' too, if the laptop went off before its relay ack: the laptop drops it.)
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((e) => e.code.startsWith('RATCHET_'))).toBe(true);
    // Yielding, it handed the kept entry on to the laptop and forgot it.
    await waitUntil(() => t.desktop.profile.messages.peersWithUnopened().length === 0);
    await drained(t.desktop);
    expect(conversation(t.desktop, t.bobAtAlice)).not.toContain('< while both were off');

    // The laptop opens it as the primary: stored, synced, and Bob gets his delivery ack.
    const laptop = watch();
    await openSide(t.laptop, laptop.options, laptop.listen);
    await reachesState(t.bob, t.aliceAtBob, late, 'delivered');
    expect(laptop.forwarded.map((p) => [p.forwardPeerUid, p.entries.length])).toEqual([
      [t.bobAtAlice, refused.length],
    ]);
    await waitUntil(() => conversation(t.desktop, t.bobAtAlice).includes('< while both were off'));
    expect(conversation(t.laptop, t.bobAtAlice)).toEqual([
      '< before',
      '< to the laptop',
      '< while both were off',
    ]);
    expect(laptop.errors).toEqual([]);
    // Talking goes on through the laptop.
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'after');
    await exchange(t.desktop, t.bobAtAlice, t.bob, 'the desktop, through the laptop');
  });

  it('a device that handed the contact on passes the entries on to the primary it knows', async () => {
    const t = await aliceTrio(world);
    const tablet = await world.side('joining');
    const { joiningUid: tabletUid } = await pairDevices(t.desktop, tablet);
    await holdsPeer(tablet, t.bobAtAlice);
    await meshed([t.desktop, t.laptop, tablet]);
    await stopSide(t.desktop);
    // The short wait only now: from the start, a slow set-up let the laptop claim Bob while
    // the desktop was still on.
    await restartSide(t.laptop, { takeoverAfterMs: 1_500 });
    await waitUntil(async () => (await primaryAt(t.laptop, t.bobAtAlice)) === '', 20_000);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'to the laptop');
    await waitUntil(async () => (await primaryAt(tablet, t.bobAtAlice)) === t.laptopUid);
    await stopSide(t.laptop);

    // The tablet asks the laptop for Bob and goes off before the handoff could reach it; the
    // laptop comes back (with the default wait: no second takeover), hands Bob over, goes off.
    await tablet.engine.devices.makePrimary({ peerUid: t.bobAtAlice });
    await drained(tablet);
    await stopSide(tablet);
    await openSide(t.laptop);
    await waitUntil(async () => (await primaryAt(t.laptop, t.bobAtAlice)) === tabletUid);
    await drained(t.laptop);
    await stopSide(t.laptop);

    const late = await t.bob.engine.sendText(t.aliceAtBob, 'while everyone was off');
    await reachesState(t.bob, t.aliceAtBob, late, 'sent');
    // The desktop keeps it, and yields to the laptop's claim first (its queue names the laptop
    // before the handoff to the tablet): the entry goes to the laptop.
    await openSide(t.desktop);
    await waitUntil(async () => (await primaryAt(t.desktop, t.bobAtAlice)) === tabletUid);
    await waitUntil(() => t.desktop.profile.messages.peersWithUnopened().length === 0);
    await drained(t.desktop);

    // The laptop is no longer the primary: it passes the sync on, unchanged, to the tablet.
    const laptop = watch();
    await openSide(t.laptop, laptop.options, laptop.listen);
    await waitUntil(() => laptop.forwarded.length === 1);
    await drained(t.laptop);
    expect(conversation(t.laptop, t.bobAtAlice)).not.toContain('< while everyone was off');
    const onTablet = watch();
    await openSide(tablet, onTablet.options, onTablet.listen);
    await reachesState(t.bob, t.aliceAtBob, late, 'delivered');
    // The same sync, passed on under its dedup id. (The tablet may get a second one with the
    // handoff: entries on the desktop's old session the laptop pulled when it took Bob over.)
    const [passed] = laptop.forwarded;
    expect(onTablet.forwarded.map((p) => p.dedupId)).toContain(passed?.dedupId);
    expect(conversation(tablet, t.bobAtAlice)).toContain('< while everyone was off');
    expect(laptop.errors).toEqual([]);
  });

  it('kept entries travel with a handoff; what the new primary cannot open either it keeps', async () => {
    const t = await aliceTrio(world);
    const desktop = watch();
    desktop.listen(t.desktop.engine);
    const hashes = [await pushGarbage(t.bob, t.aliceAtBob), await pushGarbage(t.bob, t.aliceAtBob)];
    await waitUntil(
      () => t.desktop.profile.messages.unopenedEntries(t.bobAtAlice, 10).length === 2,
    );
    const kept = t.desktop.profile.messages.unopenedEntries(t.bobAtAlice, 10);
    expect(hexes(kept.map((e) => e.hash))).toEqual(hexes(hashes)); // in queue order
    expect(desktop.errors.map((e) => e.code.replace(/_.*/, ''))).toEqual(['ENVELOPE', 'ENVELOPE']);
    // Pulled again (a crash before the relay ack): kept once.
    const [first] = kept;
    if (!first) throw new Error('nothing kept');
    expect(t.desktop.profile.messages.addUnopened(t.bobAtAlice, first.hash, first.packed)).toBe(
      false,
    );

    // The laptop asks for Bob: the handoff carries them, and the laptop keeps them in turn.
    await t.laptop.engine.devices.makePrimary({ peerUid: t.bobAtAlice });
    await waitUntil(async () => (await primaryAt(t.laptop, t.bobAtAlice)) === '');
    await waitUntil(() => t.laptop.profile.messages.unopenedEntries(t.bobAtAlice, 10).length === 2);
    const moved = t.laptop.profile.messages.unopenedEntries(t.bobAtAlice, 10);
    expect(hexes(moved.map((e) => e.hash))).toEqual(hexes(hashes));
    expect(t.desktop.profile.messages.peersWithUnopened()).toEqual([]);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'the laptop holds Bob');
  });

  it('at start, hands on what a crash kept from a contact whose primary moved', async () => {
    const t = await aliceTrio(world);
    const desktop = watch();
    desktop.listen(t.desktop.engine);
    // The laptop was Bob's primary once and kept an entry; it crashed before handing it on.
    const entry = { destination: randomBytes(32), payload: randomBytes(300) };
    const hash = envelopeHash(entry);
    await stopSide(t.laptop);
    await openSide(t.laptop, {}, () => {
      t.laptop.profile.messages.addUnopened(
        t.bobAtAlice,
        hash,
        encodeProto(meow.PackedUserMessage, entry),
      );
    });
    // The desktop, Bob's primary, gets it; it cannot open it either and keeps it.
    await waitUntil(
      () => t.desktop.profile.messages.unopenedEntries(t.bobAtAlice, 10).length === 1,
    );
    expect(t.laptop.profile.messages.peersWithUnopened()).toEqual([]);
    expect(desktop.errors.map((e) => [e.where, e.peerUid])).toEqual([['poll.entry', t.bobAtAlice]]);
  });
});
