import { describe, expect, it } from 'vitest';
import {
  countWakes,
  freshKey,
  freshName,
  invitation,
  message,
  settleWakes,
  wakeUntil,
} from './testing/helpers';
import type { QueueLimits, RelayStore } from './types';

/**
 * The one suite both stores must pass unchanged (DESIGN.md §4). Time is passed explicitly as
 * `now`, never slept through; wakes are awaited, and "not woken" is checked after a wake barrier.
 */

export interface StoreHandle {
  readonly store: RelayStore;
  /** Closes `store` and opens a new one over the same data: a relay restart. */
  reopen(): Promise<RelayStore>;
  /** Closes whatever store is open and releases its data (temp dir, Redis keys). */
  cleanup(): Promise<void>;
}

export type MakeStore = (limits: QueueLimits) => Promise<StoreHandle>;

const ROOMY: QueueLimits = { ttlMs: 60_000, maxLength: 1_000 };
const T0 = Date.now();

async function withStore(
  makeStore: MakeStore,
  limits: QueueLimits,
  test: (store: RelayStore, handle: StoreHandle) => Promise<void>,
): Promise<void> {
  const handle = await makeStore(limits);
  try {
    await test(handle.store, handle);
  } finally {
    await handle.cleanup();
  }
}

async function fill(
  store: RelayStore,
  key: Uint8Array,
  count: number,
  now = T0,
): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 1; i <= count; i++) seqs.push(await store.enqueue(key, message(i), now));
  return seqs;
}

async function seqsAfter(
  store: RelayStore,
  key: Uint8Array,
  after = 0,
  now = T0,
): Promise<number[]> {
  const { entries } = await store.read(key, after, 10_000, now);
  return entries.map((e) => e.seq);
}

