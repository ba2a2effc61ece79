/**
 * The bare long-poll round trip for bench/latency.bench.ts, over the same relay client the
 * engine's workers use (main/client/relay RelayClient: global fetch/undici, sealed relay
 * envelope, reply opened and checked): one client holds a long-poll on a queue, another pushes
 * one entry, and the sample is the time from the push call to the long-poll's reply. No
 * Double Ratchet, no storage, no outbox, no events: only what any delivery must pay.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { newLookupKeyPair } from '../../core/lookup';
import type { ServerRef } from '../../main/client/model';
import { RelayClient } from '../../main/client/relay';

export interface BareLoop {
  /** One sample in ms; `gapMs` idles between holding the poll and pushing. */
  sample(gapMs: number): Promise<number>;
}

/** A pusher and a poller (each request under its own fresh key) on one fresh queue of `server`. */
export function bareLoop(server: ServerRef, payload: Uint8Array): BareLoop {
  const pusher = new RelayClient(server);
  const poller = new RelayClient(server);
  const queue = newLookupKeyPair();
  const ref = { lookupKey: queue.lookupKey, pullToken: queue.pullToken };
  let cursor = 0;
  return {
    async sample(gapMs) {
      const held = poller.pull([{ ...ref, after: cursor }], { longPollMs: 30_000 });
      // Let the pull reach the relay and be held (as the engine's poll is between messages).
      await sleep(gapMs);
      const started = performance.now();
      const message = { destination: queue.lookupKey, sendToken: queue.sendToken, payload };
      const pushed = pusher.push([message]);
      const [batch] = await held;
      const elapsed = performance.now() - started;
      const [result] = await pushed;
      if (!result?.accepted) throw new Error(`bare push refused: ${result?.errorCode ?? '?'}`);
      if (batch?.entries.length !== 1) {
        throw new Error(`bare long-poll woke with ${batch?.entries.length ?? 0} entries`);
      }
      cursor = batch.cursor;
      // Delete it, as the engine's poll worker does (not timed: the entry already arrived).
      await poller.ack([{ ...ref, cursor }]);
      return elapsed;
    },
  };
}
