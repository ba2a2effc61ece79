/**
 * A repository script run as a child process that prints one JSON document per line, for the
 * crash tests: `node --import tsx <script> …` from the repository root, or the script's bundle
 * (testkit/entries.ts). Event lines (`{ event, … }`) are collected and can be awaited; other
 * JSON lines go to `onLine` (command replies); anything else, and stderr, is kept as a log
 * tail for failure messages. Every child is tracked (testkit/children: SIGKILLed if the test
 * process exits) and shuts itself down when its stdin closes (the test process died without
 * an 'exit' hook).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackChild } from './children';
import { entryArgs } from './entries';

/** One event line: `{ event, ...payload }`. */
export type EventLine = Readonly<Record<string, unknown>> & { readonly event: string };

export interface JsonChildOptions {
  /** Names the process in error messages, e.g. "meow watch" or "laptop". */
  readonly label: string;
  /** The script (relative to the repository root) and its arguments. */
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** A JSON line that is not an event; return true if it was handled. */
  readonly onLine?: (line: Readonly<Record<string, unknown>>) => boolean;
  /** Called once the process has exited and its output is drained. */
  readonly onClose?: () => void;
}

export interface JsonChild {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Every event line so far, in order. */
  readonly events: readonly EventLine[];
  /** Resolves once the process has exited and its stdout is drained. */
  readonly closed: Promise<void>;
  readonly isClosed: () => boolean;
  /** Calls `fn` for every event line from now on; returns the unsubscribe function. */
  readonly onEvent: (fn: (event: EventLine) => void) => () => void;
  /** The first event (seen or future) matching `match`; rejects on exit or after `timeoutMs`. */
  readonly waitFor: (
    match: (event: EventLine) => boolean,
    timeoutMs?: number,
  ) => Promise<EventLine>;
  /** Sends `signal` (default SIGKILL) and resolves once the process has exited. */
  readonly kill: (signal?: NodeJS.Signals) => Promise<void>;
  readonly running: () => boolean;
  /** The last 16 KiB of stderr and of unparsable stdout. */
  readonly logs: () => string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LOG_TAIL = 16 * 1024;
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function parseLine(line: string): Readonly<Record<string, unknown>> | undefined {
  try {
    const parsed = JSON.parse(line) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function spawnJsonChild(options: JsonChildOptions): JsonChild {
  const [script = '', ...rest] = options.args;
  const child = spawn(
    process.execPath,
    ['--import', ORPHAN_WATCHDOG, ...entryArgs(script), ...rest],
    { cwd: REPO_ROOT, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  trackChild(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.label} could not be spawned`);
  const name = `${options.label} (pid ${pid})`;

  const events: EventLine[] = [];
  const listeners = new Set<(event: EventLine) => void>();
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
      options.onClose?.();
      resolveClosed();
    });
  });
  child.once('error', (err) => {
    appendLog(`\n[spawn error: ${err.message}]`);
  });
  child.stdin.on('error', () => undefined); // EPIPE after a kill: what was written is lost
  child.stderr.on('data', (chunk: Buffer) => {
    appendLog(chunk.toString('utf8'));
  });
  const handleLine = (line: string): void => {
    const parsed = parseLine(line);
    if (parsed && typeof parsed.event === 'string') {
      const event = parsed as EventLine;
      events.push(event);
      for (const fn of [...listeners]) fn(event);
    } else if (!parsed || !options.onLine?.(parsed)) appendLog(`[stdout] ${line}\n`);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) handleLine(line);
  });

  const onEvent = (fn: (event: EventLine) => void): (() => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  };
  const waitFor = (match: (event: EventLine) => boolean, timeoutMs = 30_000) => {
    const seen = events.find(match);
    if (seen) return Promise.resolve(seen);
    if (isClosed) return Promise.reject(new Error(`${name} has exited\n${log}`));
    return new Promise<EventLine>((resolveWait, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        off();
        child.off('close', onExit);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${name}: no matching event in ${timeoutMs} ms\n${log}`));
      }, timeoutMs);
      const onExit = (): void => {
        done();
        reject(new Error(`${name} exited before the event\n${log}`));
      };
      const off = onEvent((event) => {
        if (!match(event)) return;
        done();
        resolveWait(event);
      });
      child.once('close', onExit);
    });
  };

  return {
    child,
    pid,
    events,
    closed,
    isClosed: () => isClosed,
    onEvent,
    waitFor,
    kill: async (signal: NodeJS.Signals = 'SIGKILL') => {
      if (!exited(child)) child.kill(signal);
      await closed;
    },
    running: () => !exited(child),
    logs: () => log,
  };
}
