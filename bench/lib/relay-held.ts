import { setMaxListeners } from 'node:events';
import { Agent } from 'node:http';
import { Redis } from 'ioredis';
import { dhKeyPair } from '../../core/crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import {
  pullRequest,
  RelayTestClient,
  userMessage,
  type ClientReply,
} from '../../server/http/testing/client';
import { envNumber, median, percentile } from './measure';
import type { Costs } from './relay-costs';
import { redisDelta, sampleRedis } from './redis-meter';
import type { RelayStats } from './relay-host';
import { msSince, until } from './relay-load';
import type { RelayHost } from './relay-procs';

/**
 * The load test of `npm run bench:relay-load`: BENCH_LOAD_HELD (5,000) long-polls held on one
 * relay process, each on its own queue and connection, then a steady rate of one-message pushes
 * (BENCH_LOAD_RATE per second) for BENCH_LOAD_SECONDS (60) to queues whose poll is held. A
 * poller does what the product's poll worker does: on a reply it polls again, the new poll
 * carrying the ack of the entry that came. Every poll waits 25 s, as the
 * product's do; the first wait of each is drawn at random, so that renewals arrive spread out,
 * as from devices that came online at different times.
 *
 * Reported: the relay process's memory per held poll (after a full GC, with the polls held
 * against before them, and again after the minute), wake latency (push sent → the held poll's
 * reply received, in this process) p50/p99/max, every error (a failed or refused request, a
 * wake that never came), and the CPU the relay and redis-server spent in the steady state next
 * to what the per-operation costs (relay-costs.ts) predict for the requests served — renewals
 * and deliveries: a check of the capacity model in docs/SCALING.md.
 */
const env = envNumber;
const HELD = env('BENCH_LOAD_HELD', 5000);
const SECONDS = env('BENCH_LOAD_SECONDS', 60);
const RATE = env('BENCH_LOAD_RATE', 50);
/** The product's long-poll (main/client/engine/workers/poll-worker.ts LONG_POLL_MS). */
const POLL_MS = env('BENCH_LOAD_POLL_MS', 25_000);
const PAYLOAD = env('BENCH_PAYLOAD', 256);
const FRESH_KEYS = process.env.BENCH_FRESH_KEYS !== '0';
/** A poll sent this long ago is certainly held by the relay: only those are pushed to. */
const ARMED_AFTER_MS = 1_000;
/** Polls are opened in groups of this many, so the relay's accept backlog never overflows. */
const OPEN_GROUP = 250;

interface Poller {
  readonly queue: LookupKeyPair;
  after: number;
  /** When the current poll was sent (ms, performance clock); undefined between polls. */
  sentAt: number | undefined;
  /** process.hrtime.bigint() of the push waiting to wake this poll. */
  pushedAt: bigint | undefined;
}

interface Counters {
  wakes: number[];
  pushes: number;
  timeouts: number;
  errors: Map<string, number>;
}

function countError(counters: Counters, what: string): void {
  counters.errors.set(what, (counters.errors.get(what) ?? 0) + 1);
}

/** `what` and why, e.g. "push failed (ECONNRESET)". */
function failure(what: string, err: unknown): string {
  const code = (err as { code?: unknown } | undefined)?.code;
  const why = typeof code === 'string' ? code : err instanceof Error ? err.name : 'unknown';
  return `${what} failed (${why})`;
}

class LoadClients {
  readonly stop = new AbortController();
  private readonly fixed: RelayTestClient;

  constructor(
    private readonly url: string,
    private readonly serverKey: Uint8Array,
    readonly agent: Agent,
  ) {
    this.fixed = new RelayTestClient(url, serverKey, dhKeyPair(), agent);
    // Every poll listens on this one signal.
    setMaxListeners(HELD + 1_000, this.stop.signal);
  }

  /** A client for one request: a fresh key, as the product's client uses (PROTOCOL.md §6). */
  next(): RelayTestClient {
    return FRESH_KEYS
      ? new RelayTestClient(this.url, this.serverKey, dhKeyPair(), this.agent)
      : this.fixed;
  }
}

/**
 * One poller's loop: poll, and on each reply poll again, the next poll carrying the ack of what
 * came (as the product's poll loop does), until stopped.
 */