export function runStoreContract(name: string, makeStore: MakeStore): void {
  const run = (limits: QueueLimits, test: Parameters<typeof withStore>[2]) => () =>
    withStore(makeStore, limits, test);

  describe(`${name}: queues`, () => {
    it(
      'numbers entries 1, 2, 3… per key, independently across keys',
      run(ROOMY, async (store) => {
        const [a, b] = [freshKey(), freshKey()];
        expect(await fill(store, a, 3)).toEqual([1, 2, 3]);
        expect(await fill(store, b, 2)).toEqual([1, 2]);
        expect(await store.enqueue(a, message(4), T0)).toBe(4);
      }),
    );

    it(
      'gives distinct, gap-free seqs to concurrent enqueues on one key',
      run(ROOMY, async (store) => {
        const key = freshKey();
        const seqs = await Promise.all(
          Array.from({ length: 50 }, (_, i) => store.enqueue(key, message(i), T0)),
        );
        expect([...seqs].sort((x, y) => x - y)).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
        expect(await seqsAfter(store, key)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
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
        expect(all.more).toBe(false);
        expect(all.entries.map((e) => [e.seq, e.receivedAt])).toEqual([
          [1, T0],
          [2, T0 + 1],
          [3, T0 + 2],
        ]);
        expect(all.entries[0]?.message).toEqual(message(1));
        expect(all.entries[1]?.message).toEqual(new Uint8Array(0));
        // Buffer.equals: vitest's deep equality takes ~0.3 s on 70 kB.
        const stored = all.entries[2]?.message ?? new Uint8Array(0);
        expect(stored.byteLength).toBe(big.byteLength);
        expect(Buffer.from(stored).equals(big)).toBe(true);
        expect(await seqsAfter(store, key, 2)).toEqual([3]);
        expect(await seqsAfter(store, key, 3)).toEqual([]);
        expect(await seqsAfter(store, freshKey())).toEqual([]);
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
        await store.ack(key, 2);
        expect(await seqsAfter(store, key)).toEqual([3, 4, 5]);
        await store.ack(key, 2);
        await store.ack(key, 1);
        expect(await seqsAfter(store, key)).toEqual([3, 4, 5]);
        await store.ack(key, 999);
        expect(await seqsAfter(store, key)).toEqual([]);
        expect(await store.enqueue(key, message(6), T0)).toBe(6);
        await store.ack(freshKey(), 10);
      }),
    );

    it(
      'never reuses a seq after ack, nor after a restart',
      run(ROOMY, async (store, handle) => {
        const [drained, pending] = [freshKey(), freshKey()];
        await fill(store, drained, 3);
        await store.ack(drained, 3);
        await fill(store, pending, 2);
        const reopened = await handle.reopen();
        expect(await reopened.enqueue(drained, message(4), T0)).toBe(4);
        expect(await seqsAfter(reopened, pending)).toEqual([1, 2]);
        expect(await reopened.enqueue(pending, message(3), T0)).toBe(3);
      }),
    );

    it(
      'keeps at most maxLength entries, dropping the oldest',
      run({ ttlMs: 60_000, maxLength: 5 }, async (store) => {
        const key = freshKey();
        await fill(store, key, 8);
        expect(await seqsAfter(store, key)).toEqual([4, 5, 6, 7, 8]);
        await store.ack(key, 5);
        await fill(store, key, 4);
        expect(await seqsAfter(store, key)).toEqual([8, 9, 10, 11, 12]);
      }),
    );

    it(
      'sets `more` when unexpired entries wait after the last one returned',
      run(ROOMY, async (store) => {
        const key = freshKey();
        await fill(store, key, 5);
        const page = await store.read(key, 0, 2, T0);
        expect([page.entries.map((e) => e.seq), page.more]).toEqual([[1, 2], true]);
        const last = await store.read(key, 3, 2, T0);
        expect([last.entries.map((e) => e.seq), last.more]).toEqual([[4, 5], false]);
        const none = await store.read(key, 0, 0, T0);
        expect([none.entries, none.more]).toEqual([[], true]);
      }),
    );

    it(
      'never returns entries older than ttlMs, and `more` ignores them',
      // Redis also PEXPIREs an idle queue after ttlMs of real time; 5 s keeps that out of the way.
      run({ ttlMs: 5_000, maxLength: 100 }, async (store) => {
        const key = freshKey();
        await fill(store, key, 3, T0);
        await fill(store, key, 2, T0 + 3_000);
        expect(await seqsAfter(store, key, 0, T0 + 4_999)).toEqual([1, 2, 3, 4, 5]);
        // First read after expiry: the expired entries are still stored and fill a page.
        const page = await store.read(key, 0, 1, T0 + 5_000);
        expect([page.entries.map((e) => e.seq), page.more]).toEqual([[4], true]);
        expect(await seqsAfter(store, key, 0, T0 + 5_000)).toEqual([4, 5]);
        const gone = await store.read(key, 0, 10, T0 + 8_000);
        expect(gone).toEqual({ entries: [], more: false });
        expect(await store.enqueue(key, message(6), T0 + 8_500)).toBe(6);
        expect(await seqsAfter(store, key, 0, T0 + 8_500)).toEqual([6]);
      }),
    );
  });

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
        expect(await store.enqueue(key, message(1), T0)).toBe(1);
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

  describe(`${name}: invitations and counters`, () => {
    it(
      'creates, gets, refuses a taken shortcode, expires and deletes invitations',
      run(ROOMY, async (store) => {
        const code = freshName('code');
        const inv = invitation(code, T0 + 10_000);
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
      'counts hits within a fixed window and starts over in the next one',
      run(ROOMY, async (store) => {
        const [bucket, other] = [freshName('rl'), freshName('rl')];
        const start = Math.floor(T0 / 1_000) * 1_000;
        expect(await store.hit(bucket, 1_000, start)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 500)).toBe(2);
        expect(await store.hit(other, 1_000, start + 500)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 999)).toBe(3);
        expect(await store.hit(bucket, 1_000, start + 1_000)).toBe(1);
        expect(await store.hit(bucket, 1_000, start + 1_999)).toBe(2);
      }),
    );
  });
}
