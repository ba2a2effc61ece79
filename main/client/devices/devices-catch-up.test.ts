/**
 * Catch-up after the relay expired a device's queue, over a real relay process: the relay keeps
 * queues four seconds and the laptop asks a sibling after one second (both shortened, so this
 * file runs one at a time, vitest.config.ts). With two seconds, the desktop — polling all along
 * — once found an entry of its own queue expired (a gap notice the laptop rightly lacks) while
 * the end-to-end specs ran beside this file. The rest of the sync details are
 * devices-sync.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { lookupOf } from '../peers';
import { RelayClient } from '../relay';
import { connect, openSide, stopSide, waitForEvents } from '../engine/test-helpers';
import { conversation, holdsPeer, pairDevices, reachesState, waitUntil } from './testing/devices';
import { useRelaySides } from './testing/relay-sides';

const relaySides = useRelaySides();
const { startRelay, side } = relaySides;

describe('catch-up', () => {
  it('a device away longer than the relay keeps its queue catches up from a sibling', async () => {
    await startRelay(['--queue-ttl-seconds', '4']);
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
    const probe = new RelayClient(relaySides.server);
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
