import type { Redis } from 'ioredis';
import { randomBytes } from '../../core/crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../../core/lookup';
import { batchOf, RelayTestClient, userMessage } from '../../server/http/testing/client';

/**
 * Workloads for bench/relay.bench.ts. One "cycle" moves a batch of messages through a queue the
 * way a client does: push the batch, pull it after the cursor, ack the cursor. The relay cycle
 * goes through HTTP, both envelopes and the Redis store; the raw cycle issues the equivalent
 * Redis commands (INCRBY for the sequence numbers, ZADD, ZRANGEBYSCORE, ZREMRANGEBYSCORE) with
 * the same client library and the same batching.
 */
export interface Worker {
  /** Moves one batch end to end; throws if anything is lost or refused. */
  cycle(): Promise<void>;
}

export function relayWorker(client: RelayTestClient, batch: number, payloadBytes: number): Worker {
  const queue: LookupKeyPair = newLookupKeyPair();
  let cursor = 0;
  return {
    async cycle() {
      const messages = Array.from({ length: batch }, () => userMessage(queue, payloadBytes));
      const push = await client.push(messages);
      if (push.reply.pushResults.filter((r) => r.accepted).length !== batch) {
        throw new Error(`push refused: ${push.reply.error?.code ?? 'per-message errors'}`);
      }
      const pulled = batchOf(
        await client.pull([{ lookup: queue, after: cursor, maxEntries: batch }]),
      );
      if (pulled.count !== batch) throw new Error(`pulled ${pulled.count} of ${batch}`);
      cursor = pulled.cursor;
      const ack = await client.ack(queue, cursor);
      if (!ack.reply.ackResults[0]?.ok) throw new Error('ack refused');
    },
  };
}

export function rawRedisWorker(redis: Redis, batch: number, payloadBytes: number): Worker {
  const id = Buffer.from(randomBytes(32)).toString('hex');
  const queueKey = `bench:msg:{${id}}`;
  const seqKey = `bench:seq:{${id}}`;
  let cursor = 0;
  return {
    async cycle() {
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
      const entries = await redis.zrangebyscoreBuffer(
        queueKey,
        `(${cursor}`,
        '+inf',
        'LIMIT',
        0,
        batch,
      );
      if (entries.length !== batch) throw new Error(`raw read ${entries.length} of ${batch}`);
      cursor = last;
      await redis.zremrangebyscore(queueKey, '-inf', cursor);
    },
  };
}

/** Runs `cycles` cycles on every worker concurrently; returns messages per second. */
export async function throughput(
  workers: readonly Worker[],
  cycles: number,
  batch: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  await Promise.all(
    workers.map(async (worker) => {
      for (let i = 0; i < cycles; i++) await worker.cycle();
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return (workers.length * cycles * batch) / seconds;
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

/** Resolves once `condition` holds, checking on every turn of the event loop. */
export async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
