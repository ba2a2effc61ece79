import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../testkit/redis';
import { runStoreContract } from './contract';
import { seqBase, toHex } from './codec';
import { RedisStore } from './redis';
import { freshKey, message, settleWakes, wakeUntil } from './testing/helpers';
import type { QueueLimits } from './types';

// One redis-server for the whole file; tests stay apart by using fresh random keys.
let server: RedisServer | undefined;

beforeAll(async () => {
  server = await startRedis();
});

afterAll(async () => {
  await server?.stop();
});

function url(): string {
  if (!server) throw new Error('redis-server is not running');
  return server.url;
}

runStoreContract('redis', async (limits) => {
  let store = await RedisStore.connect(url(), limits);
  return {
    store,
    async reopen() {
      await store.close();
      store = await RedisStore.connect(url(), limits);
      return store;
    },
    cleanup: () => store.close(),
  };
});

const LIMITS: QueueLimits = {
  ttlMs: 3_600_000,
  maxLength: 10_000,
  maxBytes: 1 << 30,
  metaIdleMs: 7_200_000,
};

describe('redis store: operations sent with their admission', () => {
  it("runs a view's enqueue, read and ack only after an admission with its token", async () => {
    const store = await RedisStore.connect(url(), LIMITS);
    try {
      const key = freshKey();
      const now = Date.now();
      const admit = (id: string, token: string, limit = 10) =>
        store.admit({ bucket: `t:${id}`, windowMs: 60_000, limit, id, ttlMs: 60_000, token }, now);
      // Sent together, not awaited in between: the script after the admission sees its record.
      const view = store.afterAdmission('req-1', 'token-1');
      if (!view) throw new Error('a single Redis offers the view');
      const [admitted, pushed] = await Promise.all([
        admit('req-1', 'token-1'),
        view.enqueueAll(key, [message(1, 8)], now),
      ]);
      expect([admitted, pushed.map((r) => r.ok)]).toEqual(['admitted', [true]]);
      expect((await view.read(key, 0, 10, now)).entries).toHaveLength(1);
      // A replay of that request (same id, another token) is refused and does nothing.
      const replay = store.afterAdmission('req-1', 'token-2');
      const refused = await Promise.allSettled([
        admit('req-1', 'token-2'),
        replay?.enqueueAll(key, [message(2, 8)], now),
        replay?.ack(key, Number.MAX_SAFE_INTEGER, now),
        replay?.read(key, 0, 10, now),
      ]);
      expect(
        refused.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name)),
      ).toEqual(['replayed', 'AdmissionRefused', 'AdmissionRefused', 'AdmissionRefused']);
      // Over the limit: nothing recorded, so its operations are refused too.
      const limited = store.afterAdmission('req-3', 'token-3');
      const over = await Promise.allSettled([
        admit('req-3', 'token-3', 0),
        limited?.enqueueAll(key, [message(3, 8)], now),
      ]);
      expect(
        over.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name)),
      ).toEqual(['limited', 'AdmissionRefused']);
      expect((await store.read(key, 0, 10, now)).entries).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});

