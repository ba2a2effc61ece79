/**
 * The test side of device-process.ts: spawns one profile's engine as a child process, reads its
 * event lines, sends it commands, and SIGKILLs it at any moment. Every child is tracked
 * (testkit/children: SIGKILLed if the test process exits) and also shuts itself down when its
 * stdin closes (the test process died without an 'exit' hook), via the same orphan watchdog
 * as receiver-process.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackChild } from '../../../../testkit/children';

/** One event line: `{ event, ...payload }`. */
export type DeviceEvent = Readonly<Record<string, unknown>> & { readonly event: string };

/** What became of a command: its reply, an error reply, or nothing (the process died first). */
export type CommandOutcome =
  | { readonly kind: 'ok'; readonly reply: Readonly<Record<string, unknown>> }
  | { readonly kind: 'error'; readonly code: string; readonly message: string }
  | { readonly kind: 'lost' };

export interface DeviceProcess {
  readonly name: string;
  readonly pid: number;
  /** Every event line so far, in order. */
  readonly events: readonly DeviceEvent[];
  /** Calls `fn` for every event line from now on; returns the unsubscribe function. */
  onEvent(fn: (event: DeviceEvent) => void): () => void;
  /** The first event (seen or future) matching `match`; rejects on exit or after `timeoutMs`. */
  waitFor(match: (event: DeviceEvent) => boolean, timeoutMs?: number): Promise<DeviceEvent>;
  /** Resolves once the engine runs (its `ready` line). */
  ready(timeoutMs?: number): Promise<void>;
  /** Sends one command; never rejects (a process that dies first yields `lost`). */
  command(cmd: string, args: Readonly<Record<string, string>>): Promise<CommandOutcome>;
  /** Sends `signal` (default SIGKILL) and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Closes stdin (the child closes its engine and exits); SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<'graceful' | 'killed'>;
  running(): boolean;
  /** The last 16 KiB of stderr and of unparsable stdout, for failure messages. */
  logs(): string;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const SCRIPT = 'main/client/devices/testing/device-process.ts';
const LOG_TAIL = 16 * 1024;
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(line) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function outcomeOf(reply: Record<string, unknown>): CommandOutcome {
  if (typeof reply.error === 'string') {
    const message = typeof reply.message === 'string' ? reply.message : '';
    return { kind: 'error', code: reply.error, message };
  }
  return { kind: 'ok', reply };
}

/** Starts the engine of the profile in `profileDir` (password in MEOW_PASSWORD). */
export function startDeviceProcess(
  name: string,
  profileDir: string,
  password: string,
): DeviceProcess {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', ORPHAN_WATCHDOG, SCRIPT, profileDir],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, MEOW_PASSWORD: password },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  trackChild(child);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name}: device process could not be spawned`);

  const events: DeviceEvent[] = [];
  const listeners = new Set<(event: DeviceEvent) => void>();
  const replies = new Map<number, (outcome: CommandOutcome) => void>();
  let nextId = 1;
  let log = '';
  let partial = '';
  const appendLog = (text: string): void => {
    log = (log + text).slice(-LOG_TAIL);
  };
  // 'close', not 'exit': stdout is drained by then, so every printed line was handled.
  let isClosed = false;
  const closed = new Promise<void>((resolveClosed) => {
    child.once('close', (code, signal) => {
      isClosed = true;
      appendLog(`\n[exited: ${signal ?? String(code)}]`);
      for (const settle of replies.values()) settle({ kind: 'lost' });
      replies.clear();
      resolveClosed();
    });
  });
  child.once('error', (err) => {
    appendLog(`\n[spawn error: ${err.message}]`);
  });
  child.stdin.on('error', () => undefined); // EPIPE after a kill: the command is simply lost
  child.stderr.on('data', (chunk: Buffer) => {
    appendLog(chunk.toString('utf8'));
  });
  const handleLine = (line: string): void => {
    const parsed = parseLine(line);
    if (parsed && typeof parsed.reply === 'number') {
      const settle = replies.get(parsed.reply);
      replies.delete(parsed.reply);
      settle?.(outcomeOf(parsed));
      return;
    }
    if (!parsed || typeof parsed.event !== 'string') {
      appendLog(`[stdout] ${line}\n`);
      return;
    }
    const event = parsed as DeviceEvent;
    events.push(event);
    for (const fn of [...listeners]) fn(event);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) handleLine(line);
  });

  const onEvent = (fn: (event: DeviceEvent) => void): (() => void) => {
    listeners.add(fn);
    return () => listeners.delete(fn);
  };

  const waitFor = (
    match: (event: DeviceEvent) => boolean,
    timeoutMs = 30_000,
  ): Promise<DeviceEvent> => {
    const seen = events.find(match);
    if (seen) return Promise.resolve(seen);
    if (isClosed) return Promise.reject(new Error(`${name} (pid ${pid}) has exited\n${log}`));
    return new Promise((resolveWait, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        off();
        child.off('close', onExit);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${name} (pid ${pid}): no matching event in ${timeoutMs} ms\n${log}`));
      }, timeoutMs);
      const onExit = (): void => {
        done();
        reject(new Error(`${name} (pid ${pid}) exited before the event\n${log}`));
      };
      const off = onEvent((event) => {
        if (!match(event)) return;
        done();
        resolveWait(event);
      });
      child.once('close', onExit);
    });
  };

  const kill = async (signal: NodeJS.Signals = 'SIGKILL'): Promise<void> => {
    if (!exited(child)) child.kill(signal);
    await closed;
  };

  return {
    name,
    pid,
    events,
    onEvent,
    waitFor,
    async ready(timeoutMs = 30_000) {
      await waitFor((e) => e.event === 'ready', timeoutMs);
    },
    command(cmd, args) {
      if (isClosed || exited(child) || !child.stdin.writable) {
        return Promise.resolve({ kind: 'lost' });
      }
      const id = nextId++;
      return new Promise<CommandOutcome>((settle) => {
        replies.set(id, settle);
        child.stdin.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
      });
    },
    kill,
    async stop(timeoutMs = 15_000) {
      if (isClosed) return 'graceful';
      child.stdin.end();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'killed'>((resolveLate) => {
        timer = setTimeout(() => {
          resolveLate('killed');
        }, timeoutMs);
      });
      const result = await Promise.race([closed.then(() => 'graceful' as const), late]);
      clearTimeout(timer);
      if (result === 'killed') await kill('SIGKILL');
      return result;
    },
    running: () => !exited(child),
    logs: () => log,
  };
}
