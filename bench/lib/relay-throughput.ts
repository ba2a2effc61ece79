import { Redis } from 'ioredis';
import { median } from './measure';
import { redisDelta, sampleRedis } from './redis-meter';
import {
  runWorkers,
  startClientWorker,
  type ClientWorker,
  type RelayHost,
  type WorkKind,
} from './relay-procs';

/**
 * Throughput of push → pull (carrying the previous batch's ack, as the app's poll loop) through
 * the relay next to raw Redis doing the equivalent commands. The clients of both run in client processes (relay-client-worker.ts), apart from the
 * relay process and from redis-server, with the same number of clients, batching and payload.
 * Two relay workloads: a fresh client key for every request (what the app does, PROTOCOL.md §6:
 * the relay derives a box key per request) and one key per client (the relay's box-key cache
 * answers; the arrangement of the earlier figures). Rounds rotate the three workloads, each
 * round of each sized to take about BENCH_ROUND_MS, so that a noisy stretch of the machine hits
 * all alike; a ratio is the median of the rounds' ratios. Each round also records the CPU time
 * every process spent per message — client processes, relay, redis-server — which says where
 * the difference goes.
 */
export interface ThroughputOptions {
  readonly relay: RelayHost;
  readonly redisUrl: string;
  /** Client processes. */
  readonly processes: number;
  /** Clients per process. */
  readonly clients: number;
  readonly batch: number;
  readonly payload: number;
  /** Wall time of one round of one workload. */
  readonly roundMs: number;
  readonly rounds: number;
}

interface Round {
  readonly rate: number;
  /** CPU µs per message, by process. */
  readonly client: number;
  readonly relay: number;
  readonly redis: number;
  /** The relay's share of its CPU spent in the kernel. */
  readonly relaySystem: number;
}

const KINDS: readonly WorkKind[] = ['relay', 'relay-one-key', 'raw'];

async function measureRound(
  kind: WorkKind,
  cycles: number,
  workers: readonly ClientWorker[],
  options: ThroughputOptions,
  meter: Redis,
): Promise<Round> {
  const redisBefore = await sampleRedis(meter);
  const relayBefore = await options.relay.stats();
  const run = await runWorkers(workers, kind, 'cycle', cycles);
  const relayAfter = await options.relay.stats();
  const redis = redisDelta(redisBefore, await sampleRedis(meter));
  const relayCpu = relayAfter.cpuMicros - relayBefore.cpuMicros;
  const per = (micros: number): number => micros / run.messages;
  return {
    rate: run.rate,
    client: per(run.clientCpuMicros),
    relay: kind === 'raw' ? 0 : per(relayCpu),
    redis: per(redis.cpuMicros),
    relaySystem: (relayAfter.systemMicros - relayBefore.systemMicros) / Math.max(1, relayCpu),
  };
}

/** Cycles per client that take about `roundMs` at each workload's warm-up rate. */
async function calibrate(
  workers: readonly ClientWorker[],
  options: ThroughputOptions,
): Promise<Map<WorkKind, number>> {
  const cycles = new Map<WorkKind, number>();
  const perCycle = options.processes * options.clients * options.batch;
  for (const kind of KINDS) {
    await runWorkers(workers, kind, 'cycle', 2); // JIT, connections, the relay's scripts
    const { rate } = await runWorkers(workers, kind, 'cycle', 3);
    const wanted = Math.ceil((rate * options.roundMs) / 1000 / perCycle);
    cycles.set(kind, Math.min(1000, Math.max(2, wanted)));
  }
  return cycles;
}

const range = (values: readonly number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${sorted[0]?.toFixed(2) ?? '-'}–${sorted[sorted.length - 1]?.toFixed(2) ?? '-'}`;
};
const us = (value: number): string => `${value.toFixed(1)} µs`;

function cpuRow(kind: WorkKind, rounds: readonly Round[]): string {
  const pick = (key: keyof Round): number => median(rounds.map((r) => r[key]));
  const relay =
    kind === 'raw'
      ? ''
      : `, relay ${us(pick('relay'))} (${(100 * pick('relaySystem')).toFixed(0)}% in the kernel)`;
  return `client ${us(pick('client'))}${relay}, redis-server ${us(pick('redis'))}`;
}

export async function benchThroughput(options: ThroughputOptions): Promise<string[][]> {
  const meter = new Redis(options.redisUrl);
  const workers = await Promise.all(
    Array.from({ length: options.processes }, () =>
      startClientWorker({
        relayUrl: options.relay.url,
        redisUrl: options.redisUrl,
        clients: options.clients,
        batch: options.batch,
        payload: options.payload,
        freshKeys: true,
        pollMs: 0,
      }),
    ),
  );
  try {
    const cycles = await calibrate(workers, options);
    const rounds = new Map<WorkKind, Round[]>(KINDS.map((k) => [k, []]));
    for (let round = 0; round < options.rounds; round++) {
      // Rotate which workload goes first.
      const order = KINDS.map((_, i) => KINDS[(i + round) % KINDS.length] as WorkKind);
      for (const kind of order) {
        const measured = await measureRound(kind, cycles.get(kind) ?? 2, workers, options, meter);
        rounds.get(kind)?.push(measured);
      }
    }
    const of = (kind: WorkKind): Round[] => rounds.get(kind) ?? [];
    const rate = (kind: WorkKind): string =>
      `${median(of(kind).map((r) => r.rate)).toFixed(0)} msg/s`;
    const ratios = (kind: WorkKind): number[] =>
      of(kind).map((r, i) => r.rate / (of('raw')[i]?.rate ?? Infinity));
    const ratio = (kind: WorkKind): string =>
      `${median(ratios(kind)).toFixed(3)} (rounds ${range(ratios(kind))})`;
    return [
      ['relay push → pull+ack, a fresh client key per request (as the app)', rate('relay')],
      ['relay push → pull+ack, one key per client (box key cached)', rate('relay-one-key')],
      ['raw Redis INCRBY+ZADD / ZREMRANGEBYSCORE+ZRANGEBYSCORE', rate('raw')],
      [`ratio relay / raw Redis, fresh keys (median of ${options.rounds} rounds)`, ratio('relay')],
      ['ratio relay / raw Redis, one key per client', ratio('relay-one-key')],
      ['  CPU per message, relay (fresh keys)', cpuRow('relay', of('relay'))],
      [
        '  CPU per message, relay (one key per client)',
        cpuRow('relay-one-key', of('relay-one-key')),
      ],
      ['  CPU per message, raw Redis', cpuRow('raw', of('raw'))],
    ];
  } finally {
    meter.disconnect();
    await Promise.all(workers.map((w) => w.stop()));
  }
}
