import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { startWebHost, WebHostError, type WebHost } from './host';
import { requestSegments } from './static';
import { FIXTURE_INDEX, FIXTURE_SCRIPT, makeFixtureStatic, rawGet } from './testing';

let dir: TempDir;
let host: WebHost;

beforeAll(async () => {
  dir = await makeTempDir('meow-webhost-static-');
  const staticDir = await makeFixtureStatic(dir.path);
  await symlink(join(dir.path, 'secret.txt'), join(staticDir, 'linked.txt'));
  host = await startWebHost({
    profileDir: join(dir.path, 'profile'),
    staticDir,
    log: () => undefined,
  });
});

afterAll(async () => {
  await host.close();
  await dir.cleanup();
});

describe('browser host: file links', () => {
  it('answers a link it does not know with 404, and anything but GET with 405', async () => {
    const token = 'a'.repeat(43);
    expect((await rawGet(host.port, `/files/${token}`)).status).toBe(404);
    expect((await rawGet(host.port, `/files/${token}`, { method: 'POST' })).status).toBe(405);
    // Anything else under /files/ is an ordinary (missing) static path.
    expect((await rawGet(host.port, '/files/x')).status).toBe(404);
  });
});

describe('browser host: static files', () => {
  it('serves index.html for / with the security headers and no caching', async () => {
    const res = await rawGet(host.port, '/');
    expect(res.status).toBe(200);
    expect(res.body).toBe(FIXTURE_INDEX);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain(`ws://127.0.0.1:${host.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves files with their content types; HEAD sends headers only', async () => {
    const js = await rawGet(host.port, '/app.js');
    expect(js).toMatchObject({ status: 200, body: FIXTURE_SCRIPT });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toBe('no-cache');
    const css = await rawGet(host.port, '/assets/style.css?v=1');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await rawGet(host.port, '/app.js', { method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers['content-length']).toBe(String(FIXTURE_SCRIPT.length));
  });

  it('answers 404 for missing files, folders and dot files, with the security headers', async () => {
    for (const path of ['/missing.js', '/assets', '/assets/', '/.env', '/index.html/x']) {
      const res = await rawGet(host.port, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['x-content-type-options'], path).toBe('nosniff');
    }
  });

  it('never serves anything outside the folder (traversal, encoded variants, symlinks)', async () => {
    const attempts = [
      '/../secret.txt',
      '/../package.json',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%2e%2e%5csecret.txt',
      '/..\\secret.txt',
      '/%252e%252e/secret.txt',
      '//../secret.txt',
      '/secret.txt%00.html',
      '/%ff',
      '/linked.txt',
      `/${encodeURIComponent(join(dir.path, 'secret.txt'))}`,
      'http://127.0.0.1/../secret.txt',
    ];
    for (const path of attempts) {
      const res = await rawGet(host.port, path);
      expect([400, 404], path).toContain(res.status);
      expect(res.body, path).not.toContain('outside');
    }
  });

  it('refuses other methods, other Host names and plain GETs of the socket path', async () => {
    expect((await rawGet(host.port, '/', { method: 'POST' })).status).toBe(405);
    expect((await rawGet(host.port, '/', { method: 'DELETE' })).status).toBe(405);
    expect((await rawGet(host.port, '/', { host: 'evil.example' })).status).toBe(400);
    expect((await rawGet(host.port, '/', { host: `evil.example:${host.port}` })).status).toBe(400);
    expect((await rawGet(host.port, '/', { host: `localhost:${host.port}` })).status).toBe(200);
    expect((await rawGet(host.port, '/api')).status).toBe(426);
  });

  it('maps request paths to segments or a refusal', () => {
    expect(requestSegments('/')).toEqual(['index.html']);
    expect(requestSegments('/a/b.js?x=1#y')).toEqual(['a', 'b.js']);
    expect(requestSegments('/a//b.js')).toEqual(['a', 'b.js']);
    expect(requestSegments('/%2e%2e/x')).toBe(400);
    expect(requestSegments('/a/.hidden')).toBe(404);
    expect(requestSegments('x')).toBe(400);
    expect(requestSegments(undefined)).toBe(400);
  });

  it('refuses to start without a renderer build', async () => {
    await expect(
      startWebHost({ profileDir: join(dir.path, 'p2'), staticDir: join(dir.path, 'nope') }),
    ).rejects.toBeInstanceOf(WebHostError);
  });
});
