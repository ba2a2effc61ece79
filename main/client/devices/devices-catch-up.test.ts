/**
 * Catch-up after the relay expired a device's queue, over a real relay process: the relay keeps
 * queues two seconds and the laptop asks a sibling after one second (both shortened, so this
 * file runs one at a time, vitest.config.ts). The rest of the sync details are
 * devices-sync.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../../testkit/relay-process';
import type { ServerRef } from '../model';
import { lookupOf } from '../peers';
import { RelayClient } from '../relay';
import type { EngineOptions } from '../engine/engine';
import {
  connect,
  closeSide,
  makeSide,
  openSide,
  stopSide,
  waitForEvents,
  type Side,
} from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';

let relay: RelayProcess | undefined;
let server: ServerRef;
const sides: Side[] = [];

afterEach(async () => {
  for (const side of sides.splice(0)) await closeSide(side);
  await relay?.stop();
  relay = undefined;
});

async function startRelay(extraArgs: string[] = []): Promise<void> {
  relay = await startRelayProcess({ extraArgs });
  server = (await RelayClient.add(relay.url)).ref;
}

async function side(name: string, withServer = true, options: EngineOptions = {}): Promise<Side> {
  const s = await makeSide(name, withServer ? server : undefined, options);
  sides.push(s);
  return s;
}

describe('catch-up', () => {
  it('a device away longer than the relay keeps its queue catches up from a sibling', async () => {
    await startRelay(['--queue-ttl-seconds', '2']);
    const desktop = await side('Alice');
    const bob = await side('Bob');
    const [bobAtAlice, aliceAtBob] = await connect(desktop, bob);
    const laptop = await side('joining', false, { catchUpAfterMs: 1000 });
    await pairDevices(desktop, laptop);
    await holdsPeer(laptop, bobAtAlice);
    const [desktopAtLaptop] = await laptop.profile.devices.listPeers();
    if (!desktopAtLaptop) throw new Error('no device');
    await stopSide(laptop);

    const got = waitForEvents(desktop.engine.events, 'message.received', () => true, 3);
    for (let i = 0; i < 3; i++) await bob.engine.sendText(aliceAtBob, `while away ${i}`);
    await got;
    const mine = await desktop.engine.sendText(bobAtAlice, 'desktop while away');
    await reachesState(desktop, bobAtAlice, mine, 'delivered');
    // Every sync for the laptop was pushed; now wait until the relay has dropped them.
    await waitUntil(
      () => desktop.profile.messages.nextDueJobs(Number.MAX_SAFE_INTEGER, 1).length === 0,
    );
    const probe = new RelayClient(server);
    await waitUntil(async () => {
      const [batch] = await probe.pull([{ ...lookupOf(desktopAtLaptop), after: 0 }]);
      return batch?.entries.length === 0;
    });

    const done = new Promise<void>((resolve) => {
      const check = (e: { done: boolean }) => {
        if (e.done) resolve();
      };
      void openSide(laptop, { catchUpAfterMs: 1000 }).then(() => {
        laptop.engine.events.on('sync.progress', check);
      });
    });
    await done;
    expect(conversation(laptop, bobAtAlice)).toEqual(conversation(desktop, bobAtAlice));
    expect(conversation(laptop, bobAtAlice)).toHaveLength(4);
  });
});
