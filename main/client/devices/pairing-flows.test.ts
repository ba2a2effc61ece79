/**
 * A device pairing's life over a real relay process and real profiles, on the engines' own
 * timers or on a clock the test moves (so this file may run beside another,
 * vitest.config.ts): it lapses past the deadline, a rejection (even one a crash interrupted)
 * leaves both clean, and the typed short code pairs like the QR. pairing.test.ts has the
 * lapses on shortened real timers.
 */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../core/crypto';
import { Profile } from '../profile';
import { RelayClient } from '../relay';
import { openSide, PASSWORD, stopSide, waitForEvents } from '../engine/test-helpers';
import { PAIRING_LIFETIME_MS } from './pairing';
import { pairDevices } from './testing/devices';
import {
  answered,
  expectClean,
  expectCodeGone,
  movableClock,
  pairingWorld,
  removedFrom,
} from './testing/pairing';

const { relay, side } = pairingWorld();

describe('a pairing lapses', () => {
  it('refuses to confirm past the deadline; the new device is told and left clean', async () => {
    const clock = movableClock();
    const desktop = await side('Alice', true, { now: clock.now });
    const laptop = await side('joining', false);
    const { joined, request } = await answered(desktop, laptop);
    const [waiting] = await laptop.engine.devices.list();
    expect(waiting).toMatchObject({ step: 'answered', expiresAt: joined.expiresAt });
    expect(laptop.profile.servers.map((s) => s.url)).toEqual([relay.server.url]); // adopted to join

    clock.skip(PAIRING_LIFETIME_MS + 1_000);
    const laptopGone = removedFrom(laptop, joined.deviceUid);
    const desktopGone = removedFrom(desktop, request.deviceUid);
    await expect(desktop.engine.devices.confirm(request.deviceUid)).rejects.toMatchObject({
      code: 'DEVICE_PAIRING_EXPIRED',
      message: expect.stringContaining('expired before it was confirmed') as unknown,
    });
    expect((await desktopGone)[0]?.reason).toBe('expired');
    expect(await desktop.engine.devices.list()).toEqual([]);
    expect((await laptopGone)[0]).toMatchObject({ reason: 'expired', joining: true });
    await expectClean(laptop);
    expect(laptop.profile.profile.nickname).toBe('joining');
  });

  it('refuses an answer that arrives after the deadline, and says so to the new device', async () => {
    const clock = movableClock();
    const desktop = await side('Alice', true, { now: clock.now });
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite();
    clock.skip(PAIRING_LIFETIME_MS + 1_000);
    const refused = waitForEvents(
      desktop.engine.events,
      'error',
      (e) => e.code === 'DEVICE_PAIRING_EXPIRED',
    );
    const desktopGone = removedFrom(desktop, invitation.pairingUid);
    const laptopGone = waitForEvents(laptop.engine.events, 'device.removed', () => true);
    await laptop.engine.devices.join({ text: invitation.text });
    await refused;
    expect((await desktopGone)[0]?.reason).toBe('expired');
    expect(await desktop.engine.devices.list()).toEqual([]);
    expect((await laptopGone)[0]).toMatchObject({ reason: 'expired', joining: true });
    await expectClean(laptop);
  });
});

describe('a pairing is rejected', () => {
  it('leaves both devices clean, and the new device can pair again', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false);
    const { joined, request } = await answered(desktop, laptop);
    const laptopGone = removedFrom(laptop, joined.deviceUid);
    const desktopGone = removedFrom(desktop, request.deviceUid);
    await desktop.engine.devices.reject(request.deviceUid);
    expect((await desktopGone)[0]?.reason).toBe('rejected');
    expect((await laptopGone)[0]).toMatchObject({ reason: 'rejected', joining: true });
    expect(await desktop.engine.devices.list()).toEqual([]);
    await expectClean(laptop);

    await pairDevices(desktop, laptop);
    expect(laptop.profile.profile.nickname).toBe('Alice');
    expect(laptop.profile.servers.map((s) => s.url)).toEqual([relay.server.url]);
  });
});

describe('a rejection a crash interrupted', () => {
  it('is finished at the next start instead of being offered again', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false);
    const { request } = await answered(desktop, laptop);
    await stopSide(desktop);
    // What a reject records with the notice's job, as if the app died right after it.
    const profile = await Profile.unlock(desktop.dir.path, PASSWORD);
    profile.messages.setMeta(`pairing.ended.${request.deviceUid}`, utf8('rejected'));
    await profile.close();
    await openSide(desktop);
    expect(await desktop.engine.devices.list()).toEqual([]);
    expect(desktop.profile.messages.metaKeys('pairing.ended.')).toEqual([]);
  });
});

describe('pairing by typed short code', () => {
  it('pairs with the code, password and relay; the code is deleted once confirmed', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
    expect(invitation.shortcode).toMatch(/^[2-9A-Z]{8}$/);
    expect(invitation.password).toMatch(/^([0-9A-Z]{4}-){3}[0-9A-Z]{4}$/);
    const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
    // Typed loosely: any case, with spaces.
    const joined = await laptop.engine.devices.join({
      shortcode: (invitation.shortcode ?? '').toLowerCase(),
      password: (invitation.password ?? '').toLowerCase().replaceAll('-', ' '),
      server: (await RelayClient.add(invitation.serverUrl)).ref,
      deviceName: 'laptop',
    });
    const [request] = await requested;
    expect(request?.code).toBe(joined.code);
    const paired = waitForEvents(laptop.engine.events, 'device.paired', () => true);
    const identity = waitForEvents(laptop.engine.events, 'profile.updated', () => true);
    await desktop.engine.devices.confirm(request?.deviceUid ?? '');
    await Promise.all([paired, identity]);
    expect(laptop.profile.profile.nickname).toBe('Alice');
    expect(laptop.profile.servers.map((s) => s.url)).toEqual([relay.server.url]);
    const [device] = await desktop.engine.devices.list();
    expect(device).toMatchObject({ step: 'finalized', expiresAt: null });
    await stopSide(desktop); // waits for the code's deletion at the relay
    await expectCodeGone(relay, invitation.shortcode, invitation.password);
  });

  it('refuses a wrong password with a clear error and leaves nothing behind', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false);
    const invitation = await desktop.engine.devices.invite();
    const relayRef = (await RelayClient.add(invitation.serverUrl)).ref;
    const typed = { shortcode: invitation.shortcode ?? '', server: relayRef };
    const wrong = laptop.engine.devices.join({ ...typed, password: 'ABCD-EFGH-JKMN-PQRS' });
    await expect(wrong).rejects.toMatchObject({
      code: 'DEVICE_PAIRING_CODE_DENIED',
      message: 'that pairing code has expired, or the code or its password is wrong',
    });
    await expectClean(laptop);
    // The right one still works.
    const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
    const joined = await laptop.engine.devices.join({
      ...typed,
      password: invitation.password ?? '',
    });
    expect((await requested)[0]?.code).toBe(joined.code);
  });
});
