/**
 * A device pairing's life over a real relay process and real profiles: it lapses on both
 * devices (while running, and while closed), a rejection or a lapse leaves both clean, and the
 * typed short code pairs like the QR. Lifetimes are engine options here: a test either uses a
 * short one or moves one engine's clock past the default ten minutes.
 */
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../core/crypto';
import { Profile } from '../profile';
import { shortcodeRelayPassword } from '../peers';
import { RelayClient } from '../relay';
import type { EngineOptions } from '../engine/engine';
import { openSide, PASSWORD, stopSide, waitForEvents, type Side } from '../engine/test-helpers';
import { PAIRING_LIFETIME_MS } from './pairing';
import { pairDevices, waitUntil } from './testing/devices';
import { relayWorld } from './testing/relay-world';

// Short codes may live one second here (the default minimum is a minute).
const relay = relayWorld(['--invitation-min-expiry-seconds', '1']);
const side = (name: string, withServer: boolean, options: EngineOptions = {}) =>
  relay.side(name, { ...options, withServer });

/** An engine clock that the test moves forward. */
function movableClock(): { now: () => number; skip(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    skip(ms) {
      offset += ms;
    },
  };
}

/** The existing device invites, the new one answers the QR; both show the code. */
async function answered(desktop: Side, laptop: Side) {
  const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
  const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
  const joined = await laptop.engine.devices.join({ text: invitation.text, deviceName: 'laptop' });
  const [request] = await requested;
  if (!request) throw new Error('no pairing request');
  return { invitation, joined, request };
}

/** Nothing of a pairing left on the new device: no device, no relay, no contact, no queue. */
async function expectClean(laptop: Side): Promise<void> {
  expect(await laptop.engine.devices.list()).toEqual([]);
  expect(laptop.profile.servers).toEqual([]);
  expect(await laptop.engine.listPeers()).toEqual([]);
  expect(await laptop.engine.getRequestJobs()).toEqual([]);
}

/** The relay no longer hands the short code out (deleted, or lapsed). */
async function expectCodeGone(shortcode: string | null, password: string | null) {
  if (shortcode === null || password === null) throw new Error('no short code was made');
  const client = new RelayClient(relay.server);
  const get = client.getInvitation(shortcode, shortcodeRelayPassword(password));
  await expect(get).rejects.toMatchObject({
    code: 'RELAY_REJECTED',
    relayCode: 'INVITATION_DENIED',
  });
}

function removedFrom(s: Side, deviceUid: string) {
  return waitForEvents(s.engine.events, 'device.removed', (e) => e.deviceUid === deviceUid);
}

describe('a pairing lapses', () => {
  it('ends an unanswered offer at its deadline; its short code no longer works', async () => {
    const desktop = await side('Alice', true, { pairingLifetimeMs: 1_500 });
    const laptop = await side('joining', false);
    const before = Date.now();
    const invitation = await desktop.engine.devices.invite();
    expect(invitation.expiresAt).toBeGreaterThanOrEqual(before + 1_500);
    expect(invitation.serverUrl).toBe(relay.server.url);
    const [offer] = await desktop.engine.devices.list();
    expect(offer).toMatchObject({ step: 'offered', expiresAt: invitation.expiresAt });
    const [removed] = await removedFrom(desktop, invitation.pairingUid);
    expect(removed?.reason).toBe('expired');
    expect(await desktop.engine.devices.list()).toEqual([]);
    await stopSide(desktop); // waits for the code's deletion at the relay
    await expectCodeGone(invitation.shortcode, invitation.password);

    const typed = {
      shortcode: invitation.shortcode ?? '',
      password: invitation.password ?? '',
      server: (await RelayClient.add(invitation.serverUrl)).ref,
    };
    await expect(laptop.engine.devices.join(typed)).rejects.toMatchObject({
      code: 'DEVICE_PAIRING_CODE_DENIED',
    });
    await expectClean(laptop);
  });

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

  it('lets the new device give up by itself when no confirmation comes', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false, { pairingLifetimeMs: 1_000, pairingGraceMs: 300 });
    const invitation = await desktop.engine.devices.invite();
    const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
    const gone = waitForEvents(laptop.engine.events, 'device.removed', () => true);
    const before = Date.now();
    const joined = await laptop.engine.devices.join({ text: invitation.text });
    expect(joined.expiresAt).toBeGreaterThanOrEqual(before + 1_300);
    await requested;
    await stopSide(desktop); // offline: nothing will tell the laptop
    expect((await gone)[0]).toMatchObject({ reason: 'expired', joining: true });
    expect(Date.now()).toBeGreaterThanOrEqual(joined.expiresAt);
    await expectClean(laptop);
  });

  it('ends on both devices a pairing that lapsed while both apps were closed', async () => {
    const desktop = await side('Alice', true);
    const laptop = await side('joining', false);
    const { invitation, joined } = await answered(desktop, laptop);
    await stopSide(desktop);
    await stopSide(laptop);
    const later = () => Date.now() + PAIRING_LIFETIME_MS + 120_000;
    await openSide(desktop, { now: later });
    expect(await desktop.engine.devices.list()).toEqual([]); // ended before start() returned
    await openSide(laptop, { now: later, pairingGraceMs: 300 });
    // Told by the desktop, or on its own a grace after starting: either way, gone.
    await waitUntil(async () => (await laptop.engine.devices.list()).length === 0);
    await expectClean(laptop);
    expect(joined.deviceUid).not.toBe('');
    await stopSide(desktop);
    await expectCodeGone(invitation.shortcode, invitation.password);
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
    await expectCodeGone(invitation.shortcode, invitation.password);
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
