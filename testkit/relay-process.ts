import { spawn, type ChildProcess } from 'node:child_process';
import { trackChild } from './children';
import { entryArgs } from './entries';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, type TempDir } from './tmp';

/**
 * A real relay *process* for tests (`node --import tsx server/main.ts`, or its bundle: see
 * testkit/entries.ts), so client code is exercised over real HTTP against the product's own
 * start-up path. Readiness is the relay's single stdout line (no sleeps):
 *   meow relay listening on <url> (store: …) key fingerprint <fp>
 * Every child is SIGKILLed if the test process exits first, and shuts itself down when its stdin
 * closes (the test process died without an 'exit' hook, e.g. a killed vitest worker); a data
 * dir this module created is removed on `stop()` (and at process exit by testkit/tmp).
 */
export interface RelayProcessOptions {
  /** Use this data dir (kept on stop); default: a fresh temp dir (removed on stop). */
  readonly dataDir?: string;
  /** Back the relay with Redis (`--redis-url`) instead of the embedded store. */
  readonly redisUrl?: string;
  /** Back it with a Redis Cluster (`--redis-cluster host:port,…`, testkit/redis-cluster.ts). */
  readonly redisCluster?: string;
  /** More relay flags, e.g. ['--max-long-poll-ms', '5000']; they win over LOOPBACK_ARGS. */
  readonly extraArgs?: readonly string[];
  /**
   * Keep the relay's production limits per client address (default false: LOOPBACK_ARGS lifts
   * them, since every test client shares 127.0.0.1).
   */
  readonly productionLimits?: boolean;
  /** How long to wait for the ready line; default 30 s. */
  readonly startTimeoutMs?: number;
}

export interface RelayRestartOptions {
  /** How to end the running process first (if any); default SIGTERM (graceful). */
  readonly signal?: NodeJS.Signals;
  /** 'same' (default) listens on the previous port again, so pinned URLs keep working. */
  readonly port?: 'same' | 'any';
}

export interface RelayProcess {
  /** The current URL, e.g. http://127.0.0.1:41234 (changes on a restart with port 'any'). */
  readonly url: string;
  /** Fingerprint of the relay's box key, as printed by the relay. */
  readonly fingerprint: string;
  readonly dataDir: string;
  /** The store label the relay printed: "embedded /tmp/…", "redis redis://…", "redis-cluster …". */
  readonly storeLabel: string;
  /** The last 16 KiB of the relay's stderr (its operational log). */
  logs(): string;
  /** Whether a relay process is currently running. */
  running(): boolean;
  /** SIGTERM (graceful), wait for exit, remove a data dir we created. Idempotent; final. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit; the data dir is kept, so `restart()` may follow. */
  kill(): Promise<void>;
  /** Ends the running process (if any) and starts a new one on the same data dir. */
  restart(options?: RelayRestartOptions): Promise<void>;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every client of a test relay connects from 127.0.0.1, so the per-address limits would count a
 * whole test file (many profiles and devices) as one client. These lift them; the limit on
 * attempts per shortcode stays, so a guessing test still sees RATE_LIMITED.
 */
export const LOOPBACK_ARGS: readonly string[] = [
  ...['--requests-per-address-per-minute', '1000000000'],
  ...['--requests-per-connection-per-minute', '1000000000'],
  ...['--max-held-polls-per-address', '1000000'],
  ...['--invitation-ops-per-minute', '1000000000'],
  ...['--shortcode-failures-per-address', '1000000'],
];
const READY_LINE = /^meow relay listening on (\S+) \((.*)\) key fingerprint (.+)$/;
const LOG_TAIL = 16 * 1024;
const DEFAULT_START_TIMEOUT_MS = 30_000;

/**
 * Preloaded into the relay: when our end of its stdin closes — including when the test process
 * is SIGKILLed and no 'exit' hook runs — the relay shuts itself down instead of living on.
 */
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

interface Started {
  readonly child: ChildProcess;
  readonly url: string;
  readonly storeLabel: string;
  readonly fingerprint: string;
}

/** Environment without MEOW_RELAY_* overrides, so the flags alone configure the relay. */
function relayEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('MEOW_RELAY_')),
  );
}

