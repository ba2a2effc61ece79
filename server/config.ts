import { parseArgs } from 'node:util';
import { BLOB_INT_OPTIONS, type BlobStoreKind } from './blobs/options';
import { parseRedisNodes, type RedisNode } from './store/redis-target';

/**
 * Relay configuration: command-line flags, then `MEOW_RELAY_*` environment variables, then
 * defaults. Every value is validated here, so the rest of the relay can trust it.
 */
export interface RelayLimits {
  readonly maxBodyBytes: number;
  /** Applies to each encoded PackedUserMessage (what the store keeps). */
  readonly maxMessageBytes: number;
  readonly maxMessagesPerPush: number;
  /** Applies to pull_requests and to acks, separately. */
  readonly maxKeysPerPull: number;
  /** Entries in one reply, over all keys. */
  readonly maxEntriesPerPull: number;
  readonly maxLongPollMs: number;
  readonly queueTtlMs: number;
  /** Entries per queue; a push beyond it is refused (QUEUE_FULL), nothing is evicted. */
  readonly queueMaxLength: number;
  /** Sum of stored message bytes per queue; a push beyond it is refused (QUEUE_FULL). */
  readonly queueMaxBytes: number;
  /** The retry_after_ms a QUEUE_FULL push result carries. */
  readonly queueFullRetryMs: number;
  /** A queue's metadata (seq counter, ack cursor) is forgotten after this long without use. */
  readonly queueMetaIdleMs: number;
  readonly invitationMaxExpiryMs: number;
  readonly invitationMinExpiryMs: number;
  /** A request's timestamp must be within ± this of the relay clock; its uuid is remembered 2×. */
  readonly replayWindowMs: number;
  /** Requests per client address (IPv4 address, IPv6 /64) per minute, over all instances. */
  readonly requestsPerAddressPerMinute: number;
  /** Requests per TCP connection per minute (this instance). */
  readonly requestsPerConnectionPerMinute: number;
  /** Long-polls one client address may have open at once (this instance). */
  readonly maxHeldPollsPerAddress: number;
  /** Long-polls open at once on this instance. */
  readonly maxHeldPolls: number;
  /** Invitation operations (create, get, delete) per client address per minute. */
  readonly invitationOpsPerMinute: number;
  /** GET attempts per (client address, shortcode) per 10 minutes. */
  readonly shortcodeAttemptsPerAddress: number;
  /** Failed GETs (INVITATION_DENIED) per client address per 10 minutes. */
  readonly shortcodeFailuresPerAddress: number;
  /** Attachment blobs (server/blobs/options.ts): TTL, chunks per blob, bytes per relay. */
  readonly blobTtlMs: number;
  readonly blobMaxChunks: number;
  readonly blobMaxTotalBytes: number;
  /** POST /v1/blob per client address per minute (a bucket of its own). */
  readonly blobRequestsPerAddressPerMinute: number;
}

