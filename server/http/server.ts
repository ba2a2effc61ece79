import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { plainServerError } from '../../core/envelope/server';
import { RelayError } from '../errors';
import { clientAddress } from './address';
import { ClientGone, readBody } from './body';
import { BLOB_CONTENT_TYPE, handleBlob } from './blobs';
import { CHUNK_BYTES } from '../blobs/limits';
import { BLOB_FRAME_HEADER_BYTES, MAX_BLOB_ENVELOPE_BYTES } from '../../core/envelope/blob-frame';
import { asRelayError, handleV1, plainReply, type HttpReply, type RelayContext } from './handler';

/**
 * The relay's HTTP surface:
 *   GET  /card    → the signed ServerCard (application/x-protobuf)
 *   GET  /health  → 200 "ok" (503 while shutting down)
 *   POST /v1      → PackedServerMessage in, PackedServerReply out
 *   POST /v1/blob → a blob frame in and out (blobs.ts; docs/PROTOCOL.md "Attachments")
 * Every failure is a protobuf PackedServerReply with a stable code; nothing a client sends can
 * take the process down (every handler is awaited inside one catch-all). A POST is admitted by
 * the per-connection and per-address limits before its body is read or opened.
 */
const PROTOBUF = 'application/x-protobuf';
/** What a client told "shutting down" should wait before it tries this relay again. */
const SHUTDOWN_RETRY_MS = 5_000;

export interface RelayHttp {
  readonly server: Server;
  /** Requests currently being handled (held long-polls included). */
  inFlight(): number;
  /** Resolves when no request is in flight. */
  drained(): Promise<void>;
}

/** Retry-After in whole seconds, rounded up (HTTP has no finer unit); only on 429 and 503. */
function retryHeader(reply: HttpReply): Record<string, string> {
  const ms = reply.retryAfterMs ?? 0;
  if (ms <= 0 || (reply.status !== 429 && reply.status !== 503)) return {};
  return { 'retry-after': String(Math.ceil(ms / 1000)) };
}

function send(res: ServerResponse, reply: HttpReply, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(reply.status, {
    'content-type': PROTOBUF,
    'content-length': String(reply.body.length),
    'cache-control': 'no-store',
    ...retryHeader(reply),
    ...headers,
  });
  res.end(reply.body);
}

function sendError(res: ServerResponse, error: RelayError, headers?: Record<string, string>): void {
  send(res, plainReply(error), headers);
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  sendError(res, new RelayError('METHOD_NOT_ALLOWED', `use ${allow}`), { allow });
}

/** `create` makes the listening server: node:http by default, node:https for TLS (server/tls.ts). */
export function createRelayHttp(
  ctx: RelayContext,
  cardBytes: () => Uint8Array,
  create: (listener: (req: IncomingMessage, res: ServerResponse) => void) => Server = createServer,
): RelayHttp {
  let inFlight = 0;
  const waiters: (() => void)[] = [];
  const settle = (): void => {
    inFlight -= 1;
    if (inFlight === 0) for (const wake of waiters.splice(0)) wake();
  };

  /** Envelope of at most 64 KiB and one chunk, framed. */
  const maxBlobBody = BLOB_FRAME_HEADER_BYTES + MAX_BLOB_ENVELOPE_BYTES + CHUNK_BYTES;

  async function post(req: IncomingMessage, res: ServerResponse, blob = false): Promise<void> {
    if (ctx.polls.isClosed()) {
      const closing = new RelayError(
        'UNAVAILABLE',
        'the relay is shutting down',
        SHUTDOWN_RETRY_MS,
      );
      sendError(res, closing, { connection: 'close' });
      return;
    }
    // Before the body, from memory: a connection over its limit, or an address this instance
    // has seen over its limit, costs neither a read nor an open (ratelimit.ts RequestLimiter).
    const address = ctx.addresses.of(clientAddress(req, ctx.config.trustProxy));
    if (blob) {
      // One request per chunk: the per-connection count would cap a transfer; the address's
      // blob bucket bounds it instead (ratelimit.ts admitBlob).
      const body = await readBody(req, maxBlobBody);
      send(res, await handleBlob(ctx, body, address), { 'content-type': BLOB_CONTENT_TYPE });
      return;
    }
    ctx.limiter.admit(address, req.socket, ctx.config.now());
    const body = await readBody(req, ctx.config.limits.maxBodyBytes);
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const reply = await handleV1(ctx, body, gone.signal, address);
    if (reply) send(res, reply, ctx.polls.isClosed() ? { connection: 'close' } : {});
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    const method = req.method ?? 'GET';
    if (path === '/v1') {
      if (method === 'POST') await post(req, res);
      else methodNotAllowed(res, 'POST');
    } else if (path === '/v1/blob') {
      if (method === 'POST') await post(req, res, true);
      else methodNotAllowed(res, 'POST');
    } else if (path === '/card') {
      if (method === 'GET') send(res, { status: 200, body: cardBytes() });
      else methodNotAllowed(res, 'GET');
    } else if (path === '/health') {
      if (method === 'GET') health(res);
      else methodNotAllowed(res, 'GET');
    } else {
      sendError(res, new RelayError('NOT_FOUND', 'no such endpoint'));
    }
  }

  function health(res: ServerResponse): void {
    res.writeHead(ctx.polls.isClosed() ? 503 : 200, { 'content-type': 'text/plain' });
    res.end(ctx.polls.isClosed() ? 'closing' : 'ok');
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight += 1;
    try {
      await route(req, res);
    } catch (err) {
      if (err instanceof ClientGone) return;
      sendError(res, asRelayError(err, ctx));
    } finally {
      settle();
    }
  }

  const server = create((req, res) => {
    void handle(req, res);
  });
  // A malformed HTTP request never reaches `handle`; answer it in the same vocabulary.
  server.on('clientError', (_err, socket) => {
    if (socket.writable) {
      const body = plainServerError('MALFORMED', 'malformed HTTP request');
      socket.write(
        `HTTP/1.1 400 Bad Request\r\ncontent-type: ${PROTOBUF}\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`,
      );
      socket.end(body);
    } else {
      socket.destroy();
    }
  });
  return {
    server,
    inFlight: () => inFlight,
    drained: () =>
      inFlight === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            waiters.push(resolve);
          }),
  };
}
