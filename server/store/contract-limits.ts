import { describe, expect, it } from 'vitest';
import { seqBase } from './codec';
import { B, fill, ROOMY, run1, seqsAfter, stored, T0, type runner } from './testing/contract-kit';
import { freshKey, message } from './testing/helpers';

/**
 * The contract's limits, expiry and gap reporting: a full queue refuses and keeps everything; an
 * entry lives ttlMs; a read reports what expired unread; metadata idles out and a recreated queue
 * starts above every earlier seq. Redis also PEXPIREs keys in real time (after ttlMs /
 * metaIdleMs): the times here are seconds, so that never interferes with these quick tests.
 */
export function runLimitsContract(name: string, run: ReturnType<typeof runner>): void {
  describe(`${name}: limits`, () => {
    it(
      'refuses an enqueue beyond maxLength, keeps every earlier entry, and takes it after an ack',
      run({ ...ROOMY, maxLength: 5 }, async (store) => {
        const key = freshKey();
        await fill(store, key, 5);
        expect(await store.enqueue(key, message(6), T0)).toEqual({ ok: false });
        expect(await store.enqueue(key, message(7), T0)).toEqual({ ok: false });
        expect(await seqsAfter(store, key)).toEqual(run1(5));
        await store.ack(key, B + 2, T0);
        expect(await fill(store, key, 2)).toEqual([B + 6, B + 7]);
        expect(await store.enqueue(key, message(8), T0)).toEqual({ ok: false });
        expect(await seqsAfter(store, key)).toEqual(run1(5, B + 2));
      }),
    );

    it(
      'refuses an enqueue beyond maxBytes of stored messages, counting what acks free',
      run({ ...ROOMY, maxBytes: 300 }, async (store, handle) => {
        const key = freshKey();
        await fill(store, key, 3, T0, 100);
        expect(await store.enqueue(key, message(4, 1), T0)).toEqual({ ok: false });
        expect(await fill(store, freshKey(), 1, T0, 300)).toEqual(run1(1));
        await store.ack(key, B + 1, T0);
        const reopened = await handle.reopen();
        expect(await reopened.enqueue(key, message(5, 101), T0)).toEqual({ ok: false });
        expect(stored(await reopened.enqueue(key, message(5, 100), T0))).toBe(B + 4);
        expect(await seqsAfter(reopened, key)).toEqual([B + 2, B + 3, B + 4]);
      }),
    );
  });

  describe(`${name}: enqueueAll`, () => {
    it(
      'stores a batch in order, checking each message against the limits as one enqueue after another',
      run({ ...ROOMY, maxLength: 4, maxBytes: 300 }, async (store, handle) => {
        const key = freshKey();
        expect(await fill(store, key, 1, T0, 100)).toEqual(run1(1));
        const results = await store.enqueueAll(
          key,
          [message(2, 100), message(3, 101), message(4, 50), message(5, 10), message(6, 1)],
          T0 + 1,
        );
        // 101 bytes would pass 300; the 50- and 10-byte ones still fit; the fifth entry would
        // pass maxLength.
        expect(results).toEqual([
          { ok: true, seq: B + 2 },
          { ok: false },
          { ok: true, seq: B + 3 },
          { ok: true, seq: B + 4 },
          { ok: false },
        ]);
        const reopened = await handle.reopen();
        const read = await reopened.read(key, 0, 10, T0 + 2);
        expect(read.entries.map((e) => [e.seq, e.message.length, e.receivedAt])).toEqual([
          [B + 1, 100, T0],
          [B + 2, 100, T0 + 1],
          [B + 3, 50, T0 + 1],
          [B + 4, 10, T0 + 1],
        ]);
        expect(read.entries[2]?.message[0]).toBe(4);
        expect(await reopened.enqueueAll(key, [], T0 + 2)).toEqual([]);
        await reopened.ack(key, B + 2, T0 + 2);
        expect(await reopened.enqueueAll(key, [message(7, 100), message(8, 100)], T0 + 3)).toEqual([
          { ok: true, seq: B + 5 },
          { ok: true, seq: B + 6 },
        ]);
      }),
    );
  });

  describe(`${name}: expiry and gaps`, () => {
    it(
      'never returns entries older than ttlMs, and reports those nobody acked as expired',
      run({ ...ROOMY, ttlMs: 5_000 }, async (store) => {
        const key = freshKey();
        await fill(store, key, 3, T0);
        await fill(store, key, 2, T0 + 3_000);
        expect(await seqsAfter(store, key, 0, T0 + 4_999)).toEqual(run1(5));
        const page = await store.read(key, 0, 1, T0 + 5_000);
        expect([page.entries.map((e) => e.seq), page.more, page.expired]).toEqual([
          [B + 4],
          true,
          3,
        ]);
        // A reader that saw B + 1 without acking it lost two; the ack cursor counts the same.
        expect((await store.read(key, B + 1, 10, T0 + 5_000)).expired).toBe(2);
        await store.ack(key, B + 1, T0 + 5_000);
        expect((await store.read(key, 0, 10, T0 + 5_000)).expired).toBe(2);
        const gone = await store.read(key, B + 4, 10, T0 + 8_000);
        expect(gone).toEqual({ entries: [], more: false, expired: 1, expiredUnknown: false });
        expect(stored(await store.enqueue(key, message(6), T0 + 8_500))).toBe(B + 6);
        const next = await store.read(key, B + 5, 10, T0 + 8_500);
        expect([next.entries.map((e) => e.seq), next.expired]).toEqual([[B + 6], 0]);
      }),
    );

    it(
      'does not count acked entries as expired',
      run({ ...ROOMY, ttlMs: 5_000 }, async (store) => {
        const key = freshKey();
        await fill(store, key, 4, T0);
        await store.ack(key, B + 2, T0 + 1);
        const read = await store.read(key, 0, 10, T0 + 6_000);
        expect([read.entries, read.expired, read.expiredUnknown]).toEqual([[], 2, false]);
        expect((await store.read(key, B + 4, 10, T0 + 6_000)).expired).toBe(0);
      }),
    );

    it(
      'forgets idle metadata and starts a recreated queue above every earlier seq',
      run({ ...ROOMY, ttlMs: 5_000, metaIdleMs: 10_000 }, async (store, handle) => {
        const key = freshKey();
        await fill(store, key, 2, T0);
        // A pull keeps the metadata alive (and reports both entries as expired).
        const kept = await store.read(key, 0, 10, T0 + 9_000);
        expect([kept.expired, kept.expiredUnknown]).toEqual([2, false]);
        const reopened = await handle.reopen();
        expect((await reopened.read(key, B + 2, 10, T0 + 18_000)).expiredUnknown).toBe(false);
        // Idle since T0 + 18 s: at T0 + 28 s the counter is gone.
        const T2 = T0 + 28_000;
        const lost = await reopened.read(key, B + 2, 10, T2);
        expect(lost).toEqual({ entries: [], more: false, expired: 0, expiredUnknown: true });
        expect((await reopened.read(key, 0, 10, T2)).expiredUnknown).toBe(false);
        await reopened.ack(key, B + 50, T2);
        const base = seqBase(T2);
        expect(base).toBeGreaterThan(B + 2);
        expect(await fill(reopened, key, 1, T2)).toEqual([base + 1]);
        const old = await reopened.read(key, B + 2, 10, T2);
        expect([old.entries.map((e) => e.seq), old.expiredUnknown]).toEqual([[base + 1], true]);
        const fresh = await reopened.read(key, base + 1, 10, T2);
        expect([fresh.entries, fresh.expiredUnknown, fresh.expired]).toEqual([[], false, 0]);
      }),
    );
  });
}
