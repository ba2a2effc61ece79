import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dedicatedConnection, httpExchange, type DedicatedConnection } from './http';

/**
 * `dedicatedConnection` (the poll worker's separate connections): its requests reuse its own
 * socket and no other's, and every failure maps as it does over the global fetch.
 */
let server: Server;
let base = '';
/** Client port of every connection the server accepted, in order. */
let ports: number[] = [];
const opened: DedicatedConnection[] = [];

beforeEach(async () => {
  ports = [];
  server = createServer((req, res) => {
    if (req.url === '/cut') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('abc');
      setTimeout(() => res.socket?.destroy(), 20);
    } else if (req.url === '/hold') {
      res.writeHead(200, { 'content-length': '100' });
      res.write('abc');
    } else if (req.url === '/moved') {
      res.writeHead(302, { location: '/elsewhere' }).end();
    } else {
      res.end(req.method === 'POST' ? 'posted' : 'ok');
    }
  });
  server.on('connection', (socket) => ports.push(socket.remotePort ?? 0));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  for (const c of opened.splice(0)) c.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

function connection(): DedicatedConnection {
  const c = dedicatedConnection();
  opened.push(c);
  return c;
}

function get(
  c: DedicatedConnection,
  path: string,
  extra: { timeoutMs?: number; signal?: AbortSignal; max?: number } = {},
) {
  return httpExchange({
    url: `${base}${path}`,
    method: 'GET',
    timeoutMs: extra.timeoutMs ?? 2_000,
    maxReplyBytes: extra.max ?? 1_000,
    fetch: c.fetch,
    ...(extra.signal ? { signal: extra.signal } : {}),
  });
}

const text = (body: Uint8Array): string => new TextDecoder().decode(body);

describe('dedicatedConnection', () => {
  it('reuses its own socket, and two connections never share one', async () => {
    const a = connection();
    const b = connection();
    expect(text((await get(a, '/one')).body)).toBe('ok');
    const posted = await httpExchange({
      url: `${base}/two`,
      method: 'POST',
      body: new Uint8Array([1, 2, 3]),
      timeoutMs: 2_000,
      maxReplyBytes: 1_000,
      fetch: a.fetch,
    });
    expect(text(posted.body)).toBe('posted');
    expect(ports).toHaveLength(1);
    await get(b, '/three');
    expect(ports).toHaveLength(2);
    await get(a, '/four');
    expect(ports).toHaveLength(2);
  });

  it('opens a new socket after close()', async () => {
    const a = connection();
    await get(a, '/one');
    a.close();
    await get(a, '/two');
    expect(ports).toHaveLength(2);
  });

  it('maps failures like the global fetch', async () => {
    const a = connection();
    await expect(get(a, '/cut')).rejects.toMatchObject({ code: 'RELAY_UNAVAILABLE' });
    const abort = new AbortController();
    setTimeout(() => {
      abort.abort();
    }, 50);
    await expect(get(a, '/hold', { signal: abort.signal })).rejects.toMatchObject({
      code: 'RELAY_ABORTED',
    });
    await expect(get(a, '/hold', { timeoutMs: 100 })).rejects.toMatchObject({
      code: 'RELAY_UNAVAILABLE',
    });
    await expect(get(a, '/big', { max: 1 })).rejects.toMatchObject({ code: 'RELAY_BAD_REPLY' });
    await expect(get(a, '/moved')).rejects.toMatchObject({ code: 'RELAY_UNAVAILABLE' });
    const refused = dedicatedConnection();
    opened.push(refused);
    await expect(
      httpExchange({
        url: 'http://127.0.0.1:1/x',
        method: 'GET',
        timeoutMs: 1_000,
        maxReplyBytes: 10,
        fetch: refused.fetch,
      }),
    ).rejects.toMatchObject({ code: 'RELAY_UNAVAILABLE' });
  });
});
