/**
 * The app:// file handler: serves the built renderer (dist/renderer) read-only under
 * app://meow/, with the security headers on every response. Not file://, whose pages share
 * one origin with every other local file and may read them.
 *
 * A request path is decoded once and refused if it could leave the folder ('..', backslashes,
 * NUL, encoded separators) or names a dot file; what remains is resolved and must still sit
 * under the folder's real path (symbolic links included). Anything else is a 404 — the page
 * learns nothing about the disk.
 */
import { readFile, realpath } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileLinkToken } from '../api/file-links';
import { fileResponse } from '../api/file-response';
import type { ApiSession } from '../api/session';
import { contentType, locateFile, pathSegments } from '../hosting/static-paths';
import { isAppUrl, securityHeaders } from './security';

/** The path segments an app:// URL asks for, or null when it must be refused. */
export function appPathSegments(url: string): string[] | null {
  if (!isAppUrl(url)) return null;
  // pathname keeps percent-escapes; pathSegments decodes once and judges the result.
  const segments = pathSegments(new URL(url).pathname);
  return Array.isArray(segments) ? segments : null;
}

/** The real path of the file to serve from `rootReal` (a real path), or null. */
export async function locateAppFile(rootReal: string, url: string): Promise<string | null> {
  const segments = appPathSegments(url);
  if (segments === null) return null;
  return (await locateFile(rootReal, segments)) ?? null;
}

function plain(status: number, text: string): Response {
  return new Response(`${text}\n`, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The app:// handler with file links (api/file-links.ts): `app://meow/files/<token>` is a file
 * of the profile streamed as a download (*Save*); everything else is `files` (the renderer).
 */
export function withFileLinks(
  session: Pick<ApiSession, 'fileLinks' | 'engine'>,
  files: (request: { url: string; method: string }) => Promise<Response>,
): (request: { url: string; method: string }) => Promise<Response> {
  return (request) => {
    const token = isAppUrl(request.url) ? fileLinkToken(new URL(request.url).pathname) : null;
    if (token === null) return files(request);
    if (request.method !== 'GET') return Promise.resolve(plain(405, 'not allowed'));
    return Promise.resolve(fileResponse(session, token));
  };
}

/**
 * Answers one request (what protocol.handle passes): GET/HEAD of a file under the renderer
 * folder, 404 for anything else. `root` may be a relative or symlinked path.
 */
export function createAppFileHandler(
  root: string,
): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'not allowed');
    // Resolved per request (cheap): a rebuilt dist/renderer is picked up without a restart.
    const rootReal = await realpath(resolve(root)).catch(() => null);
    const file = rootReal === null ? null : await locateAppFile(rootReal, request.url);
    if (file === null) return plain(404, 'not found');
    const body = await readFile(file);
    const html = extname(file).toLowerCase() === '.html';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': contentType(file),
        // The page names the current build's assets: always read it again.
        'Cache-Control': html ? 'no-store' : 'no-cache',
      },
    });
  };
}
