import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { trackChild } from './children';
import { freePort } from './redis';
import { makeTempDir } from './tmp';

/**
 * A real three-master Redis Cluster for tests: three `redis-server --cluster-enabled yes` on free
 * loopback ports, joined by `redis-cli --cluster create`, ready once every node reports
 * cluster_state:ok (polled, no fixed sleeps). Nodes bind and announce 127.0.0.1 only, so a
 * client following MOVED redirections never leaves loopback. Cleanup as in testkit/redis.ts.
 */
export interface ClusterNode {
  readonly host: string;
  readonly port: number;
}

export interface RedisCluster {
  readonly nodes: readonly ClusterNode[];
  /** "127.0.0.1:P1,127.0.0.1:P2,127.0.0.1:P3": the relay's --redis-cluster value. */
  readonly spec: string;
  readonly dir: string;
  /** The port of the master serving `key` (CLUSTER KEYSLOT, then CLUSTER SLOTS). */
  masterOf(key: string): Promise<number>;
  /**
   * SIGKILLs node `index` and starts it again on the same ports and directory (its nodes.conf
   * keeps its identity and slots), then waits until the whole cluster reports ok again.
   */
  restartNode(index: number, whileDown?: () => Promise<void>): Promise<void>;
  /** The same for every node at once: a full outage (data is lost, the topology is kept). */
  restartAll(whileDown?: () => Promise<void>): Promise<void>;
  /** Kills every node and removes the directory. Idempotent. */
  stop(): Promise<void>;
}

const run = promisify(execFile);
const HOST = '127.0.0.1';
const READY_LINE = 'Ready to accept connections';
const BIND_ATTEMPTS = 5;
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 20;

/**
 * Why this machine cannot run the cluster tests, or undefined when it can: sharded pub/sub
 * (SSUBSCRIBE/SPUBLISH) and --cluster-port need Redis 7, `--cluster create` needs redis-cli 5+.
 */
export async function clusterUnsupported(): Promise<string | undefined> {
  let version: string;
  try {
    version = (await run('redis-server', ['--version'])).stdout;
  } catch {
    return 'redis-server is not installed';
  }
  const major = Number(/v=(\d+)\./.exec(version)?.[1] ?? 0);
  if (major < 7) return `redis-server ${version.trim()} lacks sharded pub/sub (needs Redis 7)`;
  // `redis-cli --cluster help` prints its help but exits 1: judge by the output.
  const help = await run('redis-cli', ['--cluster', 'help']).catch(
    (err: unknown) => err as { code?: unknown; stdout?: string; stderr?: string },
  );
  if ('code' in help && help.code === 'ENOENT') return 'redis-cli is not installed';
  if (!`${help.stdout ?? ''}${help.stderr ?? ''}`.includes('create')) {
    return 'redis-cli lacks cluster support (no `redis-cli --cluster create`)';
  }
  return undefined;
}

/** Client port and cluster-bus port: the bus would default to port + 10000, maybe > 65535. */
interface Ports {
  readonly port: number;
  readonly bus: number;
}

function nodeArgs(ports: Ports, dir: string): string[] {
  return [
    ...['--port', String(ports.port), '--bind', HOST, '--dir', dir],
    ...['--save', '', '--appendonly', 'no', '--daemonize', 'no', '--protected-mode', 'no'],
    ...['--logfile', '', '--cluster-enabled', 'yes', '--cluster-config-file', 'nodes.conf'],
    ...['--cluster-port', String(ports.bus), '--cluster-announce-ip', HOST],
    // A restarted node is back well within this; shorter would flap under a loaded test run.
    ...['--cluster-node-timeout', '5000'],
  ];
}

function spawnNode(ports: Ports, dir: string): Promise<ChildProcess> {
  const child = spawn('redis-server', nodeArgs(ports, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-8192);
      if (output.includes(READY_LINE)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      reject(new Error(`cluster node exited (${signal ?? String(code)}) before ready:\n${output}`));
    });
  });
}

