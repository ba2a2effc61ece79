/**
 * npm run bench:relay — the relay measured against a real redis-server started for this run:
 *  1. end-to-end throughput (push, then pull carrying the previous batch's ack, as the app's
 *     poll loop; through HTTP, both envelopes and the Redis store) next to raw Redis doing the equivalent commands with the same client library and
 *     batching: relay / raw as a ratio, and the CPU time each process spends per message;
 *  2. long-poll wake latency: push on instance A → reply of a long-poll held on instance B;
 *  3. 1,000 concurrent long-polls held on one instance, all woken, errors counted;
 *  4. what authorizing a 1,000-key long-poll costs (1,000 pull proofs; whole open + authorize),
 *     next to the 1,000 signature checks the proof design avoids.
 * Every relay is its own process (bench/lib/relay-host.ts, started like `npm run server`); the
 * throughput clients and the raw baseline run in client processes (relay-client-worker.ts);
 * sections 2–4 use this process as the client. redis-server is its own process.
 *
 * npm run bench:relay-load (this file with --load) — the load test and the per-operation costs
 * that docs/SCALING.md is built from (bench/lib/relay-held.ts, bench/lib/relay-costs.ts).
 */
import { Agent } from 'node:http';
import { dhKeyPair, sign, signKeyPair, verify } from '../core/crypto';
import { openServerRequest } from '../core/envelope/server';
import { newLookupKeyPair, provesLookupKey } from '../core/lookup';
import { planPulls } from '../server/http/queues';
import { batchOf, pullRequest, RelayTestClient, userMessage } from '../server/http/testing/client';
import { startRedis } from '../testkit/redis';
import { envNumber, median, percentile, printTable } from './lib/measure';
import { costRows, measureCosts } from './lib/relay-costs';
import { benchHeldLoad } from './lib/relay-held';
import { msSince, timeSync, until } from './lib/relay-load';
import { startRelayHost, type RelayHost } from './lib/relay-procs';
import { benchThroughput } from './lib/relay-throughput';

const env = envNumber;
const PROCESSES = env('BENCH_PROCESSES', 1);
// Enough concurrent clients to keep the relay busy: a throughput figure is a rate at saturation.
// With 4, the relay process sat idle half the time, waiting on round trips, and the ratio
// measured latency more than throughput (the raw baseline, bound by its client's CPU, gave
// 44,000–52,000 msg/s with 4 clients and 47,000–49,000 with 32 in the same session).
const CLIENTS = env('BENCH_CLIENTS', 32);
const BATCH = env('BENCH_BATCH', 50);
const PAYLOAD = env('BENCH_PAYLOAD', 256);
// Long enough that each of 32 clients runs dozens of cycles: with 1.5 s rounds a relay client
// ran about 19, and the ramp-up and the tail (the last clients finishing alone) cost the
// relay's figure about a quarter against a steady run, while the raw baseline, with more
// cycles per round, lost less.
const ROUND_MS = env('BENCH_ROUND_MS', 4000);
const ROUNDS = env('BENCH_ROUNDS', 9);
const WAKES = env('BENCH_WAKES', 200);
const HELD = env('BENCH_HELD', 1000);
const ms = (value: number): string => `${value.toFixed(2)} ms`;
const heldOn = async (relay: RelayHost): Promise<number> => (await relay.stats()).heldPolls;

