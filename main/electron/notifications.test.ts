import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvents } from '../api/contract';
import { EventEmitter } from '../api/events';
import type { PeerSummary } from './unread';

const electron = vi.hoisted(() => {
  const state = {
    badge: [] as number[],
    tooltips: [] as string[],
    menu: [] as { label?: string; type?: string; click?: () => void }[],
    notes: [] as {
      title: string;
      body: string;
      shown: boolean;
      closed: boolean;
      handlers: Map<string, () => void>;
    }[],
    trayDestroyed: false,
    trayClick: undefined as (() => void) | undefined,
  };
  class Tray {
    constructor(readonly image: unknown) {}
    setContextMenu(menu: typeof state.menu) {
      state.menu = menu;
    }
    setToolTip(text: string) {
      state.tooltips.push(text);
    }
    setTitle() {}
    on(_name: string, fn: () => void) {
      state.trayClick = fn;
    }
    destroy() {
      state.trayDestroyed = true;
    }
  }
  class Notification {
    static isSupported = () => true;
    private readonly record: (typeof state.notes)[number];
    constructor(options: { title: string; body: string }) {
      this.record = { ...options, shown: false, closed: false, handlers: new Map() };
      state.notes.push(this.record);
    }
    on(name: string, fn: () => void) {
      this.record.handlers.set(name, fn);
    }
    show() {
      this.record.shown = true;
    }
    close() {
      this.record.closed = true;
      this.record.handlers.get('close')?.();
    }
  }
  return {
    state,
    module: {
      Tray,
      Notification,
      Menu: { buildFromTemplate: (t: typeof state.menu) => t },
      app: { setBadgeCount: (n: number) => state.badge.push(n) },
      nativeImage: { createFromBuffer: () => ({ setTemplateImage: () => undefined }) },
    },
  };
});
vi.mock('electron', () => electron.module);

const { setupDesktop } = await import('./notifications');
const { viewOf } = await import('./testing/views');

const received = (peerUid: string, uuid: string) => ({
  peerUid,
  uuid,
  type: 'text',
  text: 'the secret plan',
  sent: 0,
  replyTo: '',
  message: null,
  peer: null,
});

let focused = false;
let showText = false;
let peers: PeerSummary[] = [];
const showWindow = vi.fn();
const quit = vi.fn();

function start() {
  const events = new EventEmitter<ApiEvents>();
  const window = { isDestroyed: () => false, isFocused: () => focused };
  const desktop = setupDesktop({
    events,
    listPeers: () => Promise.resolve(peers),
    showText: () => Promise.resolve(showText),
    getWindow: () => window as never,
    showWindow,
    quit,
  });
  return { events, desktop };
}

beforeEach(() => {
  vi.useFakeTimers();
  Object.assign(electron.state, {
    badge: [],
    tooltips: [],
    menu: [],
    notes: [],
    trayDestroyed: false,
  });
  focused = false;
  showText = false;
  peers = [
    { uid: 'bob', name: 'Bob', unread: 2, blocked: false, messageNotification: true },
    { uid: 'muted', name: 'Muted', unread: 1, blocked: false, messageNotification: false },
    { uid: 'blocked', name: 'Blocked', unread: 4, blocked: true, messageNotification: true },
  ];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('desktop integration', () => {
  it('shows the unread total on the badge and the tray, with Show/Quit', async () => {
    const { desktop } = start();
    await vi.advanceTimersByTimeAsync(200);
    expect(electron.state.badge).toEqual([0, 3]);
    expect(electron.state.tooltips.at(-1)).toBe('Meow — 3 unread');
    const labels = electron.state.menu.filter((m) => m.label).map((m) => m.label);
    expect(labels).toEqual(['Show Meow', 'Quit']);
    electron.state.menu.find((m) => m.label === 'Quit')?.click?.();
    expect(quit).toHaveBeenCalled();
    electron.state.trayClick?.();
    expect(showWindow).toHaveBeenCalled();
    desktop.stop();
    expect(electron.state.trayDestroyed).toBe(true);
    expect(electron.state.badge.at(-1)).toBe(0);
  });

  it('notifies once per contact per burst, without the text, skipping muted and blocked', async () => {
    const { events, desktop } = start();
    for (const uid of ['bob', 'bob', 'bob', 'muted', 'blocked', 'stranger']) {
      events.emit('message.received', received(uid, Math.random().toString()));
    }
    await vi.advanceTimersByTimeAsync(1000);
    expect(electron.state.notes.map(({ title, body, shown }) => ({ title, body, shown }))).toEqual([
      { title: 'Bob', body: '3 new messages', shown: true },
    ]);
    electron.state.notes[0]?.handlers.get('click')?.();
    expect(showWindow).toHaveBeenCalled();
    desktop.stop();
  });

  it('shows the text of a single message only when the user opted in', async () => {
    const { events, desktop } = start();
    events.emit('message.received', received('bob', 'u1'));
    await vi.advanceTimersByTimeAsync(1000);
    showText = true;
    events.emit('message.received', received('bob', 'u2'));
    await vi.advanceTimersByTimeAsync(1000);
    events.emit('message.received', received('bob', 'u3'));
    events.emit('message.received', received('bob', 'u4'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(electron.state.notes.map((n) => n.body)).toEqual([
      'New message',
      'the secret plan',
      '2 new messages',
    ]);
    desktop.stop();
  });

  it("closes a conversation's notifications and lowers the badge once it is read elsewhere", async () => {
    const { events, desktop } = start();
    events.emit('message.received', received('bob', 'u1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(electron.state.notes.map((n) => [n.title, n.shown, n.closed])).toEqual([
      ['Bob', true, false],
    ]);
    expect(electron.state.badge.at(-1)).toBe(3);
    // Another of the user's devices read Bob's messages: the sync arrives as a status change.
    const bob = peers.find((p) => p.uid === 'bob');
    if (!bob) throw new Error('no Bob');
    events.emit('message.statusChanged', {
      peerUid: 'bob',
      uuid: 'u1',
      state: 'read',
      message: null,
      peer: viewOf({ ...bob, unread: 0 }), // its row as peers.list lists it now
    });
    await vi.advanceTimersByTimeAsync(200);
    expect(electron.state.notes[0]?.closed).toBe(true);
    expect(electron.state.badge.at(-1)).toBe(1);
    expect(electron.state.tooltips.at(-1)).toBe('Meow — 1 unread');
    desktop.stop();
  });

  it('stays quiet while the window is focused', async () => {
    focused = true;
    const { events, desktop } = start();
    events.emit('message.received', received('bob', 'u1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(electron.state.notes).toEqual([]);
    desktop.stop();
  });
});
