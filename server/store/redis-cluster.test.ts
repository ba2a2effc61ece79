import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clusterUnsupported,
  startRedisCluster,
  type RedisCluster,
} from '../../testkit/redis-cluster';
import { toHex } from './codec';
import { runStoreContract } from './contract';
import { RedisStore } from './redis';
import type { RedisClusterTarget } from './redis-target';
import { freshKey, message, settleWakes, wakeUntil } from './testing/helpers';
import type { QueueLimits, RelayStore } from './types';

/**
 * The Redis store on a real three-master Redis Cluster: the whole store contract, queues on
 * every master, sharded wakes between two instances, and recovery after a master restarts and
 * after every node does. Skipped, with the reason printed, where Redis lacks cluster support.
 */
const unsupported = await clusterUnsupported();
if (unsupported !== undefined)
  console.log(`skipping the Redis Cluster store tests: ${unsupported}`);

const LIMITS: QueueLimits = {
  ttlMs: 3_600_000,
  maxLength: 10_000,
  maxBytes: 1 << 30,
  metaIdleMs: 7_200_000,
};

describe.skipIf(unsupported !== undefined)('redis-cluster store', () => {
  let cluster: RedisCluster | undefined;

  beforeAll(async () => {
    cluster = await startRedisCluster();
  });

  afterAll(async () => {
    await cluster?.stop();
  });

  function running(): RedisCluster {
    if (!cluster) throw new Error('the cluster is not running');
    return cluster;
  }
  const target = (): RedisClusterTarget => ({ cluster: running().nodes });
  const connect = (options = {}): Promise<RedisStore> =>
    RedisStore.connect(target(), LIMITS, options);

  /** One fresh queue key per master, so every test below covers all three. */
  async function keyPerMaster(): Promise<Map<number, Uint8Array>> {
    const keys = new Map<number, Uint8Array>();
    while (keys.size < running().nodes.length) {
      const key = freshKey();
      const port = await running().masterOf(`msg:{${toHex(key)}}`);
      if (!keys.has(port)) keys.set(port, key);
    }
    return keys;
  }

  /** A raw connection to the master serving `key`, to look at it without redirections. */
  async function rawOwner(key: string): Promise<Redis> {
    const raw = new Redis({ host: '127.0.0.1', port: await running().masterOf(key) });
    raw.on('error', () => undefined);
    return raw;
  }

  runStoreContract('redis-cluster', async (limits) => {
    let store = await RedisStore.connect(target(), limits);
    return {
      store,
      async reopen() {
        await store.close();
        store = await RedisStore.connect(target(), limits);
        return store;
      },
      cleanup: () => store.close(),
    };
  });

  describe('redis-cluster store: slots', () => {
    it('keeps each queue (entries, metadata, wake channel) on the one master of its slot', async () => {
      const store = await connect();
      try {
        for (const [port, key] of await keyPerMaster()) {
          const hex = toHex(key);
          const now = Date.now();
          await store.enqueue(key, message(1), now);
          expect((await store.read(key, 0, 10, now)).entries).toHaveLength(1);
          const raw = await rawOwner(`msg:{${hex}}`);
          try {
            const slots = await Promise.all(
              [`msg:{${hex}}`, `meta:{${hex}}`, `wake:{${hex}}`].map((k) =>
                raw.cluster('KEYSLOT', k),
              ),
            );
            expect(new Set(slots).size).toBe(1);
            // Read on the owner itself: a key elsewhere would answer MOVED instead.
            expect(await raw.zcard(`msg:{${hex}}`)).toBe(1);
            expect(await raw.hget(`meta:{${hex}}`, 'last')).not.toBeNull();
            expect(raw.options.port).toBe(port);
          } finally {
            raw.disconnect();
          }
        }
      } finally {
        await store.close();
      }
    });

    it('subscribes with SSUBSCRIBE on the owning master, once per instance, and leaves after the linger', async () => {
      const store = await connect({ wakeLingerMs: 20 });
      const keys = [...(await keyPerMaster()).values()];
      const raws = await Promise.all(keys.map((key) => rawOwner(`wake:{${toHex(key)}}`)));
      const count = async (i: number, kind: 'SHARDNUMSUB' | 'NUMSUB'): Promise<number> => {
        const channel = `wake:{${toHex(keys[i] ?? freshKey())}}`;
        const reply = (await raws[i]?.call('PUBSUB', kind, channel)) as [string, number];
        return reply[1];
      };
      try {
        const first = store.watch(keys, () => undefined);
        const second = store.watch(keys, () => undefined);
        await settleWakes(store, Date.now());
        for (let i = 0; i < keys.length; i++) {
          expect([await count(i, 'SHARDNUMSUB'), await count(i, 'NUMSUB')]).toEqual([1, 0]);
        }
        first();
        second();
        await eventually(async () => {
          const counts = await Promise.all(keys.map((_, i) => count(i, 'SHARDNUMSUB')));
          return counts.every((n) => n === 0);
        });
      } finally {
        for (const raw of raws) raw.disconnect();
        await store.close();
      }
    });
  });

  describe('redis-cluster store: two instances', () => {
    it('wakes a watcher on instance B when instance A enqueues, on every master', async () => {
      const a = await connect();
      const b = await connect();
      try {
        for (const key of (await keyPerMaster()).values()) {
          await expectWake(a, b, key);
        }
      } finally {
        await Promise.all([a.close(), b.close()]);
      }
    });
  });

  describe('redis-cluster store: outages', () => {
    it('fails fast while a master is down, then resubscribes and wakes again', async () => {
      const errors: unknown[] = [];
      const store = await connect({ onError: (e: unknown) => errors.push(e) });
      const other = await connect();
      const key = freshKey();
      const port = await running().masterOf(`msg:{${toHex(key)}}`);
      const index = running().nodes.findIndex((n) => n.port === port);
      const unwatch = store.watch([key], () => undefined);
      try {
        await settleWakes(store, Date.now());
        await running().restartNode(index, async () => {
          await expect(store.enqueue(key, message(1), Date.now())).rejects.toBeInstanceOf(Error);
        });
        await expectWakeAfterRecovery(other, store, key);
        expect(errors.length).toBeGreaterThan(0);
      } finally {
        unwatch();
        await Promise.all([store.close(), other.close()]);
      }
    });

    it('recovers commands and sharded wakes after every node was down at once', async () => {
      const store = await connect();
      const other = await connect();
      const keys = [...(await keyPerMaster()).values()];
      const unwatch = store.watch(keys, () => undefined);
      try {
        await settleWakes(store, Date.now());
        await running().restartAll();
        for (const key of keys) await expectWakeAfterRecovery(other, store, key);
      } finally {
        unwatch();
        await Promise.all([store.close(), other.close()]);
      }
    });

    it('fails to connect to an unreachable cluster with a clear error', async () => {
      const dead = { cluster: [{ host: '127.0.0.1', port: 1 }] };
      await expect(RedisStore.connect(dead, LIMITS)).rejects.toThrow(
        /cannot connect to the Redis Cluster at 127\.0\.0\.1:1/,
      );
    });
  });
});

