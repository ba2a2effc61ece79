import type { Agent } from 'node:http';
import type { Redis } from 'ioredis';
import { dhKeyPair, randomBytes } from '../../core/crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import {
  batchOf,
  pullRequest,
  RelayTestClient,
  userMessage,
} from '../../server/http/testing/client';

/**
 * Workloads for bench/relay.bench.ts, run in client processes (relay-client-worker.ts). One
 * "cycle" moves a batch of messages through a queue the way the app does: push the batch, then
 * pull it after the cursor, the pull carrying the ack of the batch before (the app's poll loop
 * acks what it stored with its next pull: poll-worker.ts). The relay cycle goes through HTTP,
 * both envelopes and the Redis store; the raw cycle issues the equivalent Redis commands
 * (INCRBY for the sequence numbers and one ZADD; then ZREMRANGEBYSCORE and ZRANGEBYSCORE in one
 * round trip) with the same client library and the same batching. The three steps can also be run apart (the cost phases of `bench:relay-load`): a
 * run of pushes fills the queue, a run of pulls reads it batch by batch, a run of acks empties
 * it batch by batch; `poll` is a long-poll on an empty queue that runs out (what keeping a
 * device connected costs).
 */
export interface Worker {
  /** Pushes one batch; throws if anything is refused. */
  push(): Promise<void>;
  /** Reads the next batch after the last pulled cursor (no ack); throws if it is short. */
  pull(): Promise<void>;
  /** Acks the oldest pulled batch that is not acked yet. */
  ack(): Promise<void>;
  /** Reads the next batch, acking in the same request everything pulled before it. */
  pullAcking(): Promise<void>;
  /** A long-poll on an empty queue of its own, answered empty when its wait runs out. */
  poll(): Promise<void>;
  /**
   * One delivered message as a connected device sees it: a long-poll held on a queue of its
   * own (carrying the ack of the message the previous wake delivered, as the app's poll loop
   * does), a push of one message to that queue (once the poll is held), the poll's reply.
   */
  wake(): Promise<void>;
}

/**
 * A batch's payloads, cut from one CSPRNG call. The payloads stand for ciphertexts, which the
 * app makes elsewhere; one getRandomValues call per 256-byte payload cost ≈ 8 µs of CPU here,
 * more than the raw baseline's own work per message, so both workloads draw a batch at once
 * (≈ 0.8 µs per payload) and the ratio measures the relay, not the random-number generator.
 */
export function payloadsOf(count: number, bytes: number): Uint8Array[] {
  const all = randomBytes(count * bytes);
  return Array.from({ length: count }, (_, i) => all.subarray(i * bytes, (i + 1) * bytes));
}

/** How long `wake()` lets the relay take up the poll before it pushes. */
const HOLD_DELAY_MS = 50;

/** Push, then pull (carrying the previous batch's ack): one batch end to end, as the app. */
export async function cycle(worker: Worker): Promise<void> {
  await worker.push();
  await worker.pullAcking();
}

export interface RelayWorkerOptions {
  readonly url: string;
  readonly serverPublicKey: Uint8Array;
  readonly agent: Agent;
  readonly batch: number;
  readonly payloadBytes: number;
  /**
   * A fresh key for every request, as the product's client does (PROTOCOL.md §6): the
   * relay then derives a new box key (X25519) per request. Off: one key per worker, which the
   * relay's box-key cache answers without a DH.
   */
  readonly freshKeys: boolean;
  /** The wait of `poll()`. */
  readonly pollMs: number;
}

