/**
 * Takeover over a real relay process (PROTOCOL.md §10 "Takeover", §9 "Session reset"): Alice's
 * desktop, Bob's primary, goes away for good; the laptop claims Bob with a session reset. Bob
 * sees one conversation with one sender, and nothing he sent is missing on the laptop.
 */
import { describe, expect, it } from 'vitest';
import { cp } from 'node:fs/promises';
import { makeTempDir } from '../../../testkit/tmp';
import { fromB64 } from '../b64';
import { lookupOf } from '../peers';
import { Profile } from '../profile';
import { RelayPool } from '../engine/relays';
import type { EngineOptions } from '../engine/engine';
import { openSide, PASSWORD, restartSide, stopSide, type Side } from '../engine/test-helpers';
import { holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';
import { startDeviceProcess } from './testing/device-process-client';
import { relayWorld } from './testing/relay-world';
import { aliceTrio, exchange } from './testing/trio';

const world = relayWorld();
const side = (name: string, options: EngineOptions = {}) => world.side(name, options);

function texts(s: Side, peerUid: string): string[] {
  return s.engine
    .listMessages(peerUid, { limit: 500 })
    .messages.map((m) => `${m.outbound ? '>' : '<'} ${m.message.text}`)
    .reverse();
}

/**
 * The laptop again with a 1.5 s takeover wait, once the desktop is off: given from the start,
 * a busy machine could delay the desktop's heartbeats past it and the laptop claim Bob while
 * the desktop is alive (the quiet-primary test below covers heartbeats).
 */
async function shortWait(laptop: Side): Promise<void> {
  await restartSide(laptop, { takeoverAfterMs: 1_500 });
}

async function isPrimary(s: Side, peerUid: string): Promise<boolean> {
  return (await s.profile.peers.getPeer(peerUid))?.primaryDeviceUid === '';
}

describe('takeover', () => {
  it('the laptop takes Bob over once the desktop has been silent too long; Bob loses nothing', async () => {
    const t = await aliceTrio(world);
    // Before: Bob's messages reach both devices; the desktop's are synced to the laptop.
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'before');
    const fromDesktop = await exchange(t.desktop, t.bobAtAlice, t.bob, 'desktop says hi');
    await reachesState(t.laptop, t.bobAtAlice, fromDesktop, 'delivered');
    await stopSide(t.desktop); // gone for good (its profile is never opened again)
    await shortWait(t.laptop);

    // Bob writes while nobody talks to him; the laptop claims him after the timeout.
    const lost = await t.bob.engine.sendText(t.aliceAtBob, 'while the desktop was gone');
    await reachesState(t.bob, t.aliceAtBob, lost, 'sent');
    await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
    // Bob's message sealed on the old session is sent again on the new one: not lost.
    await waitUntil(() => texts(t.laptop, t.bobAtAlice).includes('< while the desktop was gone'));
    await reachesState(t.bob, t.aliceAtBob, lost, 'delivered');
    await exchange(t.laptop, t.bobAtAlice, t.bob, 'the laptop answers');
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'and Bob again');

    const expected = [
      '< before',
      '> desktop says hi',
      '< while the desktop was gone',
      '> the laptop answers',
      '< and Bob again',
    ];
    expect(texts(t.laptop, t.bobAtAlice)).toEqual(expected);
    // Bob: one contact, one conversation, each message once.
    expect(await t.bob.engine.listPeers()).toHaveLength(1);
    expect(texts(t.bob, t.aliceAtBob)).toEqual(
      expected.map((m) => (m.startsWith('<') ? `>${m.slice(1)}` : `<${m.slice(1)}`)),
    );
  });

  it('SIGKILLed mid-conversation for good: the laptop takes over with all the desktop had synced', async () => {
    const t = await aliceTrio(world);
    await stopSide(t.desktop); // from here the desktop runs as its own process
    const desktop = startDeviceProcess('desktop', t.desktop.dir.path, PASSWORD);
    try {
      await desktop.ready();
      const synced: string[] = [];
      for (let i = 0; i < 4; i++) {
        synced.push(`< synced ${i}`);
        await exchange(t.bob, t.aliceAtBob, t.laptop, `synced ${i}`);
      }
      // Three more in flight when the desktop dies: stored there or not, synced or not.
      const flying = await Promise.all(
        [0, 1, 2].map((i) => t.bob.engine.sendText(t.aliceAtBob, `in flight ${i}`)),
      );
      await desktop.kill('SIGKILL');
      const acked = flying.filter((uuid) => {
        const state = t.bob.profile.messages.getMessage(t.aliceAtBob, uuid)?.state;
        return state === 'delivered' || state === 'read';
      });
      await shortWait(t.laptop);
      await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
      await exchange(t.bob, t.aliceAtBob, t.laptop, 'after the takeover');
      await exchange(t.laptop, t.bobAtAlice, t.bob, 'the laptop answers');
      // Everything synced before the kill is there; whatever Bob never saw acknowledged, he
      // sent again after the reset; only what the desktop acked and never synced may be gone.
      const onLaptop = texts(t.laptop, t.bobAtAlice);
      for (const line of synced) expect(onLaptop).toContain(line);
      for (const [i, uuid] of flying.entries()) {
        if (acked.includes(uuid)) continue;
        await waitUntil(() => texts(t.laptop, t.bobAtAlice).includes(`< in flight ${i}`));
      }
      const all = texts(t.laptop, t.bobAtAlice);
      expect(new Set(all).size).toBe(all.length);
      expect(await t.bob.engine.listPeers()).toHaveLength(1);
      const atBob = texts(t.bob, t.aliceAtBob);
      expect(new Set(atBob).size).toBe(atBob.length);
      expect(atBob.slice(-2)).toEqual(['> after the takeover', '< the laptop answers']);
    } finally {
      if (desktop.running()) await desktop.kill('SIGKILL');
      t.desktop.stopped = true;
    }
  });

  it('takes over from a primary revoked while offline; if it comes back, it yields', async () => {
    const t = await aliceTrio(world, { revokedWaitMs: 500 });
    await stopSide(t.desktop);
    await t.laptop.engine.devices.revoke(t.desktopUid);
    await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'hello laptop');
    await exchange(t.laptop, t.bobAtAlice, t.bob, 'hello Bob');
    await waitUntil(async () => (await t.laptop.profile.devices.listPeers()).length === 0);

    // The desktop comes back: it learns it was revoked and no longer talks to Bob.
    await openSide(t.desktop);
    await waitUntil(async () => (await t.desktop.profile.devices.listPeers()).length === 0);
    await waitUntil(async () => !(await isPrimary(t.desktop, t.bobAtAlice)));
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'still the laptop');
    expect(texts(t.desktop, t.bobAtAlice)).not.toContain('< still the laptop');
  });

  it('an old primary that returns after a takeover yields to the newer epoch', async () => {
    const t = await aliceTrio(world);
    await stopSide(t.desktop); // switched off, not revoked
    await shortWait(t.laptop);
    await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'to the laptop');
    await openSide(t.desktop);
    await waitUntil(async () => !(await isPrimary(t.desktop, t.bobAtAlice)), 20_000);
    expect((await t.desktop.profile.peers.getPeer(t.bobAtAlice))?.drStateJson).toBeNull();
    // Its messages now go through the laptop, on the new session.
    await exchange(t.desktop, t.bobAtAlice, t.bob, 'the desktop is back');
    await exchange(t.bob, t.aliceAtBob, t.desktop, 'welcome back');
  });

  it('locks a revoked copy out: it pulls nothing, acks nothing away, and what it pushes is dropped', async () => {
    const t = await aliceTrio(world, { revokedWaitMs: 500 });
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'before');
    await stopSide(t.desktop);
    const copy = await makeTempDir('meow-stolen-');
    await cp(t.desktop.dir.path, copy.path, { recursive: true }); // a copy taken before the revoke
    try {
      await t.laptop.engine.devices.revoke(t.desktopUid);
      await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
      // The laptop moved Bob to a new queue, and Bob confirmed it.
      await waitUntil(async () => {
        const peer = await t.laptop.profile.peers.getPeer(t.bobAtAlice);
        return peer?.previousLookup?.confirmedAt !== undefined;
      }, 20_000);
      // …and has read (and acked) what was left at the old one.
      const moved = await t.laptop.profile.peers.getPeer(t.bobAtAlice);
      const oldSecret = moved?.previousLookup?.secret;
      if (!moved || !oldSecret) throw new Error('no rotation');
      const oldQueue = lookupOf({ ...moved, myLookupSecret: oldSecret });
      const relayView = new RelayPool().client(world.server);
      await waitUntil(async () => {
        const [batch] = await relayView.pull([{ ...oldQueue, after: 0 }]);
        return batch?.entries.length === 0;
      });
      await stopSide(t.laptop); // Bob's next message waits at the relay
      const waiting = await t.bob.engine.sendText(t.aliceAtBob, 'while the laptop is off');
      await reachesState(t.bob, t.aliceAtBob, waiting, 'sent');

      // The stolen copy tries every queue it knew.
      const stolen = await Profile.unlock(copy.path, PASSWORD);
      try {
        const client = new RelayPool().client(world.server);
        const peers = [...(await stolen.peers.listPeers()), ...(await stolen.devices.listPeers())];
        const contacts = (await stolen.peers.listPeers()).map(lookupOf);
        const batches = await client.pull(contacts.map((q) => ({ ...q, after: 0 })));
        expect(batches.flatMap((b) => b.entries)).toEqual([]);
        await client.ack(peers.map((p) => ({ ...lookupOf(p), cursor: 1_000_000 })));
        const garbage = new Uint8Array(300).fill(7);
        // With the send capabilities the copy holds: the relay takes it, the receiver drops it.
        const targets = peers.flatMap((p) =>
          p.contactLookupKey && p.contactSendToken
            ? [{ destination: p.contactLookupKey, sendToken: p.contactSendToken }]
            : [],
        );
        await client.push(
          targets.map((k) => ({
            destination: fromB64(k.destination, 'key'),
            sendToken: fromB64(k.sendToken, 'token'),
            payload: garbage,
          })),
        );
      } finally {
        await stolen.close();
      }
      // Nothing of the laptop's queue was deleted; Bob never shows the garbage.
      await openSide(t.laptop);
      await waitUntil(() => texts(t.laptop, t.bobAtAlice).includes('< while the laptop is off'));
      await exchange(t.bob, t.aliceAtBob, t.laptop, 'after the break-in');
      await exchange(t.laptop, t.bobAtAlice, t.bob, 'all good');
      expect(texts(t.bob, t.aliceAtBob)).toEqual([
        '> before',
        '> while the laptop is off',
        '> after the break-in',
        '< all good',
      ]);
    } finally {
      await copy.cleanup();
    }
  });

  it('two siblings that claim Bob at once settle on one primary, and Bob keeps talking to it', async () => {
    const t = await aliceTrio(world, {});
    const tablet = await side('joining');
    const { joiningUid: tabletUid } = await pairDevices(t.desktop, tablet);
    await holdsPeer(tablet, t.bobAtAlice);
    await waitUntil(async () => (await t.laptop.profile.devices.listPeers()).length === 2);
    // The tablet knows the laptop too (introduced by the desktop) before the laptop revokes:
    // a revoke from a device the tablet has not been introduced to yet is not taken.
    await waitUntil(async () => (await tablet.profile.devices.listPeers()).length === 2);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'before');
    await waitUntil(() => texts(tablet, t.bobAtAlice).includes('< before'));
    // The desktop is lost and revoked from the laptop; before either device hears of the
    // other's claim, the user presses *Make this device primary* for Bob on both.
    await stopSide(t.desktop);
    await t.laptop.engine.devices.revoke(t.desktopUid);
    await waitUntil(async () => (await tablet.profile.devices.listPeers()).length === 1);
    const claimed: string[] = [];
    for (const [name, s] of [
      ['laptop', t.laptop],
      ['tablet', tablet],
    ] as const) {
      s.engine.events.on('peer.primaryChanged', (e) => {
        if (e.peerUid === t.bobAtAlice && e.primaryDeviceUid === '') claimed.push(name);
      });
    }
    await Promise.all([
      t.laptop.engine.devices.makePrimary({ peerUid: t.bobAtAlice }),
      tablet.engine.devices.makePrimary({ peerUid: t.bobAtAlice }),
    ]);
    // Usually both claim before hearing of the other; on a loaded machine one may hear the
    // other's claim first and ask it for a handoff instead. Either way: one primary, below.
    expect(claimed.length).toBeGreaterThan(0);
    const primaries = async () => {
      const peers = [t.laptop, tablet].map((s) => s.profile.peers.getPeer(t.bobAtAlice));
      return (await Promise.all(peers)).map((p) => p?.primaryDeviceUid);
    };
    // One primary, named by the other.
    await waitUntil(async () => {
      const [l, tb] = await primaries();
      return (l === '' && tb === t.laptopUid) || (tb === '' && l === tabletUid);
    }, 20_000).catch(async (err: unknown) => {
      const [l, tb] = await primaries();
      throw new Error(`no single primary: laptop names "${l}", tablet "${tb}"`, { cause: err });
    });
    const [onLaptop] = await primaries();
    const [primary, other] = onLaptop === '' ? [t.laptop, tablet] : [tablet, t.laptop];

    await exchange(t.bob, t.aliceAtBob, primary, 'after the race');
    await waitUntil(() => texts(other, t.bobAtAlice).includes('< after the race'));
    await exchange(other, t.bobAtAlice, t.bob, 'from the other one');
    await exchange(primary, t.bobAtAlice, t.bob, 'from the primary');
    const expected = ['< before', '< after the race', '> from the other one', '> from the primary'];
    await waitUntil(() => texts(other, t.bobAtAlice).length === expected.length);
    for (const s of [primary, other]) expect(texts(s, t.bobAtAlice)).toEqual(expected);
    expect(await t.bob.engine.listPeers()).toHaveLength(1);
    expect(texts(t.bob, t.aliceAtBob)).toEqual([
      '> before',
      '> after the race',
      '< from the other one',
      '< from the primary',
    ]);
    expect(await primaries()).toEqual(onLaptop === '' ? ['', t.laptopUid] : [tabletUid, '']);
  });

  it('never takes over from a primary that is only quiet: its heartbeats keep it alive', async () => {
    let beats = 0;
    const inspectSync = (_: string, p: { syncType: string }) => {
      if (p.syncType === 'heartbeat') beats++;
    };
    // A 3 s wait, not the 1.5 s of the other tests: with one-at-a-time suites running beside the
    // end-to-end specs, a heartbeat was once held up past 1.5 s and the laptop took over.
    const wait = 3_000;
    const t = await aliceTrio(
      world,
      { takeoverAfterMs: wait, inspectSync },
      { takeoverAfterMs: wait },
    );
    const since = Date.now();
    // Four heartbeats (one per third of the wait) span longer than the takeover wait.
    await waitUntil(() => beats >= 4 && Date.now() - since > wait, 20_000);
    expect(await isPrimary(t.laptop, t.bobAtAlice)).toBe(false);
    expect(await isPrimary(t.desktop, t.bobAtAlice)).toBe(true);
  });

  it('a device that starts while its relay does not answer never claims a primary it could not hear', async () => {
    const wait = 1_500;
    const t = await aliceTrio(world, {}, { takeoverAfterMs: wait });
    await stopSide(t.laptop);
    await world.relay.kill();
    let failures = 0;
    const restartedAt = Date.now();
    await openSide(t.laptop, { takeoverAfterMs: wait });
    const off = t.laptop.engine.events.on('worker.state', (e) => {
      if (e.worker === 'poll' && e.state === 'backoff') failures++;
    });
    // Twice the wait and more without a pull answered: the desktop's heartbeats wait unread at
    // the relay, so its silence says nothing (before: the laptop claimed Bob after one wait).
    await waitUntil(() => failures >= 3 && Date.now() - restartedAt > 3 * wait, 20_000);
    off();
    expect(await isPrimary(t.laptop, t.bobAtAlice)).toBe(false);
    expect(t.laptop.engine.relayHealth.list()[0]?.state).toBe('unreachable');
    await world.relay.restart();
  });
});
