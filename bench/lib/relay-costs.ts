import { Redis } from 'ioredis';
import { boxPrecompute, dhKeyPair } from '../../core/crypto';
import { openServerRequest, type BoxKeyFor } from '../../core/envelope/server';
import { newLookupKeyPair } from '../../core/lookup';
import { RelayTestClient, userMessage } from '../../server/http/testing/client';
import { envNumber, median } from './measure';
import { redisDelta, sampleRedis, type RedisDelta, type RedisSample } from './redis-meter';
import { timeSync } from './relay-load';
import {
  runWorkers,
  startClientWorker,
  type ClientWorker,
  type RelayHost,
  type Step,
} from './relay-procs';

/**
 * Per-operation costs for docs/SCALING.md (`npm run bench:relay-load`, first part): the relay
 * process's CPU time per push, pull and ack request — in batches of 1 (one chat message) and of
 * BENCH_BATCH (a backlog) —, per long-poll that runs out (what keeping a device connected costs
 * every 25 s), per message delivered to a held long-poll (push, wake, reply; the poll carries
 * the previous delivery's ack), and what redis-server did for each: commands, CPU, network bytes, memory per stored message. Each step
 * runs on its own (a run of pushes fills the queues, a run of pulls reads them batch by batch, a
 * run of acks empties them), is repeated BENCH_COST_REPEATS times, and the median is reported.
 * Both processes' idle CPU (timers, Redis's cron) is measured first and subtracted. The clients
 * are one client process (relay-client-worker.ts), a fresh key per request unless
 * BENCH_FRESH_KEYS=0. Last, the envelope open alone, timed in this process.
 */
const env = envNumber;
const CLIENTS = env('BENCH_CLIENTS', 4);
const BATCH = env('BENCH_BATCH', 50);
const PAYLOAD = env('BENCH_PAYLOAD', 256);
/** Each push/pull/ack phase moves at least this many messages. */
const PHASE_MESSAGES = env('BENCH_COST_MESSAGES', 2000);
const POLLS = env('BENCH_COST_POLLS', 50);
const POLL_MS = env('BENCH_COST_POLL_MS', 200);
const REPEATS = env('BENCH_COST_REPEATS', 5);
const FRESH_KEYS = process.env.BENCH_FRESH_KEYS !== '0';

interface Sample {
  readonly relayMicros: number;
  readonly redis: RedisSample;
  readonly at: number;
}

/** One phase: relay CPU and redis-server's deltas, idle CPU subtracted. */
interface Phase {
  readonly requests: number;
  readonly messages: number;
  readonly relayMicros: number;
  readonly redis: RedisDelta;
}

class Meter {
  /** Idle CPU per ms of wall time, relay and redis-server. */
  private idle = { relay: 0, redis: 0 };

  constructor(
    private readonly relay: RelayHost,
    private readonly redis: Redis,
  ) {}

  async sample(): Promise<Sample> {
    const [stats, redis] = await Promise.all([this.relay.stats(), sampleRedis(this.redis)]);
    return { relayMicros: stats.cpuMicros, redis, at: performance.now() };
  }

  async measureIdle(ms: number): Promise<void> {
    const before = await this.sample();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const after = await this.sample();
    const wall = after.at - before.at;
    this.idle = {
      relay: (after.relayMicros - before.relayMicros) / wall,
      redis: (after.redis.cpuMicros - before.redis.cpuMicros) / wall,
    };
  }

  async phase(worker: ClientWorker, step: Step, rounds: number): Promise<Phase> {
    const before = await this.sample();
    const run = await runWorkers([worker], 'relay', step, rounds);
    const after = await this.sample();
    const wall = after.at - before.at;
    const redis = redisDelta(before.redis, after.redis);
    return {
      requests: CLIENTS * rounds,
      messages: run.messages,
      relayMicros: after.relayMicros - before.relayMicros - this.idle.relay * wall,
      redis: { ...redis, cpuMicros: redis.cpuMicros - this.idle.redis * wall },
    };
  }
}

/** Medians over the repeats, per request or per message. */
export interface StepCosts {
  readonly relayPerRequest: number;
  readonly redisCpuPerRequest: number;
  readonly sentPerRequest: number;
  readonly executedPerRequest: number;
  readonly bytesInPerRequest: number;
  readonly bytesOutPerRequest: number;
  /** redis-server used_memory growth per message over the phase. */
  readonly memoryPerMessage: number;
  /** Commands by name per request, from the last repeat. */
  readonly commands: string;
}

function summarize(phases: readonly Phase[]): StepCosts {
  const per = (f: (p: Phase) => number): number => median(phases.map((p) => f(p) / p.requests));
  const last = phases[phases.length - 1];
  return {
    relayPerRequest: per((p) => p.relayMicros),
    redisCpuPerRequest: per((p) => p.redis.cpuMicros),
    sentPerRequest: per((p) => p.redis.sent),
    executedPerRequest: per((p) => p.redis.executed),
    bytesInPerRequest: per((p) => p.redis.netInBytes),
    bytesOutPerRequest: per((p) => p.redis.netOutBytes),
    memoryPerMessage: median(phases.map((p) => p.redis.usedMemory / Math.max(1, p.messages))),
    commands: (last?.redis.calls ?? [])
      .map(([name, n]) => `${name} ${(n / (last?.requests ?? 1)).toFixed(2)}`)
      .join(', '),
  };
}

