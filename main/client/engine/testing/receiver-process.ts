/**
 * A profile hosted by the real `meow watch --json` command in a child process, for crash
 * tests: the test reads the engine's events from the child's JSON lines and can SIGKILL it at
 * any moment. Every child is tracked (testkit/children: SIGKILLed if the test process exits)
 * and shuts itself down when its stdin closes (the test process died without an 'exit' hook).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackChild } from '../../../../testkit/children';

/** One JSON line of `meow watch --json`: `{ event, ...payload }`. */
export type WatchEvent = Readonly<Record<string, unknown>> & { readonly event: string };

export interface ReceiverProcess {
  readonly pid: number;
  /** Every event line parsed so far, in order. */
  readonly events: readonly WatchEvent[];
  /** Calls `fn` for every event line from now on; returns the unsubscribe function. */
  onEvent(fn: (event: WatchEvent) => void): () => void;
  /**
   * Resolves with the first event (already seen or future) matching `match`; rejects if the
   * process exits first or after `timeoutMs`.
   */
  waitFor(match: (event: WatchEvent) => boolean, timeoutMs?: number): Promise<WatchEvent>;
  /** Sends `signal` (default SIGKILL) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Whether the process is still running. */
  running(): boolean;
  /** The last 16 KiB of stderr and of unparsable stdout, for failure messages. */
  logs(): string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const CLI = 'main/cli/main.ts';
const LOG_TAIL = 16 * 1024;
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Starts `meow watch --profile <dir> --json` with the password in MEOW_PASSWORD. */
export function startReceiverProcess(profileDir: string, password: string): ReceiverProcess {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      ORPHAN_WATCHDOG,
      CLI,
      'watch',
      '--profile',
      profileDir,
      '--json',
    ],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, MEOW_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  trackChild(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error('meow watch could not be spawned');

  const events: WatchEvent[] = [];
  const listeners = new Set<(event: WatchEvent) => void>();
  let log = '';
  let partial = '';
  const appendLog = (text: string): void => {
    log = (log + text).slice(-LOG_TAIL);
  };
  // 'close', not 'exit': stdout is drained by then, so `events` is final once kill() resolves.
  let isClosed = false;
  const closed = new Promise<void>((resolveClosed) => {
    child.once('close', (code, signal) => {
      isClosed = true;
      appendLog(`\n[exited: ${signal ?? String(code)}]`);
      resolveClosed();
    });
  });

  child.once('error', (err) => {
    appendLog(`\n[spawn error: ${err.message}]`);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    appendLog(chunk.toString('utf8'));
  });
  child.stdout.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      let event: WatchEvent;
      try {
        const parsed = JSON.parse(line) as unknown;
        if (typeof parsed !== 'object' || parsed === null || !('event' in parsed))
          throw new Error();
        event = parsed as WatchEvent;
      } catch {
        appendLog(`[stdout] ${line}\n`);
        continue;
      }
      events.push(event);
      for (const fn of [...listeners]) fn(event);
    }
  });

  const onEvent = (fn: (event: WatchEvent) => void): (() => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  };

  return {
    pid,
    events,
    onEvent,
    waitFor(match, timeoutMs = 30_000) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      if (isClosed) {
        return Promise.reject(new Error(`meow watch (pid ${pid}) has exited\n${log}`));
      }
      return new Promise((resolveWait, reject) => {
        const done = (): void => {
          clearTimeout(timer);
          off();
          child.off('close', onExit);
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(`meow watch (pid ${pid}): no matching event in ${timeoutMs} ms\n${log}`),
          );
        }, timeoutMs);
        const onExit = (): void => {
          done();
          reject(new Error(`meow watch (pid ${pid}) exited before the event\n${log}`));
        };
        const off = onEvent((event) => {
          if (!match(event)) return;
          done();
          resolveWait(event);
        });
        child.once('close', onExit);
      });
    },
    async kill(signal = 'SIGKILL') {
      if (!exited(child)) child.kill(signal);
      await closed;
    },
    running: () => !exited(child),
    logs: () => log,
  };
}