async function benchWakeLatency(a: RelayHost, b: RelayHost): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true });
  try {
    const pusher = await RelayTestClient.connect(a.url, agent);
    const poller = await RelayTestClient.connect(b.url, agent);
    const samples: number[] = [];
    for (let i = 0; i < WAKES; i++) {
      const queue = newLookupKeyPair();
      const held = poller.pull([{ lookup: queue }], 10_000);
      await until(async () => (await heldOn(b)) === 1, 5_000);
      const started = process.hrtime.bigint();
      await pusher.push([userMessage(queue, PAYLOAD)]);
      const reply = await held;
      samples.push(msSince(started));
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

async function benchManyHeld(a: RelayHost, b: RelayHost): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true, maxSockets: HELD + 10 });
  try {
    const card = await RelayTestClient.connect(b.url, agent);
    const queues = Array.from({ length: HELD }, () => newLookupKeyPair());
    const clients = queues.map(
      () => new RelayTestClient(b.url, card.session.serverPublicKey, dhKeyPair(), agent),
    );
    const started = Date.now();
    const held = clients.map((client, i) =>
      client.pull([{ lookup: queues[i] ?? newLookupKeyPair() }], 60_000).then(
        (reply) => (reply.status === 200 && batchOf(reply).count === 1 ? 'ok' : 'bad'),
        () => 'failed',
      ),
    );
    await until(async () => (await heldOn(b)) === HELD, 30_000, 5);
    const heldCount = await heldOn(b);
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

async function benchAuthorization(relay: RelayHost): Promise<string[][]> {
  const queues = Array.from({ length: 1000 }, () => newLookupKeyPair());
  // The envelope measured in this process, sealed to a key pair made here for the purpose.
  const box = dhKeyPair();
  const local = new RelayTestClient(relay.url, box.publicKey);
  const body = local.seal({
    pullRequests: queues.map((lookup) => pullRequest({ lookup })),
    longPollMs: 30_000,
  });
  let authorized = 0;
  const proofs = timeSync(() => {
    authorized = 0;
    for (const q of queues) if (provesLookupKey(q.lookupKey, q.pullToken)) authorized++;
  }, 30);
  const whole = timeSync(() => {
    // Clients box each request under a fresh key (PROTOCOL.md §6): no cached box key.
    const opened = openServerRequest(body, box);
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
  // Connected only now: the timings above block this process's event loop for seconds on a
  // busy machine, during which the relay closes an idle kept-alive connection (after 5 s)
  // without this process noticing; a request reusing it then failed with ECONNRESET.
  const client = await RelayTestClient.connect(relay.url);
  const idle = await client.pull(queues.map((lookup) => ({ lookup })));
  const roundTrips: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = process.hrtime.bigint();
    await client.pull(queues.map((lookup) => ({ lookup })));
    roundTrips.push(msSince(started));
  }
  if (authorized !== 1000 || idle.reply.chat.length !== 1000)
    throw new Error('authorization failed');
  return [
    ['1,000 pull proofs (1,000 × 2 SHA-256)', ms(median(proofs))],
    ['open (X25519 + box, fresh key) + authorize 1,000 keys', ms(median(whole))],
    ['for comparison: 1,000 Ed25519 verifications', ms(median(signatures))],
    ['1,000-key pull over HTTP, all queues empty (1,000 store reads)', ms(median(roundTrips))],
    ['  (request body of that 1,000-key pull)', `${body.length} bytes`],
  ];
}

async function main(): Promise<void> {
  const load = process.argv.includes('--load');
  const redis = await startRedis();
  const relays: RelayHost[] = [];
  try {
    const start = async (): Promise<RelayHost> => {
      const relay = await startRelayHost({
        redisUrl: redis.url,
        profileDir: process.env.BENCH_CPU_PROFILE_DIR,
      });
      relays.push(relay);
      return relay;
    };
    const rows: string[][] = [['measure', 'result']];
    if (load) {
      const relay = await start();
      console.log(`relay load bench: relay pid ${relay.pid}, redis-server ${redis.url}`);
      const costs = await measureCosts(relay, redis.url);
      rows.push(...costRows(costs));
      rows.push(...(await benchHeldLoad(relay, redis.url, costs)));
    } else {
      const [a, b] = [await start(), await start()];
      console.log(
        `relay bench: ${PROCESSES} client process(es) × ${CLIENTS} clients × ${BATCH}-message batches of ${PAYLOAD}-byte payloads; redis-server ${redis.url}`,
      );
      // The in-process timings first, while this process's heap is fresh (a busy heap made
      // them swing by 3× between runs).
      const authorization = await benchAuthorization(a);
      rows.push(
        ...(await benchThroughput({
          relay: a,
          redisUrl: redis.url,
          processes: PROCESSES,
          clients: CLIENTS,
          batch: BATCH,
          payload: PAYLOAD,
          roundMs: ROUND_MS,
          rounds: ROUNDS,
        })),
      );
      rows.push(...(await benchWakeLatency(a, b)));
      rows.push(...(await benchManyHeld(a, b)));
      rows.push(...authorization);
    }
    printTable(rows);
  } finally {
    await Promise.all(relays.map((r) => r.stop()));
    await redis.stop();
  }
}

await main();
