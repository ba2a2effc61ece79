/**
 * A client process of the relay benches. It holds both workloads of relay-load.ts with the same
 * number of clients, batching and payload — relay clients (sealing, HTTP, opening replies) and
 * the raw Redis baseline (the equivalent commands, same client library) — so both are driven
 * from the same kind of process, apart from the relay and from redis-server. Started and driven
 * by relay-procs.ts.
 */
import { Agent } from 'node:http';
import { Redis } from 'ioredis';
import { useNativeCrypto } from '../../main/client/native-crypto';
import { fetchCard } from '../../server/http/testing/client';
import { serveParent, type Message } from './ipc';
import type { ClientSetup, RunResult, Step, WorkKind } from './relay-procs';
import { cycle, rawRedisWorker, relayWorker, runSteps, type Worker } from './relay-load';

let workers: Record<WorkKind, Worker[]> | undefined;
let batch = 0;
const closers: (() => void)[] = [];

async function setup(request: Message): Promise<void> {
  const options = request as unknown as ClientSetup;
  useNativeCrypto(); // as the app's engine does (main/client/native-crypto.ts)
  batch = options.batch;
  // Two connections per client: a `wake` step holds a poll while it pushes.
  // Idle sockets close after 4 s, before the relay's keep-alive timeout (5 s) could close one
  // under a request reusing it (a raw round leaves them idle), as the app's agents do.
  const agent = new Agent({ keepAlive: true, maxSockets: 2 * options.clients, timeout: 4_000 });
  // The relay's store connects with auto-pipelining (server/store/redis.ts); so does this.
  const raw = new Redis(options.redisUrl, { enableAutoPipelining: true });
  closers.push(
    () => {
      agent.destroy();
    },
    () => {
      raw.disconnect();
    },
  );
  const card = await fetchCard(options.relayUrl, agent);
  const indexes = Array.from({ length: options.clients }, (_, i) => i);
  const relay = (freshKeys: boolean): Worker[] =>
    indexes.map(() =>
      relayWorker({
        url: options.relayUrl,
        serverPublicKey: card.publicKey,
        agent,
        batch: options.batch,
        payloadBytes: options.payload,
        freshKeys,
        pollMs: options.pollMs,
      }),
    );
  workers = {
    relay: relay(options.freshKeys),
    'relay-one-key': relay(false),
    raw: indexes.map(() => rawRedisWorker(raw, options.batch, options.payload)),
  };
}

const steps: Record<Step, (worker: Worker) => Promise<void>> = {
  cycle,
  push: (worker) => worker.push(),
  pull: (worker) => worker.pull(),
  ack: (worker) => worker.ack(),
  poll: (worker) => worker.poll(),
  wake: (worker) => worker.wake(),
};

/** `rounds` steps on every client of `kind` at once; messages moved, wall time and CPU. */
async function run(request: Message): Promise<RunResult> {
  if (!workers) throw new Error('run before setup');
  const set = workers[request.kind as WorkKind];
  const step = steps[request.step as Step];
  const rounds = Number(request.rounds);
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  await runSteps(set, rounds, step);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  return { messages: set.length * rounds * batch, seconds, cpuMicros: used.user + used.system };
}

serveParent({}, { setup, run }, () => {
  for (const close of closers) close();
  return Promise.resolve();
});
