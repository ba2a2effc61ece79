/** Test helpers for the browser host: a fixture renderer build and a small API socket client. */
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import type { ApiEventName, ApiEvents, ApiResponse, CommandName } from '../api/contract';
import { WS_PATH, type WsEvent, type WsReply } from '../api/ws-protocol';

const WAIT_MS = 30_000;

export const FIXTURE_INDEX =
  '<!doctype html><title>meow fixture</title><script src="/app.js"></script>';
export const FIXTURE_SCRIPT = 'console.log("meow");';

/** `<dir>/static` with index.html, app.js, a style sheet and a nested asset; `<dir>/secret.txt` beside it. */
export async function makeFixtureStatic(dir: string): Promise<string> {
  const root = join(dir, 'static');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), FIXTURE_INDEX);
  await writeFile(join(root, 'app.js'), FIXTURE_SCRIPT);
  await writeFile(join(root, 'assets', 'style.css'), 'body { color: black; }');
  await writeFile(join(root, '.env'), 'SECRET=1');
  await writeFile(join(dir, 'secret.txt'), 'outside the static folder');
  return root;
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** An HTTP request with the path sent exactly as given (no client-side normalization). */
export function rawGet(
  port: number,
  path: string,
  options: { method?: string; host?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}` },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

export interface ConnectOptions {
  /** Default: the right one; null = leave the parameter out. */
  readonly token?: string | null;
  /** Default: http://127.0.0.1:PORT; null = send no Origin header. */
  readonly origin?: string | null;
}

/** Resolves with the HTTP status of a refused upgrade (rejects if the socket opened). */
export function refusedStatus(port: number, token: string, opts: ConnectOptions): Promise<number> {
  const ws = openSocket(port, token, opts);
  return new Promise((resolve, reject) => {
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error('the upgrade was accepted'));
    });
    ws.on('error', reject);
  });
}

function openSocket(port: number, token: string, opts: ConnectOptions): WebSocket {
  const t = opts.token === undefined ? token : opts.token;
  const query = t === null ? '' : `?token=${encodeURIComponent(t)}`;
  const origin = opts.origin === undefined ? `http://127.0.0.1:${port}` : opts.origin;
  return new WebSocket(`ws://127.0.0.1:${port}${WS_PATH}${query}`, {
    ...(origin === null ? {} : { origin }),
  });
}

type Frame = WsReply | WsEvent;

/** A connected API socket: numbered calls, and every event kept since connecting. */
export class ApiClient {
  readonly events: WsEvent[] = [];
  private nextId = 1;
  private readonly replies = new Map<number, (response: ApiResponse<CommandName>) => void>();
  private readonly eventWaiters = new Set<() => void>();
  readonly closed: Promise<{ code: number; reason: string }>;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const frame = JSON.parse(data.toString('utf8')) as Frame;
      if ('id' in frame) {
        this.replies.get(frame.id)?.(frame.response);
        this.replies.delete(frame.id);
        return;
      }
      this.events.push(frame);
      for (const wake of [...this.eventWaiters]) wake();
    });
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        resolve({ code, reason: reason.toString('utf8') });
      });
    });
  }

  static connect(port: number, token: string, opts: ConnectOptions = {}): Promise<ApiClient> {
    const ws = openSocket(port, token, opts);
    return new Promise((resolve, reject) => {
      ws.once('open', () => {
        resolve(new ApiClient(ws));
      });
      ws.once('error', reject);
    });
  }

  /** Sends one request and resolves with its reply's response. */
  call(command: string, args: unknown = {}): Promise<ApiResponse<CommandName>> {
    const id = this.nextId++;
    return this.sendFrame(JSON.stringify({ id, command, args }), id);
  }

  /** Sends any text and waits for the reply numbered `id`. */
  sendFrame(text: string, id: number): Promise<ApiResponse<CommandName>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`no reply to request ${id} within ${WAIT_MS} ms`));
      }, WAIT_MS);
      this.replies.set(id, (response) => {
        clearTimeout(timer);
        resolve(response);
      });
      this.ws.send(text);
    });
  }

  /** The first event `name` (already received or still to come) that matches. */
  waitEvent<E extends ApiEventName>(
    name: E,
    match: (payload: ApiEvents[E]) => boolean = () => true,
  ): Promise<ApiEvents[E]> {
    const find = (): ApiEvents[E] | undefined =>
      this.events.find((e) => e.event === name && match(e.payload as ApiEvents[E]))?.payload as
        ApiEvents[E] | undefined;
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = find();
        if (found === undefined) return;
        clearTimeout(timer);
        this.eventWaiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.eventWaiters.delete(check);
        reject(new Error(`no ${name} event within ${WAIT_MS} ms`));
      }, WAIT_MS);
      this.eventWaiters.add(check);
      check();
    });
  }

  close(): Promise<unknown> {
    this.ws.close();
    return this.closed;
  }
}
