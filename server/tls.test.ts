import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { Server as HttpsServer } from 'node:https';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../testkit/tmp';
import { selfSignedCertificate, type TestCertificate } from '../testkit/tls';
import { ConfigError, defaultConfig, parseConfig, USAGE, type RelayConfig } from './config';
import { relayServerFactory } from './tls';

/**
 * The relay's TLS configuration (`--tls-cert` / `--tls-key`, server/tls.ts): flags and
 * environment, both-or-neither, and clear errors for files that cannot serve. A relay serving
 * over TLS is exercised with the real client in main/client/relay/relay-tls.test.ts.
 */
let dir: TempDir;
let a: TestCertificate;
let b: TestCertificate;

beforeAll(async () => {
  dir = await makeTempDir('meow-tls-');
  [a, b] = await Promise.all([
    selfSignedCertificate(dir.path, 'a'),
    selfSignedCertificate(dir.path, 'b'),
  ]);
});

afterAll(async () => {
  await dir.cleanup();
});

function parse(argv: string[], env: Record<string, string> = {}): RelayConfig {
  const config = parseConfig(argv, env);
  if (config === 'help') throw new Error('unexpected help');
  return config;
}

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('relay TLS configuration', () => {
  it('reads the files from flags or MEOW_RELAY_TLS_CERT / MEOW_RELAY_TLS_KEY, both or neither', () => {
    expect(parse([]).tls).toBeUndefined();
    const files = { certFile: '/etc/meow/cert.pem', keyFile: '/etc/meow/key.pem' };
    expect(parse(['--tls-cert', files.certFile, '--tls-key', files.keyFile]).tls).toEqual(files);
    const env = { MEOW_RELAY_TLS_CERT: files.certFile, MEOW_RELAY_TLS_KEY: files.keyFile };
    expect(parse([], env).tls).toEqual(files);
    expect(configError(() => parse(['--tls-cert', files.certFile]))).toBe(
      '--tls-cert and --tls-key go together: give both, or neither',
    );
    expect(() => parse([], { MEOW_RELAY_TLS_KEY: files.keyFile })).toThrow(ConfigError);
    expect(USAGE).toContain('--tls-cert');
    expect(USAGE).toContain('--tls-key');
  });

  it('wants an https:// public URL when the relay speaks TLS', () => {
    const tls = ['--tls-cert', 'c.pem', '--tls-key', 'k.pem'];
    expect(configError(() => parse([...tls, '--public-url', 'http://relay.example.org']))).toBe(
      '--public-url must start with https:// when --tls-cert is given',
    );
    expect(parse([...tls, '--public-url', 'https://relay.example.org']).publicUrl).toBe(
      'https://relay.example.org',
    );
  });

  it('picks node:https for a usable pair, node:http without one', () => {
    expect(relayServerFactory(defaultConfig()).scheme).toBe('http');
    const tls = { certFile: a.certFile, keyFile: a.keyFile };
    const factory = relayServerFactory(defaultConfig({ tls }));
    expect(factory.scheme).toBe('https');
    expect(factory.create(() => undefined)).toBeInstanceOf(HttpsServer);
  });

  it('says which file cannot serve, and why', async () => {
    const missing = join(dir.path, 'missing.pem');
    const notPem = join(dir.path, 'not.pem');
    await writeFile(notPem, 'hello');
    const factory = (certFile: string, keyFile: string) => () =>
      relayServerFactory(defaultConfig({ tls: { certFile, keyFile } }));
    expect(configError(factory(missing, a.keyFile))).toMatch(
      new RegExp(`^cannot read --tls-cert ${missing} \\(ENOENT: `),
    );
    expect(configError(factory(a.certFile, dir.path))).toMatch(/^cannot read --tls-key .*EISDIR/);
    expect(configError(factory(a.certFile, notPem))).toBe(
      `--tls-key ${notPem} is not a PEM file (expected "-----BEGIN …")`,
    );
    expect(configError(factory(a.certFile, b.keyFile))).toMatch(
      /do not make a usable pair \(.*\); the key must be the certificate's, both in PEM$/,
    );
  });

  it('a relay process exits 2 with the reason when its certificate cannot be read', async () => {
    const missing = join(dir.path, 'nope.crt');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'server/main.ts', '--port', '0', '--data-dir', join(dir.path, 'data')],
      {
        cwd: process.cwd(),
        env: { ...process.env, MEOW_RELAY_TLS_CERT: missing, MEOW_RELAY_TLS_KEY: a.keyFile },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(2);
    expect(stderr).toContain(`meow relay: cannot read --tls-cert ${missing} (ENOENT`);
  });
});
