/**
 * Multi-device over a real relay process (MULTI_DEVICE_SPEC): Alice-desktop, Alice-laptop and
 * Bob, each a real engine on its own profile folder.
 */
import { describe, expect, it } from 'vitest';
import {
  connect,
  restartSide,
  stopSide,
  openSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, reachesState } from './testing/devices';
import { relayWorld } from './testing/relay-world';

const relay = relayWorld();
const side = (name: string, withServer = true): Promise<Side> => relay.side(name, { withServer });

describe('device pairing', () => {
  it('survives a restart of both devices between the answer and the confirmation', async () => {
    const desktop = await side('Alice');
    const [bobAtAlice] = await connect(desktop, await side('Bob'));
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
    const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
    const joined = await laptop.engine.devices.join({
      text: invitation.text,
      deviceName: 'laptop',
    });
    await requested;
    await restartSide(desktop);
    await restartSide(laptop);
    // The pairing is rebuilt from the engine: still waiting, with the same code on both sides.
    const [waiting] = await desktop.engine.devices.list();
    expect(waiting).toMatchObject({ step: 'confirming', code: joined.code });
    const paired = waitForEvents(laptop.engine.events, 'device.paired', () => true);
    await desktop.engine.devices.confirm(waiting?.uid ?? '');
    await paired;
    await holdsPeer(laptop, bobAtAlice);
    expect(laptop.profile.profile.nickname).toBe('Alice');
  });

  it('lets the new device start over while it waits for the confirmation', async () => {
    const desktop = await side('Alice');
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
    const joined = await laptop.engine.devices.join({ text: invitation.text });
    await restartSide(laptop);
    expect((await laptop.engine.devices.list()).map((d) => d.step)).toEqual(['answered']);
    const removed = waitForEvents(laptop.engine.events, 'device.removed', () => true);
    await laptop.engine.devices.reject(joined.deviceUid);
    expect((await removed)[0]?.reason).toBe('rejected');
    expect(await laptop.engine.devices.list()).toEqual([]);
  });

  it('pairs only after confirmation, and refuses a second device using the same QR', async () => {
    const desktop = await side('Alice');
    const [bobAtAlice] = await connect(desktop, await side('Bob'));
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
    const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
    const joined = await laptop.engine.devices.join({
      text: invitation.text,
      deviceName: 'laptop',
    });
    const [request] = await requested;
    expect(request?.code).toBe(joined.code);
    expect(request?.code).toMatch(/^\d{3} \d{3}$/);
    // Not confirmed yet: nothing of Alice's has reached the laptop.
    expect(await laptop.engine.listPeers()).toEqual([]);
    expect(laptop.profile.profile.nickname).toBe('joining');
    expect((await desktop.engine.devices.list()).map((d) => d.step)).toEqual(['confirming']);

    // Someone who photographed the QR answers later: refused, and never paired.
    const eve = await side('eve', false);
    const refused = waitForEvents(
      desktop.engine.events,
      'error',
      (e) => e.code === 'INVITATION_ALREADY_USED',
    );
    await eve.engine.devices.join({ text: invitation.text });
    await refused;

    const paired = waitForEvents(laptop.engine.events, 'device.paired', () => true);
    await desktop.engine.devices.confirm(request?.deviceUid ?? '');
    await paired;
    await holdsPeer(laptop, bobAtAlice);
    expect(laptop.profile.profile.nickname).toBe('Alice');
    expect(laptop.profile.servers.map((s) => s.url)).toEqual([relay.server.url]);
    expect((await desktop.engine.devices.list()).map((d) => d.step)).toEqual(['finalized']);
    expect(await eve.engine.listPeers()).toEqual([]);
    expect((await eve.engine.devices.list()).map((d) => d.step)).toEqual(['answered']);
    // Device peers are never contacts.
    expect((await desktop.engine.listPeers()).map((p) => p.uid)).toEqual([bobAtAlice]);
  });
});