export function relayWorker(options: RelayWorkerOptions): Worker {
  const { url, serverPublicKey, agent, batch, payloadBytes } = options;
  const fixed = new RelayTestClient(url, serverPublicKey, dhKeyPair(), agent);
  const client = (): RelayTestClient =>
    options.freshKeys ? new RelayTestClient(url, serverPublicKey, dhKeyPair(), agent) : fixed;
  const queue: LookupKeyPair = newLookupKeyPair();
  const idle: LookupKeyPair = newLookupKeyPair();
  const woken: LookupKeyPair = newLookupKeyPair();
  let pulled = 0;
  let wokenAfter = 0;
  const unacked: number[] = [];
  return {
    async push() {
      const messages = payloadsOf(batch, payloadBytes).map((payload) => ({
        ...userMessage(queue, 0),
        payload,
      }));
      const push = await client().push(messages);
      if (push.reply.pushResults.filter((r) => r.accepted).length !== batch) {
        throw new Error(`push refused: ${push.reply.error?.code ?? 'per-message errors'}`);
      }
    },
    async pull() {
      const reply = await client().pull([{ lookup: queue, after: pulled, maxEntries: batch }]);
      const got = batchOf(reply);
      if (got.count !== batch) throw new Error(`pulled ${got.count} of ${batch}`);
      pulled = got.cursor;
      unacked.push(pulled);
    },
    async ack() {
      const cursor = unacked.shift();
      if (cursor === undefined) throw new Error('ack before pull');
      const ack = await client().ack(queue, cursor);
      if (!ack.reply.ackResults[0]?.ok) throw new Error('ack refused');
    },
    async pullAcking() {
      const cursor = unacked.at(-1);
      unacked.length = 0;
      const acks =
        cursor === undefined
          ? []
          : [{ lookupKey: queue.lookupKey, pullToken: queue.pullToken, cursor }];
      const pullRequests = [pullRequest({ lookup: queue, after: pulled, maxEntries: batch })];
      const reply = await client().send({ pullRequests, acks });
      if (acks.length > 0 && !reply.reply.ackResults[0]?.ok) throw new Error('ack refused');
      const got = batchOf(reply);
      if (got.count !== batch) throw new Error(`pulled ${got.count} of ${batch}`);
      pulled = got.cursor;
      unacked.push(pulled);
    },
    async poll() {
      const reply = await client().pull([{ lookup: idle }], options.pollMs);
      if (reply.status !== 200 || batchOf(reply).count !== 0) throw new Error('poll not empty');
    },
    async wake() {
      // The poll carries the ack of the message the previous wake delivered, as the app's.
      const acks =
        wokenAfter === 0
          ? []
          : [{ lookupKey: woken.lookupKey, pullToken: woken.pullToken, cursor: wokenAfter }];
      const pullRequests = [pullRequest({ lookup: woken, after: wokenAfter })];
      const held = client().send({ pullRequests, longPollMs: 30_000, acks });
      await new Promise((resolve) => setTimeout(resolve, HOLD_DELAY_MS));
      const push = await client().push([userMessage(woken, payloadBytes)]);
      if (!push.reply.pushResults[0]?.accepted) throw new Error('push refused');
      const reply = await held;
      if (acks.length > 0 && !reply.reply.ackResults[0]?.ok) throw new Error('ack refused');
      const got = batchOf(reply);
      if (got.count !== 1) throw new Error(`woken with ${got.count} entries`);
      wokenAfter = got.cursor;
    },
  };
}

export function rawRedisWorker(redis: Redis, batch: number, payloadBytes: number): Worker {
  const id = Buffer.from(randomBytes(32)).toString('hex');
  const queueKey = `bench:msg:{${id}}`;
  const seqKey = `bench:seq:{${id}}`;
  let pulled = 0;
  const unacked: number[] = [];
  return {
    async push() {
      const last = await redis.incrby(seqKey, batch);
      // One ZADD for the batch, as the relay runs one script for all of a push's messages to a
      // queue (enqueueAll).
      const pairs: (number | Buffer)[] = [];
      const payloads = payloadsOf(batch, payloadBytes);
      for (let seq = last - batch + 1; seq <= last; seq++) {
        // Member = seq ‖ payload, so equal payloads stay distinct members (as in the store).
        const member = Buffer.alloc(8 + payloadBytes);
        member.writeBigUInt64BE(BigInt(seq));
        member.set(payloads[seq - last + batch - 1] ?? new Uint8Array(0), 8);
        pairs.push(seq, member);
      }
      await redis.zadd(queueKey, ...pairs);
    },
    async pull() {
      const entries = await redis.zrangebyscoreBuffer(
        queueKey,
        `(${pulled}`,
        '+inf',
        'LIMIT',
        0,
        batch,
      );
      if (entries.length !== batch) throw new Error(`raw read ${entries.length} of ${batch}`);
      pulled = Number((entries[entries.length - 1] as Buffer).readBigUInt64BE(0));
      unacked.push(pulled);
    },
    async ack() {
      const cursor = unacked.shift();
      if (cursor === undefined) throw new Error('ack before pull');
      await redis.zremrangebyscore(queueKey, '-inf', cursor);
    },
    async pullAcking() {
      const cursor = unacked.at(-1);
      unacked.length = 0;
      const [, entries] = await Promise.all([
        cursor === undefined ? 0 : redis.zremrangebyscore(queueKey, '-inf', cursor),
        redis.zrangebyscoreBuffer(queueKey, `(${pulled}`, '+inf', 'LIMIT', 0, batch),
      ]);
      if (entries.length !== batch) throw new Error(`raw read ${entries.length} of ${batch}`);
      pulled = Number((entries[entries.length - 1] as Buffer).readBigUInt64BE(0));
      unacked.push(pulled);
    },
    poll() {
      return Promise.reject(new Error('the raw baseline has no long-poll'));
    },
    wake() {
      return Promise.reject(new Error('the raw baseline has no long-poll'));
    },
  };
}

/** Runs `rounds` × `step` on every worker concurrently (each worker's steps in sequence). */
export async function runSteps(
  workers: readonly Worker[],
  rounds: number,
  step: (worker: Worker) => Promise<void>,
): Promise<void> {
  await Promise.all(
    workers.map(async (worker) => {
      for (let i = 0; i < rounds; i++) await step(worker);
    }),
  );
}

/** Times `fn` `runs` times (after one warm-up run); returns milliseconds per run. */
export function timeSync(fn: () => void, runs: number): number[] {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/** Resolves once `condition` holds, checking every `everyMs` (0: every turn of the loop). */
export async function until(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  everyMs = 0,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) =>
      everyMs > 0 ? setTimeout(resolve, everyMs) : setImmediate(resolve),
    );
  }
}

/** Milliseconds since `started` (process.hrtime.bigint()). */
export function msSince(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}
