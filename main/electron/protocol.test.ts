import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { contentType } from '../hosting/static-paths';
import type { ApiSession } from '../api/session';
import { FileLinks } from '../api/file-links';
import { appPathSegments, createAppFileHandler, withFileLinks } from './protocol';

let dir: TempDir;
let serve: ReturnType<typeof createAppFileHandler>;

beforeAll(async () => {
  dir = await makeTempDir('meow-app-protocol-');
  const root = join(dir.path, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Meow</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(dir.path, 'secret.txt'), 'outside the root');
  await symlink(join(dir.path, 'secret.txt'), join(root, 'link.txt'));
  serve = createAppFileHandler(root);
});
afterAll(async () => {
  await dir.cleanup();
});

const get = (url: string, method = 'GET') => serve({ url, method });

describe('app:// file handler', () => {
  it('serves index.html for / and files under the root, with the CSP', async () => {
    for (const url of ['app://meow/', 'app://meow/index.html', 'app://meow/index.html#/devices']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.text()).toContain('<title>Meow</title>');
    }
    const js = await get('app://meow/assets/index-abc.js?v=1');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it.each([
    'app://meow/../secret.txt',
    'app://meow/%2e%2e/secret.txt',
    'app://meow/assets/..%2f..%2fsecret.txt',
    'app://meow/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://meow/..%5csecret.txt',
    'app://meow/assets%5c..%5c..%5csecret.txt',
    'app://meow/%2fetc%2fpasswd',
    'app://meow//etc/passwd',
    'app://meow/link.txt',
    'app://meow/.env',
    'app://meow/assets',
    'app://meow/index.html%00.js',
    'app://meow/%E0%A4%A',
    'app://meow/missing.js',
    'app://other/index.html',
    'https://meow/index.html',
    'file:///etc/passwd',
  ])('refuses %s with a 404 that says nothing about the disk', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('not found\n');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://meow/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://meow/index.html', 'POST')).status).toBe(405);
  });

  it('is a 404 when the renderer has not been built', async () => {
    const missing = createAppFileHandler(join(dir.path, 'nope'));
    expect((await missing({ url: 'app://meow/', method: 'GET' })).status).toBe(404);
  });
});

describe('app:// file links', () => {
  it('streams a linked file of the profile; every other path is the renderer', async () => {
    const fileLinks = new FileLinks();
    const attachments = {
      requireReadable: () => ({ plaintextLength: 2, secrets: { mimeType: 'text/plain' } }),
      async *plaintext() {
        await Promise.resolve();
        yield new Uint8Array([104, 105]);
      },
    };
    const session = { fileLinks, engine: { attachments } } as unknown as ApiSession;
    const handle = withFileLinks(session, serve);
    const path = fileLinks.create('l1', 'hi.txt');
    const file = await handle({ url: `app://meow${path}`, method: 'GET' });
    expect(file.headers.get('content-disposition')).toContain('attachment; filename="hi.txt"');
    expect(await file.text()).toBe('hi');
    expect((await handle({ url: `app://meow${path}`, method: 'GET' })).status).toBe(404);
    expect((await handle({ url: 'app://meow/index.html', method: 'GET' })).status).toBe(200);
  });
});

describe('appPathSegments', () => {
  it.each([
    ['app://meow/', ['index.html']],
    ['app://meow/a/b.js', ['a', 'b.js']],
    ['app://meow/a%20b.js', ['a b.js']],
    // The URL parser itself resolves %2e%2e as '..' (and cannot climb above the root).
    ['app://meow/%2e%2e/x', ['x']],
    ['app://meow/a/..%2f..%2fx', null],
    ['app://meow/.git/config', null],
    ['app://meow/a%00', null],
    ['app://x/a', null],
  ])('%s → %j', (url, expected) => {
    expect(appPathSegments(url)).toEqual(expected);
  });

  it('types what it serves', () => {
    expect(contentType('a.CSS')).toBe('text/css; charset=utf-8');
    expect(contentType('a.unknown')).toBe('application/octet-stream');
  });
});
