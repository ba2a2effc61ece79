/**
 * A device pairing lapsing on its real timers, over a real relay process and real profiles:
 * an offer nobody answered, a new device that gives up by itself, a pairing that lapsed while
 * both apps were closed. Lifetimes are shortened engine options here, so this file runs one at
 * a time (vitest.config.ts); pairing-flows.test.ts has the lapses on a clock the test moves,
 * rejections and the typed short code.
 */
import { describe, expect, it } from 'vitest';
import { RelayClient } from '../relay';
import { openSide, stopSide, waitForEvents } from '../engine/test-helpers';
import { PAIRING_LIFETIME_MS } from './pairing';
import { waitUntil } from './testing/devices';
import {
  answered,
  expectClean,
  expectCodeGone,
  pairingWorld,
  removedFrom,
} from './testing/pairing';

const { relay, side } = pairingWorld();

describe('a pairing lapses', () => {
  it('ends an unanswered offer at its deadline; its short code no longer works', async () => {
    // Long enough that the offer is still listed right after it was made on a loaded machine
    // (with 1.5 s, CI once listed it after it had lapsed).
    const desktop = await side('Alice', true, { pairingLifetimeMs: 4_000 });
    const laptop = await side('joining', false);
    const before = Date.now();
    const invitation = await desktop.engine.devices.invite();
    expect(invitation.expiresAt).toBeGreaterThanOrEqual(before + 4_000);
    expect(invitation.serverUrl).toBe(relay.server.url);
    const [offer] = await desktop.engine.devices.list();
    expect(offer).toMatchObject({ step: 'offered', expiresAt: invitation.expiresAt });
    const [removed] = await removedFrom(desktop, invitation.pairingUid);
    expect(removed?.reason).toBe('expired');
    expect(await desktop.engine.devices.list()).toEqual([]);
    await stopSide(desktop); // waits for the code's deletion at the relay
    await expectCodeGone(relay, invitation.shortcode, invitation.password);

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
    await expectCodeGone(relay, invitation.shortcode, invitation.password);
  });
});