async function pollLoop(poller: Poller, clients: LoadClients, counters: Counters): Promise<void> {
  const { signal } = clients.stop;
  // A call, not a property read: the check must see an abort that happened during an await.
  const stopped = (): boolean => signal.aborted;
  let wait = Math.round(POLL_MS * (0.2 + 0.8 * Math.random()));
  let owed: number | undefined;
  while (!stopped()) {
    poller.sentAt = performance.now();
    const { lookupKey, pullToken } = poller.queue;
    const acks = owed === undefined ? [] : [{ lookupKey, pullToken, cursor: owed }];
    let reply;
    try {
      const pullRequests = [pullRequest({ lookup: poller.queue, after: poller.after })];
      reply = await clients.next().send({ pullRequests, longPollMs: wait, acks }, signal);
      wait = POLL_MS;
    } catch (err) {
      if (!stopped()) countError(counters, failure('poll', err));
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    poller.sentAt = undefined;
    const outcome = takeReply(poller, reply, acks.length > 0, counters);
    if (outcome === 'failed') await new Promise((resolve) => setTimeout(resolve, 100));
    else owed = outcome === 'woken' ? poller.after : undefined;
  }
}

/** Counts what a poll's reply says; 'woken' when it brought the pushed entry. */
function takeReply(
  poller: Poller,
  reply: ClientReply,
  acked: boolean,
  counters: Counters,
): 'failed' | 'timeout' | 'woken' {
  const batch = reply.reply.chat[0];
  if (reply.status !== 200 || !batch) {
    countError(counters, `poll answered ${reply.status} ${reply.reply.error?.code ?? ''}`);
    return 'failed';
  }
  if (acked && !reply.reply.ackResults[0]?.ok) countError(counters, 'ack refused');
  if ((batch.entries ?? []).length === 0) {
    counters.timeouts += 1;
    return 'timeout';
  }
  if (poller.pushedAt === undefined) countError(counters, 'entry nobody pushed');
  else counters.wakes.push(msSince(poller.pushedAt));
  poller.pushedAt = undefined;
  poller.after = batch.cursor ?? poller.after;
  return 'woken';
}

/** A random poller whose poll is held and has no push pending. */
function armedPoller(pollers: readonly Poller[]): Poller | undefined {
  const now = performance.now();
  for (let attempt = 0; attempt < 50; attempt++) {
    const p = pollers[Math.floor(Math.random() * pollers.length)];
    if (p?.sentAt !== undefined && now - p.sentAt > ARMED_AFTER_MS && p.pushedAt === undefined) {
      return p;
    }
  }
  return undefined;
}

async function steadyPushes(
  pollers: readonly Poller[],
  clients: LoadClients,
  counters: Counters,
): Promise<void> {
  const started = performance.now();
  const outstanding = new Set<Promise<void>>();
  while (performance.now() - started < SECONDS * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * RATE);
    while (counters.pushes < due) {
      const poller = armedPoller(pollers);
      if (!poller) {
        countError(counters, 'no held poll to push to');
        counters.pushes += 1;
        continue;
      }
      counters.pushes += 1;
      poller.pushedAt = process.hrtime.bigint();
      const push = clients
        .next()
        .push([userMessage(poller.queue, PAYLOAD)])
        .then(
          (reply) => {
            if (!reply.reply.pushResults[0]?.accepted) countError(counters, 'push refused');
          },
          (err: unknown) => {
            countError(counters, failure('push', err));
          },
        )
        .finally(() => outstanding.delete(push));
      outstanding.add(push);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(outstanding);
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const fixed = (value: number, digits = 0): string => value.toFixed(digits);

function memory(stats: RelayStats): string {
  return `RSS ${mib(stats.rss)}, heap used ${mib(stats.heapUsed)}`;
}

function perPoll(before: RelayStats, held: RelayStats): string {
  const per = (key: 'rss' | 'heapUsed' | 'external'): string =>
    kib((held[key] - before[key]) / HELD);
  return `RSS ${per('rss')}, heap ${per('heapUsed')}, buffers ${per('external')}`;
}

/** `costs`: the per-operation costs measured before (relay-costs.ts), for the model check. */
export async function benchHeldLoad(
  relay: RelayHost,
  redisUrl: string,
  costs: Costs,
): Promise<string[][]> {
  const agent = new Agent({ keepAlive: true, maxSockets: HELD + 100 });
  const clients = new LoadClients(relay.url, relay.publicKey, agent);
  const meter = new Redis(redisUrl);
  const counters: Counters = { wakes: [], pushes: 0, timeouts: 0, errors: new Map() };
  const pollers: Poller[] = Array.from({ length: HELD }, () => ({
    queue: newLookupKeyPair(),
    after: 0,
    sentAt: undefined,
    pushedAt: undefined,
  }));
  const loops: Promise<void>[] = [];
  try {
    const before = await relay.settle();
    const opening = performance.now();
    for (let i = 0; i < HELD; i += OPEN_GROUP) {
      for (const p of pollers.slice(i, i + OPEN_GROUP)) loops.push(pollLoop(p, clients, counters));
      const target = Math.min(HELD, i + OPEN_GROUP);
      await until(async () => (await relay.stats()).heldPolls >= target, 60_000, 20);
    }
    const openedIn = performance.now() - opening;
    const held = await relay.settle();
    const quiet = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idle = ((await relay.stats()).cpuMicros - held.cpuMicros) / (performance.now() - quiet);
    const redisBefore = await sampleRedis(meter);
    const cpuBefore = (await relay.stats()).cpuMicros;
    const steadyFrom = performance.now();
    const renewedBefore = counters.timeouts;
    await steadyPushes(pollers, clients, counters);
    await until(() => pollers.every((p) => p.pushedAt === undefined), 10_000, 50).catch(() => {
      for (const p of pollers) if (p.pushedAt !== undefined) countError(counters, 'wake missed');
    });
    const after = await relay.stats();
    const redis = redisDelta(redisBefore, await sampleRedis(meter));
    const steadyMs = performance.now() - steadyFrom;
    const end = await relay.settle();
    const delivered = Math.max(1, counters.wakes.length);
    const renewed = counters.timeouts - renewedBefore;
    const cpu = after.cpuMicros - cpuBefore;
    const poll = costs.steps.get('poll');
    const wake = costs.steps.get('wake');
    const model = (f: (c: NonNullable<typeof poll>) => number): number =>
      poll && wake ? renewed * f(poll) + counters.wakes.length * f(wake) : NaN;
    /** CPU µs over the steady phase as a share of one core. */
    const share = (micros: number): string => `${fixed(micros / 1000 / steadyMs, 3)} of a core`;
    const errors = [...counters.errors].map(([what, n]) => `${what}: ${n}`).join(', ');
    const wakes = counters.wakes;
    return [
      [`load: ${HELD} long-polls held on one relay process`, `${held.heldPolls} held`],
      ['  time to open and hold them all', `${fixed(openedIn / 1000, 1)} s`],
      ['  relay memory before the polls', memory(before)],
      ['  relay memory with the polls held (after a full GC)', memory(held)],
      ['  per held poll', perPoll(before, held)],
      [
        '  relay CPU with the polls held, before any push (renewals)',
        `${fixed(idle / 1000, 3)} of a core`,
      ],
      [
        `steady pushes: ${RATE}/s for ${SECONDS} s, long-polls of ${POLL_MS / 1000} s`,
        `${counters.pushes} pushed, ${counters.wakes.length} woken, ${renewed} polls ran out and were renewed`,
      ],
      [
        '  wake latency (push sent → held poll answered) p50 / p99 / max',
        `${fixed(median(wakes), 2)} / ${fixed(percentile(wakes, 99), 2)} / ${fixed(
          wakes.reduce((a, b) => Math.max(a, b), 0),
          2,
        )} ms`,
      ],
      ['  relay CPU in the steady state, measured', share(cpu)],
      [
        '  relay CPU predicted: renewals × long-poll cost + messages × delivery cost',
        share(model((c) => c.relayPerRequest)),
      ],
      ['  redis-server CPU in the steady state, measured', share(redis.cpuMicros)],
      ['  redis-server CPU predicted the same way', share(model((c) => c.redisCpuPerRequest))],
      [
        '  redis-server commands sent / run per delivered message (renewals included)',
        `${fixed(redis.sent / delivered, 1)} / ${fixed(redis.executed / delivered, 1)}`,
      ],
      ['  errors', errors === '' ? '0' : errors],
      [`  relay memory after the ${SECONDS} s, polls still held`, memory(end)],
      ['  per held poll', perPoll(before, end)],
    ];
  } finally {
    clients.stop.abort();
    await Promise.allSettled(loops);
    agent.destroy();
    meter.disconnect();
  }
}