export interface Costs {
  /** Keyed `push@1`, `pull@50`, `poll`, `wake`, … */
  readonly steps: ReadonlyMap<string, StepCosts>;
  /** µs to open one push-of-1 envelope at the relay: a fresh client key, and a cached box key. */
  readonly open: { readonly fresh: number; readonly cached: number };
}

/**
 * The relay's envelope open (core/envelope/server.ts) for a one-message push, timed in this
 * process, for the envelope the app sends: with a fresh client key it runs X25519 and
 * opens the box; with a cached box key only the box open remains.
 */
function openCost(): Costs['open'] {
  const box = dhKeyPair();
  const queue = newLookupKeyPair();
  const bodies = Array.from({ length: 200 }, () =>
    new RelayTestClient('http://unused', box.publicKey, dhKeyPair()).seal({
      messages: [userMessage(queue, PAYLOAD)],
    }),
  );
  const per = (boxKeyFor?: BoxKeyFor): number =>
    (median(
      timeSync(() => {
        for (const body of bodies) openServerRequest(body, box, boxKeyFor);
      }, 9),
    ) *
      1000) /
    bodies.length;
  const cache = new Map<string, Uint8Array>();
  const cached = (from: Uint8Array): Uint8Array => {
    const id = Buffer.from(from).toString('hex');
    const key = cache.get(id) ?? boxPrecompute(from, box.privateKey);
    cache.set(id, key);
    return key;
  };
  per(cached); // fills the cache
  return { fresh: per(), cached: per(cached) };
}

async function measureBatch(
  batch: number,
  meter: Meter,
  relay: RelayHost,
  redisUrl: string,
  steps: Map<string, StepCosts>,
): Promise<void> {
  const worker = await startClientWorker({
    relayUrl: relay.url,
    redisUrl,
    clients: CLIENTS,
    batch,
    payload: PAYLOAD,
    freshKeys: FRESH_KEYS,
    pollMs: POLL_MS,
  });
  try {
    await runWorkers([worker], 'relay', 'cycle', 3);
    const single = batch === 1;
    if (single) await runWorkers([worker], 'relay', 'wake', 2);
    const rounds = Math.max(1, Math.ceil(PHASE_MESSAGES / (CLIENTS * batch)));
    const phases: Record<string, Phase[]> = { push: [], pull: [], ack: [], poll: [], wake: [] };
    for (let i = 0; i < REPEATS; i++) {
      for (const step of ['push', 'pull', 'ack'] as const) {
        phases[step]?.push(await meter.phase(worker, step, rounds));
      }
      if (single) phases.poll?.push(await meter.phase(worker, 'poll', POLLS));
      if (single) phases.wake?.push(await meter.phase(worker, 'wake', POLLS));
    }
    for (const [step, list] of Object.entries(phases)) {
      const key = step === 'poll' || step === 'wake' ? step : `${step}@${batch}`;
      if (list.length > 0) steps.set(key, summarize(list));
    }
  } finally {
    await worker.stop();
  }
}

export async function measureCosts(relay: RelayHost, redisUrl: string): Promise<Costs> {
  const redis = new Redis(redisUrl);
  try {
    const meter = new Meter(relay, redis);
    await meter.measureIdle(2_000);
    const steps = new Map<string, StepCosts>();
    for (const batch of [1, BATCH]) await measureBatch(batch, meter, relay, redisUrl, steps);
    return { steps, open: openCost() };
  } finally {
    redis.disconnect();
  }
}

const us = (value: number): string => `${value.toFixed(0)} µs`;

export function costRows(costs: Costs): string[][] {
  const rows: string[][] = [
    [`per-operation costs (${FRESH_KEYS ? 'a fresh key per request' : 'one key per client'})`, ''],
  ];
  const label: Record<string, string> = {
    push: 'push request of',
    pull: 'pull request returning',
    ack: 'ack request covering',
  };
  for (const [key, c] of costs.steps) {
    const [step = '', size = ''] = key.split('@');
    const batch = Number(size);
    const name =
      step === 'poll'
        ? `long-poll on an empty queue that runs out (${POLL_MS} ms)`
        : step === 'wake'
          ? 'message delivered to a held long-poll (push + wake + reply; its ack rides on the next poll)'
          : `${label[step] ?? step} ${batch} message${batch === 1 ? '' : 's'}`;
    const relayCpu =
      batch > 1
        ? `${us(c.relayPerRequest)} (${(c.relayPerRequest / batch).toFixed(1)} µs/message)`
        : us(c.relayPerRequest);
    rows.push(
      [`relay CPU per ${name}`, relayCpu],
      [
        '  redis-server per operation: commands sent / run, CPU, bytes in / out',
        `${c.sentPerRequest.toFixed(1)} / ${c.executedPerRequest.toFixed(1)}, ${us(c.redisCpuPerRequest)}, ${c.bytesInPerRequest.toFixed(0)} B / ${c.bytesOutPerRequest.toFixed(0)} B`,
      ],
      ['  redis-server commands per operation', c.commands],
    );
    if (step === 'push') {
      rows.push([
        `  redis-server memory per message while stored (${PAYLOAD}-byte payload)`,
        `${c.memoryPerMessage.toFixed(0)} B`,
      ]);
    }
  }
  rows.push([
    'relay envelope open of a push of 1 (timed in the bench process): fresh key / cached box key',
    `${us(costs.open.fresh)} / ${us(costs.open.cached)}`,
  ]);
  return rows;
}