describe('redis store: key layout', () => {
  it('stores seq ‖ receivedAt ‖ offset ‖ message members and expiring metadata', async () => {
    const store = await RedisStore.connect(url(), LIMITS);
    const raw = new Redis(url());
    try {
      const key = freshKey();
      const hex = toHex(key);
      const now = 0x0102;
      const base = seqBase(now);
      await store.enqueue(key, message(1, 3), now);
      await store.enqueue(key, message(2, 2), now + 1);
      const members = await raw.zrangeBuffer(`msg:{${hex}}`, 0, -1, 'WITHSCORES');
      expect(members.map((m) => m.toString('hex'))).toEqual([
        u64(base + 1) + u64(now) + u64(0) + '010102',
        Buffer.from(String(base + 1)).toString('hex'),
        u64(base + 2) + u64(now + 1) + u64(3) + '0201',
        Buffer.from(String(base + 2)).toString('hex'),
      ]);
      const ttl = await raw.pttl(`msg:{${hex}}`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(LIMITS.ttlMs);
      expect(await raw.hgetall(`meta:{${hex}}`)).toEqual({
        last: String(base + 2),
        acked: String(base),
        total: '5',
        base: String(base),
        at: String(now + 1),
        touched: String(now + 1),
      });
      const metaTtl = await raw.pttl(`meta:{${hex}}`);
      expect(metaTtl).toBeGreaterThan(LIMITS.ttlMs);
      expect(metaTtl).toBeLessThanOrEqual(LIMITS.metaIdleMs);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });

  it('keeps seqs of real-time size exact (no float formatting in the scripts)', async () => {
    const store = await RedisStore.connect(url(), LIMITS);
    try {
      const key = freshKey();
      const now = Date.now();
      const seqs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const result = await store.enqueue(key, message(i), now);
        if (result.ok) seqs.push(result.seq);
      }
      expect(seqs).toEqual([1, 2, 3].map((i) => seqBase(now) + i));
      await store.ack(key, seqBase(now) + 1, now);
      const read = await store.read(key, seqBase(now) + 1, 10, now);
      expect(read.entries.map((e) => e.seq)).toEqual(seqs.slice(1));
    } finally {
      await store.close();
    }
  });

  it('records replay ids with SET NX PX', async () => {
    const store = await RedisStore.connect(url(), LIMITS);
    const raw = new Redis(url());
    try {
      expect(await store.remember('ab12', 60_000, Date.now())).toBe(true);
      const pttl = await raw.pttl('seen:{ab12}');
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(60_000);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });
});

const u64 = (n: number): string => n.toString(16).padStart(16, '0');

/** Polls `check` with growing pauses until it holds: for state Redis reports no event about. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 2; !(await check()); pause = Math.min(pause * 2, 100)) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

describe('redis store: subscriptions', () => {
  it('subscribes a channel once per instance and unsubscribes it after the linger', async () => {
    const store = await RedisStore.connect(url(), LIMITS, { wakeLingerMs: 20 });
    const raw = new Redis(url());
    const channel = (key: Uint8Array): string => `wake:{${toHex(key)}}`;
    const subscribers = async (key: Uint8Array): Promise<number> => {
      const reply = (await raw.call('PUBSUB', 'NUMSUB', channel(key))) as [string, number];
      return reply[1];
    };
    try {
      const key = freshKey();
      const first = store.watch([key], () => undefined);
      const second = store.watch([key], () => undefined);
      await settleWakes(store, Date.now());
      expect(await subscribers(key)).toBe(1);
      first();
      await settleWakes(store, Date.now());
      expect(await subscribers(key)).toBe(1);
      second();
      await eventually(async () => (await subscribers(key)) === 0);
    } finally {
      raw.disconnect();
      await store.close();
    }
  });
});

describe('redis store: persistence and outages', () => {
  it('keeps acknowledged enqueues across a SIGKILL of redis-server (AOF, fsync always)', async () => {
    const durable = await startRedis({ appendOnly: true, appendFsync: 'always' });
    const store = await RedisStore.connect(durable.url, LIMITS);
    try {
      const key = freshKey();
      const now = Date.now();
      for (let i = 1; i <= 20; i++) await store.enqueue(key, message(i), now);
      await durable.restart({ signal: 'SIGKILL' });
      // The same store reconnects by itself.
      const { entries } = await store.read(key, 0, 100, now);
      const base = seqBase(now);
      expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => base + i + 1));
      expect(entries[19]?.message).toEqual(message(20));
      expect(await store.enqueue(key, message(21), now)).toEqual({ ok: true, seq: base + 21 });
    } finally {
      await store.close();
      await durable.stop();
    }
  });

  it('rejects commands while Redis is down, without crashing, and recovers', async () => {
    const flaky = await startRedis();
    const errors: unknown[] = [];
    const store = await RedisStore.connect(flaky.url, LIMITS, { onError: (e) => errors.push(e) });
    const key = freshKey();
    const now = Date.now();
    try {
      let wakes = 0;
      const unwatch = store.watch([key], () => {
        wakes += 1;
      });
      await settleWakes(store, now);
      await flaky.restart({
        whileDown: async () => {
          await expect(store.enqueue(key, message(1), now)).rejects.toBeInstanceOf(Error);
          await expect(store.read(key, 0, 10, now)).rejects.toBeInstanceOf(Error);
        },
      });
      // The store works again, and the watcher registered before the outage hears pushes once
      // the subscriber has reconnected and resubscribed (the new watcher shares its channel).
      wakes = 0;
      const woken = wakeUntil(store, [key], async () => {
        return (await store.read(key, 0, 10, now)).entries.length > 0;
      });
      await store.enqueue(key, message(2), now);
      await woken;
      expect(wakes).toBeGreaterThan(0);
      unwatch();
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await store.close();
      await flaky.stop();
    }
  });

  it('fails to connect to an unreachable Redis with a clear error', async () => {
    const gone = await startRedis();
    const deadUrl = gone.url;
    await gone.stop();
    await expect(RedisStore.connect(deadUrl, LIMITS)).rejects.toThrow(/cannot connect to Redis/);
  });
});

describe('redis store: two instances', () => {
  it('wakes a long-poll held by instance B when instance A enqueues, within 100 ms', async () => {
    const a = await RedisStore.connect(url(), LIMITS);
    const b = await RedisStore.connect(url(), LIMITS);
    try {
      const key = freshKey();
      const latencies: number[] = [];
      for (let round = 1; round <= 20; round++) {
        let sent = 0;
        const woken = new Promise<number>((resolve) => {
          const unwatch = b.watch([key], () => {
            if (sent === 0) return; // a catch-up wake after SUBSCRIBE, before the push
            unwatch();
            resolve(performance.now() - sent);
          });
        });
        await settleWakes(b, Date.now());
        sent = performance.now();
        await a.enqueue(key, message(round), Date.now());
        latencies.push(await woken);
      }
      latencies.sort((x, y) => x - y);
      const median = latencies[latencies.length >> 1] ?? NaN;
      const max = latencies[latencies.length - 1] ?? NaN;
      console.log(
        `redis cross-instance wake latency over 20 rounds: median ${median.toFixed(2)} ms, max ${max.toFixed(2)} ms`,
      );
      expect(max).toBeLessThan(100);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
