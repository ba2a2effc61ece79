/**
 * What the device-pairing suites share (pairing*.test.ts): a relay on which short codes may
 * live one second (the default minimum is a minute), sides on it, an engine clock the test
 * moves, and the checks that a pairing left nothing behind. Call pairingWorld() at the top
 * level of a test file; it registers the hooks.
 */
import { expect } from 'vitest';
import { shortcodeRelayPassword } from '../../peers';
import { RelayClient } from '../../relay';
import type { EngineOptions } from '../../engine/engine';
import { waitForEvents, type Side } from '../../engine/test-helpers';
import { relayWorld, type RelayWorld } from './relay-world';

export interface PairingWorld {
  readonly relay: RelayWorld;
  readonly side: (name: string, withServer: boolean, options?: EngineOptions) => Promise<Side>;
}

export function pairingWorld(): PairingWorld {
  const relay = relayWorld(['--invitation-min-expiry-seconds', '1']);
  return {
    relay,
    side: (name, withServer, options = {}) => relay.side(name, { ...options, withServer }),
  };
}

/** An engine clock that the test moves forward. */
export function movableClock(): { now: () => number; skip(ms: number): void } {
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    skip(ms) {
      offset += ms;
    },
  };
}

/** The existing device invites, the new one answers the QR; both show the code. */
export async function answered(desktop: Side, laptop: Side) {
  const invitation = await desktop.engine.devices.invite({ deviceName: 'desktop' });
  const requested = waitForEvents(desktop.engine.events, 'device.pairingRequested', () => true);
  const joined = await laptop.engine.devices.join({ text: invitation.text, deviceName: 'laptop' });
  const [request] = await requested;
  if (!request) throw new Error('no pairing request');
  return { invitation, joined, request };
}

/** Nothing of a pairing left on the new device: no device, no relay, no contact, no queue. */
export async function expectClean(laptop: Side): Promise<void> {
  expect(await laptop.engine.devices.list()).toEqual([]);
  expect(laptop.profile.servers).toEqual([]);
  expect(await laptop.engine.listPeers()).toEqual([]);
  expect(await laptop.engine.getRequestJobs()).toEqual([]);
}

/** The relay no longer hands the short code out (deleted, or lapsed). */
export async function expectCodeGone(
  relay: RelayWorld,
  shortcode: string | null,
  password: string | null,
) {
  if (shortcode === null || password === null) throw new Error('no short code was made');
  const client = new RelayClient(relay.server);
  const get = client.getInvitation(shortcode, shortcodeRelayPassword(password));
  await expect(get).rejects.toMatchObject({
    code: 'RELAY_REJECTED',
    relayCode: 'INVITATION_DENIED',
  });
}

export function removedFrom(s: Side, deviceUid: string) {
  return waitForEvents(s.engine.events, 'device.removed', (e) => e.deviceUid === deviceUid);
}
