/**
 * The browser host for bench/ui.bench.ts, started the way a user starts it: `scripts/start-web.ts`
 * as its own process (same node flags as `npm run start:web`), on a profile folder, a free
 * port and an existing relay, with --no-open. Readiness is its one stdout line
 *   meow web host listening on http://127.0.0.1:PORT/#token=…
 * The child is tracked (testkit/children: SIGKILLed if this process exits first) and, like the
 * relay processes of testkit/relay-process, ends itself when its stdin closes (this process
 * died without running its exit hooks).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS } from '../../main/hosting/v8-flags.mjs';
import { trackChild } from '../../testkit/children';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RENDERER_BUILD = join(REPO_ROOT, 'dist', 'renderer');
const READY_LINE = /^meow web host listening on (\S+)$/m;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const LOG_TAIL = 16 * 1024;
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

export interface WebHostProcess {
  /** http://127.0.0.1:PORT/#token=… */
  readonly url: string;
  /** The host's process id (its resident memory: /proc/PID/status, bench/lib/ui-memory.ts). */
  readonly pid: number;
  /** The host's stderr (its operational log), last 16 KiB. */
  logs(): string;
  /** SIGTERM (graceful: the session closes the engine and the profile), then wait. Idempotent. */
  stop(): Promise<void>;
}

/** Builds the renderer (`npx vite build`) if dist/renderer has no index.html. */
export function ensureRendererBuild(log: (line: string) => void): void {
  if (existsSync(join(RENDERER_BUILD, 'index.html'))) return;
  log('dist/renderer is missing: npx vite build');
  const built = spawnSync('npx', ['vite', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(join(RENDERER_BUILD, 'index.html'))) {
    throw new Error(`vite build failed (${built.status ?? built.signal ?? '?'})`);
  }
}

function waitExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit();
    });
  });
}

export async function startWebHostProcess(
  profileDir: string,
  relayUrl: string,
): Promise<WebHostProcess> {
  const child = spawn(
    process.execPath,
    [
      // The flags `npm run start:web` runs the host with (scripts/run.mjs).
      ...V8_FLAGS,
      // BENCH_HOST_CPU_PROF=DIR: a V8 CPU profile of each host, written there when it exits.
      ...(process.env.BENCH_HOST_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_HOST_CPU_PROF}`]
        : []),
      ...['--import', 'tsx', '--import', ORPHAN_WATCHDOG, 'scripts/start-web.ts'],
      ...['--profile', profileDir, '--port', '0', '--relay', relayUrl, '--no-open'],
      ...['--static', RENDERER_BUILD],
    ],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  trackChild(child);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-LOG_TAIL);
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`web host ${reason}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    };
    const timer = setTimeout(() => {
      fail(`printed no ready line within ${START_TIMEOUT_MS} ms`);
    }, START_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString('utf8')).slice(-LOG_TAIL);
      const match = READY_LINE.exec(stdout);
      if (settled || !match?.[1]) return;
      settled = true;
      clearTimeout(timer);
      resolveUrl(match[1]);
    });
    child.once('error', (err) => {
      fail(`could not be spawned (${err.message})`);
    });
    child.once('exit', (code, signal) => {
      fail(`exited (${signal ?? String(code)}) before it was ready`);
    });
  });
  let stopping: Promise<void> | undefined;
  return {
    url,
    pid: child.pid ?? 0,
    logs: () => stderr,
    stop() {
      stopping ??= (async () => {
        const exited = waitExit(child, STOP_TIMEOUT_MS);
        child.kill('SIGTERM');
        await exited;
        child.stdin.destroy();
      })();
      return stopping;
    },
  };
}
