/**
 * npm run bench:relay — the relay measured against a real redis-server started for this run:
 *  1. end-to-end throughput (push → pull → ack through HTTP, both envelopes and the Redis
 *     store) next to raw Redis doing the equivalent commands with the same client library and
 *     batching: relay / raw as a ratio;
 *  2. long-poll wake latency: push on instance A → reply of a long-poll held on instance B;
 *  3. 1,000 concurrent long-polls held on one instance, all woken, errors counted;
 *  4. what authorizing a 1,000-key long-poll costs (1,000 pull proofs; whole open + authorize),
 *     next to the 1,000 signature checks the proof design avoids.
 * Clients, both relay instances and the raw baseline share this Node process; redis-server is
 * its own process. Everything is started here and torn down at the end.
 */
import { Agent } from 'node:http';
import { Redis } from 'ioredis';
import { sign, signKeyPair, verify } from '../core/crypto';
import { openServerRequest } from '../core/envelope/server';
import { newLookupKeyPair, provesLookupKey } from '../core/lookup';
import { planPulls } from '../server/http/queues';
import { batchOf, pullRequest, RelayTestClient, userMessage } from '../server/http/testing/client';
import { removeDir, startTestRelay, tempDir } from '../server/http/testing/relays';
import type { RunningRelay } from '../server/relay';
import { startRedis } from '../testkit/redis';
import { median, percentile, printTable } from './lib/measure';
import { rawRedisWorker, relayWorker, throughput, timeSync, until } from './lib/relay-load';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 4);
const BATCH = Number(process.env.BENCH_BATCH ?? 50);
const PAYLOAD = Number(process.env.BENCH_PAYLOAD ?? 256);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WAKES = Number(process.env.BENCH_WAKES ?? 200);
const HELD = Number(process.env.BENCH_HELD ?? 1000);
const ms = (value: number): string => `${value.toFixed(2)} ms`;

async function benchThroughput(relay: RunningRelay, redisUrl: string): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS * 2 });
  const raw = new Redis(redisUrl, { lazyConnect: false });
  try {
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, () => RelayTestClient.connect(relay.url, agent)),
    );
    const relayWorkers = clients.map((c) => relayWorker(c, BATCH, PAYLOAD));
    const rawWorkers = clients.map(() => rawRedisWorker(raw, BATCH, PAYLOAD));
    await throughput(relayWorkers, 2, BATCH); // warm-up: JIT, connections, subscriptions
    await throughput(rawWorkers, 2, BATCH);
    const relayRates: number[] = [];
    const rawRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      relayRates.push(await throughput(relayWorkers, CYCLES, BATCH));
      rawRates.push(await throughput(rawWorkers, CYCLES, BATCH));
    }
    const relayRate = median(relayRates);
    const rawRate = median(rawRates);
    return [
      ['relay push→pull→ack (HTTP, Redis store)', `${relayRate.toFixed(0)} msg/s`],
      ['raw Redis INCRBY+ZADD / ZRANGEBYSCORE / ZREMRANGEBYSCORE', `${rawRate.toFixed(0)} msg/s`],
      ['ratio relay / raw Redis', (relayRate / rawRate).toFixed(3)],
    ];
  } finally {
    agent.destroy();
    raw.disconnect();
  }
}

async function benchWakeLatency(a: RunningRelay, b: RunningRelay): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true });
  try {
    const pusher = await RelayTestClient.connect(a.url, agent);
    const poller = await RelayTestClient.connect(b.url, agent);
    const samples: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      const queue = newLookupKeyPair();
      const held = poller.pull([{ lookup: queue }], 10_000);
      await until(() => b.heldPolls() === 1, 5_000);
      const started = process.hrtime.bigint();
      await pusher.push([userMessage(queue, PAYLOAD)]);
      const reply = await held;
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      if (batchOf(reply).count !== 1) throw new Error('wake without the entry');
    }
    return [
      [`long-poll wake A→B p50 (${WAKES} wakes, from push sent)`, ms(median(samples))],
      ['long-poll wake A→B p99', ms(percentile(samples, 99))],
    ];
  } finally {
    agent.destroy();
  }
}

