/**
 * Contacts cannot tell how many devices someone has (MULTI_DEVICE_SPEC phase 7.0): the same
 * conversation is played once with Alice on one device and once with Alice on three (messages
 * written on every device), and everything Bob stores and everything the relay delivers
 * toward Bob's queue must have the same shape.
 */
import { afterEach, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ServerRef } from '../model';
import { RelayClient } from '../relay';
import { closeSide, makeSide, waitForEvents, type Side } from '../engine/test-helpers';
import { pairDevices, reachesState, waitUntil } from './testing/devices';

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

/**
 * The conversation, played with Alice on `deviceCount` devices; returns what Bob saw. With
 * `handOverAt`, her last device takes Bob over (a primary handoff) before that message.
 */
async function play(deviceCount: number, handOverAt?: number) {
  relay = await startRelayProcess();
  const server: ServerRef = (await RelayClient.add(relay.url)).ref;
  const seen: Seen[] = [];
  const desktop = await makeSide('Alice', server);
  const bob = await makeSide('Bob', server, {
    inspectEntry: (queue, entry) => {
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
    if (i === handOverAt) await handOver(alice.at(-1) ?? desktop, bobAtAlice);
    const from = alice[i % alice.length] ?? desktop;
    const arrived = waitForEvents(bob.engine.events, 'message.received', (e) => e.text === `a${i}`);
    const uuid = await from.engine.sendText(bobAtAlice, `a${i}`);
    await arrived;
    await reachesState(desktop, bobAtAlice, uuid, 'delivered');
  }
  for (let i = 0; i < 2; i++) {
    const uuid = await bob.engine.sendText(aliceAtBob, `b${i}`);
    await reachesState(bob, aliceAtBob, uuid, 'delivered');
  }
  for (const m of bob.engine.listMessages(aliceAtBob, { limit: 50 }).messages) {
    if (!m.outbound) await bob.engine.markRead(aliceAtBob, m.uuid);
  }
  const all = desktop.engine.listMessages(bobAtAlice, { limit: 50 }).messages;
  for (const m of all.filter((x) => x.outbound)) {
    await reachesState(desktop, bobAtAlice, m.uuid, 'read');
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

async function handOver(to: Side, peerUid: string): Promise<void> {
  await to.engine.devices.makePrimary({ peerUid });
  await waitUntil(async () => (await to.profile.peers.getPeer(peerUid))?.primaryDeviceUid === '');
}

it('looks the same to Bob and to the relay whether Alice has one device or three', async () => {
  const one = await play(1);
  const three = await play(3);
  expect(one.messages).toHaveLength(8);
  expect(one.entrySizes.length).toBeGreaterThanOrEqual(6);
  expect(three).toEqual(one);
});

it('looks the same to Bob and to the relay when another of Alice’s devices takes him over', async () => {
  const one = await play(1);
  const handedOver = await play(3, 3);
  expect(handedOver).toEqual(one);
});
