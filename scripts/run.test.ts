/**
 * scripts/run.mjs, the one way package.json starts a host with the V8 flags of
 * main/hosting/v8-flags.mjs: the child gets the flags and tsx, its arguments and exit status
 * come through, SIGTERM/SIGINT reach it (no terminal here), and no package.json script spells
 * a flag itself.
 */
import { execFile, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackChild } from '../testkit/children';
import { makeTempDir, type TempDir } from '../testkit/tmp';
import { V8_FLAGS } from '../main/hosting/v8-flags.mjs';

const run = promisify(execFile);
const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = join(REPO, 'scripts', 'run.mjs');

/** TypeScript (type annotations and all), so it only runs when tsx is loaded. */
const ENTRY = `
const report: { execArgv: string[]; args: string[] } = {
  execArgv: process.execArgv,
  args: process.argv.slice(2),
};
const mode: string | undefined = process.argv[2];
if (mode === 'report') {
  process.stdout.write(JSON.stringify(report) + '\\n');
  process.exitCode = 7;
} else if (mode === 'signals') {
  let count = 0;
  const stop = (signal: string): void => {
    count += 1;
    process.stdout.write('got ' + signal + ' ' + count + '\\n');
    setTimeout(() => process.exit(0), 200);
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  setInterval(() => undefined, 1000);
  process.stdout.write('ready\\n');
} else if (mode === 'die') {
  process.kill(process.pid, 'SIGKILL');
}
`;

let dir: TempDir;
let entry: string;

beforeAll(async () => {
  dir = await makeTempDir('meow-run-');
  entry = join(dir.path, 'entry.ts');
  await writeFile(entry, ENTRY);
});
afterAll(async () => {
  await dir.cleanup();
});

/** Runs the launcher until it exits; resolves with its output and how it ended. */
function launch(
  args: string[],
  onLine?: (line: string, kill: (s: NodeJS.Signals) => void) => void,
) {
  const child = spawn(process.execPath, [RUN, ...args], {
    cwd: dir.path,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stdout += text;
    for (const line of text.split('\n').filter(Boolean)) onLine?.(line, (s) => child.kill(s));
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise<{
    stdout: string;
    stderr: string;
    code: number | null;
    signal: string | null;
  }>((resolveRun) => {
    child.on('exit', (code, signal) => {
      resolveRun({ stdout, stderr, code, signal });
    });
  });
}

describe('scripts/run.mjs', () => {
  it('prints the flags', async () => {
    const { stdout } = await run(process.execPath, [RUN, '--print-flags']);
    expect(stdout.trim().split('\n')).toEqual([...V8_FLAGS]);
  });

  it('runs a TypeScript entry with the V8 flags, passing arguments and the exit code', async () => {
    const result = await launch([entry, 'report', '--port', '1', '--help']);
    expect(result.code).toBe(7);
    const report = JSON.parse(result.stdout) as { execArgv: string[]; args: string[] };
    expect(report.execArgv.slice(0, V8_FLAGS.length)).toEqual([...V8_FLAGS]);
    expect(report.execArgv.slice(V8_FLAGS.length, V8_FLAGS.length + 1)).toEqual(['--import']);
    expect(report.execArgv[V8_FLAGS.length + 1]).toMatch(/^file:.*\/tsx\//);
    expect(report.args).toEqual(['report', '--port', '1', '--help']);
  });

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'passes %s to the child once (no terminal attached)',
    async (signal) => {
      let sent = false;
      const result = await launch([entry, 'signals'], (line, kill) => {
        if (line === 'ready' && !sent) {
          sent = true;
          kill(signal);
        }
      });
      expect(result.stdout).toBe(`ready\ngot ${signal} 1\n`);
      expect(result.code).toBe(0);
    },
  );

  it('ends the way the child ended', async () => {
    const result = await launch([entry, 'die']);
    expect(result.signal).toBe('SIGKILL');
  });

  it('refuses a missing entry with its usage', async () => {
    const result = await launch([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: node scripts\/run\.mjs/);
  });
});

describe('package.json scripts', () => {
  const scripts = async () =>
    (
      JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;

  it('start every host through scripts/run.mjs', async () => {
    const s = await scripts();
    for (const [name, entryFile] of [
      ['server', 'server/main.ts'],
      ['start:web', 'scripts/start-web.ts'],
      ['bench:crypto', 'bench/crypto.bench.ts'],
      ['bench:relay', 'bench/relay.bench.ts'],
      ['bench:latency', 'bench/latency.bench.ts'],
      ['bench:sync', 'bench/sync.bench.ts'],
      ['bench:ui', 'bench/ui.bench.ts'],
    ] as const) {
      expect(s[name]).toMatch(new RegExp(`(^|&& )node scripts/run\\.mjs ${entryFile}$`));
    }
    expect(s.start).toMatch(/&& node scripts\/run\.mjs --electron \.$/);
  });

  it('never spell a V8 flag themselves', async () => {
    for (const command of Object.values(await scripts())) {
      expect(command).not.toMatch(/liftoff|semi-space|js-flags/);
    }
  });

  it('build everything a release needs once, and reuse it', async () => {
    const s = await scripts();
    expect(s.build).toBe('npm run build:renderer && npm run build:electron');
    expect(s['build:renderer']).toBe('vite build');
    expect(s['build:electron']).toBe('node scripts/build-electron.mjs');
    expect(s.start).toContain('npm run build &&');
    expect(s.dist).toBe('npm run build && electron-builder --config electron.config.ts');
    // The browser host serves only the renderer.
    expect(s['start:web']).toMatch(/^npm run build:renderer && /);
  });
});
