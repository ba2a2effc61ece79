import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, USAGE, type RelayConfig } from '../config';
import { formatRedisNodes, parseRedisNodes } from './redis-target';

/** `--redis-cluster host:port,…`: parsing, its errors, and how it excludes `--redis-url`. */
function parse(argv: string[], env: NodeJS.ProcessEnv = {}): RelayConfig {
  const config = parseConfig(argv, env);
  if (config === 'help') throw new Error('unexpected help');
  return config;
}

describe('redis cluster nodes', () => {
  it('parses host:port lists: names, IPv4, bracketed IPv6, spaces, duplicates', () => {
    expect(
      parseRedisNodes('10.0.0.1:7000, redis-1.internal:7001 ,[::1]:7002,10.0.0.1:7000'),
    ).toEqual([
      { host: '10.0.0.1', port: 7000 },
      { host: 'redis-1.internal', port: 7001 },
      { host: '::1', port: 7002 },
    ]);
    expect(
      formatRedisNodes([
        { host: '::1', port: 7002 },
        { host: 'a', port: 1 },
      ]),
    ).toBe('[::1]:7002,a:1');
  });

  it.each(['', ' , ', 'host', 'host:0', 'host:65536', 'host:port', ':7000', 'a b:1', '::1:7000'])(
    'rejects %j',
    (text) => {
      expect(typeof parseRedisNodes(text)).toBe('string');
    },
  );

  it('reads --redis-cluster or MEOW_RELAY_REDIS_CLUSTER', () => {
    const nodes = [
      { host: '127.0.0.1', port: 7000 },
      { host: '127.0.0.1', port: 7001 },
    ];
    expect(parse(['--redis-cluster', '127.0.0.1:7000,127.0.0.1:7001']).redisCluster).toEqual(nodes);
    const fromEnv = parse([], { MEOW_RELAY_REDIS_CLUSTER: '127.0.0.1:7000,127.0.0.1:7001' });
    expect(fromEnv.redisCluster).toEqual(nodes);
    expect(fromEnv.redisUrl).toBeUndefined();
    expect(parse([]).redisCluster).toBeUndefined();
  });

  it('rejects a bad list, and --redis-url together with --redis-cluster', () => {
    expect(() => parse(['--redis-cluster', '127.0.0.1'])).toThrow(
      /invalid --redis-cluster: "127.0.0.1" is not host:port/,
    );
    const both = ['--redis-url', 'redis://127.0.0.1:6379', '--redis-cluster', '127.0.0.1:7000'];
    expect(() => parse(both)).toThrow(ConfigError);
    expect(() => parse(both)).toThrow(/--redis-url and --redis-cluster exclude each other/);
    expect(() =>
      parse(['--redis-url', 'redis://127.0.0.1:6379'], { MEOW_RELAY_REDIS_CLUSTER: 'h:1' }),
    ).toThrow(ConfigError);
  });

  it('documents the flag in USAGE', () => {
    expect(USAGE).toContain('--redis-cluster <host:port,…>');
  });
});
