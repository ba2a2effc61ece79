/**
 * main/hosting: the one policy, header set and path rules that Electron's app:// handler and
 * the browser host share (each host's own additions are tested with it: main/electron/
 * security.test.ts, main/webhost/security.test.ts) — and the boundary that makes it the only
 * place: neither host imports the other.
 */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { contentSecurityPolicy, cspDirectives } from './csp';
import { securityHeaders } from './headers';
import { contentType, locateFile, pathSegments } from './static-paths';
import { JS_FLAGS, RUNTIME_V8_FLAG, V8_FLAGS } from './v8-flags.mjs';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const directiveMap = (csp: string): Map<string, string> =>
  new Map(
    csp.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources.join(' ')];
    }),
  );

describe('content security policy', () => {
  it('allows only the app itself and nothing remote', () => {
    const csp = contentSecurityPolicy();
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self'",
      "media-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp.split('; ')).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });

  it('adds only what a host names, to connect-src and media-src', () => {
    const base = directiveMap(contentSecurityPolicy());
    const extended = directiveMap(
      contentSecurityPolicy({ connect: ['ws://127.0.0.1:1'], media: ['mediastream:'] }),
    );
    expect(extended.get('connect-src')).toBe("'self' ws://127.0.0.1:1");
    expect(extended.get('media-src')).toBe("'self' blob: mediastream:");
    for (const [name, sources] of base) {
      if (name !== 'connect-src' && name !== 'media-src') expect(extended.get(name)).toBe(sources);
    }
    expect(cspDirectives().length).toBe(base.size);
  });
});

describe('security headers', () => {
  it('carry the policy and the same hardening for every host', () => {
    const headers = securityHeaders({ connect: ['ws://127.0.0.1:1'] });
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy({ connect: ['ws://127.0.0.1:1'] }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=()',
    });
  });
});

describe('static paths', () => {
  let dir: TempDir;
  let root: string;

  beforeAll(async () => {
    dir = await makeTempDir('meow-hosting-paths-');
    root = join(dir.path, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), '');
    await writeFile(join(dir.path, 'secret.txt'), 'outside');
    await symlink(join(dir.path, 'secret.txt'), join(root, 'link.txt'));
  });
  afterAll(async () => {
    await dir.cleanup();
  });

  it('names content types by extension', () => {
    expect(contentType('index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('a/B.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('x.woff2')).toBe('font/woff2');
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    ['/', ['index.html']],
    ['/assets/app.js', ['assets', 'app.js']],
    ['/a%20b.js', ['a b.js']],
    ['/../secret.txt', 'bad'],
    ['/%2e%2e/secret.txt', 'bad'],
    ['/..%5csecret.txt', 'bad'],
    ['/index.html%00.js', 'bad'],
    ['/%E0%A4%A', 'bad'],
    ['/.env', 'hidden'],
    ['/assets/.git/config', 'hidden'],
  ])('pathSegments(%s) → %j', (raw, expected) => {
    expect(pathSegments(raw)).toEqual(expected);
  });

  it('locates regular files inside the root only', async () => {
    expect(await locateFile(root, ['index.html'])).toBe(join(root, 'index.html'));
    expect(await locateFile(root, ['assets', 'app.js'])).toBe(join(root, 'assets', 'app.js'));
    expect(await locateFile(root, ['assets'])).toBeUndefined();
    expect(await locateFile(root, ['missing.js'])).toBeUndefined();
    expect(await locateFile(root, ['link.txt'])).toBeUndefined();
  });
});

describe('V8 flags', () => {
  it('are written once, as arguments and as Electron’s js-flags', () => {
    expect(V8_FLAGS).toEqual([
      '--no-liftoff',
      '--min-semi-space-size=16',
      '--max-semi-space-size=32',
    ]);
    expect(Object.isFrozen(V8_FLAGS)).toBe(true);
    expect(JS_FLAGS).toBe(V8_FLAGS.join(' '));
    expect(V8_FLAGS).toContain(RUNTIME_V8_FLAG);
  });
});

describe('the boundary', () => {
  async function sources(folder: string): Promise<string[]> {
    const entries = await readdir(join(MAIN, folder), { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs|cjs|js)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name));
  }

  it.each([
    ['electron', 'webhost'],
    ['webhost', 'electron'],
  ])('nothing in main/%s imports main/%s', async (from, to) => {
    const files = await sources(from);
    expect(files.length).toBeGreaterThan(0);
    const pattern = new RegExp(`(from|import)\\s*\\(?\\s*['"](\\.\\./)+(main/)?${to}(/|['"])`);
    const offenders: string[] = [];
    for (const file of files) {
      if (pattern.test(await readFile(file, 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });

  it('main/hosting imports neither host', async () => {
    for (const file of await sources('hosting')) {
      if (file.endsWith('.test.ts')) continue;
      expect(await readFile(file, 'utf8')).not.toMatch(/['"](\.\.\/)+(electron|webhost)(\/|['"])/);
    }
  });
});