function spawnRelay(
  args: readonly string[],
  timeoutMs: number,
  appendLog: (text: string) => void,
): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', ORPHAN_WATCHDOG, ...entryArgs('server/main.ts'), ...args],
    { cwd: REPO_ROOT, env: relayEnv(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  trackChild(child);
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    stderr = (stderr + text).slice(-LOG_TAIL);
    appendLog(text);
  });
  return new Promise<Started>((resolvePromise, reject) => {
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(
        new Error(`relay process ${reason}\nstdout:\n${stdout || '(empty)'}\nstderr:\n${stderr}`),
      );
    };
    const timer = setTimeout(() => {
      fail(`printed no ready line within ${timeoutMs} ms`);
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout = (stdout + chunk.toString('utf8')).slice(-LOG_TAIL);
      if (settled) return;
      for (const line of stdout.split('\n')) {
        const match = READY_LINE.exec(line.trim());
        if (!match) continue;
        settled = true;
        clearTimeout(timer);
        resolvePromise({
          child,
          url: match[1] ?? '',
          storeLabel: (match[2] ?? '').replace(/^store: /, ''),
          fingerprint: match[3] ?? '',
        });
        return;
      }
    });
    child.once('error', (err) => {
      fail(`could not be spawned (${err.message})`);
    });
    child.once('exit', (code, signal) => {
      fail(`exited (${signal ?? String(code)}) before it was ready`);
    });
  });
}

function endProcess(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => {
      resolvePromise();
    });
    child.kill(signal);
  });
}

function portOf(url: string): string {
  return new URL(url).port;
}

export async function startRelayProcess(options: RelayProcessOptions = {}): Promise<RelayProcess> {
  const tmp: TempDir | undefined =
    options.dataDir === undefined ? await makeTempDir('meow-relay-proc-') : undefined;
  const dataDir = options.dataDir ?? tmp?.path ?? '';
  const timeoutMs = options.startTimeoutMs ?? DEFAULT_START_TIMEOUT_MS;
  let log = '';
  const appendLog = (text: string): void => {
    log = (log + text).slice(-LOG_TAIL);
  };
  const argsFor = (port: string): string[] => [
    ...['--port', port, '--data-dir', dataDir],
    ...(options.redisUrl === undefined ? [] : ['--redis-url', options.redisUrl]),
    ...(options.redisCluster === undefined ? [] : ['--redis-cluster', options.redisCluster]),
    ...(options.productionLimits === true ? [] : LOOPBACK_ARGS),
    ...(options.extraArgs ?? []),
  ];

  let current: Started;
  try {
    current = await spawnRelay(argsFor('0'), timeoutMs, appendLog);
  } catch (err) {
    await tmp?.cleanup();
    throw err;
  }
  let child: ChildProcess | undefined = current.child;
  let stopped = false;

  return {
    get url() {
      return current.url;
    },
    get fingerprint() {
      return current.fingerprint;
    },
    get storeLabel() {
      return current.storeLabel;
    },
    dataDir,
    logs: () => log,
    running: () => child !== undefined && child.exitCode === null && child.signalCode === null,
    async stop() {
      stopped = true;
      await endProcess(child, 'SIGTERM');
      child = undefined;
      await tmp?.cleanup();
    },
    async kill() {
      await endProcess(child, 'SIGKILL');
      child = undefined;
    },
    async restart(restartOptions: RelayRestartOptions = {}) {
      if (stopped) throw new Error('relay process was stopped; start a new one');
      await endProcess(child, restartOptions.signal ?? 'SIGTERM');
      child = undefined;
      const port = restartOptions.port === 'any' ? '0' : portOf(current.url);
      current = await spawnRelay(argsFor(port), timeoutMs, appendLog);
      child = current.child;
    },
  };
}
