/** Each API socket is one page (api/caller.ts): its commands share a caller that ends on close. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import type { ApiCaller } from '../api/caller';
import type { Dispatch } from '../api/dispatcher';
import { EventEmitter } from '../api/events';
import type { ApiSession } from '../api/session';
import { createApiSockets, type ApiSockets } from './socket';

let server: Server | undefined;
let sockets: ApiSockets | undefined;
afterEach(async () => {
  await sockets?.close();
  await new Promise((resolve) => server?.close(resolve));
});

async function listen(dispatch: Dispatch): Promise<number> {
  const session = { events: new EventEmitter() } as unknown as ApiSession;
  const api = createApiSockets(session, dispatch, () => undefined);
  sockets = api;
  const http = createServer();
  server = http;
  http.on('upgrade', (req, socket, head) => {
    api.accept(req, socket, head);
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return (http.address() as AddressInfo).port;
}

function open(port: number): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${String(port)}/`);
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      resolve(ws);
    });
    ws.once('error', reject);
  });
}

function call(ws: WebSocket, id: number): Promise<void> {
  return new Promise((resolve) => {
    ws.once('message', () => {
      resolve();
    });
    ws.send(JSON.stringify({ id, command: 'app.status', args: {} }));
  });
}

describe('API sockets and the page behind each', () => {
  it('passes one caller per socket, ended when that socket closes', async () => {
    const dispatch = vi.fn<Dispatch>(() => Promise.resolve({ ok: true, result: null } as never));
    const port = await listen(dispatch);
    const [a, b] = await Promise.all([open(port), open(port)]);
    await call(a, 1);
    await call(a, 2);
    await call(b, 3);
    const callers = dispatch.mock.calls.map((c) => c[2]);
    const [first, again, other] = callers as [ApiCaller, ApiCaller, ApiCaller];
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    const gone = new Promise<void>((resolve) => first.onGone(resolve));
    a.close();
    await gone;
    expect(first.gone).toBe(true);
    expect(other.gone).toBe(false);
    b.close();
  });
});
