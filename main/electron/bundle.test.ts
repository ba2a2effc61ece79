/**
 * scripts/build-electron.mjs (the bundles electron.config.ts describes): both bundles are
 * produced, the preload is one self-contained file (a sandboxed preload can require only
 * 'electron'), and the main bundle actually starts: it runs under plain Node with a stub
 * 'electron' (smoke/electron-stub.mjs), serves the renderer, answers commands through the real
 * engine and shuts down cleanly. What the stub cannot show — Chromium, the sandbox, real IPC —
 * needs the Electron binary.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../core/crypto';
import { deriveKey, freshKdf } from '../storage/identity-format';
import { KDF_WORKER_FILE } from '../storage/key-derivation';
import type { KdfReply, KdfRequest } from '../storage/kdf-thread';
import { FAST_KDF } from '../storage/testing/helpers';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { JS_FLAGS, RUNTIME_V8_FLAG } from '../hosting/v8-flags.mjs';

const run = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

let dir: TempDir;
let outdir: string;

beforeAll(async () => {
  dir = await makeTempDir('meow-electron-bundle-');
  outdir = join(dir.path, 'electron');
  await run(process.execPath, [join(REPO, 'scripts/build-electron.mjs'), '--outdir', outdir], {
    cwd: REPO,
  });
}, 120_000);
afterAll(async () => {
  await dir.cleanup();
});

describe('build-electron.mjs', () => {
  it('writes the main bundle (ESM) and the preload bundle (CommonJS)', async () => {
    expect((await stat(join(outdir, 'main.mjs'))).isFile()).toBe(true);
    expect((await stat(join(outdir, 'preload.cjs'))).isFile()).toBe(true);
  });

  it('writes a self-contained key-derivation worker next to the main bundle', async () => {
    const code = await readFile(join(outdir, KDF_WORKER_FILE), 'utf8');
    expect(code).not.toMatch(/from "(electron|better-sqlite3|tsx[^"]*)"/);
    // main.mjs starts it by name, relative to itself.
    expect(await readFile(join(outdir, 'main.mjs'), 'utf8')).toContain(KDF_WORKER_FILE);
    const kdf = freshKdf(FAST_KDF);
    const worker = new Worker(join(outdir, KDF_WORKER_FILE), { execArgv: [] });
    try {
      const reply = new Promise<KdfReply>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      worker.postMessage({ id: 7, password: 'correct horse', kdf } satisfies KdfRequest);
      const answer = await reply;
      expect(answer.id).toBe(7);
      expect('key' in answer && toHex(answer.key)).toBe(toHex(deriveKey('correct horse', kdf)));
    } finally {
      await worker.terminate();
    }
  });

  it('bundles the preload into one file that requires only electron', async () => {
    const preload = await readFile(join(outdir, 'preload.cjs'), 'utf8');
    const required = new Set(
      [...preload.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]),
    );
    expect([...required]).toEqual(['electron']);
    expect(preload).not.toMatch(/libsodium|better-sqlite3|classic-level|\bzod\b|node:/);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
    expect(preload).toContain('exposeInMainWorld');
    expect(preload.length).toBeLessThan(20_000);
  });

  it('keeps electron and native modules out of the main bundle', async () => {
    const main = await readFile(join(outdir, 'main.mjs'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).toMatch(/from "better-sqlite3"/);
    expect(main).toMatch(/__require\("classic-level"\)/);
    // The V8 flags are set before libsodium is evaluated (prelude.ts comes first).
    expect(main).toContain(`var RUNTIME_V8_FLAG = ${JSON.stringify(RUNTIME_V8_FLAG)};`);
    expect(main.indexOf('setFlagsFromString(RUNTIME_V8_FLAG)')).toBeGreaterThan(0);
    expect(main.indexOf('setFlagsFromString(RUNTIME_V8_FLAG)')).toBeLessThan(
      main.indexOf('.ready;'),
    );
  });

  it('starts under a stub electron: serves the app, answers commands, shuts down cleanly', async () => {
    await mkdir(join(dir.path, 'renderer'));
    await writeFile(join(dir.path, 'renderer', 'index.html'), '<!doctype html><title>Meow</title>');
    const profile = join(dir.path, 'profile');
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        join(REPO, 'main/electron/smoke/register.mjs'),
        join(outdir, 'main.mjs'),
        '--profile',
        profile,
      ],
      {
        cwd: dir.path,
        timeout: 60_000,
        env: {
          ...process.env,
          MEOW_SMOKE_DIR: dir.path,
          MEOW_SMOKE_REPO_URL: pathToFileURL(join(REPO, 'package.json')).href,
          NODE_PATH: join(REPO, 'node_modules'),
          MEOW_PROFILE: '',
        },
      },
    );
    const line = stdout.split('\n').find((l) => l.startsWith('SMOKE_REPORT '));
    if (line === undefined) throw new Error(`no report in:\n${stdout}`);
    const report = JSON.parse(line.slice('SMOKE_REPORT '.length)) as Record<string, unknown>;
    expect(report).toMatchObject({
      switches: [['js-flags', JS_FLAGS]],
      sandbox: true,
      schemes: [
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ],
      singleInstanceLock: true,
      loaded: 'app://meow/index.html',
      permissionHandlers: 2,
      sessionEvents: ['will-download'],
      // The page's end is watched (files it hands over end with it: api/caller.ts).
      contentsEvents: ['did-navigate', 'render-process-gone', 'destroyed'],
      page: { status: 200 },
      status: { ok: true, result: { state: 'no-identity', profileDir: profile } },
      created: { ok: true, result: { state: 'unlocked' } },
      events: [['meow:event', 'app.stateChanged']],
      exitCode: 0,
    });
    expect(String(report.forbidden)).toContain('FORBIDDEN_SENDER');
    expect(String(report.userData)).toContain(join(dir.path, 'userData', 'instances'));
    const options = report.windowOptions as {
      webPreferences: { preload: string; sandbox: boolean };
    };
    expect(options.webPreferences.preload).toBe(join(outdir, 'preload.cjs'));
    expect((await stat(join(profile, 'identity.json'))).isFile()).toBe(true);
  }, 90_000);
});
