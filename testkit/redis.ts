import { spawn, type ChildProcess } from 'node:child_process';
import { trackChild } from './children';
import { createServer } from 'node:net';
import { makeTempDir } from './tmp';

/**
 * A real `redis-server` for tests: a free loopback port, a fresh temp dir, readiness detected
 * from its own log line (no sleeps), and cleanup even when a test run dies early.
 */
export interface RedisServerOptions {
  /** AOF persistence; off by default (fast, nothing survives a restart). */
  readonly appendOnly?: boolean;
  /** 'always' makes every acknowledged write survive a SIGKILL of redis-server. */
  readonly appendFsync?: 'always' | 'everysec' | 'no';
}

export interface RestartOptions {
  /** SIGKILL (default) proves durability: no shutdown hook gets to flush anything. */
  readonly signal?: NodeJS.Signals;
  /** Runs while the server is down, e.g. to observe how clients behave during an outage. */
  readonly whileDown?: () => Promise<void>;
}

export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Kills the server and removes its directory. Idempotent. */
  stop(): Promise<void>;
  /** Kills the server and starts it again on the same port with the same directory. */
  restart(options?: RestartOptions): Promise<void>;
}

const READY_LINE = 'Ready to accept connections';
const BIND_ATTEMPTS = 5;

/** Binds port 0 to let the OS pick a free port, then releases it for redis-server to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

function redisArgs(port: number, dir: string, options: RedisServerOptions): string[] {
  return [
    ...['--port', String(port), '--bind', '127.0.0.1', '--dir', dir],
    ...['--save', '', '--daemonize', 'no', '--protected-mode', 'no', '--logfile', ''],
    ...['--appendonly', options.appendOnly ? 'yes' : 'no'],
    ...['--appendfsync', options.appendFsync ?? 'everysec'],
  ];
}

/** Spawns redis-server and resolves once it logs readiness; rejects with its output if it exits. */
function spawnRedis(port: number, dir: string, options: RedisServerOptions): Promise<ChildProcess> {
  const child = spawn('redis-server', redisArgs(port, dir, options), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      // Keep only the tail: enough for a diagnostic, bounded for a long-lived server.
      output = (output + chunk.toString('utf8')).slice(-8192);
      if (output.includes(READY_LINE)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      reject(new Error(`redis-server exited (${signal ?? String(code)}) before ready:\n${output}`));
    });
  });
}

function killAndWait(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill(signal);
  });
}

/** Another process may grab the port between probing and binding; retry with a fresh one. */
async function spawnOnFreePort(
  dir: string,
  options: RedisServerOptions,
): Promise<{ child: ChildProcess; port: number }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
    const port = await freePort();
    try {
      return { child: await spawnRedis(port, dir, options), port };
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('redis-server did not start');
}

export async function startRedis(options: RedisServerOptions = {}): Promise<RedisServer> {
  const tmp = await makeTempDir('meow-redis-');
  let started: { child: ChildProcess; port: number };
  try {
    started = await spawnOnFreePort(tmp.path, options);
  } catch (err) {
    await tmp.cleanup();
    throw err;
  }
  let child = started.child;
  const port = started.port;
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    dir: tmp.path,
    async stop() {
      await killAndWait(child, 'SIGKILL');
      await tmp.cleanup();
    },
    async restart(restartOptions: RestartOptions = {}) {
      await killAndWait(child, restartOptions.signal ?? 'SIGKILL');
      await restartOptions.whileDown?.();
      child = await spawnRedis(port, tmp.path, options);
    },
  };
}
