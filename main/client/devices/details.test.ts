/**
 * The device list's details over a real relay process: when each sibling was last heard from
 * (kept across restarts) and the syncs for it no relay has accepted yet.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ServerRef } from '../model';
import { RelayClient } from '../relay';
import { closeSide, makeSide, restartSide, waitForEvents, type Side } from '../engine/test-helpers';
import { pairDevices, waitUntil } from './testing/devices';

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

/** Both sides start with the relay, so these tests do not depend on how joining adopts one. */
async function side(name: string): Promise<Side> {
  const s = await makeSide(name, server);
  sides.push(s);
  return s;
}

async function only(s: Side) {
  const [device, ...more] = await s.engine.devices.list();
  if (!device || more.length > 0) throw new Error('one device expected');
  return device;
}

describe('device details', () => {
  it('records when anything last arrived from a device, and keeps it across a restart', async () => {
    const desktop = await side('Alice');
    const laptop = await side('joining');
    const before = Date.now();
    await pairDevices(desktop, laptop);
    const heard = (await only(desktop)).lastSeenAt ?? 0; // the pairing answer
    expect(heard).toBeGreaterThanOrEqual(before);
    expect((await only(laptop)).lastSeenAt).toBeGreaterThanOrEqual(before); // the first sync

    const updated = waitForEvents(desktop.engine.events, 'profile.updated', () => true);
    const sentAt = Date.now();
    await laptop.engine.updateProfile({ status: 'on the train' });
    await updated;
    expect((await only(desktop)).lastSeenAt).toBeGreaterThanOrEqual(Math.max(heard, sentAt));
    const seen = (await only(desktop)).lastSeenAt;
    await restartSide(desktop);
    expect((await only(desktop)).lastSeenAt).toBe(seen);
  });

  it('counts the syncs for a device that no relay has accepted yet', async () => {
    const desktop = await side('Alice');
    const laptop = await side('joining');
    await pairDevices(desktop, laptop);
    await waitUntil(async () => (await only(desktop)).syncWaiting === 0);

    await relay.kill();
    await desktop.engine.updateProfile({ status: 'offline for a while' });
    expect((await only(desktop)).syncWaiting).toBe(1);

    await relay.restart();
    await waitUntil(async () => (await only(desktop)).syncWaiting === 0);
  });
});
