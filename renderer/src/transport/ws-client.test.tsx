// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiUrl, createWsApi, tokenFromHash, type SocketLike, type WsApi } from './ws-client';
import { DISCONNECTED, MeowError } from './errors';

class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: string[] = [];
  onopen: SocketLike['onopen'] = null;
  onclose: SocketLike['onclose'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onerror: SocketLike['onerror'] = null;
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  send(data: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(data);
  }
  close(code?: number): void {
    this.closedWith = code;
    this.readyState = 3;
  }
  // ── test side ──
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  receive(frame: unknown): void {
    const data = typeof frame === 'string' ? frame : JSON.stringify(frame);
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  drop(): void {
    this.readyState = 3;
    this.onclose?.(new CloseEvent('close', { code: 1006 }));
  }
  requests(): { id: number; command: string; args: unknown }[] {
    return this.sent.map((s) => JSON.parse(s) as { id: number; command: string; args: unknown });
  }
}

let sockets: FakeSocket[];
let api: WsApi;

const last = (): FakeSocket => {
  const s = sockets[sockets.length - 1];
  if (!s) throw new Error('no socket');
  return s;
};

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  api = createWsApi({
    url: 'ws://127.0.0.1:9/api?token=t',
    backoff: { initialMs: 100, maxMs: 1000 },
    createSocket: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
  });
});

afterEach(() => {
  api.close();
  vi.useRealTimers();
});

describe('WebSocket MeowApi', () => {
  it('sends one request per command and resolves with the matching reply', async () => {
    last().open();
    const status = api.commands['app.status']({});
    const peers = api.commands['peers.list']({});
    const [a, b] = last().requests();
    expect(a).toEqual({ id: a?.id, command: 'app.status', args: {} });
    expect(b?.command).toBe('peers.list');
    expect(a?.id).not.toBe(b?.id);
    last().receive({ id: b?.id, response: { ok: true, result: [] } });
    last().receive({
      id: a?.id,
      response: { ok: true, result: { state: 'locked', profileDir: '/p' } },
    });
    await expect(status).resolves.toEqual({ state: 'locked', profileDir: '/p' });
    await expect(peers).resolves.toEqual([]);
  });

  it('rejects with the ApiError code and message', async () => {
    last().open();
    const unlock = api.commands['identity.unlock']({ password: 'nope' });
    const [req] = last().requests();
    last().receive({
      id: req?.id,
      response: { ok: false, error: { code: 'IDENTITY_BAD_PASSWORD', message: 'wrong password' } },
    });
    const err = await unlock.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MeowError);
    expect(err).toMatchObject({ code: 'IDENTITY_BAD_PASSWORD', message: 'wrong password' });
  });

  it('delivers events to listeners until they unsubscribe', () => {
    last().open();
    const seen: unknown[] = [];
    const off = api.on('peer.added', (p) => seen.push(p));
    last().receive({ event: 'peer.added', payload: { peerUid: 'u1', name: 'Bob' } });
    last().receive({ event: 'peer.updated', payload: { peerUid: 'u1', name: 'Bob' } });
    off();
    last().receive({ event: 'peer.added', payload: { peerUid: 'u2', name: 'Eve' } });
    expect(seen).toEqual([{ peerUid: 'u1', name: 'Bob' }]);
  });

  it('holds calls made before the socket opens and sends them on open', async () => {
    const call = api.commands['devices.list']({});
    expect(last().sent).toHaveLength(0);
    last().open();
    const [req] = last().requests();
    expect(req?.command).toBe('devices.list');
    last().receive({ id: req?.id, response: { ok: true, result: [] } });
    await expect(call).resolves.toEqual([]);
  });

  it('ignores malformed frames and replies to unknown ids', async () => {
    last().open();
    const call = api.commands['servers.list']({});
    last().receive('not json');
    last().receive({ id: 999, response: { ok: true, result: 'x' } });
    last().receive(42);
    const [req] = last().requests();
    last().receive({ id: req?.id, response: { ok: true, result: [] } });
    await expect(call).resolves.toEqual([]);
  });

  it('rejects pending calls with DISCONNECTED when the socket drops, then reconnects with backoff', async () => {
    const statuses: string[] = [];
    api.onStatus((s) => statuses.push(s));
    last().open();
    const pending = api.commands['peers.list']({});
    last().drop();
    await expect(pending).rejects.toMatchObject({ code: DISCONNECTED });
    expect(sockets).toHaveLength(1);

    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().drop(); // the first retry fails too: the delay doubles
    vi.advanceTimersByTime(199);
    expect(sockets).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(3);

    last().open();
    expect(statuses).toEqual(['open', 'reconnecting', 'open']);
    const again = api.commands['peers.list']({});
    const [req] = last().requests();
    last().receive({ id: req?.id, response: { ok: true, result: [] } });
    await expect(again).resolves.toEqual([]);
  });

  it('caps the backoff and resets it after a successful open', () => {
    last().open();
    for (let i = 0; i < 6; i++) {
      last().drop();
      vi.advanceTimersByTime(1000);
    }
    expect(sockets).toHaveLength(7); // 100, 200, 400, 800, 1000, 1000 — all within 1000 each
    last().open();
    last().drop();
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(8);
  });

  it('close() rejects waiting calls, closes the socket and never reconnects', async () => {
    const waiting = api.commands['app.status']({});
    api.close();
    await expect(waiting).rejects.toMatchObject({ code: DISCONNECTED });
    expect(last().closedWith).toBe(1000);
    vi.advanceTimersByTime(60_000);
    expect(sockets).toHaveLength(1);
    expect(api.status()).toBe('closed');
    await expect(api.commands['app.status']({})).rejects.toMatchObject({ code: DISCONNECTED });
  });

  it('builds the socket URL from the page and the fragment token', () => {
    expect(tokenFromHash('#token=abc-_1')).toBe('abc-_1');
    expect(tokenFromHash('')).toBe('');
    expect(apiUrl({ protocol: 'http:', host: '127.0.0.1:4000' }, 'a b')).toBe(
      'ws://127.0.0.1:4000/api?token=a%20b',
    );
    expect(apiUrl({ protocol: 'https:', host: 'x' }, 't')).toBe('wss://x/api?token=t');
  });
});