export interface RelayConfig {
  /** 0 = any free port. */
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Set → RedisStore (many instances share it); unset → EmbeddedStore under dataDir. */
  readonly redisUrl: string | undefined;
  /** Set → RedisStore on a Redis Cluster, reached through these nodes; excludes redisUrl. */
  readonly redisCluster?: readonly RedisNode[];
  readonly name: string;
  /** URL put in the ServerCard; defaults to the listening URL. */
  readonly publicUrl: string | undefined;
  readonly limits: RelayLimits;
  /** Where attachment blobs live: files under `blobDir` (default) or the Redis store's Redis. */
  readonly blobStore: BlobStoreKind;
  /** Default `<dataDir>/blobs`. */
  readonly blobDir: string | undefined;
  /**
   * Behind a reverse proxy: key limits on the rightmost X-Forwarded-For entry (the address the
   * proxy saw) instead of the socket's. Off by default: a client could put anything there.
   */
  readonly trustProxy: boolean;
  /**
   * PEM certificate chain and key: the relay terminates TLS itself (node:https). Unset: plain
   * http, for loopback, a home network or behind a TLS-terminating proxy (docs/DEPLOYING.md).
   * The files are read at start-up (server/tls.ts); renewing them takes a restart.
   */
  readonly tls?: { readonly certFile: string; readonly keyFile: string };
  /** The relay clock (ms since epoch); tests inject one to expire things without sleeping. */
  readonly now: () => number;
  /** Operational log sink; receives codes and key prefixes only, never message contents. */
  readonly log: (line: string) => void;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

const MIB = 1024 * 1024;
const UINT32_MAX = 0xffffffff;

interface IntOption {
  readonly flag: string;
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
  /** Shown in USAGE instead of the fallback, when the fallback is a stand-in (e.g. 0). */
  readonly note?: string;
  /** What it limits, for USAGE. */
  readonly help?: string;
}

const INT_OPTIONS: readonly IntOption[] = [
  { flag: 'port', fallback: 8787, min: 0, max: 65535 },
  { flag: 'max-body-bytes', fallback: 2 * MIB, min: 1024, max: 1024 * MIB },
  { flag: 'max-message-bytes', fallback: MIB + 256, min: 64, max: 1024 * MIB },
  { flag: 'max-messages-per-push', fallback: 100, min: 1, max: 100_000 },
  { flag: 'max-keys-per-pull', fallback: 1000, min: 1, max: 100_000 },
  { flag: 'max-entries-per-pull', fallback: 500, min: 1, max: 100_000 },
  { flag: 'max-long-poll-ms', fallback: 60_000, min: 0, max: 3_600_000 },
  { flag: 'queue-ttl-seconds', fallback: 14 * 86_400, min: 1, max: UINT32_MAX },
  { flag: 'queue-max-length', fallback: 10_000, min: 1, max: 1_000_000_000 },
  {
    flag: 'queue-max-bytes',
    fallback: 64 * MIB,
    min: 1024,
    max: 2 ** 40,
    help: 'stored message bytes per queue; beyond it pushes get QUEUE_FULL',
  },
  {
    flag: 'queue-full-retry-seconds',
    fallback: 60,
    min: 1,
    max: 86_400,
    help: 'retry_after of a QUEUE_FULL push',
  },
  // 0 stands for "twice the TTL", so the default follows --queue-ttl-seconds.
  {
    flag: 'queue-meta-idle-seconds',
    fallback: 0,
    min: 0,
    max: UINT32_MAX,
    note: '2 × queue-ttl-seconds',
    help: 'a queue unused this long forgets its seq counter',
  },
  { flag: 'invitation-max-expiry-seconds', fallback: 7 * 86_400, min: 1, max: UINT32_MAX },
  { flag: 'invitation-min-expiry-seconds', fallback: 60, min: 1, max: UINT32_MAX },
  {
    flag: 'replay-window-seconds',
    fallback: 300,
    min: 1,
    max: 86_400,
    help: 'allowed clock skew; request ids are remembered twice as long',
  },
  {
    flag: 'requests-per-address-per-minute',
    fallback: 1_200,
    min: 1,
    max: 1_000_000_000,
    help: 'per IPv4 address or IPv6 /64, over all instances',
  },
  {
    flag: 'requests-per-connection-per-minute',
    fallback: 600,
    min: 1,
    max: 1_000_000_000,
    help: 'per TCP connection',
  },
  {
    flag: 'max-held-polls-per-address',
    fallback: 256,
    min: 1,
    max: 1_000_000,
    help: 'long-polls open at once per address (this instance)',
  },
  {
    flag: 'max-held-polls',
    fallback: 20_000,
    min: 1,
    max: 10_000_000,
    help: 'long-polls open at once (this instance)',
  },
  {
    flag: 'invitation-ops-per-minute',
    fallback: 30,
    min: 1,
    max: 1_000_000_000,
    help: 'invitation create/get/delete per address',
  },
  {
    flag: 'shortcode-attempts-per-address',
    fallback: 5,
    min: 1,
    max: 1_000_000,
    help: 'GETs per (address, shortcode) per 10 minutes',
  },
  {
    flag: 'shortcode-failures-per-address',
    fallback: 60,
    min: 1,
    max: 1_000_000,
    help: 'failed GETs per address per 10 minutes',
  },
  ...BLOB_INT_OPTIONS,
];

const TRUST_PROXY_FLAG = 'trust-proxy';

const STRING_OPTIONS = {
  host: { flag: 'host', fallback: '127.0.0.1' },
  dataDir: { flag: 'data-dir', fallback: './relay-data' },
  redisUrl: { flag: 'redis-url', fallback: undefined },
  redisCluster: {
    flag: 'redis-cluster',
    fallback: undefined,
    arg: 'host:port,…',
    help: 'Redis Cluster nodes (any reachable one is enough), instead of --redis-url',
  },
  name: { flag: 'name', fallback: 'meow relay' },
  publicUrl: { flag: 'public-url', fallback: undefined },
  // PEM files (MEOW_RELAY_TLS_CERT / MEOW_RELAY_TLS_KEY); both or neither.
  tlsCert: {
    flag: 'tls-cert',
    fallback: undefined,
    arg: 'file',
    help: 'PEM certificate chain: serve https:// (with --tls-key)',
  },
  tlsKey: { flag: 'tls-key', fallback: undefined, arg: 'file', help: 'PEM private key' },
  blobStore: { flag: 'blob-store', fallback: 'fs', arg: 'fs|redis', help: 'attachment blobs' },
  blobDir: {
    flag: 'blob-dir',
    fallback: undefined,
    arg: 'dir',
    help: '(default <data-dir>/blobs)',
  },
} as const;

export const USAGE = [
  'usage: npm run server -- [options]   (each option also reads MEOW_RELAY_<OPTION>, e.g. MEOW_RELAY_PORT)',
  ...Object.values(STRING_OPTIONS).map(
    (o) =>
      `  --${o.flag} <${'arg' in o ? o.arg : 'text'}>${o.fallback ? `  (default ${o.fallback})` : ''}` +
      ('help' in o ? ` ${o.help}` : ''),
  ),
  ...INT_OPTIONS.map(
    (o) =>
      `  --${o.flag} <int>  (default ${o.note ?? o.fallback}, ${o.min}..${o.max})` +
      (o.help ? ` ${o.help}` : ''),
  ),
  `  --${TRUST_PROXY_FLAG}  (default off; MEOW_RELAY_TRUST_PROXY=1) key limits on the rightmost X-Forwarded-For entry`,
  '  --help',
].join('\n');

function envName(flag: string): string {
  return `MEOW_RELAY_${flag.toUpperCase().replace(/-/g, '_')}`;
}

function parseInteger(option: IntOption, raw: string | undefined): number {
  if (raw === undefined || raw === '') return option.fallback;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < option.min || value > option.max) {
    throw new ConfigError(
      `invalid --${option.flag} "${raw}": expected an integer in ${option.min}..${option.max}`,
    );
  }
  return value;
}

