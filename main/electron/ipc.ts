/**
 * IPC between the window and the engine (DESIGN.md §1, §6): one invoke channel for every
 * command, one push channel for every event. The page is untrusted, so the command handler
 * first checks WHO is asking — the main window's own top frame, showing the app's own origin —
 * and only then hands (command, args) to the shared dispatcher, which validates both. A frame
 * that is not ours (an injected iframe, a page the window was tricked into loading) gets an
 * error and reaches no engine code.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ApiCaller } from '../api/caller';
import type { ApiEvents, ApiEventName } from '../api/contract';
import type { Dispatch } from '../api/dispatcher';
import type { EventEmitter } from '../api/events';
import { EVENT_NAMES, IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL } from '../api/names';
import { isAppUrl } from './security';

/** The parts of a frame, a WebContents and a BrowserWindow this module reads (tests fake them). */
export interface FrameLike {
  readonly processId: number;
  readonly frameToken: string;
  readonly url: string;
}

export interface ContentsLike {
  readonly mainFrame: FrameLike;
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  /** The ends of a loaded page: another one loaded (a reload), the renderer died, closed. */
  on(event: 'did-navigate' | 'render-process-gone' | 'destroyed', listener: () => void): unknown;
}

export interface WindowLike {
  readonly webContents: ContentsLike;
  isDestroyed(): boolean;
}

export interface SenderLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}

/** Error code of a refused sender (also in the message: contextBridge keeps only messages). */
export const FORBIDDEN_SENDER = 'FORBIDDEN_SENDER';

/**
 * True only for the main window's top frame on app://meow. Frames are compared by process
 * and frame token (stable identifiers) rather than object identity; senderFrame is null when
 * the frame navigated away or was destroyed since it sent the message.
 */
export function senderAllowed(event: SenderLike, window: WindowLike | null): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (contents.isDestroyed() || event.sender !== contents) return false;
  const frame = event.senderFrame;
  const main = contents.mainFrame;
  if (!frame || frame.processId !== main.processId || frame.frameToken !== main.frameToken) {
    return false;
  }
  return isAppUrl(frame.url);
}

/**
 * The page each window shows now, as an ApiCaller (api/caller.ts) that ends when the page
 * does: when another page loads in its place (a reload), its renderer dies, or it closes.
 */
function pageCallers(): (contents: ContentsLike) => ApiCaller {
  const current = new WeakMap<ContentsLike, ApiCaller>();
  return (contents) => {
    const known = current.get(contents);
    if (known) return known;
    const caller = new ApiCaller();
    current.set(contents, caller);
    const end = (): void => {
      current.get(contents)?.end();
      current.set(contents, new ApiCaller());
    };
    contents.on('did-navigate', end);
    contents.on('render-process-gone', end);
    contents.on('destroyed', end);
    return caller;
  };
}

/** Registers the command channel; returns what removes it again. */
export function registerCommandIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  getWindow: () => WindowLike | null,
  dispatch: Dispatch,
): () => void {
  const callerOf = pageCallers();
  ipcMain.handle(
    IPC_COMMAND_CHANNEL,
    (event: IpcMainInvokeEvent, command: unknown, args: unknown) => {
      const window = getWindow();
      if (!window || !senderAllowed(event, window)) {
        // Thrown, not an ApiResponse: a foreign frame deserves no structured answer.
        throw new Error(`${FORBIDDEN_SENDER}: this frame may not use the Meow API`);
      }
      return dispatch(command, args, callerOf(window.webContents));
    },
  );
  return () => {
    ipcMain.removeHandler(IPC_COMMAND_CHANNEL);
  };
}

/**
 * Forwards every API event (EVENT_NAMES) to the main window, only while it shows the app's
 * own origin. Returns what unsubscribes again.
 */
export function forwardEvents(
  events: EventEmitter<ApiEvents>,
  getWindow: () => WindowLike | null,
): () => void {
  const send = (name: ApiEventName, payload: unknown): void => {
    const window = getWindow();
    if (!window || window.isDestroyed()) return;
    const contents = window.webContents;
    if (contents.isDestroyed() || !isAppUrl(contents.getURL())) return;
    contents.send(IPC_EVENT_CHANNEL, name, payload);
  };
  const offs = EVENT_NAMES.map((name) =>
    events.on(name, (payload) => {
      send(name, payload);
    }),
  );
  return () => {
    for (const off of offs) off();
  };
}
