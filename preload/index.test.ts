import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  COMMAND_NAMES,
  EVENT_NAMES,
  IPC_COMMAND_CHANNEL,
  IPC_EVENT_CHANNEL,
  type MeowApi,
} from '@meow/contract';

const electron = vi.hoisted(() => {
  const exposed = new Map<string, unknown>();
  const ipcListeners = new Map<string, (...args: unknown[]) => void>();
  const invoke = vi.fn<(channel: string, name: string, args: unknown) => Promise<unknown>>();
  return {
    exposed,
    ipcListeners,
    invoke,
    module: {
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
      },
      ipcRenderer: {
        invoke,
        on: (channel: string, fn: (...args: unknown[]) => void) => ipcListeners.set(channel, fn),
      },
    },
  };
});
vi.mock('electron', () => electron.module);

await import('./index');
const api = electron.exposed.get('meow') as MeowApi;
const push = (name: unknown, payload: unknown) =>
  electron.ipcListeners.get(IPC_EVENT_CHANNEL)?.({ sender: 'secret' }, name, payload);

beforeEach(() => {
  electron.invoke.mockReset();
});

describe('preload', () => {
  it('exposes only window.meow = { commands, on }', () => {
    expect([...electron.exposed.keys()]).toEqual(['meow']);
    expect(Object.keys(api).sort()).toEqual(['commands', 'on']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(JSON.stringify(api)).not.toMatch(/ipcRenderer|invoke|send/);
  });

  it('has exactly one function per command and nothing else', () => {
    expect(Object.keys(api.commands).sort()).toEqual([...COMMAND_NAMES].sort());
    for (const name of COMMAND_NAMES) expect(typeof api.commands[name]).toBe('function');
    expect(Object.isFrozen(api.commands)).toBe(true);
  });

  it('invokes the command channel with the command name and its arguments', async () => {
    for (const name of COMMAND_NAMES) {
      electron.invoke.mockResolvedValueOnce({ ok: true, result: { name } });
      const args = { probe: name };
      await expect(api.commands[name](args as never)).resolves.toEqual({ name });
      expect(electron.invoke).toHaveBeenLastCalledWith(IPC_COMMAND_CHANNEL, name, args);
    }
    electron.invoke.mockResolvedValueOnce({ ok: true, result: null });
    await api.commands['app.status'](undefined as never);
    expect(electron.invoke).toHaveBeenLastCalledWith(IPC_COMMAND_CHANNEL, 'app.status', {});
  });

  it('turns a failed ApiResponse into an Error with .code (the code also in the message)', async () => {
    electron.invoke.mockResolvedValueOnce({
      ok: false,
      error: { code: 'STORAGE_LOCKED', message: 'unlock the profile first' },
    });
    const error = (await api.commands['peers.list']({}).catch((e: unknown) => e)) as Error & {
      code: string;
    };
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('STORAGE_LOCKED');
    expect(error.message).toBe('STORAGE_LOCKED: unlock the profile first');

    electron.invoke.mockResolvedValueOnce('garbage');
    await expect(api.commands['peers.list']({})).rejects.toMatchObject({ code: 'INTERNAL' });
    electron.invoke.mockRejectedValueOnce(new Error('FORBIDDEN_SENDER: no'));
    await expect(api.commands['peers.list']({})).rejects.toThrow('FORBIDDEN_SENDER');
  });

  it('delivers known events (payload only) and unsubscribes', () => {
    const got: unknown[] = [];
    const offs = EVENT_NAMES.map((name) => api.on(name, (payload) => got.push([name, payload])));
    for (const name of EVENT_NAMES) push(name, { n: name });
    expect(got).toEqual(EVENT_NAMES.map((name) => [name, { n: name }]));
    for (const off of offs) off();
    push('message.received', {});
    expect(got).toHaveLength(EVENT_NAMES.length);
  });

  it('refuses unknown event names and ignores unknown pushes', () => {
    // What a hostile page could pass at run time, whatever the types say.
    const on = (event: string, fn: unknown) => api.on(event as 'error', fn as () => void);
    for (const name of ['ipc', 'message', 'meow:command', '__proto__', 'constructor']) {
      expect(() => on(name, () => undefined)).toThrow(/unknown event/);
    }
    expect(() => on('message.received', 'not a function')).toThrow(TypeError);
    const fn = vi.fn();
    api.on('error', fn);
    push('not.an.event', {});
    push(42, {});
    expect(fn).not.toHaveBeenCalled();
  });

  it('keeps delivering when one listener throws', () => {
    const after = vi.fn();
    api.on('peer.added', () => {
      throw new Error('broken UI');
    });
    api.on('peer.added', after);
    push('peer.added', { peerUid: 'p', name: 'P' });
    expect(after).toHaveBeenCalledWith({ peerUid: 'p', name: 'P' });
  });
});
