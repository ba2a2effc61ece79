import { parseArgs } from 'node:util';

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
  readonly queueMaxLength: number;
  readonly invitationMaxExpiryMs: number;
  readonly invitationMinExpiryMs: number;
}

export interface RelayConfig {
  /** 0 = any free port. */
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /** Set → RedisStore (many instances share it); unset → EmbeddedStore under dataDir. */
  readonly redisUrl: string | undefined;
  readonly name: string;
  /** URL put in the ServerCard; defaults to the listening URL. */
  readonly publicUrl: string | undefined;
  readonly limits: RelayLimits;
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
  { flag: 'invitation-max-expiry-seconds', fallback: 7 * 86_400, min: 1, max: UINT32_MAX },
  { flag: 'invitation-min-expiry-seconds', fallback: 60, min: 1, max: UINT32_MAX },
];

const STRING_OPTIONS = {
  host: { flag: 'host', fallback: '127.0.0.1' },
  dataDir: { flag: 'data-dir', fallback: './relay-data' },
  redisUrl: { flag: 'redis-url', fallback: undefined },
  name: { flag: 'name', fallback: 'meow relay' },
  publicUrl: { flag: 'public-url', fallback: undefined },
} as const;

export const USAGE = [
  'usage: npm run server -- [options]   (each option also reads MEOW_RELAY_<OPTION>, e.g. MEOW_RELAY_PORT)',
  ...Object.values(STRING_OPTIONS).map(
    (o) => `  --${o.flag} <text>${o.fallback ? `  (default ${o.fallback})` : ''}`,
  ),
  ...INT_OPTIONS.map((o) => `  --${o.flag} <int>  (default ${o.fallback}, ${o.min}..${o.max})`),
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
      options: { ...options, help: { type: 'boolean', short: 'h' } },
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
  return validate({
    port: int('port'),
    host: text('host') ?? '127.0.0.1',
    dataDir: text('dataDir') ?? './relay-data',
    redisUrl: text('redisUrl'),
    name: text('name') ?? 'meow relay',
    publicUrl: text('publicUrl'),
    limits: {
      maxBodyBytes: int('max-body-bytes'),
      maxMessageBytes: int('max-message-bytes'),
      maxMessagesPerPush: int('max-messages-per-push'),
      maxKeysPerPull: int('max-keys-per-pull'),
      maxEntriesPerPull: int('max-entries-per-pull'),
      maxLongPollMs: int('max-long-poll-ms'),
      queueTtlMs: int('queue-ttl-seconds') * 1000,
      queueMaxLength: int('queue-max-length'),
      invitationMaxExpiryMs: int('invitation-max-expiry-seconds') * 1000,
      invitationMinExpiryMs: int('invitation-min-expiry-seconds') * 1000,
    },
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
  if (limits.invitationMinExpiryMs > limits.invitationMaxExpiryMs) {
    throw new ConfigError(
      '--invitation-min-expiry-seconds must not exceed --invitation-max-expiry-seconds',
    );
  }
  if (config.redisUrl !== undefined && !/^rediss?:\/\//.test(config.redisUrl)) {
    throw new ConfigError('--redis-url must start with redis:// or rediss://');
  }
  if (config.publicUrl !== undefined && !/^https?:\/\//.test(config.publicUrl)) {
    throw new ConfigError('--public-url must start with http:// or https://');
  }
  return config;
}

/** The defaults with overrides, for tests and benchmarks that start relays in-process. */
export function defaultConfig(
  overrides: Partial<Omit<RelayConfig, 'limits'>> & { limits?: Partial<RelayLimits> } = {},
): RelayConfig {
  const base = parseConfig([], {});
  if (base === 'help') throw new ConfigError('unreachable');
  return validate({
    ...base,
    port: 0,
    ...overrides,
    limits: { ...base.limits, ...overrides.limits },
  });
}
