/**
 * A profile hosted by the real `meow watch --json` command in a child process, for crash
 * tests: the test reads the engine's events from the child's JSON lines and can SIGKILL it at
 * any moment. Every child is tracked (testkit/children: SIGKILLed if the test process exits)
 * and shuts itself down when its stdin closes (the test process died without an 'exit' hook).
 */
import { spawnJsonChild, type EventLine } from '../../../../testkit/json-child';

/** One JSON line of `meow watch --json`: `{ event, ...payload }`. */
export type WatchEvent = EventLine;

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

const CLI = 'main/cli/main.ts';

/** Starts `meow watch --profile <dir> --json` with the password in MEOW_PASSWORD. */
export function startReceiverProcess(profileDir: string, password: string): ReceiverProcess {
  const child = spawnJsonChild({
    label: 'meow watch',
    args: [CLI, 'watch', '--profile', profileDir, '--json'],
    env: { MEOW_PASSWORD: password },
  });
  return {
    pid: child.pid,
    events: child.events,
    onEvent: child.onEvent,
    waitFor: child.waitFor,
    kill: child.kill,
    running: child.running,
    logs: child.logs,
  };
}
