import { describe, expect, it } from 'vitest';
import { ConfigError, defaultConfig, parseConfig, USAGE, type RelayConfig } from './config';

function parse(argv: string[], env: Record<string, string> = {}): RelayConfig {
  const config = parseConfig(argv, env);
  if (config === 'help') throw new Error('unexpected help');
  return config;
}

describe('relay config', () => {
  it('has the documented defaults', () => {
    const config = parse([]);
    expect(config.port).toBe(8787);
    expect(config.host).toBe('127.0.0.1');
    expect(config.dataDir).toBe('./relay-data');
    expect(config.redisUrl).toBeUndefined();
    expect(config.limits).toEqual({
      maxBodyBytes: 2 * 1024 * 1024,
      maxMessageBytes: 1024 * 1024 + 256,
      maxMessagesPerPush: 100,
      maxKeysPerPull: 1000,
      maxEntriesPerPull: 500,
      maxLongPollMs: 60_000,
      queueTtlMs: 14 * 86_400_000,
      queueMaxLength: 10_000,
      queueMaxBytes: 64 * 1024 * 1024,
      queueFullRetryMs: 60_000,
      queueMetaIdleMs: 28 * 86_400_000,
      invitationMaxExpiryMs: 7 * 86_400_000,
      invitationMinExpiryMs: 60_000,
      replayWindowMs: 300_000,
      requestsPerAddressPerMinute: 1_200,
      requestsPerConnectionPerMinute: 600,
      maxHeldPollsPerAddress: 256,
      maxHeldPolls: 20_000,
      invitationOpsPerMinute: 30,
      shortcodeAttemptsPerAddress: 5,
      shortcodeFailuresPerAddress: 60,
      blobTtlMs: 30 * 86_400_000,
      blobMaxChunks: 512,
      blobMaxTotalBytes: 10 * 1024 ** 3,
      blobRequestsPerAddressPerMinute: 6_000,
    });
    expect(config.trustProxy).toBe(false);
    expect([config.blobStore, config.blobDir]).toEqual(['fs', undefined]);
  });

  it('keeps attachment blobs in files unless --blob-store redis, which needs a Redis', () => {
    const redis = parse(['--blob-store', 'redis', '--redis-url', 'redis://127.0.0.1:6379']);
    expect(redis.blobStore).toBe('redis');
    expect(() => parse(['--blob-store', 'redis'])).toThrow(/needs --redis-url/);
    expect(() => parse(['--blob-store', 's3'])).toThrow(/expected fs or redis/);
    expect(parse(['--blob-dir', '/srv/blobs']).blobDir).toBe('/srv/blobs');
  });

  it('derives the metadata idle time from the TTL unless it is set', () => {
    expect(parse(['--queue-ttl-seconds', '100']).limits.queueMetaIdleMs).toBe(200_000);
    const set = parse(['--queue-ttl-seconds', '100', '--queue-meta-idle-seconds', '150']);
    expect(set.limits.queueMetaIdleMs).toBe(150_000);
    expect(defaultConfig({ limits: { queueTtlMs: 5_000 } }).limits.queueMetaIdleMs).toBe(10_000);
  });

  it('reads --trust-proxy as a switch, or MEOW_RELAY_TRUST_PROXY', () => {
    expect(parse(['--trust-proxy']).trustProxy).toBe(true);
    expect(parse([], { MEOW_RELAY_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(parse([], { MEOW_RELAY_TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(() => parse([], { MEOW_RELAY_TRUST_PROXY: 'maybe' })).toThrow(ConfigError);
  });

  it('lists every option in USAGE', () => {
    for (const flag of [
      'queue-max-bytes',
      'replay-window-seconds',
      'trust-proxy',
      'max-held-polls',
    ]) {
      expect(USAGE).toContain(`--${flag}`);
    }
    expect(USAGE).toContain('default 2 × queue-ttl-seconds');
  });

  it('reads flags, falls back to MEOW_RELAY_* variables, and lets flags win', () => {
    const config = parse(['--port', '0', '--redis-url', 'redis://127.0.0.1:6390'], {
      MEOW_RELAY_PORT: '9000',
      MEOW_RELAY_HOST: '0.0.0.0',
      MEOW_RELAY_QUEUE_TTL_SECONDS: '60',
      MEOW_RELAY_DATA_DIR: '/tmp/x',
    });
    expect(config.port).toBe(0);
    expect(config.host).toBe('0.0.0.0');
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6390');
    expect(config.limits.queueTtlMs).toBe(60_000);
  });

  it.each([
    [['--port', '70000']],
    [['--port', '-1']],
    [['--port', 'abc']],
    [['--max-body-bytes', '1e6']],
    [['--max-keys-per-pull', '0']],
    [['--max-message-bytes', '5000000']],
    [['--invitation-min-expiry-seconds', '700000']],
    [['--queue-max-bytes', '2048']],
    [['--queue-ttl-seconds', '100', '--queue-meta-idle-seconds', '99']],
    [['--replay-window-seconds', '0']],
    [['--trust-proxy', 'yes']],
    [['--redis-url', 'http://x']],
    [['--no-such-flag']],
    [['positional']],
  ])('rejects %j with a ConfigError', (argv) => {
    expect(() => parse(argv)).toThrow(ConfigError);
  });

  it('rejects bad environment values too', () => {
    expect(() => parse([], { MEOW_RELAY_MAX_LONG_POLL_MS: 'soon' })).toThrow(/max-long-poll-ms/);
  });

  it('answers --help', () => {
    expect(parseConfig(['--help'], {})).toBe('help');
  });

  it('builds programmatic configs with the same checks', () => {
    expect(defaultConfig({ limits: { maxKeysPerPull: 5 } }).limits.maxKeysPerPull).toBe(5);
    expect(() => defaultConfig({ limits: { maxMessageBytes: 10 ** 9 } })).toThrow(ConfigError);
  });
});
