/**
 * Takeover over a real relay process (PROTOCOL.md §10 "Takeover", §9 "Session reset"): Alice's
 * desktop, Bob's primary, goes away for good; the laptop claims Bob with a session reset. Bob
 * sees one conversation with one sender, and nothing he sent is missing on the laptop.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ServerRef } from '../model';
import { RelayClient } from '../relay';
import type { EngineOptions } from '../engine/engine';
import {
  closeSide,
  connect,
  makeSide,
  openSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';

let relay: RelayProcess;
let server: ServerRef;
const sides: Side[] = [];

beforeEach(async () => {
  relay = await startRelayProcess();
  server = (await RelayClient.add(relay.url)).ref;
});

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay.stop();
});

async function side(name: string, options: EngineOptions = {}): Promise<Side> {
  const s = await makeSide(name, server, options);
  sides.push(s);
  return s;
}

async function trio(laptopOptions: EngineOptions) {
  const desktop = await side('Alice');
  const bob = await side('Bob');
  const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
  const laptop = await side('joining', laptopOptions);
  const { joiningUid: laptopUid, existingUid: desktopUid } = await pairDevices(desktop, laptop);
  await holdsPeer(laptop, bobAtAlice);
  return { desktop, bob, laptop, bobAtAlice, aliceAtBob, laptopUid, desktopUid };
}

async function exchange(from: Side, peerUid: string, to: Side, text: string): Promise<string> {
  const got = waitForEvents(to.engine.events, 'message.received', (e) => e.text === text);
  const uuid = await from.engine.sendText(peerUid, text);
  await got;
  return uuid;
}

function texts(s: Side, peerUid: string): string[] {
  return s.engine
    .listMessages(peerUid, { limit: 500 })
    .messages.map((m) => `${m.outbound ? '>' : '<'} ${m.message.text}`)
    .reverse();
}

async function isPrimary(s: Side, peerUid: string): Promise<boolean> {
  return (await s.profile.peers.getPeer(peerUid))?.primaryDeviceUid === '';
}

describe('takeover', () => {
  it('the laptop takes Bob over once the desktop has been silent too long; Bob loses nothing', async () => {
    const t = await trio({ takeoverAfterMs: 1_500 });
    // Before: Bob's messages reach both devices; the desktop's are synced to the laptop.
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'before');
    const fromDesktop = await exchange(t.desktop, t.bobAtAlice, t.bob, 'desktop says hi');
    await reachesState(t.laptop, t.bobAtAlice, fromDesktop, 'delivered');
    await stopSide(t.desktop); // gone for good (its profile is never opened again)

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

  it('takes over from a primary revoked while offline; if it comes back, it yields', async () => {
    const t = await trio({ revokedWaitMs: 500 });
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
    const t = await trio({ takeoverAfterMs: 1_500 });
    await stopSide(t.desktop); // switched off, not revoked
    await waitUntil(() => isPrimary(t.laptop, t.bobAtAlice), 20_000);
    await exchange(t.bob, t.aliceAtBob, t.laptop, 'to the laptop');
    await openSide(t.desktop);
    await waitUntil(async () => !(await isPrimary(t.desktop, t.bobAtAlice)), 20_000);
    expect((await t.desktop.profile.peers.getPeer(t.bobAtAlice))?.drStateJson).toBeNull();
    // Its messages now go through the laptop, on the new session.
    await exchange(t.desktop, t.bobAtAlice, t.bob, 'the desktop is back');
    await exchange(t.bob, t.aliceAtBob, t.desktop, 'welcome back');
  });
});