function parseSwitch(flag: string, fromFlag: unknown, raw: string | undefined): boolean {
  if (fromFlag === true) return true;
  const text = (raw ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(text)) return false;
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  throw new ConfigError(`invalid ${envName(flag)} "${raw ?? ''}": expected 1/0, true/false`);
}

/** Half a TLS setup is a mistake to report, not a reason to fall back to plain http. */
function tlsFiles(certFile?: string, keyFile?: string): Pick<RelayConfig, 'tls'> {
  if (certFile === undefined && keyFile === undefined) return {};
  if (certFile === undefined || keyFile === undefined) {
    throw new ConfigError('--tls-cert and --tls-key go together: give both, or neither');
  }
  return { tls: { certFile, keyFile } };
}

function blobStoreOf(raw: string | undefined): BlobStoreKind {
  if (raw === 'fs' || raw === 'redis') return raw;
  throw new ConfigError(`invalid --blob-store "${raw ?? ''}": expected fs or redis`);
}

/** `host:port,…` of Redis Cluster nodes; unset means no cluster. */
function redisClusterOf(raw: string | undefined): Pick<RelayConfig, 'redisCluster'> {
  if (raw === undefined) return {};
  const nodes = parseRedisNodes(raw);
  if (typeof nodes === 'string') throw new ConfigError(`invalid --redis-cluster: ${nodes}`);
  return { redisCluster: nodes };
}

