/**
 * Serves the built renderer (dist/renderer) read-only: GET/HEAD of files under one folder,
 * index.html for '/', nothing else. The path is decoded once, then refused if it could leave
 * the folder ('..', dot files, backslashes, NUL); what remains is resolved and must still sit
 * under the folder's real path (symbolic links included) — 400 for a malformed path, 404 for
 * anything that is not a regular file inside.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentType, locateFile, pathSegments } from '../hosting/static-paths';

/** The request path as segments under the root, or a status to answer with. */
export function requestSegments(rawUrl: string | undefined): string[] | 400 | 404 {
  if (rawUrl?.startsWith('/') !== true) return 400;
  const segments = pathSegments(rawUrl.split(/[?#]/, 1)[0] ?? '');
  if (segments === 'bad') return 400;
  return segments === 'hidden' ? 404 : segments;
}

function plain(res: ServerResponse, status: number, text: string, extra = {}): void {
  const body = `${text}\n`;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

export function sendError(res: ServerResponse, status: 400 | 404 | 405 | 426 | 500): void {
  const text = {
    400: 'bad request',
    404: 'not found',
    405: 'method not allowed',
    426: 'this is the API WebSocket',
    500: 'internal error',
  }[status];
  plain(res, status, text, status === 405 ? { Allow: 'GET, HEAD' } : {});
}

/**
 * Answers one GET/HEAD from `rootReal` (the static folder's real path). Security headers are
 * set by the caller before this runs.
 */
export async function serveStatic(
  rootReal: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, 405);
    return;
  }
  const segments = requestSegments(req.url);
  if (typeof segments === 'number') {
    sendError(res, segments);
    return;
  }
  const file = await locateFile(rootReal, segments);
  if (file === undefined) {
    sendError(res, 404);
    return;
  }
  const { size } = await stat(file);
  const html = extname(file).toLowerCase() === '.html';
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': size,
    // The page is tiny and names the current build's assets: always fetch it again.
    'Cache-Control': html ? 'no-store' : 'no-cache',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => {
    res.destroy();
  });
  stream.pipe(res);
}
