/**
 * The preload (DESIGN.md §1, §6): the only bridge between the sandboxed page and the main
 * process. It exposes `window.meow` — one function per command and `on(event, fn)` for the
 * known events — and nothing else: no generic invoke(channel), no ipcRenderer, no Node.
 *
 * It is bundled to a single CommonJS file (dist/electron/preload.cjs) because a sandboxed
 * preload cannot load modules; it imports only names.ts (plain data, no zod) and types.
 *
 * Errors: the main process answers every command with an ApiResponse; a failure becomes a
 * thrown Error with `.code`. contextBridge copies only an Error's message to the page, so the
 * message also starts with the code ("STORAGE_LOCKED: unlock the profile first"), which the
 * renderer's toApiError recognizes.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type {
  ApiEventName,
  ApiEvents,
  ApiResponse,
  CommandName,
  MeowApi,
  MeowCommands,
} from '../main/api/contract';
import {
  COMMAND_NAMES,
  EVENT_NAMES,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
} from '../main/api/names';

export class MeowCommandError extends Error {
  override readonly name = 'MeowCommandError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

function isResponse(value: unknown): value is ApiResponse<CommandName> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

/** ApiResponse → result, or a thrown MeowCommandError. */
export function unwrap(response: unknown): unknown {
  if (!isResponse(response)) throw new MeowCommandError('INTERNAL', 'malformed response');
  if (response.ok) return response.result;
  const { code, message } = response.error;
  throw new MeowCommandError(code, message);
}

function buildCommands(): MeowCommands {
  const commands: Partial<Record<CommandName, (args: unknown) => Promise<unknown>>> = {};
  for (const name of COMMAND_NAMES) {
    commands[name] = async (args: unknown) =>
      unwrap(await ipcRenderer.invoke(IPC_COMMAND_CHANNEL, name, args ?? {}));
  }
  return Object.freeze(commands) as unknown as MeowCommands;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);
type AnyListener = (payload: unknown) => void;

/** Builds the object exposed as window.meow. */
export function createApi(): MeowApi {
  const listeners = new Map<string, Set<AnyListener>>();
  // One IPC listener for all events; the page never sees the IpcRendererEvent (or its sender).
  ipcRenderer.on(IPC_EVENT_CHANNEL, (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (typeof name !== 'string' || !KNOWN_EVENTS.has(name)) return;
    for (const fn of [...(listeners.get(name) ?? [])]) {
      try {
        fn(payload);
      } catch {
        // One broken listener must not starve the others.
      }
    }
  });

  const on = <E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void) => {
    // Typed, but the page may pass anything at run time.
    const name: unknown = event;
    if (typeof name !== 'string' || !KNOWN_EVENTS.has(name)) {
      throw new TypeError(`unknown event: ${String(name)}`);
    }
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const fn = listener as AnyListener;
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    set.add(fn);
    return () => {
      listeners.get(event)?.delete(fn);
    };
  };

  return Object.freeze({ commands: buildCommands(), on });
}

contextBridge.exposeInMainWorld('meow', createApi());
