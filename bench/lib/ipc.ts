import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { V8_FLAGS } from '../../main/hosting/v8-flags.mjs';
import { trackChild } from '../../testkit/children';

/**
 * Bench processes that talk to the bench over Node's IPC channel: the relay host
 * (relay-host.ts) and the client workers (relay-client-worker.ts). A child is started the way
 * `npm run bench:*` starts the bench itself (scripts/run.mjs: the V8 flags, then the tsx
 * loader), announces itself with one `{ type: 'ready', … }` message, and then answers calls:
 * `{ id, type, … }` → `{ id, ok, value | error }`. A child exits when the channel closes, so a
 * bench that dies leaves nothing behind.
 */
export type Message = { readonly type: string } & Readonly<Record<string, unknown>>;

interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

export interface IpcChild {
  readonly pid: number;
  /** The `ready` message's fields. */
  readonly ready: Readonly<Record<string, unknown>>;
  call<T>(request: Message): Promise<T>;
  /** Closes the channel (the child exits on its own) and waits for the exit. */
  stop(): Promise<void>;
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LOG_TAIL = 16 * 1024;
const START_TIMEOUT_MS = 60_000;

export interface ChildOptions {
  /** Node flags before the V8 flags, e.g. ['--expose-gc'] or ['--cpu-prof']. */
  readonly nodeFlags?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
}

/** Starts `script` (relative to the repository root) and resolves once it is ready. */
export async function startChild(
  label: string,
  script: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<IpcChild> {
  const child = spawn(
    process.execPath,
    [...(options.nodeFlags ?? []), ...V8_FLAGS, '--import', 'tsx', script, ...args],
    {
      cwd: REPO_ROOT,
      env: options.env ?? process.env,
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      serialization: 'advanced',
    },
  );
  trackChild(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-LOG_TAIL);
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const exited = new Promise<void>((resolveExit) => {
    child.once('exit', (code, signal) => {
      const why = new Error(`${label} exited (${signal ?? String(code)})\n${stderr}`);
      for (const p of pending.values()) p.reject(why);
      pending.clear();
      resolveExit();
    });
  });
  const ready = await waitReady(child, label, () => stderr);
  child.on('message', (raw: Reply) => {
    const waiter = pending.get(raw.id);
    if (!waiter) return;
    pending.delete(raw.id);
    if (raw.ok) waiter.resolve(raw.value);
    else waiter.reject(new Error(`${label}: ${raw.error ?? 'failed'}`));
  });
  let nextId = 1;
  return {
    pid: child.pid ?? 0,
    ready,
    call<T>(request: Message): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolveCall, reject) => {
        pending.set(id, { resolve: resolveCall as (v: unknown) => void, reject });
        child.send({ ...request, id });
      });
    },
    async stop() {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}

function waitReady(
  child: ChildProcess,
  label: string,
  stderr: () => string,
): Promise<Readonly<Record<string, unknown>>> {
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${label} was not ready within ${START_TIMEOUT_MS} ms\n${stderr()}`));
    }, START_TIMEOUT_MS);
    const onMessage = (message: Message): void => {
      if (message.type !== 'ready') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolveReady(message);
    };
    child.on('message', onMessage);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited (${signal ?? String(code)}) before ready\n${stderr()}`));
    });
  });
}

export type Handlers = Readonly<Record<string, (request: Message) => unknown>>;

/**
 * The child's side: announces `ready` and answers calls with `handlers` (by `type`). When the
 * channel closes, `onClose` runs and the process exits.
 */
export function serveParent(
  ready: Readonly<Record<string, unknown>>,
  handlers: Handlers,
  onClose: () => Promise<void> = () => Promise.resolve(),
): void {
  const send = (message: unknown): void => {
    if (process.connected) process.send?.(message);
  };
  process.on('message', (request: Message & { id: number }) => {
    const handler = handlers[request.type];
    Promise.resolve()
      .then(() => {
        if (!handler) throw new Error(`unknown call ${request.type}`);
        return handler(request);
      })
      .then(
        (value) => {
          send({ id: request.id, ok: true, value });
        },
        (err: unknown) => {
          const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
          send({ id: request.id, ok: false, error });
        },
      );
  });
  process.once('disconnect', () => {
    void onClose().finally(() => process.exit(0));
  });
  send({ ...ready, type: 'ready' });
}