/** Another process may take a probed port before redis-server binds it: retry with new ones. */
async function spawnOnFreePorts(dir: string): Promise<{ child: ChildProcess; ports: Ports }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < BIND_ATTEMPTS; attempt++) {
    const ports = { port: await freePort(), bus: await freePort() };
    if (ports.port === ports.bus) continue;
    try {
      return { child: await spawnNode(ports, dir), ports };
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('cluster node did not start');
}

function killAndWait(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill('SIGKILL');
  });
}

/** Polls CLUSTER INFO on every node until each reports cluster_state:ok and all slots ok. */
async function waitClusterOk(ports: readonly number[]): Promise<void> {
  const clients = ports.map((port) => {
    const client = new Redis({ host: HOST, port, lazyConnect: true, retryStrategy: () => POLL_MS });
    // A node may still be down: the poll's failed command is the answer, not a crash.
    client.on('error', () => undefined);
    return client;
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    for (;;) {
      const infos = await Promise.all(
        clients.map((c) => c.cluster('INFO').then(String, (err: unknown) => String(err))),
      );
      if (infos.every((i) => i.includes('cluster_state:ok') && i.includes('slots_ok:16384'))) {
        return;
      }
      if (Date.now() > deadline) throw new Error(`cluster not ok in time:\n${infos.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    for (const c of clients) c.disconnect();
  }
}

export async function startRedisCluster(): Promise<RedisCluster> {
  const tmp = await makeTempDir('meow-redis-cluster-');
  const children: ChildProcess[] = [];
  const nodePorts: Ports[] = [];
  const dirs = [0, 1, 2].map((i) => join(tmp.path, `node-${i}`));
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(killAndWait));
    await tmp.cleanup();
  };
  try {
    for (const dir of dirs) {
      await mkdir(dir);
      const started = await spawnOnFreePorts(dir);
      children.push(started.child);
      nodePorts.push(started.ports);
    }
    const addresses = nodePorts.map((p) => `${HOST}:${p.port}`);
    await run('redis-cli', [
      ...['--cluster', 'create', ...addresses],
      ...['--cluster-replicas', '0', '--cluster-yes'],
    ]);
    await waitClusterOk(nodePorts.map((p) => p.port));
  } catch (err) {
    await stop();
    throw err;
  }
  const restart = async (indexes: number[], whileDown?: () => Promise<void>): Promise<void> => {
    await Promise.all(indexes.map((i) => killAndWait(nodeAt(children, i))));
    await whileDown?.();
    for (const i of indexes) {
      children[i] = await spawnNode(nodeAt(nodePorts, i), nodeAt(dirs, i));
    }
    await waitClusterOk(nodePorts.map((p) => p.port));
  };
  const nodes = nodePorts.map((p) => ({ host: HOST, port: p.port }));
  return {
    nodes,
    spec: nodes.map((n) => `${n.host}:${n.port}`).join(','),
    dir: tmp.path,
    masterOf: (key) => masterOf(nodes[0]?.port ?? 0, key),
    restartNode: (index, whileDown) => restart([index], whileDown),
    restartAll: (whileDown) => restart([0, 1, 2], whileDown),
    stop,
  };
}

function nodeAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new Error(`no cluster node ${index}`);
  return item;
}

async function masterOf(port: number, key: string): Promise<number> {
  const client = new Redis({ host: HOST, port });
  client.on('error', () => undefined);
  try {
    const slot = await client.cluster('KEYSLOT', key);
    const ranges = await client.cluster('SLOTS');
    // Each range: start, end, then the master [host, port, id, …] and any replicas.
    const master = ranges.find(([from, to]) => slot >= from && slot <= to)?.[2];
    if (!master) throw new Error(`no master serves slot ${slot}`);
    return master[1];
  } finally {
    client.disconnect();
  }
}
