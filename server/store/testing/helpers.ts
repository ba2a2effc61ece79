import { randomBytes } from 'node:crypto';
import type { RelayStore, StoredInvitation } from '../types';

/** Test helpers shared by the store contract and the store-specific tests. */

/** A fresh 32-byte lookup key, so tests sharing one Redis never see each other's queues. */
export function freshKey(): Uint8Array {
  return new Uint8Array(randomBytes(32));
}

/** A unique name for invitation shortcodes and rate-limit buckets. */
export function freshName(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}

/** A recognisable message: `tag` followed by the bytes 0..255 (so zero bytes are included). */
export function message(tag: number, length = 64): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = i % 256;
  if (length > 0) bytes[0] = tag % 256;
  return bytes;
}

export function invitation(shortcode: string, expiresAt: number): StoredInvitation {
  return {
    uuid: freshName('uuid'),
    shortcode,
    payload: message(7, 300),
    passwordHash: message(8, 32),
    deleteTokenHash: message(9, 32),
    expiresAt,
  };
}

/** Resolves when `store` calls a watcher of `keys` and `ready()` then holds; times out loudly. */
export function wakeUntil(
  store: RelayStore,
  keys: readonly Uint8Array[],
  ready: () => Promise<boolean>,
  timeoutMs = 5_000,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      unwatch();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => {
      finish(new Error(`no wake within ${timeoutMs} ms`));
    }, timeoutMs);
    const unwatch = store.watch(keys, () => {
      ready().then(
        (ok) => {
          if (ok) finish();
        },
        (err: unknown) => {
          finish(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
  });
}

const BARRIER_KEYS = 64;

/**
 * A barrier for wake delivery: enqueues to fresh keys and waits until their wakes arrive. Every
 * wake caused before the barrier (including a Redis store's catch-up wake after SUBSCRIBE) has
 * been delivered by then, so a test can assert that some watcher was *not* woken without sleeping.
 * On a Redis Cluster each master delivers its wakes in order but on its own connection, so the
 * barrier needs a key on every master: BARRIER_KEYS random keys all miss one of three masters
 * with a probability of 3 · (2/3)^64 ≈ 3e-11.
 */
export async function settleWakes(store: RelayStore, now: number): Promise<void> {
  await Promise.all(
    Array.from({ length: BARRIER_KEYS }, async () => {
      const key = freshKey();
      const arrived = wakeUntil(store, [key], async () => {
        const { entries } = await store.read(key, 0, 1, now);
        return entries.length > 0;
      });
      await store.enqueue(key, message(0, 1), now);
      await arrived;
    }),
  );
}

/** Counts wakes of one watcher. */
export function countWakes(
  store: RelayStore,
  keys: readonly Uint8Array[],
): { count: () => number; reset: () => void; unwatch: () => void } {
  let count = 0;
  const unwatch = store.watch(keys, () => {
    count += 1;
  });
  return {
    count: () => count,
    reset: () => {
      count = 0;
    },
    unwatch,
  };
}
