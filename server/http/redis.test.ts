import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newLookupKeyPair } from '../../core/lookup';
import { median, percentile } from '../../bench/lib/measure';
import { startRedis, type RedisServer } from '../../testkit/redis';
import type { RunningRelay } from '../relay';
import { RelayTestClient, userMessage, batchOf } from './testing/client';
import { removeDir, startTestRelay, tempDir, until } from './testing/relays';

/**
 * Two stateless relay instances on one real redis-server (the scale-out picture of DESIGN.md
 * §4): a push through A wakes a long-poll held by B; a Redis outage is a 503, not a crash.
 */
describe('relays on a shared Redis', () => {
  let redis: RedisServer;
  let dir = '';
  let a: RunningRelay;
  let b: RunningRelay;
  const cleanup: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    cleanup.push(() => redis.stop());
    // One data folder = one relay key for both instances, as behind a load balancer.
    dir = await tempDir();
    cleanup.push(() => removeDir(dir));
    a = await startTestRelay({ dataDir: dir, redisUrl: redis.url });
    cleanup.push(() => a.close());
    b = await startTestRelay({ dataDir: dir, redisUrl: redis.url, logs: [] });
    cleanup.push(() => b.close());
  });
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('wakes a long-poll held on B when A takes a push, well under 100 ms', async () => {
    const pusher = await RelayTestClient.connect(a.url);
    const poller = new RelayTestClient(b.url, pusher.session.serverPublicKey);
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const queue = newLookupKeyPair();
      const held = poller.pull([{ lookup: queue }], 10_000);
      await until(() => b.heldPolls() === 1);
      const started = process.hrtime.bigint();
      await pusher.push([userMessage(queue)]);
      const reply = await held;
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(batchOf(reply, 0).count).toBe(1);
    }
    const p50 = median(samples);
    console.log(
      `cross-instance wake (push on A → reply on B): p50 ${p50.toFixed(2)} ms, ` +
        `p99 ${percentile(samples, 99).toFixed(2)} ms over ${samples.length}`,
    );
    expect(p50).toBeLessThan(50);
    expect(percentile(samples, 99)).toBeLessThan(100);
  });

  it('shares the replay window and the per-address counters between instances', async () => {
    const onA = await RelayTestClient.connect(a.url);
    const onB = new RelayTestClient(b.url, onA.session.serverPublicKey, onA.identity);
    const queue = newLookupKeyPair();
    const body = onA.seal({ messages: [userMessage(queue)] });
    expect((await onA.post(body)).status).toBe(200);
    expect((await onB.post(body)).reply.error?.code).toBe('REPLAYED');

    // Two more instances with a small per-address limit, on one fixed clock: one window, and
    // not the one A and B (same key, same address) are counting in right now.
    const clock = Date.UTC(2034, 0, 1, 0, 0, 1);
    const options = {
      dataDir: dir,
      redisUrl: redis.url,
      now: () => clock,
      limits: { requestsPerAddressPerMinute: 4 },
      logs: [],
    };
    const c = await startTestRelay(options);
    cleanup.push(() => c.close());
    const d = await startTestRelay(options);
    cleanup.push(() => d.close());
    const onC = await RelayTestClient.connect(c.url, undefined, { now: () => clock });
    const onD = new RelayTestClient(d.url, onC.session.serverPublicKey, undefined, undefined, {
      now: () => clock,
    });
    for (const client of [onC, onD, onC, onD]) expect((await client.send({})).status).toBe(200);
    expect((await onD.send({})).status).toBe(429);
    expect((await onC.send({})).status).toBe(429);
  });

  it('answers 503 UNAVAILABLE while Redis is down and recovers when it is back', async () => {
    const client = await RelayTestClient.connect(b.url);
    const queue = newLookupKeyPair();
    await redis.restart({
      whileDown: async () => {
        const down = await client.push([userMessage(queue)]);
        expect([down.status, down.reply.error?.code]).toEqual([503, 'UNAVAILABLE']);
      },
    });
    const back = await retry(() => client.push([userMessage(queue)]));
    expect(back.reply.pushResults[0]?.accepted).toBe(true);
  });
});

/** Retries while the store reconnects (each failure is a prompt 503, never a hang). */
async function retry<T extends { status: number }>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const result = await call();
    if (result.status === 200 || attempt >= 50) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
