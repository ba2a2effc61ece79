/**
 * The test side of device-process.ts: spawns one profile's engine as a child process, reads its
 * event lines, sends it commands, and SIGKILLs it at any moment. Every child is tracked
 * (testkit/children: SIGKILLed if the test process exits) and also shuts itself down when its
 * stdin closes (the test process died without an 'exit' hook), via the same orphan watchdog
 * as receiver-process.ts.
 */
import { spawnJsonChild, type EventLine } from '../../../../testkit/json-child';

/** One event line: `{ event, ...payload }`. */
export type DeviceEvent = EventLine;

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

const SCRIPT = 'main/client/devices/testing/device-process.ts';

function outcomeOf(reply: Readonly<Record<string, unknown>>): CommandOutcome {
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
  const replies = new Map<number, (outcome: CommandOutcome) => void>();
  let nextId = 1;
  const proc = spawnJsonChild({
    label: name,
    args: [SCRIPT, profileDir],
    env: { MEOW_PASSWORD: password },
    onLine: (line) => {
      if (typeof line.reply !== 'number') return false;
      const settle = replies.get(line.reply);
      replies.delete(line.reply);
      settle?.(outcomeOf(line));
      return true;
    },
    onClose: () => {
      for (const settle of replies.values()) settle({ kind: 'lost' });
      replies.clear();
    },
  });
  const { child } = proc;

  return {
    name,
    pid: proc.pid,
    events: proc.events,
    onEvent: proc.onEvent,
    waitFor: proc.waitFor,
    async ready(timeoutMs = 30_000) {
      await proc.waitFor((e) => e.event === 'ready', timeoutMs);
    },
    command(cmd, args) {
      if (proc.isClosed() || !proc.running() || !child.stdin?.writable) {
        return Promise.resolve({ kind: 'lost' });
      }
      const id = nextId++;
      return new Promise<CommandOutcome>((settle) => {
        replies.set(id, settle);
        child.stdin?.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
      });
    },
    kill: proc.kill,
    async stop(timeoutMs = 15_000) {
      if (proc.isClosed()) return 'graceful';
      child.stdin?.end();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'killed'>((resolveLate) => {
        timer = setTimeout(() => {
          resolveLate('killed');
        }, timeoutMs);
      });
      const result = await Promise.race([proc.closed.then(() => 'graceful' as const), late]);
      clearTimeout(timer);
      if (result === 'killed') await proc.kill('SIGKILL');
      return result;
    },
    running: proc.running,
    logs: proc.logs,
  };
}