describe('two Alice devices and Bob', () => {
  it('mirrors messages both ways and relays the laptop through the desktop', async () => {
    const desktop = await side('Alice');
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const laptop = await side('joining', false);
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);
    expect((await laptop.profile.peers.getPeer(bobAtAlice))?.primaryDeviceUid).not.toBe('');

    // Bob → Alice: on both devices, once.
    const onLaptop = waitForEvents(
      laptop.engine.events,
      'message.received',
      (e) => e.text === 'hi Alice',
    );
    await bob.engine.sendText(aliceAtBob, 'hi Alice');
    await onLaptop;
    expect(conversation(desktop, bobAtAlice)).toEqual(['< hi Alice']);
    expect(conversation(laptop, bobAtAlice)).toEqual(['< hi Alice']);

    // Desktop → Bob: on the laptop as sent (or further).
    const fromDesktop = await desktop.engine.sendText(bobAtAlice, 'from the desktop');
    await reachesState(laptop, bobAtAlice, fromDesktop, 'delivered');

    // Laptop → Bob: pending_forward, then sent; Bob sees the same single sender.
    const bobGets = waitForEvents(
      bob.engine.events,
      'message.received',
      (e) => e.text === 'from the laptop',
    );
    const fromLaptop = await laptop.engine.sendText(bobAtAlice, 'from the laptop');
    expect(laptop.profile.messages.getMessage(bobAtAlice, fromLaptop)?.state).toBe(
      'pending_forward',
    );
    await reachesState(laptop, bobAtAlice, fromLaptop, 'sent');
    expect((await bobGets)[0]?.peerUid).toBe(aliceAtBob);
    expect((await bob.engine.listPeers()).length).toBe(1);

    // Bob reads everything: the read acks reach both Alice devices.
    for (const m of bob.engine.listMessages(aliceAtBob, { limit: 50 }).messages) {
      if (!m.outbound) await bob.engine.markRead(aliceAtBob, m.uuid);
    }
    for (const uuid of [fromDesktop, fromLaptop]) {
      await reachesState(desktop, bobAtAlice, uuid, 'read');
      await reachesState(laptop, bobAtAlice, uuid, 'read');
    }
    const expected = ['< hi Alice', '> from the desktop', '> from the laptop'];
    expect(conversation(desktop, bobAtAlice)).toEqual(expected);
    expect(conversation(laptop, bobAtAlice)).toEqual(expected);
    expect(conversation(bob, aliceAtBob)).toEqual([
      '> hi Alice',
      '< from the desktop',
      '< from the laptop',
    ]);
  });

  it('queues the laptop’s messages while the desktop is offline and delivers them in order', async () => {
    const desktop = await side('Alice');
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const laptop = await side('joining', false);
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);
    await stopSide(desktop);
    const uuids: string[] = [];
    for (let i = 0; i < 5; i++)
      uuids.push(await laptop.engine.sendText(bobAtAlice, `offline ${i}`));
    await restartSide(laptop); // a restart in between loses nothing
    const last = waitForEvents(
      bob.engine.events,
      'message.received',
      (e) => e.text === 'offline 4',
    );
    await openSide(desktop);
    await last;
    expect(conversation(bob, aliceAtBob)).toEqual(uuids.map((_, i) => `< offline ${i}`));
    for (const uuid of uuids) await reachesState(laptop, bobAtAlice, uuid, 'delivered');
  });

  it('lets a contact invited on the laptop be used from the desktop', async () => {
    const desktop = await side('Alice');
    const laptop = await side('joining', false);
    await pairDevices(desktop, laptop);
    const carol = await side('Carol');
    const [carolAtAlice, aliceAtCarol] = await connect(laptop, carol);
    await holdsPeer(desktop, carolAtAlice);
    expect((await desktop.profile.peers.getPeer(carolAtAlice))?.primaryDeviceUid).not.toBe('');
    const got = waitForEvents(
      carol.engine.events,
      'message.received',
      (e) => e.text === 'from the desktop',
    );
    const uuid = await desktop.engine.sendText(carolAtAlice, 'from the desktop');
    expect((await got)[0]?.peerUid).toBe(aliceAtCarol);
    await reachesState(desktop, carolAtAlice, uuid, 'delivered');
    const back = waitForEvents(
      desktop.engine.events,
      'message.received',
      (e) => e.text === 'reply',
    );
    await carol.engine.sendText(aliceAtCarol, 'reply');
    await back;
  });
});