/** Parses argv (without node and the script) and env; throws ConfigError on any bad value. */
export function parseConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): RelayConfig | 'help' {
  const options = Object.fromEntries(
    [...INT_OPTIONS.map((o) => o.flag), ...Object.values(STRING_OPTIONS).map((o) => o.flag)].map(
      (flag) => [flag, { type: 'string' as const }],
    ),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        ...options,
        [TRUST_PROXY_FLAG]: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    throw new ConfigError(err instanceof Error ? err.message : 'invalid arguments');
  }
  if (values.help === true) return 'help';
  const read = (flag: string): string | undefined => {
    const fromFlag = values[flag];
    return typeof fromFlag === 'string' ? fromFlag : env[envName(flag)];
  };
  const ints = new Map(INT_OPTIONS.map((o) => [o.flag, parseInteger(o, read(o.flag))]));
  const int = (flag: string): number => ints.get(flag) ?? 0;
  const text = (key: keyof typeof STRING_OPTIONS): string | undefined => {
    const value = read(STRING_OPTIONS[key].flag);
    return value === undefined || value === '' ? STRING_OPTIONS[key].fallback : value;
  };
  const ttlSeconds = int('queue-ttl-seconds');
  return validate({
    port: int('port'),
    host: text('host') ?? '127.0.0.1',
    dataDir: text('dataDir') ?? './relay-data',
    redisUrl: text('redisUrl'),
    ...redisClusterOf(text('redisCluster')),
    name: text('name') ?? 'meow relay',
    publicUrl: text('publicUrl'),
    limits: {
      maxBodyBytes: int('max-body-bytes'),
      maxMessageBytes: int('max-message-bytes'),
      maxMessagesPerPush: int('max-messages-per-push'),
      maxKeysPerPull: int('max-keys-per-pull'),
      maxEntriesPerPull: int('max-entries-per-pull'),
      maxLongPollMs: int('max-long-poll-ms'),
      queueTtlMs: ttlSeconds * 1000,
      queueMaxLength: int('queue-max-length'),
      queueMaxBytes: int('queue-max-bytes'),
      queueFullRetryMs: int('queue-full-retry-seconds') * 1000,
      queueMetaIdleMs: (int('queue-meta-idle-seconds') || 2 * ttlSeconds) * 1000,
      invitationMaxExpiryMs: int('invitation-max-expiry-seconds') * 1000,
      invitationMinExpiryMs: int('invitation-min-expiry-seconds') * 1000,
      replayWindowMs: int('replay-window-seconds') * 1000,
      requestsPerAddressPerMinute: int('requests-per-address-per-minute'),
      requestsPerConnectionPerMinute: int('requests-per-connection-per-minute'),
      maxHeldPollsPerAddress: int('max-held-polls-per-address'),
      maxHeldPolls: int('max-held-polls'),
      invitationOpsPerMinute: int('invitation-ops-per-minute'),
      shortcodeAttemptsPerAddress: int('shortcode-attempts-per-address'),
      shortcodeFailuresPerAddress: int('shortcode-failures-per-address'),
      blobTtlMs: int('blob-ttl-seconds') * 1000,
      blobMaxChunks: int('blob-max-chunks'),
      blobMaxTotalBytes: int('blob-max-total-bytes'),
      blobRequestsPerAddressPerMinute: int('blob-requests-per-address-per-minute'),
    },
    blobStore: blobStoreOf(text('blobStore')),
    blobDir: text('blobDir'),
    trustProxy: parseSwitch(
      TRUST_PROXY_FLAG,
      values[TRUST_PROXY_FLAG],
      env[envName(TRUST_PROXY_FLAG)],
    ),
    ...tlsFiles(text('tlsCert'), text('tlsKey')),
    now: Date.now,
    log: (line) => {
      process.stderr.write(`${line}\n`);
    },
  });
}

/** Cross-field rules; also used by `defaultConfig` so programmatic configs get the same checks. */
export function validate(config: RelayConfig): RelayConfig {
  const { limits } = config;
  if (limits.maxMessageBytes > limits.maxBodyBytes) {
    throw new ConfigError('--max-message-bytes must not exceed --max-body-bytes');
  }
  if (limits.maxMessageBytes > limits.queueMaxBytes) {
    // Otherwise a single message could never be stored: QUEUE_FULL forever.
    throw new ConfigError('--max-message-bytes must not exceed --queue-max-bytes');
  }
  if (limits.queueMetaIdleMs < limits.queueTtlMs) {
    // The counter must outlive every entry, or a live entry could sit below a new base.
    throw new ConfigError('--queue-meta-idle-seconds must not be below --queue-ttl-seconds');
  }
  if (limits.invitationMinExpiryMs > limits.invitationMaxExpiryMs) {
    throw new ConfigError(
      '--invitation-min-expiry-seconds must not exceed --invitation-max-expiry-seconds',
    );
  }
  if (config.redisUrl !== undefined && config.redisCluster !== undefined) {
    throw new ConfigError('--redis-url and --redis-cluster exclude each other: give one');
  }
  if (config.redisUrl !== undefined && !/^rediss?:\/\//.test(config.redisUrl)) {
    throw new ConfigError('--redis-url must start with redis:// or rediss://');
  }
  if (config.publicUrl !== undefined && !/^https?:\/\//.test(config.publicUrl)) {
    throw new ConfigError('--public-url must start with http:// or https://');
  }
  if (config.blobStore === 'redis' && !config.redisUrl && !config.redisCluster) {
    throw new ConfigError('--blob-store redis needs --redis-url or --redis-cluster');
  }
  checkTlsUrl(config);
  return config;
}

function checkTlsUrl(config: RelayConfig): void {
  if (config.tls && config.publicUrl?.startsWith('http://')) {
    // The card would name a URL this relay does not answer: it speaks only TLS.
    throw new ConfigError('--public-url must start with https:// when --tls-cert is given');
  }
}

/** The defaults with overrides, for tests and benchmarks that start relays in-process. */
export function defaultConfig(
  overrides: Partial<Omit<RelayConfig, 'limits'>> & { limits?: Partial<RelayLimits> } = {},
): RelayConfig {
  const base = parseConfig([], {});
  if (base === 'help') throw new ConfigError('unreachable');
  const ttlMs = overrides.limits?.queueTtlMs ?? base.limits.queueTtlMs;
  return validate({
    ...base,
    port: 0,
    ...overrides,
    // As on the command line, the metadata idle time follows the TTL unless set.
    limits: { ...base.limits, queueMetaIdleMs: 2 * ttlMs, ...overrides.limits },
  });
}
