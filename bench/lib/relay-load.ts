import type { Agent } from 'node:http';
import type { Redis } from 'ioredis';
import { dhKeyPair, randomBytes } from '../../core/crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import { batchOf, RelayTestClient, userMessage } from '../../server/http/testing/client';

/**
 * Workloads for bench/relay.bench.ts, run in client processes (relay-client-worker.ts). One
 * "cycle" moves a batch of messages through a queue the way a client does: push the batch, pull
 * it after the cursor, ack the cursor. The relay cycle goes through HTTP, both envelopes and the
 * Redis store; the raw cycle issues the equivalent Redis commands (INCRBY for the sequence
 * numbers, ZADD, ZRANGEBYSCORE, ZREMRANGEBYSCORE) with the same client library and the same
 * batching. The three steps can also be run apart (the cost phases of `bench:relay-load`): a
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
  /** A long-poll on an empty queue of its own, answered empty when its wait runs out. */
  poll(): Promise<void>;
  /**
   * One delivered message as a connected device sees it: a long-poll held on a queue of its
   * own, a push of one message to that queue (once the poll is held), the poll's reply, its ack.
   */
  wake(): Promise<void>;
}

/** How long `wake()` lets the relay take up the poll before it pushes. */
const HOLD_DELAY_MS = 50;

/** Push, pull, ack: one batch end to end. */
export async function cycle(worker: Worker): Promise<void> {
  await worker.push();
  await worker.pull();
  await worker.ack();
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
      const messages = Array.from({ length: batch }, () => userMessage(queue, payloadBytes));
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
    async poll() {
      const reply = await client().pull([{ lookup: idle }], options.pollMs);
      if (reply.status !== 200 || batchOf(reply).count !== 0) throw new Error('poll not empty');
    },
    async wake() {
      const held = client().pull([{ lookup: woken, after: wokenAfter }], 30_000);
      await new Promise((resolve) => setTimeout(resolve, HOLD_DELAY_MS));
      const push = await client().push([userMessage(woken, payloadBytes)]);
      if (!push.reply.pushResults[0]?.accepted) throw new Error('push refused');
      const got = batchOf(await held);
      if (got.count !== 1) throw new Error(`woken with ${got.count} entries`);
      wokenAfter = got.cursor;
      const ack = await client().ack(woken, wokenAfter);
      if (!ack.reply.ackResults[0]?.ok) throw new Error('ack refused');
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
      const pipeline = redis.pipeline();
      for (let seq = last - batch + 1; seq <= last; seq++) {
        // Member = seq ‖ payload, so equal payloads stay distinct members (as in the store).
        const member = Buffer.alloc(8 + payloadBytes);
        member.writeBigUInt64BE(BigInt(seq));
        member.set(randomBytes(payloadBytes), 8);
        pipeline.zadd(queueKey, seq, member);
      }
      await pipeline.exec();
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
