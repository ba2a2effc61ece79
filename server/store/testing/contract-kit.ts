import { seqBase } from '../codec';
import type { EnqueueResult, QueueLimits, RelayStore } from '../types';
import { message } from './helpers';

/** The harness the store contract (contract.ts, contract-limits.ts) runs on. */

export interface StoreHandle {
  readonly store: RelayStore;
  /** Closes `store` and opens a new one over the same data: a relay restart. */
  reopen(): Promise<RelayStore>;
  /** Closes whatever store is open and releases its data (temp dir, Redis keys). */
  cleanup(): Promise<void>;
}

export type MakeStore = (limits: QueueLimits) => Promise<StoreHandle>;

export const ROOMY: QueueLimits = {
  ttlMs: 60_000,
  maxLength: 1_000,
  maxBytes: 16 * 1024 * 1024,
  metaIdleMs: 120_000,
};
export const T0 = Date.now();
/** The counter of a queue created at T0 starts here: its first entry is B + 1. */
export const B = seqBase(T0);

export type StoreTest = (store: RelayStore, handle: StoreHandle) => Promise<void>;

export function runner(makeStore: MakeStore) {
  return (limits: QueueLimits, test: StoreTest) => async (): Promise<void> => {
    const handle = await makeStore(limits);
    try {
      await test(handle.store, handle);
    } finally {
      await handle.cleanup();
    }
  };
}

/** The seq of a stored entry; fails the test when the enqueue was refused. */
export function stored(result: EnqueueResult): number {
  if (!result.ok) throw new Error('enqueue refused');
  return result.seq;
}

export async function fill(
  store: RelayStore,
  key: Uint8Array,
  count: number,
  now = T0,
  length = 64,
): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 1; i <= count; i++)
    seqs.push(stored(await store.enqueue(key, message(i, length), now)));
  return seqs;
}

export async function seqsAfter(
  store: RelayStore,
  key: Uint8Array,
  after = 0,
  now = T0,
): Promise<number[]> {
  const { entries } = await store.read(key, after, 10_000, now);
  return entries.map((e) => e.seq);
}

/** B + 1 … B + n */
export const run1 = (n: number, from = B): number[] =>
  Array.from({ length: n }, (_, i) => from + i + 1);
