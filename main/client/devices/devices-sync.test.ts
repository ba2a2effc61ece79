/**
 * Multi-device sync details over a real relay process: what a sync payload may carry, profile
 * sync both ways, revocation, history transfer (opt-in and resumable), duplicates. Catch-up
 * after the relay expired a device's queue, with its shortened timers, is
 * devices-catch-up.test.ts (run one file at a time, vitest.config.ts).
 */
import { describe, expect, it } from 'vitest';
import { encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import { fromB64 } from '../b64';
import type { Peer } from '../model';
import { Profile } from '../profile';
import {
  connect,
  openSide,
  PASSWORD,
  stopSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';
import { useRelaySides } from './testing/relay-sides';

const relaySides = useRelaySides();
const { startRelay, side } = relaySides;

/** Byte strings that must never leave a device in a sync payload, in raw and base64url form. */
async function secretsOf(s: Side): Promise<[string, Buffer][]> {
  const d = s.profile.data;
  const out: [string, Buffer][] = [];
  const add = (label: string, b64: string) => {
    const raw = Buffer.from(fromB64(b64, label));
    out.push([label, raw], [`${label} (b64)`, Buffer.from(b64)]);
  };
  add('RootKp private', d.rootKp.privateKey);
  add('RootKp public', d.rootKp.publicKey);
  add('Device private', d.device.privateKey);
  add('Device public', d.device.publicKey);
  add('db key', d.dbKey);
  for (const device of await s.profile.devices.listPeers()) {
    add('OwnedDevices identity key', device.myIdentity.privateKey);
    add('OwnedDevices encryption key', device.myEncryptionKp.privateKey);
    add('OwnedDevices lookup secret', device.myLookupSecret);
    add('OwnedDevices sym key', device.mySymKey);
  }
  out.push(['password', Buffer.from(PASSWORD)]);
  return out;
}

describe('what syncs carry', () => {
  it('syncs nickname, avatar and status both ways, never keys, devices or passwords', async () => {
    await startRelay();
    const seen: meow.DeviceSyncPayload[] = [];
    const inspectSync = (_: string, p: meow.DeviceSyncPayload) => seen.push(p);
    const desktop = await side('Alice', true, { inspectSync });
    const bob = await side('Bob');
    const [bobAtAlice] = await connect(desktop, bob);
    const laptop = await side('joining', false, { inspectSync });
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);

    const avatar = { id: 'a1', dataUrl: 'data:image/png;base64,iVBORw0KGgo=' };
    const onDesktop = waitForEvents(desktop.engine.events, 'profile.updated', () => true);
    await laptop.engine.updateProfile({
      nickname: 'Alice L.',
      avatars: [avatar],
      defaultAvatar: 'a1',
    });
    await onDesktop;
    expect(desktop.profile.profile).toMatchObject({ nickname: 'Alice L.', defaultAvatar: 'a1' });
    expect(desktop.profile.profile.avatars).toEqual([avatar]);
    const onLaptop = waitForEvents(laptop.engine.events, 'profile.updated', () => true);
    await desktop.engine.updateProfile({ status: 'on holiday' });
    await onLaptop;
    expect(laptop.profile.profile.status).toBe('on holiday');
    const renamed = waitForEvents(laptop.engine.events, 'peer.updated', (e) => e.name === 'Bobby');
    await desktop.engine.updatePeer(bobAtAlice, { name: 'Bobby' });
    await renamed;

    const types = new Set(seen.map((p) => p.syncType));
    expect(types).toEqual(new Set(['identity_update', 'server_add', 'peer_update']));
    const secrets = [...(await secretsOf(desktop)), ...(await secretsOf(laptop))];
    for (const payload of seen) {
      const bytes = Buffer.from(encodeProto(meow.DeviceSyncPayload, payload));
      for (const [label, needle] of secrets) {
        expect(bytes.includes(needle), `${label} in a ${payload.syncType}`).toBe(false);
      }
      if (payload.syncType === 'identity_update') {
        const json = JSON.parse(Buffer.from(payload.identityData).toString()) as object;
        expect(Object.keys(json).sort()).toEqual([
          'avatars',
          'default_avatar',
          'nickname',
          'status',
        ]);
      }
      if (payload.syncType === 'peer_update') {
        const peer = JSON.parse(Buffer.from(payload.peerData).toString()) as Peer;
        expect(peer.type).toBe('peer');
        expect(peer.drStateJson).toBeNull(); // only the primary drives the ratchet
        expect(Object.keys(peer)).not.toEqual(
          expect.arrayContaining(['rootKp', 'device', 'hiddenPeers', 'dbKey', 'password']),
        );
      }
    }
  });
});

describe('device list', () => {
  it('meshes three devices, and revokes one from any device: it stops receiving, the others forget it', async () => {
    await startRelay();
    const desktop = await side('Alice');
    const laptop = await side('joining', false);
    const tablet = await side('joining', false);
    const { joiningUid: laptopUid } = await pairDevices(desktop, laptop);
    const { joiningUid: tabletUid } = await pairDevices(desktop, tablet);
    // The desktop introduced the tablet to the laptop: every device is paired with every other.
    const paired = async (s: Side) =>
      (await s.engine.devices.list()).filter((d) => d.step === 'finalized').length === 2;
    await waitUntil(async () => (await paired(laptop)) && (await paired(tablet)));

    // A contact invited on the tablet is usable from the laptop, directly.
    const carol = await side('Carol');
    const [carolAtAlice, aliceAtCarol] = await connect(tablet, carol);
    await holdsPeer(laptop, carolAtAlice);
    const got = waitForEvents(carol.engine.events, 'message.received', () => true);
    const viaTablet = await laptop.engine.sendText(carolAtAlice, 'from the laptop');
    expect((await got)[0]?.peerUid).toBe(aliceAtCarol);
    await reachesState(laptop, carolAtAlice, viaTablet, 'delivered');
    await reachesState(desktop, carolAtAlice, viaTablet, 'delivered');

    const tabletForgets = waitForEvents(tablet.engine.events, 'device.removed', () => true, 2);
    const desktopForgets = waitForEvents(desktop.engine.events, 'device.removed', () => true);
    // The tablet was Carol's primary: it hands her over to the laptop before it is forgotten.
    const laptopForgets = waitForEvents(laptop.engine.events, 'device.removed', () => true);
    await laptop.engine.devices.revoke(tabletUid);
    await Promise.all([tabletForgets, desktopForgets, laptopForgets]);
    expect((await laptop.profile.peers.getPeer(carolAtAlice))?.primaryDeviceUid).toBe('');
    const toLaptop = waitForEvents(laptop.engine.events, 'message.received', () => true);
    await carol.engine.sendText(aliceAtCarol, 'after the revoke');
    expect((await toLaptop)[0]?.text).toBe('after the revoke');
    expect(await tablet.engine.devices.list()).toEqual([]);
    expect((await desktop.engine.devices.list()).map((d) => d.uid)).toEqual([laptopUid]);
    expect((await laptop.engine.devices.list()).map((d) => d.uid)).not.toContain(tabletUid);

    const onLaptop = waitForEvents(laptop.engine.events, 'profile.updated', () => true);
    await desktop.engine.updateProfile({ status: 'after revoke' });
    await onLaptop;
    expect(tablet.profile.profile.status).not.toBe('after revoke');
  });
});

describe('history', () => {
  it('transfers the history on request, in chunks, resuming after a restart', async () => {
    await startRelay();
    const desktop = await side('Alice');
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const count = 230; // three chunks of 100
    // Far above the few seconds it takes alone: this file may have a neighbour (vitest.config.ts).
    const all = waitForEvents(
      desktop.engine.events,
      'message.received',
      () => true,
      count / 2,
      120_000,
    );
    for (let i = 0; i < count / 2; i++) {
      await desktop.engine.sendText(bobAtAlice, `a${i}`);
      await bob.engine.sendText(aliceAtBob, `b${i}`);
    }
    await all;
    const laptop = await side('joining', false);
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);

    const first = waitForEvents(laptop.engine.events, 'sync.progress', () => true);
    await laptop.engine.devices.requestHistory();
    expect((await first)[0]).toMatchObject({ chunks: 1, total: 3, done: false });
    await stopSide(laptop); // interrupted mid-transfer
    await openSide(laptop);
    await waitUntil(() => laptop.profile.messages.metaKeys('history.').length === 0);
    const desk = conversation(desktop, bobAtAlice);
    expect(desk).toHaveLength(count);
    await waitUntil(() => conversation(laptop, bobAtAlice).length === count);
    expect(conversation(laptop, bobAtAlice)).toEqual(desk);
  });

  it('leaves one copy when the same sync arrives twice', async () => {
    await startRelay();
    const desktop = await side('Alice');
    const laptop = await side('joining', false);
    const { existingUid } = await pairDevices(desktop, laptop);
    const payload = encodeProto(meow.DeviceSyncPayload, {
      syncType: 'msg',
      dedupId: 'msg.dup-1.received',
      peerUid: 'peer-x',
      dbMessage: {
        outbound: false,
        type: 'text',
        text: 'once',
        status: { uuid: 'dup-1', sent: 1 },
        state: 'received',
        createdAt: 5,
      },
    });
    await stopSide(laptop);
    const profile = await Profile.unlock(laptop.dir.path, PASSWORD);
    profile.messages.addSyncInbox(existingUid, payload);
    profile.messages.addSyncInbox(existingUid, payload);
    await profile.close();
    await openSide(laptop);
    await waitUntil(() => laptop.profile.messages.nextSyncInbox(10).length === 0);
    expect(conversation(laptop, 'peer-x')).toEqual(['< once']);
  });
});