async function benchManyHeld(a: RunningRelay, b: RunningRelay): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true, maxSockets: HELD + 10 });
  try {
    const card = await RelayTestClient.connect(b.url, agent);
    const queues = Array.from({ length: HELD }, () => newLookupKeyPair());
    const clients = queues.map(
      () => new RelayTestClient(b.url, card.session.serverPublicKey, signKeyPair(), agent),
    );
    const started = Date.now();
    const held = clients.map((client, i) =>
      client.pull([{ lookup: queues[i] ?? newLookupKeyPair() }], 60_000).then(
        (reply) => (reply.status === 200 && batchOf(reply).count === 1 ? 'ok' : 'bad'),
        () => 'failed',
      ),
    );
    await until(() => b.heldPolls() === HELD, 30_000);
    const heldCount = b.heldPolls();
    const heldAfter = Date.now() - started;
    const pusher = await RelayTestClient.connect(a.url, agent);
    const woke = Date.now();
    for (let i = 0; i < HELD; i += 100) {
      await pusher.push(queues.slice(i, i + 100).map((q) => userMessage(q, PAYLOAD)));
    }
    const outcomes = await Promise.all(held);
    const errors = outcomes.filter((o) => o !== 'ok').length;
    return [
      ['concurrent long-polls held on one instance', String(heldCount)],
      ['  time to have all of them held', `${heldAfter} ms`],
      ['  all woken by pushes on the other instance in', `${Date.now() - woke} ms`],
      ['  errors', String(errors)],
    ];
  } finally {
    agent.destroy();
  }
}

async function benchAuthorization(relay: RunningRelay): Promise<string[][]> {
  const client = await RelayTestClient.connect(relay.url);
  const queues = Array.from({ length: 1000 }, () => newLookupKeyPair());
  const body = client.seal({
    pullRequests: queues.map((lookup) => pullRequest({ lookup })),
    longPollMs: 30_000,
  });
  let authorized = 0;
  const proofs = timeSync(() => {
    authorized = 0;
    for (const q of queues) if (provesLookupKey(q.lookupKey, q.pullToken)) authorized++;
  }, 30);
  const whole = timeSync(() => {
    // Clients sign each request with a fresh key (PROTOCOL.md §6): no cached box key.
    const opened = openServerRequest(body, relay.keys.box);
    authorized = planPulls(opened.request.pullRequests).filter((p) => p.authorized).length;
  }, 30);
  const signer = signKeyPair();
  const signed = queues.map((q) => ({
    message: q.lookupKey,
    signature: sign(q.lookupKey, signer.privateKey),
  }));
  const signatures = timeSync(() => {
    for (const s of signed) verify(s.signature, s.message, signer.publicKey);
  }, 5);
  const idle = await client.pull(queues.map((lookup) => ({ lookup })));
  const roundTrips: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = process.hrtime.bigint();
    await client.pull(queues.map((lookup) => ({ lookup })));
    roundTrips.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  if (authorized !== 1000 || idle.reply.chat.length !== 1000)
    throw new Error('authorization failed');
  return [
    ['1,000 pull proofs (1,000 × 2 SHA-256)', ms(median(proofs))],
    ['open (signature + X25519 + box, fresh key) + authorize 1,000 keys', ms(median(whole))],
    ['for comparison: 1,000 Ed25519 verifications', ms(median(signatures))],
    ['1,000-key pull over HTTP, all queues empty (1,000 store reads)', ms(median(roundTrips))],
    ['  (request body of that 1,000-key pull)', `${body.length} bytes`],
  ];
}

async function main(): Promise<void> {
  const redis = await startRedis();
  const dir = await tempDir('meow-bench-relay-');
  const relays: RunningRelay[] = [];
  try {
    const start = () => startTestRelay({ dataDir: dir, redisUrl: redis.url, logs: [] });
    relays.push(await start(), await start());
    const [a, b] = relays as [RunningRelay, RunningRelay];
    console.log(
      `relay bench: ${CLIENTS} clients × ${BATCH}-message batches of ${PAYLOAD}-byte payloads, redis-server ${redis.url}`,
    );
    const rows: string[][] = [['measure', 'result']];
    rows.push(...(await benchThroughput(a, redis.url)));
    rows.push(...(await benchWakeLatency(a, b)));
    rows.push(...(await benchManyHeld(a, b)));
    rows.push(...(await benchAuthorization(a)));
    printTable(rows);
  } finally {
    await Promise.all(relays.map((r) => r.close()));
    await redis.stop();
    await removeDir(dir);
  }
}

await main();
