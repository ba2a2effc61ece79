import { describe, expect, it } from 'vitest';
import { runLimitsContract } from './contract-limits';
import {
  countWakes,
  freshKey,
  freshName,
  invitation,
  message,
  settleWakes,
  wakeUntil,
} from './testing/helpers';
import {
  B,
  fill,
  ROOMY,
  run1,
  runner,
  seqsAfter,
  stored,
  T0,
  type MakeStore,
} from './testing/contract-kit';

export type { MakeStore, StoreHandle } from './testing/contract-kit';

/**
 * The one suite both stores must pass unchanged (DESIGN.md §4). Time is passed explicitly as
 * `now`, never slept through; wakes are awaited, and "not woken" is checked after a wake barrier.
 * Limits, expiry and gaps: contract-limits.ts; the harness: testing/contract-kit.ts.
 */

export function runStoreContract(name: string, makeStore: MakeStore): void {
  const run = runner(makeStore);

  describe(`${name}: queues`, () => {
    it(
      'numbers entries from a time-derived base, per key, independently across keys',
      run(ROOMY, async (store) => {
        const [a, b] = [freshKey(), freshKey()];
        expect(await fill(store, a, 3)).toEqual(run1(3));
        expect(await fill(store, b, 2)).toEqual(run1(2));
        expect(stored(await store.enqueue(a, message(4), T0 + 1))).toBe(B + 4);
      }),
    );

    it(
      'gives distinct, gap-free seqs to concurrent enqueues on one key',
      run(ROOMY, async (store) => {
        const key = freshKey();
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.enqueue(key, message(i), T0)),
        );
        expect(results.map(stored).sort((x, y) => x - y)).toEqual(run1(50));
        expect(await seqsAfter(store, key)).toEqual(run1(50));
      }),
    );

    it(
      'reads entries after a cursor, oldest first, byte-exact, with receivedAt',
      run(ROOMY, async (store) => {
        const key = freshKey();
        const big = message(3, 70_000);
        await store.enqueue(key, message(1), T0);
        await store.enqueue(key, new Uint8Array(0), T0 + 1);
        await store.enqueue(key, big, T0 + 2);
        const all = await store.read(key, 0, 10, T0 + 3);
        expect([all.more, all.expired, all.expiredUnknown]).toEqual([false, 0, false]);
        expect(all.entries.map((e) => [e.seq, e.receivedAt])).toEqual([
          [B + 1, T0],
          [B + 2, T0 + 1],
          [B + 3, T0 + 2],
        ]);
        expect(all.entries[0]?.message).toEqual(message(1));
        expect(all.entries[1]?.message).toEqual(new Uint8Array(0));
        // Buffer.equals: vitest's deep equality takes ~0.3 s on 70 kB.
        const big2 = all.entries[2]?.message ?? new Uint8Array(0);
        expect(big2.byteLength).toBe(big.byteLength);
        expect(Buffer.from(big2).equals(big)).toBe(true);
        expect(await seqsAfter(store, key, B + 2)).toEqual([B + 3]);
        expect(await seqsAfter(store, key, B + 3)).toEqual([]);
        expect(await seqsAfter(store, freshKey())).toEqual([]);
      }),
    );

    it(
      'never lets receivedAt go down, so seq order is time order',
      run(ROOMY, async (store) => {
        const key = freshKey();
        await store.enqueue(key, message(1), T0 + 5);
        await store.enqueue(key, message(2), T0);
        const { entries } = await store.read(key, 0, 10, T0 + 5);
        expect(entries.map((e) => e.receivedAt)).toEqual([T0 + 5, T0 + 5]);
      }),
    );

    it(
      'delivers at least once: reading does not remove',
      run(ROOMY, async (store) => {
        const key = freshKey();
        await fill(store, key, 3);
        const first = await store.read(key, 0, 10, T0);
        expect(await store.read(key, 0, 10, T0)).toEqual(first);
        expect(first.entries).toHaveLength(3);
      }),
    );

    it(
      'acks remove every entry <= cursor, idempotently, and never move the seq',
      run(ROOMY, async (store) => {
        const key = freshKey();
        await fill(store, key, 5);
        await store.ack(key, B + 2, T0);
        expect(await seqsAfter(store, key)).toEqual([B + 3, B + 4, B + 5]);
        await store.ack(key, B + 2, T0);
        await store.ack(key, B + 1, T0);
        expect(await seqsAfter(store, key)).toEqual([B + 3, B + 4, B + 5]);
        await store.ack(key, B + 999, T0);
        expect(await seqsAfter(store, key)).toEqual([]);
        expect(stored(await store.enqueue(key, message(6), T0))).toBe(B + 6);
        await store.ack(freshKey(), 10, T0);
      }),
    );

    it(
      'never reuses a seq after ack, nor after a restart',
      run(ROOMY, async (store, handle) => {
        const [drained, pending] = [freshKey(), freshKey()];
        await fill(store, drained, 3);
        await store.ack(drained, B + 3, T0);
        await fill(store, pending, 2);
        const reopened = await handle.reopen();
        expect(stored(await reopened.enqueue(drained, message(4), T0))).toBe(B + 4);
        expect(await seqsAfter(reopened, pending)).toEqual(run1(2));
        expect(stored(await reopened.enqueue(pending, message(3), T0))).toBe(B + 3);
      }),
    );

    it(
      'sets `more` when unexpired entries wait after the last one returned',
      run(ROOMY, async (store) => {
        const key = freshKey();
        await fill(store, key, 5);
        const page = await store.read(key, 0, 2, T0);
        expect([page.entries.map((e) => e.seq), page.more]).toEqual([[B + 1, B + 2], true]);
        const last = await store.read(key, B + 3, 2, T0);
        expect([last.entries.map((e) => e.seq), last.more]).toEqual([[B + 4, B + 5], false]);
        const none = await store.read(key, 0, 0, T0);
        expect([none.entries, none.more]).toEqual([[], true]);
      }),
    );
  });

  runLimitsContract(name, run);

  describe(`${name}: watch`, () => {
    it(
      'wakes a watcher on an enqueue to a watched key, once, and not for other keys',
      run(ROOMY, async (store) => {
        const [watched, other] = [freshKey(), freshKey()];
        const wakes = countWakes(store, [watched, watched]);
        await settleWakes(store, T0);
        wakes.reset();
        await store.enqueue(other, message(1), T0);
        await settleWakes(store, T0);
        expect(wakes.count()).toBe(0);
        await store.enqueue(watched, message(2), T0);
        await settleWakes(store, T0);
        expect(wakes.count()).toBe(1);
        wakes.reset();
        await store.enqueueAll(watched, [message(3), message(4), message(5)], T0);
        await settleWakes(store, T0);
        expect(wakes.count()).toBe(1);
        wakes.unwatch();
      }),
    );

    it(
      'stops waking after unsubscribe, while other watchers of the key still wake',
      run(ROOMY, async (store) => {
        const key = freshKey();
        const leaving = countWakes(store, [key]);
        const staying = countWakes(store, [key]);
        await settleWakes(store, T0);
        leaving.reset();
        staying.reset();
        leaving.unwatch();
        leaving.unwatch();
        await store.enqueue(key, message(1), T0);
        await settleWakes(store, T0);
        expect([leaving.count(), staying.count()]).toEqual([0, 1]);
        staying.unwatch();
      }),
    );

    it(
      'isolates a throwing watcher: the enqueue succeeds and other watchers still wake',
      run(ROOMY, async (store) => {
        const key = freshKey();
        const unwatchBad = store.watch([key], () => {
          throw new Error('watcher bug');
        });
        const woken = wakeUntil(store, [key], async () => (await seqsAfter(store, key)).length > 0);
        expect(stored(await store.enqueue(key, message(1), T0))).toBe(B + 1);
        await woken;
        unwatchBad();
      }),
    );

    it(
      'watches 1,000 keys cheaply, and any of them wakes the watcher',
      run(ROOMY, async (store) => {
        const keys = Array.from({ length: 1_000 }, freshKey);
        const started = performance.now();
        const unwatch = store.watch(keys, () => undefined);
        unwatch();
        const elapsed = performance.now() - started;
        console.log(`${name}: watch + unwatch of 1,000 keys took ${elapsed.toFixed(2)} ms`);
        expect(elapsed).toBeLessThan(100);
        const target = keys[999] ?? freshKey();
        const woken = wakeUntil(
          store,
          keys,
          async () => (await seqsAfter(store, target)).length > 0,
        );
        await store.enqueue(target, message(1), T0);
        await woken;
      }),
    );
  });

  describe(`${name}: invitations, counters and the replay window`, () => {
    it(
      'creates, gets, refuses a taken shortcode, expires and deletes invitations',
      run(ROOMY, async (store) => {
        const code = freshName('code');
        const inv = invitation(code, T0 + 10_000);
        // createInvitation takes no `now`: a store expires the record on the latest one a
        // caller passed, else on the wall clock, which may be far past T0 (this module's load
        // time) when the test runs. Pass T0 once first.
        expect(await store.getInvitation(code, T0)).toBeUndefined();
        expect(await store.createInvitation(inv)).toBe(true);
        expect(await store.getInvitation(code, T0)).toEqual(inv);
        expect(await store.createInvitation(invitation(code, T0 + 20_000))).toBe(false);
        expect(await store.getInvitation(code, T0 + 9_999)).toEqual(inv);
        expect(await store.getInvitation(code, T0 + 10_000)).toBeUndefined();
        expect(await store.getInvitation(freshName('none'), T0)).toBeUndefined();
        // Once expired (by the callers' clock) the shortcode is free again.
        const again = invitation(code, T0 + 30_000);
        expect(await store.createInvitation(again)).toBe(true);
        expect(await store.getInvitation(code, T0 + 10_001)).toEqual(again);
        await store.deleteInvitation(code);
        await store.deleteInvitation(code);
        expect(await store.getInvitation(code, T0 + 10_001)).toBeUndefined();
        expect(await store.createInvitation(invitation(code, T0 + 30_000))).toBe(true);
      }),
    );

    it(
      'counts hits within a fixed window, reads without counting, and starts over',
      run(ROOMY, async (store) => {
        const [bucket, other, unseen] = [freshName('rl'), freshName('rl'), freshName('rl')];
        const start = Math.floor(T0 / 1_000) * 1_000;
        expect(await store.hit(bucket, 1_000, start)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 500)).toBe(2);
        expect(await store.hit(bucket, 1_000, start + 500, 0)).toBe(2);
        expect(await store.hit(unseen, 1_000, start + 500, 0)).toBe(0);
        expect(await store.hit(other, 1_000, start + 500)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 999)).toBe(3);
        expect(await store.hit(bucket, 1_000, start + 1_000)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 1_999, 4)).toBe(5);
      }),
    );

    it(
      'remembers a request id once, across a restart',
      run(ROOMY, async (store, handle) => {
        const [id, other] = [freshName('seen'), freshName('seen')];
        expect(await store.remember(id, 60_000, T0)).toBe(true);
        expect(await store.remember(id, 60_000, T0 + 1)).toBe(false);
        expect(await store.remember(other, 60_000, T0 + 1)).toBe(true);
        const reopened = await handle.reopen();
        expect(await reopened.remember(id, 60_000, T0 + 2)).toBe(false);
        const twins = await Promise.all([
          reopened.remember(`${id}-twin`, 60_000, T0),
          reopened.remember(`${id}-twin`, 60_000, T0),
        ]);
        expect(twins.sort()).toEqual([false, true]);
      }),
    );

    it(
      'admits a request once: counts it on its bucket, records it, and records nothing over the limit',
      run(ROOMY, async (store) => {
        const bucket = freshName('rl');
        const start = Math.floor(T0 / 60_000) * 60_000;
        const ask = (id: string, now = start) =>
          store.admit({ bucket, windowMs: 60_000, limit: 2, id, ttlMs: 60_000 }, now);
        const [a, b, c] = [freshName('seen'), freshName('seen'), freshName('seen')];
        expect(await ask(a)).toBe('admitted');
        expect(await ask(a)).toBe('replayed');
        expect(await ask(b)).toBe('limited');
        expect(await store.hit(bucket, 60_000, start, 0)).toBe(3);
        // Refused over the limit, so not recorded: served once the window has moved on.
        expect(await ask(b, start + 60_000)).toBe('admitted');
        expect(await ask(c, start + 60_000)).toBe('admitted');
        expect(await store.remember(c, 60_000, start + 60_000)).toBe(false);
      }),
    );
  });
}