/**
 * B watches `key`; once the catch-up wake of its subscription has passed, A enqueues and B must
 * hear exactly that push (a wake delivered through Redis, not a catch-up).
 */
async function expectWake(a: RelayStore, b: RelayStore, key: Uint8Array): Promise<void> {
  let sent = false;
  const woken = new Promise<void>((resolve) => {
    const unwatch = b.watch([key], () => {
      if (!sent) return;
      unwatch();
      resolve();
    });
  });
  await settleWakes(b, Date.now());
  sent = true;
  await a.enqueue(key, message(2), Date.now());
  await woken;
}

/**
 * After an outage: waits until both stores answer again (each reconnects on its own schedule; a
 * wake whose read fails would be a 503 to a client, which then polls again), then requires the
 * push to wake the watcher.
 */
async function expectWakeAfterRecovery(
  pusher: RelayStore,
  watcher: RelayStore,
  key: Uint8Array,
): Promise<void> {
  await eventually(async () => {
    try {
      await watcher.read(key, 0, 10, Date.now());
      return true;
    } catch {
      return false;
    }
  }, 20_000);
  // The push, or the resubscription's catch-up wake after it, finds the entry…
  const found = wakeUntil(
    watcher,
    [key],
    async () => (await watcher.read(key, 0, 10, Date.now())).entries.length > 0,
    20_000,
  );
  await eventually(async () => {
    try {
      await pusher.enqueue(key, message(1), Date.now());
      return true;
    } catch {
      return false;
    }
  }, 20_000);
  await found;
  // …and pushes after it arrive through the restored subscription.
  await expectWake(pusher, watcher, key);
}

/** Polls `check` with growing pauses until it holds: for state Redis reports no event about. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; !(await check()); pause = Math.min(pause * 2, 100)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
