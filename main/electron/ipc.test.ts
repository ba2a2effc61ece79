import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { ApiCaller } from '../api/caller';
import type { ApiEvents } from '../api/contract';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import { EventEmitter } from '../api/events';
import { EVENT_NAMES, IPC_COMMAND_CHANNEL, IPC_EVENT_CHANNEL } from '../api/names';
import { ApiSession } from '../api/session';
import {
  FORBIDDEN_SENDER,
  forwardEvents,
  registerCommandIpc,
  type FrameLike,
  type WindowLike,
} from './ipc';
import { APP_ENTRY_URL } from './security';

function fakeWindow(url = APP_ENTRY_URL) {
  const mainFrame: FrameLike = { processId: 7, frameToken: 'main-token', url };
  const webContents = {
    mainFrame,
    destroyed: false,
    isDestroyed() {
      return this.destroyed;
    },
    getURL: () => mainFrame.url,
    send: vi.fn(),
    listeners: new Map<string, (() => void)[]>(),
    on(event: string, listener: () => void) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    },
    emit(event: string) {
      for (const listener of this.listeners.get(event) ?? []) listener();
    },
  };
  const window = { webContents, destroyed: false, isDestroyed: () => window.destroyed };
  return window;
}

type Handler = (event: unknown, command: unknown, args: unknown) => unknown;

function register(
  window: WindowLike | null,
  dispatch: Mock<Dispatch> = vi.fn<Dispatch>(() => Promise.resolve({ ok: true } as never)),
) {
  let handler: Handler | undefined;
  const ipcMain = {
    handle: vi.fn((channel: string, fn: Handler) => {
      expect(channel).toBe(IPC_COMMAND_CHANNEL);
      handler = fn;
    }),
    removeHandler: vi.fn(),
  };
  const off = registerCommandIpc(ipcMain, () => window, dispatch);
  if (!handler) throw new Error('no handler registered');
  return { handler, dispatch, ipcMain, off };
}

describe('command IPC', () => {
  it('dispatches (command, args) from the main window’s top frame on app://meow', async () => {
    const window = fakeWindow();
    const { handler, dispatch } = register(window);
    const event = { sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } };
    await expect(handler(event, 'app.status', {})).resolves.toEqual({ ok: true });
    expect(dispatch).toHaveBeenCalledWith('app.status', {}, expect.any(ApiCaller));
  });

  it('passes the page as the caller, ended when it reloads, its renderer dies or it closes', async () => {
    const window = fakeWindow();
    const { handler, dispatch } = register(window);
    const event = { sender: window.webContents, senderFrame: { ...window.webContents.mainFrame } };
    const callerOfCall = async (): Promise<ApiCaller> => {
      await handler(event, 'app.status', {});
      const caller = dispatch.mock.lastCall?.[2];
      if (!caller) throw new Error('no caller passed');
      return caller;
    };
    const first = await callerOfCall();
    expect(await callerOfCall()).toBe(first);
    expect(first.gone).toBe(false);
    for (const end of ['did-navigate', 'render-process-gone', 'destroyed']) {
      const before = await callerOfCall();
      window.webContents.emit(end);
      expect(before.gone).toBe(true);
      const after = await callerOfCall();
      expect(after).not.toBe(before);
      expect(after.gone).toBe(false);
    }
  });

  const window = fakeWindow();
  const main = window.webContents.mainFrame;
  const other = fakeWindow();
  it.each([
    ['another WebContents', { sender: other.webContents, senderFrame: main }],
    ['a sub-frame', { sender: window.webContents, senderFrame: { ...main, frameToken: 'iframe' } }],
    ['another process', { sender: window.webContents, senderFrame: { ...main, processId: 8 } }],
    ['a destroyed frame', { sender: window.webContents, senderFrame: null }],
    [
      'a foreign origin',
      { sender: window.webContents, senderFrame: { ...main, url: 'https://evil.example/' } },
    ],
    [
      'a look-alike origin',
      { sender: window.webContents, senderFrame: { ...main, url: 'app://meow.evil/' } },
    ],
    [
      'file://',
      { sender: window.webContents, senderFrame: { ...main, url: 'file:///index.html' } },
    ],
  ])('refuses %s before any dispatch', (_name, event) => {
    const { handler, dispatch } = register(window);
    expect(() => handler(event, 'app.status', {})).toThrow(FORBIDDEN_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses everything when there is no (live) window', () => {
    const gone = fakeWindow();
    const event = { sender: gone.webContents, senderFrame: gone.webContents.mainFrame };
    const none = register(null);
    expect(() => none.handler(event, 'app.status', {})).toThrow(FORBIDDEN_SENDER);
    gone.destroyed = true;
    const destroyed = register(gone);
    expect(() => destroyed.handler(event, 'app.status', {})).toThrow(FORBIDDEN_SENDER);
    expect(none.dispatch).not.toHaveBeenCalled();
    expect(destroyed.dispatch).not.toHaveBeenCalled();
  });

  it('removes its handler again', () => {
    const { ipcMain, off } = register(fakeWindow());
    off();
    expect(ipcMain.removeHandler).toHaveBeenCalledWith(IPC_COMMAND_CHANNEL);
  });

  let dir: TempDir | undefined;
  let session: ApiSession | undefined;
  afterEach(async () => {
    await session?.close();
    await dir?.cleanup();
  });

  it('answers through the real dispatcher (validated arguments, ApiResponse)', async () => {
    dir = await makeTempDir('meow-electron-ipc-');
    session = new ApiSession(dir.path);
    const window = fakeWindow();
    const { handler } = register(window, vi.fn<Dispatch>(createDispatcher(session)));
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await expect(handler(event, 'app.status', {})).resolves.toEqual({
      ok: true,
      result: { state: 'no-identity', profileDir: dir.path },
    });
    const bad = (await handler(event, 'app.status', { extra: 1 })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('INVALID_ARGUMENT');
    const unknown = (await handler(event, 'fs.readFile', {})) as { ok: boolean };
    expect(unknown.ok).toBe(false);
  });
});

describe('event forwarding', () => {
  it('sends every API event to the window on the event channel', () => {
    const events = new EventEmitter<ApiEvents>();
    const window = fakeWindow();
    forwardEvents(events, () => window);
    for (const name of EVENT_NAMES) events.emit(name, { probe: name } as never);
    expect(window.webContents.send.mock.calls).toEqual(
      EVENT_NAMES.map((name) => [IPC_EVENT_CHANNEL, name, { probe: name }]),
    );
  });

  it('sends nothing to a page that is not the app, a destroyed window, or after unsubscribing', () => {
    const events = new EventEmitter<ApiEvents>();
    const foreign = fakeWindow('https://evil.example/');
    let current: ReturnType<typeof fakeWindow> | null = foreign;
    const off = forwardEvents(events, () => current);
    events.emit('app.stateChanged', { state: 'locked' });
    expect(foreign.webContents.send).not.toHaveBeenCalled();

    const app = fakeWindow();
    current = app;
    app.webContents.destroyed = true;
    events.emit('app.stateChanged', { state: 'locked' });
    current = null;
    events.emit('app.stateChanged', { state: 'locked' });
    app.webContents.destroyed = false;
    current = app;
    off();
    events.emit('app.stateChanged', { state: 'locked' });
    expect(app.webContents.send).not.toHaveBeenCalled();
  });
});
