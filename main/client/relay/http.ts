import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { concatBytes } from '../../../core/crypto';
import { RelayClientError } from './errors';

/**
 * One HTTP exchange with a relay over Node's global fetch (undici: connections are pooled and
 * kept alive by default), or over a `dedicatedConnection`. Every failure that is not an HTTP
 * reply becomes a RelayClientError: the caller's abort → RELAY_ABORTED; timeout,
 * refused/reset connection, DNS → RELAY_UNAVAILABLE. The reply body is read under a byte cap
 * (Content-Length checked first, then while streaming).
 *
 * `keepalive: true` is deliberately not passed: in fetch it is the browser's "outlive the page"
 * flag (bodies ≤ 64 KiB), not connection reuse, which undici does anyway.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** A fetch whose requests use only sockets of their own (`dedicatedConnection`). */
export interface DedicatedConnection {
  readonly fetch: FetchLike;
  /** Destroys its sockets, idle or busy (a busy request fails); later requests open new ones. */
  close(): void;
}

/**
 * Idle sockets are closed after this long, before the relay's keep-alive timeout (Node's
 * default: 5 s) can close one under a request about to reuse it.
 */
const IDLE_SOCKET_MS = 4_000;

/** TLS trust for a dedicated connection's https:// requests. */
export interface DedicatedTls {
  /**
   * PEM certificates to trust instead of the system's (a relay whose certificate a private CA
   * signed; the TLS tests). The certificate is checked against the relay's host name as usual.
   */
  readonly ca?: string | Buffer;
}

/**
 * A fetch over node:http/node:https with keep-alive agents of its own. The global fetch pools
 * connections per origin and would carry any request on any pooled socket; requests through
 * this one never share a socket with requests outside it (PROTOCOL.md §7: the poll worker's
 * separate connections, one per relationship). `maxFreeSockets: 1`: a long-poll, its ack and
 * the next long-poll reuse one socket.
 */
export function dedicatedConnection(tls: DedicatedTls = {}): DedicatedConnection {
  const options = { keepAlive: true, maxFreeSockets: 1, timeout: IDLE_SOCKET_MS };
  const http = new HttpAgent(options);
  const https = new HttpsAgent({ ...options, ...(tls.ca === undefined ? {} : { ca: tls.ca }) });
  return {
    fetch: (input, init) => nodeFetch(input, init, { http, https }),
    close: () => {
      http.destroy();
      https.destroy();
    },
  };
}

function nodeFetch(
  input: string,
  init: RequestInit,
  agents: { http: HttpAgent; https: HttpsAgent },
): Promise<Response> {
  const url = new URL(input);
  const secure = url.protocol === 'https:';
  const body = init.body instanceof Uint8Array ? init.body : undefined;
  const headers: Record<string, string> = {
    ...(init.headers as Record<string, string> | undefined),
    ...(body ? { 'content-length': String(body.length) } : {}),
  };
  const signal = init.signal ?? undefined;
  return new Promise<Response>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException('aborted', 'AbortError'));
      return;
    }
    const send = secure ? httpsRequest : httpRequest;
    const agent = secure ? agents.https : agents.http;
    const req = send(url, { method: init.method ?? 'GET', headers, agent });
    const onAbort = (): void => {
      req.destroy(new DOMException('aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const settled = (): void => signal?.removeEventListener('abort', onAbort);
    req.on('error', (err) => {
      settled();
      reject(err);
    });
    req.on('response', (res) => {
      res.on('close', settled);
      try {
        resolve(toResponse(res));
      } catch (err) {
        res.destroy();
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    req.end(body);
  });
}

/** The node reply as a fetch Response (streamed, so the byte cap still applies while reading). */
function toResponse(res: IncomingMessage): Response {
  const status = res.statusCode ?? 0;
  // As fetch with `redirect: 'error'`: a relay never redirects.
  if (status >= 300 && status < 400) throw new TypeError(`unexpected redirect (HTTP ${status})`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      headers.append(name, v);
    }
  }
  // A reply cut off (socket reset, our abort) must fail the read, not end it short.
  res.on('aborted', () => {
    res.destroy(new Error('reply cut off'));
  });
  const stream = Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>;
  return new Response(status === 204 || status === 304 ? null : stream, { status, headers });
}

export interface HttpExchange {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly body?: Uint8Array;
  /** Of `body`; default application/x-protobuf (POST /v1/blob: application/x-meow-blob). */
  readonly contentType?: string;
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly signal?: AbortSignal;
  readonly fetch?: FetchLike;
}

export interface HttpReply {
  readonly status: number;
  /** The Content-Type header, '' without one. */
  readonly contentType: string;
  readonly body: Uint8Array;
}

class TooLarge extends Error {}

export async function httpExchange(x: HttpExchange): Promise<HttpReply> {
  const callerAborted = (): boolean => x.signal?.aborted === true;
  if (callerAborted()) throw aborted(x.url);
  const controller = new AbortController();
  const state = { timedOut: false };
  const timer = setTimeout(() => {
    state.timedOut = true;
    controller.abort();
  }, x.timeoutMs);
  const onAbort = (): void => {
    controller.abort();
  };
  x.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await (x.fetch ?? fetch)(x.url, {
      method: x.method,
      signal: controller.signal,
      headers: x.body ? { 'content-type': x.contentType ?? 'application/x-protobuf' } : {},
      // A fresh buffer from the envelope sealer, never shared memory.
      ...(x.body ? { body: x.body as Uint8Array<ArrayBuffer> } : {}),
      redirect: 'error',
      cache: 'no-store',
    });
    const body = await readCapped(response, x.maxReplyBytes, controller);
    const contentType = response.headers.get('content-type') ?? '';
    return { status: response.status, contentType, body };
  } catch (cause) {
    if (callerAborted()) throw aborted(x.url, cause);
    if (state.timedOut) {
      throw new RelayClientError(
        'RELAY_UNAVAILABLE',
        `relay did not answer within ${x.timeoutMs} ms (${x.url})`,
        {},
        { cause },
      );
    }
    if (cause instanceof TooLarge) {
      throw new RelayClientError(
        'RELAY_BAD_REPLY',
        `relay reply larger than ${x.maxReplyBytes} bytes (${x.url})`,
      );
    }
    throw new RelayClientError(
      'RELAY_UNAVAILABLE',
      `relay unreachable (${x.url}): ${networkReason(cause)}`,
      {},
      { cause },
    );
  } finally {
    clearTimeout(timer);
    x.signal?.removeEventListener('abort', onAbort);
  }
}

function aborted(url: string, cause?: unknown): RelayClientError {
  return new RelayClientError(
    'RELAY_ABORTED',
    `relay request aborted (${url})`,
    {},
    cause === undefined ? undefined : { cause },
  );
}

/** The innermost error code/message of a fetch failure (undici wraps it in `cause`). */
/**
 * Codes of a connection the relay closed under a request: most often a kept-alive connection
 * reused just as the relay's keep-alive timeout closed it (the request then never reached the
 * relay's handler), so one immediate resend on a new connection is the fix.
 */
const CONNECTION_LOST = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Whether `err` (a RelayClientError from httpExchange) is a connection closed under it. */
export function isConnectionLost(err: unknown): boolean {
  if (!(err instanceof RelayClientError) || err.code !== 'RELAY_UNAVAILABLE') return false;
  return CONNECTION_LOST.has(networkReason(err.cause));
}

function networkReason(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4; depth++) {
    if (!(current instanceof Error)) break;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current.cause === undefined) return current.message;
    current = current.cause;
  }
  return 'network error';
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new TooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      controller.abort();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}
