import { makeTempDir } from '../../../testkit/tmp';
import { defaultConfig, type RelayConfig, type RelayLimits } from '../../config';
import { startRelay, type RunningRelay } from '../../relay';
import type { RedisNode } from '../../store/redis-target';
import type { RelayStore } from '../../store/types';

/**
 * Relays for tests and benchmarks: started in-process on a free loopback port, on a fresh data
 * folder, with the real store chosen by the config (embedded unless `redisUrl` or
 * `redisCluster` is set).
 */
export interface TestRelayOptions {
  readonly dataDir?: string;
  readonly redisUrl?: string;
  /** Nodes of a Redis Cluster (testkit/redis-cluster.ts), instead of `redisUrl`. */
  readonly redisCluster?: readonly RedisNode[];
  readonly limits?: Partial<RelayLimits>;
  readonly now?: () => number;
  readonly store?: RelayStore;
  readonly trustProxy?: boolean;
  /** Where attachment blobs live (default: files under the data folder). */
  readonly blobStore?: 'fs' | 'redis';
  /** Collects log lines instead of printing them. */
  readonly logs?: string[];
}

const cleanups = new Map<string, () => Promise<void>>();

/** A fresh data folder, removed by `removeDir` (or at process exit if a test dies first). */
export async function tempDir(prefix = 'meow-relay-'): Promise<string> {
  const dir = await makeTempDir(prefix);
  cleanups.set(dir.path, () => dir.cleanup());
  return dir.path;
}

export async function removeDir(dir: string): Promise<void> {
  await cleanups.get(dir)?.();
  cleanups.delete(dir);
}

/**
 * Every test client (and benchmark client) connects from 127.0.0.1, so the per-address request
 * and held-poll limits would count a whole test file as one client. Test relays lift them unless
 * a test sets them; invitation limits keep their defaults (invitations.test.ts checks them).
 */
export const LOOPBACK_LIMITS: Partial<RelayLimits> = {
  requestsPerAddressPerMinute: 1_000_000_000,
  requestsPerConnectionPerMinute: 1_000_000_000,
  maxHeldPollsPerAddress: 1_000_000,
};

export function testConfig(dataDir: string, options: TestRelayOptions = {}): RelayConfig {
  const logs = options.logs;
  return defaultConfig({
    dataDir,
    port: 0,
    redisUrl: options.redisUrl,
    ...(options.redisCluster ? { redisCluster: options.redisCluster } : {}),
    trustProxy: options.trustProxy ?? false,
    ...(options.blobStore ? { blobStore: options.blobStore } : {}),
    limits: { ...LOOPBACK_LIMITS, ...options.limits },
    ...(options.now ? { now: options.now } : {}),
    log: (line) => {
      if (logs) logs.push(line);
      else process.stderr.write(`${line}\n`);
    },
  });
}

export async function startTestRelay(
  options: TestRelayOptions & { dataDir: string },
): Promise<RunningRelay> {
  const config = testConfig(options.dataDir, options);
  return startRelay(config, options.store ? { store: options.store } : {});
}

/** Polls a cheap in-process condition until it holds (no fixed sleeps in assertions). */
export async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}
