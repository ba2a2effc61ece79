/**
 * Serves the built renderer (dist/renderer) read-only: GET/HEAD of files under one folder,
 * index.html for '/', nothing else. The path is decoded once, then refused if it could leave
 * the folder ('..', dot files, backslashes, NUL); what remains is resolved and must still sit
 * under the folder's real path (symbolic links included) — 400 for a malformed path, 404 for
 * anything that is not a regular file inside.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** The request path as segments under the root, or a status to answer with. */
export function requestSegments(rawUrl: string | undefined): string[] | 400 | 404 {
  if (rawUrl?.startsWith('/') !== true) return 400;
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 400;
  }
  if (path.includes('\0') || path.includes('\\')) return 400;
  const segments = path.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..')) return 400;
  // Dot files (and '.') are never part of a build's public output.
  if (segments.some((s) => s.startsWith('.'))) return 404;
  return segments.length === 0 ? ['index.html'] : segments;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isErrno(err: unknown): boolean {
  return err instanceof Error && 'code' in err;
}

/** The file to send, or undefined when there is none (404). */
async function locate(root: string, segments: readonly string[]): Promise<string | undefined> {
  const candidate = resolve(root, ...segments);
  if (!inside(root, candidate)) return undefined;
  try {
    const real = await realpath(candidate);
    if (!inside(root, real)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch (err) {
    if (isErrno(err)) return undefined;
    throw err;
  }
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
  const file = await locate(rootReal, segments);
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
