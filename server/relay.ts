import type { AddressInfo } from 'node:net';
import { fingerprint } from '../core/crypto';
import { boxKeyWith } from '../core/envelope/server';
import { encodeProto } from '../core/wire';
import { meow } from '../proto';
import type { RelayConfig } from './config';
import { useRelayNativeCrypto } from './native-crypto';
import { join } from 'node:path';
// Static imports: a dynamic import() makes the Electron bundle initialise core/crypto lazily,
// after modules that hash at load time (shortcode.ts) have already run.
import { FileBlobStore } from './blobs/fs';
import type { BlobLimits } from './blobs/limits';
import { RedisBlobStore } from './blobs/redis';
import type { BlobStore } from './blobs/types';
import { AddressKeys } from './http/address';
import { guardBlobs } from './http/blobs';
import { guardStore } from './http/guard';
import type { RelayContext } from './http/handler';
import { BoxKeyCache } from './http/keycache';
import { HeldPolls } from './http/longpoll';
import { RequestLimiter } from './http/ratelimit';
import { createRelayHttp } from './http/server';
import { buildServerCard, loadOrCreateKeys, type RelayKeys } from './keys';
import { relayServerFactory } from './tls';
import { formatRedisNodes } from './store/redis-target';
import type { QueueLimits, RelayStore } from './store/types';

/** A relay running in this process (`startRelay`), for `main.ts`, tests and benchmarks. */
export interface RunningRelay {
  /** e.g. http://127.0.0.1:8787; https:// when the relay terminates TLS (`config.tls`). */
  readonly url: string;
  readonly card: meow.ServerCard;
  readonly cardBytes: Uint8Array;
  readonly keys: RelayKeys;
  /** "embedded <dir>", "redis <url without credentials>" or "redis-cluster <host:port,…>". */
  readonly storeLabel: string;
  /** Of the box public key, the one clients pin. */
  readonly fingerprint: string;
  /** Long-polls currently held. */
  heldPolls(): number;
  /** Graceful: stop accepting, answer held long-polls now, finish in-flight requests, close the store. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** Use this store instead of opening one from the config; the caller keeps ownership. */
  readonly store?: RelayStore;
  /** Likewise for attachment blobs. */
  readonly blobs?: BlobStore;
}

/** In-flight requests get this long to finish on shutdown before connections are cut. */
const SHUTDOWN_GRACE_MS = 5_000;

function queueLimits(config: RelayConfig): QueueLimits {
  const { limits } = config;
  return {
    ttlMs: limits.queueTtlMs,
    maxLength: limits.queueMaxLength,
    maxBytes: limits.queueMaxBytes,
    metaIdleMs: limits.queueMetaIdleMs,
  };
}

/** The Redis URL without user name or password, for logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return 'redis://…';
  }
}

/** Imported lazily: a relay on Redis never loads LevelDB, an embedded one never loads ioredis. */
async function openStore(config: RelayConfig): Promise<{ store: RelayStore; label: string }> {
  if (config.redisUrl !== undefined) {
    const { RedisStore } = await import('./store/redis');
    const store = await RedisStore.connect(config.redisUrl, queueLimits(config));
    return { store, label: `redis ${redactUrl(config.redisUrl)}` };
  }
  if (config.redisCluster !== undefined) {
    const { RedisStore } = await import('./store/redis');
    const store = await RedisStore.connect({ cluster: config.redisCluster }, queueLimits(config));
    return { store, label: `redis-cluster ${formatRedisNodes(config.redisCluster)}` };
  }
  const { EmbeddedStore } = await import('./store/embedded');
  const store = await EmbeddedStore.open(config.dataDir, queueLimits(config));
  return { store, label: `embedded ${config.dataDir}` };
}

function blobLimits(config: RelayConfig): BlobLimits {
  const { limits } = config;
  return {
    ttlMs: limits.blobTtlMs,
    maxChunks: limits.blobMaxChunks,
    maxTotalBytes: limits.blobMaxTotalBytes,
  };
}

/** Files under --blob-dir (default), or the Redis the queues use (`--blob-store redis`). */
async function openBlobs(config: RelayConfig): Promise<BlobStore> {
  const target = config.redisUrl ?? (config.redisCluster && { cluster: config.redisCluster });
  if (config.blobStore === 'redis' && target !== undefined) {
    return RedisBlobStore.connect(target, blobLimits(config));
  }
  const dir = config.blobDir ?? join(config.dataDir, 'blobs');
  return FileBlobStore.open(dir, blobLimits(config), {
    now: config.now,
    onError: () => {
      config.log('relay: blob sweep failed');
    },
  });
}

function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

export async function startRelay(
  config: RelayConfig,
  options: StartOptions = {},
): Promise<RunningRelay> {
  // First: an unreadable certificate is reported before any key or store is touched.
  const serverFactory = relayServerFactory(config);
  // Native ChaCha20-Poly1305 and X25519 where sound (core/crypto/native-probe.ts).
  useRelayNativeCrypto();
  const keys = await loadOrCreateKeys(config.dataDir);
  const opened = options.store
    ? { store: options.store, label: 'external' }
    : await openStore(config);
  let blobs: BlobStore;
  try {
    blobs = options.blobs ?? (await openBlobs(config));
  } catch (err) {
    if (!options.store) await opened.store.close();
    throw err;
  }
  const store = guardStore(opened.store);
  const ctx: RelayContext = {
    config,
    store,
    keys,
    boxKeys: new BoxKeyCache(boxKeyWith(keys.box)),
    polls: new HeldPolls(),
    addresses: new AddressKeys(keys.box.privateKey),
    limiter: new RequestLimiter(store, config.limits),
    blobs: guardBlobs(blobs),
  };
  const closeStores = async (): Promise<void> => {
    if (!options.store) await opened.store.close();
    if (!options.blobs) await blobs.close();
  };
  let cardBytes: Uint8Array = new Uint8Array(0);
  const http = createRelayHttp(ctx, () => cardBytes, serverFactory.create);
  try {
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => {
        http.server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await closeStores();
    throw err;
  }
  const { port } = http.server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `${serverFactory.scheme}://${host}:${port}`;
  const card = buildServerCard(keys, config, url);
  cardBytes = encodeProto(meow.ServerCard, card);

  let closing: Promise<void> | undefined;
  const shutdown = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) =>
      http.server.close(() => {
        resolve();
      }),
    );
    ctx.polls.releaseAll();
    await within(http.drained(), SHUTDOWN_GRACE_MS);
    await within(closed, 1_000);
    http.server.closeAllConnections();
    await closed;
    await closeStores();
  };
  return {
    url,
    card,
    cardBytes,
    keys,
    storeLabel: opened.label,
    fingerprint: fingerprint(keys.box.publicKey),
    heldPolls: () => ctx.polls.size,
    close: () => (closing ??= shutdown()),
  };
}
