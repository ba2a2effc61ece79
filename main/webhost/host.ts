/**
 * The browser host (DESIGN.md §1): one ApiSession on one profile folder, served to a browser
 * on loopback — the built renderer over plain HTTP and the API over a WebSocket at WS_PATH
 * (main/api/ws-protocol.ts). Only a page that knows the per-launch token (given to it in the
 * URL fragment) and runs on this host's own origin can open the socket. Several hosts, on
 * different profile folders and ports, may run in one process.
 */
import { access, realpath } from 'node:fs/promises';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Duplex } from 'node:stream';
import { createDispatcher } from '../api/dispatcher';
import { ApiSession, type SessionOptions } from '../api/session';
import { WS_PATH } from '../api/ws-protocol';
import { hostAllowed, newToken, originAllowed, securityHeaders, tokenMatches } from './security';
import { serveFileLink } from './file-download';
import { createApiSockets } from './socket';
import { sendError, serveStatic } from './static';

export interface WebHostOptions {
  /** The profile folder this host's session opens. */
  readonly profileDir: string;
  /** The built renderer (dist/renderer); must contain index.html. */
  readonly staticDir: string;
  /** 0 (default) = any free port. */
  readonly port?: number;
  /** Loopback only. */
  readonly host?: '127.0.0.1';
  readonly sessionOptions?: SessionOptions;
  /** Operational log (refused upgrades, internal errors); default: stderr. */
  readonly log?: (line: string) => void;
}

export interface WebHost {
  /** http://127.0.0.1:PORT/#token=… — what the user opens. */
  readonly url: string;
  readonly token: string;
  readonly port: number;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly session: ApiSession;
  /** Closes the sockets, the HTTP server and the session (engine workers). Idempotent. */
  close(): Promise<void>;
}

export class WebHostError extends Error {
  override readonly name = 'WebHostError';
}

function defaultLog(line: string): void {
  process.stderr.write(`meow web host: ${line}\n`);
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? `${err.name}: ${err.message}`) : String(err);
}

/** The static folder's real path, or a clear error when there is no renderer build in it. */
async function staticRoot(staticDir: string): Promise<string> {
  try {
    const root = await realpath(staticDir);
    await access(join(root, 'index.html'));
    return root;
  } catch {
    throw new WebHostError(`no renderer build in ${staticDir} (index.html is missing)`);
  }
}

function pathOf(rawUrl: string | undefined): string {
  return (rawUrl ?? '').split('?', 1)[0] ?? '';
}

function tokenOf(rawUrl: string | undefined): string | null {
  try {
    return new URL(rawUrl ?? '/', 'http://127.0.0.1').searchParams.get('token');
  } catch {
    return null;
  }
}

/** Refuses an upgrade with a plain HTTP response (the socket never becomes a WebSocket). */
function refuse(socket: Duplex, status: number, reason: string): void {
  const body = `${reason}\n`;
  socket.on('error', () => undefined);
  socket.once('finish', () => {
    socket.destroy();
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n` +
      'Connection: close\r\nContent-Type: text/plain; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const root = await staticRoot(options.staticDir);
  const log = options.log ?? defaultLog;
  const session = new ApiSession(options.profileDir, options.sessionOptions);
  const dispatch = createDispatcher(session, (err) => {
    log(`command failed: ${describe(err)}`);
  });
  const sockets = createApiSockets(session, dispatch, log);
  const token = newToken();
  let port = 0;
  let closing: Promise<void> | undefined;

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    for (const [name, value] of Object.entries(securityHeaders(port))) res.setHeader(name, value);
    if (!hostAllowed(port, req.headers.host)) {
      sendError(res, 400);
      return;
    }
    if (pathOf(req.url) === WS_PATH) {
      sendError(res, 426);
      return;
    }
    if (serveFileLink(session, pathOf(req.url), req, res, log)) return;
    serveStatic(root, req, res).catch((err: unknown) => {
      log(`static file failed: ${describe(err)}`);
      if (!res.headersSent) sendError(res, 500);
      else res.destroy();
    });
  };

  /** Why an upgrade must be refused ([status, reason]), or undefined to accept it. */
  const refusal = (req: IncomingMessage): [number, string] | undefined => {
    if (closing) return [503, 'shutting down'];
    if (pathOf(req.url) !== WS_PATH) return [404, 'not found'];
    if (!hostAllowed(port, req.headers.host)) return [400, 'bad host'];
    if (!originAllowed(port, req.headers.origin)) {
      log(`refused a socket from origin ${JSON.stringify(req.headers.origin ?? null)}`);
      return [403, 'foreign origin'];
    }
    if (!tokenMatches(token, tokenOf(req.url))) {
      log('refused a socket with a missing or wrong token');
      return [401, 'missing or wrong token'];
    }
    return undefined;
  };
  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const refused = refusal(req);
    if (refused) refuse(socket, ...refused);
    else sockets.accept(req, socket, head);
  };

  const server = createServer(onRequest);
  server.on('upgrade', onUpgrade);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await sockets.close();
    throw err;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  const shutdown = async (): Promise<void> => {
    const closed = new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    await sockets.close();
    server.closeAllConnections();
    await closed;
    await session.close();
  };
  return {
    url: `${origin}/#token=${token}`,
    token,
    port,
    origin,
    session,
    close: () => (closing ??= shutdown()),
  };
}
