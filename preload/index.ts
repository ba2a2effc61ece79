/**
 * The preload (DESIGN.md §1, §6): the only bridge between the sandboxed page and the main
 * process. It exposes `window.meow` — one function per command and `on(event, fn)` for the
 * known events — and nothing else: no generic invoke(channel), no ipcRenderer, no Node.
 *
 * It is bundled to a single CommonJS file (dist/electron/preload.cjs) because a sandboxed
 * preload cannot load modules; it imports only the contract entry '@meow/contract' (plain data
 * and dependency-free helpers, no zod) and types.
 *
 * Errors: the main process answers every command with an ApiResponse; a failure becomes a
 * thrown Error with `.code`. contextBridge copies only an Error's message to the page, so the
 * message also starts with the code ("STORAGE_LOCKED: unlock the profile first"), which the
 * renderer's toApiError recognizes.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  commandsVia,
  createEventHub,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
  isEventName,
  isResponseTo,
  type ApiEventName,
  type ApiListener,
  type CommandArgs,
  type CommandName,
  type CommandResults,
  type IpcEventArgs,
  type MeowApi,
} from '@meow/contract';

export class MeowCommandError extends Error {
  override readonly name = 'MeowCommandError';

  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** One command over IPC: its result, or a thrown MeowCommandError. */
async function invoke<C extends CommandName>(
  command: C,
  args: CommandArgs<C>,
): Promise<CommandResults[C]> {
  const given: unknown = args; // Typed, but the page may pass anything (or nothing) at run time.
  const response: unknown = await ipcRenderer.invoke(IPC_COMMAND_CHANNEL, command, given ?? {});
  if (!isResponseTo(command, response)) {
    throw new MeowCommandError('INTERNAL', 'malformed response');
  }
  if (response.ok) return response.result;
  const { code, message } = response.error;
  throw new MeowCommandError(code, message);
}

/** Builds the object exposed as window.meow. */
export function createApi(): MeowApi {
  const hub = createEventHub();
  // One IPC listener for all events; the page never sees the IpcRendererEvent (or its sender).
  ipcRenderer.on(
    IPC_EVENT_CHANNEL,
    (_event: IpcRendererEvent, ...[name, payload]: IpcEventArgs) => {
      // Typed by the channel's contract, and checked anyway: only known events reach the page.
      if (isEventName(name)) hub.emit(name, payload);
    },
  );

  const on = <E extends ApiEventName>(event: E, listener: ApiListener<E>): (() => void) => {
    // Typed, but the page may pass anything at run time.
    if (!isEventName(event)) throw new TypeError(`unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return hub.on(event, listener);
  };

  return Object.freeze({ commands: commandsVia(invoke), on });
}

contextBridge.exposeInMainWorld('meow', createApi());
