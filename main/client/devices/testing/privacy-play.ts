/**
 * The conversation of the device-count privacy suites (devices-privacy*.test.ts): played with
 * Alice on one device or on several, with a twist or not, it returns the shape of everything
 * Bob stores and everything the relay delivers toward Bob's queue. Importing this module
 * registers the clean-up after each test.
 */
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../../testkit/relay-process';
import type { ServerRef } from '../../model';
import { RelayClient } from '../../relay';
import {
  closeSide,
  makeSide,
  restartSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../../engine/test-helpers';
import { pairDevices, reachesState, waitUntil } from './devices';

let relay: RelayProcess | undefined;
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
  relay = undefined;
});

interface Seen {
  readonly queue: string;
  readonly destination: string;
  readonly bytes: number;
}

/** What happens to Alice before her message number `at` (at most one of these). */
export interface Twist {
  /** Her last device takes Bob over from the desktop (a primary handoff). */
  readonly handOverAt?: number;
  /** The desktop dies; a sibling takes Bob over with a session reset. */
  readonly takeOverAt?: number;
  /** She resets the session herself (one device: what a takeover must look like). */
  readonly resetAt?: number;
}

/**
 * The siblings' shortened takeover wait. Each counts a sibling live if heard from within it
 * (heartbeats every third of it): at 1.5 s a loaded CI machine (2026-12-07: one run in six)
 * let both siblings miss each other's heartbeat and both claim Bob, which costs Bob a second
 * reset and a message sent again (PROTOCOL.md §10 "Two claimants") — a race of the shortened
 * timer, which at the real 72 h needs both devices off. 4 s leaves room for the load.
 */
const TAKEOVER_AFTER_MS = 4_000;

/** The conversation, played with Alice on `deviceCount` devices; returns what Bob saw. */
export async function play(deviceCount: number, twist: Twist = {}) {
  relay = await startRelayProcess();
  const server: ServerRef = (await RelayClient.add(relay.url)).ref;
  const seen: Seen[] = [];
  const pulled = new Set<string>();
  const desktop = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server, {
    inspectEntry: (queue, entry) => {
      // Each entry once: a loaded machine may have Bob pull one again (its ack's reply was
      // late), which is redelivery, not something Alice's devices sent.
      const digest = createHash('sha256').update(entry.payload).digest('hex');
      if (pulled.has(digest)) return;
      pulled.add(digest);
      seen.push({
        queue,
        destination: Buffer.from(entry.destination).toString('hex'),
        bytes: entry.payload.length,
      });
    },
  });
  sides.push(desktop, bob);
  const invitation = await desktop.engine.invite({ name: 'Bob' });
  const finalized = waitForEvents(desktop.engine.events, 'invitation.finalized', () => true);
  const aliceAtBob = await bob.engine.accept({ text: invitation.text });
  await finalized;
  const bobAtAlice = invitation.peerUid;
  const alice = [desktop];
  for (let i = 1; i < deviceCount; i++) {
    const device = await makeSide('joining', undefined);
    sides.push(device);
    await pairDevices(desktop, device);
    await waitUntil(async () => (await device.profile.peers.getPeer(bobAtAlice)) !== undefined);
    alice.push(device);
  }

  // Six messages from Alice, written on each of her devices in turn, one at a time.
  for (let i = 0; i < 6; i++) {
    await applyTwist(twist, i, alice, bobAtAlice);
    const from = alice[i % alice.length] ?? desktop;
    const arrived = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === `a${i}`);
    const uuid = await from.engine.sendText(bobAtAlice, `a${i}`);
    await arrived;
    await reachesState(alice[0] ?? desktop, bobAtAlice, uuid, 'delivered');
  }
  for (let i = 0; i < 2; i++) {
    const uuid = await bob.engine.sendText(aliceAtBob, `b${i}`);
    await reachesState(bob, aliceAtBob, uuid, 'delivered');
  }
  for (const m of bob.engine.listMessages(aliceAtBob, { limit: 50 }).messages) {
    if (!m.outbound) await bob.engine.markRead(aliceAtBob, m.uuid);
  }
  const holder = alice[0] ?? desktop;
  const all = holder.engine.listMessages(bobAtAlice, { limit: 50 }).messages;
  for (const m of all.filter((x) => x.outbound)) {
    await reachesState(holder, bobAtAlice, m.uuid, 'read');
  }

  const peers = await bob.profile.peers.listPeers();
  const shape = {
    peers: peers.map((p) => ({
      type: p.type,
      step: p.invitationStep,
      contactPullServers: p.contactPullServers.length,
      keys: [p.contactPublicKey, p.contactEncryption, p.contactLookupKey].map((k) => k?.length),
    })),
    messages: bob.engine
      .listMessages(aliceAtBob, { limit: 50 })
      .messages.map((m) => [m.outbound, m.state, m.message.text])
      .reverse(),
    devices: (await bob.profile.devices.listPeers()).length,
    queues: new Set(seen.map((s) => s.queue)).size,
    destinations: new Set(seen.map((s) => s.destination)).size,
    entrySizes: seen.map((s) => s.bytes).sort((x, y) => x - y),
  };
  for (const side of sides.splice(0)) await closeSide(side);
  await relay.stop();
  relay = undefined;
  return shape;
}

async function applyTwist(twist: Twist, at: number, alice: Side[], peerUid: string) {
  const [desktop, last] = [alice[0], alice.at(-1)];
  if (!desktop || !last) throw new Error('no Alice');
  if (at === twist.handOverAt) await handOver(last, peerUid);
  if (at === twist.resetAt) await desktop.engine.resetSession(peerUid);
  if (at === twist.takeOverAt) await loseDesktop(alice, peerUid);
}

/**
 * The desktop (Bob's primary) stops for good; its siblings restart with a 4 s takeover wait
 * and one claims Bob after it.
 */
async function loseDesktop(alice: Side[], peerUid: string): Promise<void> {
  // What the desktop knew has reached its siblings (else the taker re-sends a message Bob
  // already has, which Bob could tell from one device's reset).
  const settled = (s: Side) =>
    s.engine
      .listMessages(peerUid, { limit: 50 })
      .messages.every((m) => !m.outbound || m.state === 'delivered' || m.state === 'read');
  await waitUntil(() => alice.every(settled));
  const [desktop] = alice.splice(0, 1);
  if (desktop) await stopSide(desktop);
  // Only now do the siblings wait briefly for a silent primary: with the short wait from the
  // start, a busy machine (relay hops over a second) let one claim Bob while the desktop was
  // still alive, and the two claimants cost Bob one more entry than a reset.
  for (const sibling of alice) await restartSide(sibling, { takeoverAfterMs: TAKEOVER_AFTER_MS });
  // The next message is written as soon as one sibling has claimed Bob, possibly on a sibling
  // that still names the desktop: it forwards to the desktop, then to the new primary, which
  // may have sealed the message already from its `msg` copy when Bob answered the reset; it
  // must not seal it twice (engine/sealed-here.ts), or Bob gets one entry more than a reset.
  const claimed = async () => {
    const views = alice.map((s) => s.profile.peers.getPeer(peerUid));
    return (await Promise.all(views)).some((p) => p?.primaryDeviceUid === '');
  };
  await waitUntil(claimed, 20_000);
}

async function handOver(to: Side, peerUid: string): Promise<void> {
  await to.engine.devices.makePrimary({ peerUid });
  await waitUntil(async () => (await to.profile.peers.getPeer(peerUid))?.primaryDeviceUid === '');
}
