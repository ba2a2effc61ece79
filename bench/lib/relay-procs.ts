import { fromBase64Url } from '../../core/crypto';
import { LOOPBACK_ARGS } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { startChild, type IpcChild } from './ipc';
import type { RelayStats } from './relay-host';

/**
 * The processes of the relay benches, seen from the bench: relays (relay-host.ts) and client
 * workers (relay-client-worker.ts), each its own Node process started like `npm run server`.
 */
export interface RelayHost {
  readonly url: string;
  readonly publicKey: Uint8Array;
  readonly pid: number;
  stats(): Promise<RelayStats>;
  /** Full GCs, then the stats (for memory figures). */
  settle(): Promise<RelayStats>;
  stop(): Promise<void>;
}

export interface RelayHostOptions {
  readonly redisUrl: string;
  /** More relay flags; they win over LOOPBACK_ARGS. */
  readonly extraArgs?: readonly string[];
  /** Set: the relay runs with --cpu-prof and writes its profile into this folder on exit. */
  readonly profileDir?: string;
}

/** Environment without MEOW_RELAY_* overrides, so the flags alone configure the relay. */
function relayEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MEOW_RELAY_')),
  );
}

export async function startRelayHost(options: RelayHostOptions): Promise<RelayHost> {
  const dir: TempDir = await makeTempDir('meow-bench-relay-');
  const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  let child: IpcChild;
  try {
    child = await startChild(
      'relay',
      'bench/lib/relay-host.ts',
      [
        ...['--port', '0', '--data-dir', dir.path, '--redis-url', options.redisUrl],
        // Every bench client connects from 127.0.0.1: per-address limits lifted, as in tests.
        ...LOOPBACK_ARGS,
        ...(options.extraArgs ?? []),
      ],
      { nodeFlags: ['--expose-gc', ...profile], env: relayEnv() },
    );
  } catch (err) {
    await dir.cleanup();
    throw err;
  }
  return {
    url: String(child.ready.url),
    publicKey: fromBase64Url(String(child.ready.publicKey)),
    pid: child.pid,
    stats: () => child.call<RelayStats>({ type: 'stats' }),
    settle: () => child.call<RelayStats>({ type: 'settle' }),
    async stop() {
      await child.stop();
      await dir.cleanup();
    },
  };
}

/** What a client worker reports for one run. */
export interface RunResult {
  readonly messages: number;
  readonly seconds: number;
  /** CPU time the worker process spent on the run (user + system), microseconds. */
  readonly cpuMicros: number;
}

export interface ClientSetup {
  readonly relayUrl: string;
  readonly redisUrl: string;
  /** Concurrent clients (each its own queue) in this process. */
  readonly clients: number;
  readonly batch: number;
  readonly payload: number;
  /**
   * A fresh client key per relay request, as the product does (relay-load.ts), for kind
   * 'relay'; kind 'relay-one-key' always uses one key per client.
   */
  readonly freshKeys: boolean;
  /** The wait of the `poll` step (a long-poll on an empty queue), ms. */
  readonly pollMs: number;
}

export type WorkKind = 'relay' | 'relay-one-key' | 'raw';
/** A whole cycle (push, then pull carrying the previous ack) or one of its steps; a long-poll that runs out; a wake. */
export type Step = 'cycle' | 'push' | 'pull' | 'ack' | 'poll' | 'wake';

export interface ClientWorker {
  run(kind: WorkKind, step: Step, rounds: number): Promise<RunResult>;
  stop(): Promise<void>;
}

export async function startClientWorker(setup: ClientSetup): Promise<ClientWorker> {
  // BENCH_CLIENT_PROFILE_DIR: the client processes write CPU profiles there on exit.
  const dir = process.env.BENCH_CLIENT_PROFILE_DIR;
  const nodeFlags = dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
  const child = await startChild('client worker', 'bench/lib/relay-client-worker.ts', [], {
    nodeFlags,
  });
  await child.call({ type: 'setup', ...setup });
  return {
    run: (kind, step, rounds) => child.call<RunResult>({ type: 'run', kind, step, rounds }),
    stop: () => child.stop(),
  };
}

/** One run on every worker at once, timed from the start call to the last worker's answer. */
export interface Aggregate {
  readonly messages: number;
  readonly seconds: number;
  /** Messages per second over that wall time. */
  readonly rate: number;
  /** CPU time of all the workers together, microseconds. */
  readonly clientCpuMicros: number;
}

export async function runWorkers(
  workers: readonly ClientWorker[],
  kind: WorkKind,
  step: Step,
  rounds: number,
): Promise<Aggregate> {
  const started = process.hrtime.bigint();
  const results = await Promise.all(workers.map((w) => w.run(kind, step, rounds)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const messages = results.reduce((sum, r) => sum + r.messages, 0);
  const clientCpuMicros = results.reduce((sum, r) => sum + r.cpuMicros, 0);
  return { messages, seconds, rate: messages / seconds, clientCpuMicros };
}
