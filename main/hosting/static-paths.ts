/**
 * Serving the built renderer from a folder, shared by the browser host (main/webhost/static.ts)
 * and Electron's app:// handler (main/electron/protocol.ts): content types, and turning a request
 * path into a file that is certainly inside the folder. A path is decoded once and refused if
 * it could leave the folder ('..', backslashes, NUL) or names a dot file; what remains is
 * resolved and must still sit under the folder's real path (symbolic links included).
 */
import { realpath, stat } from 'node:fs/promises';
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

/**
 * The segments a raw (still percent-encoded) path asks for: 'bad' when it is malformed or
 * could leave the folder, 'hidden' for dot files (never part of a build's output).
 */
export function pathSegments(rawPath: string): string[] | 'bad' | 'hidden' {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return 'bad';
  }
  if (path.includes('\0') || path.includes('\\')) return 'bad';
  const segments = path.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..')) return 'bad';
  if (segments.some((s) => s.startsWith('.'))) return 'hidden';
  return segments.length === 0 ? ['index.html'] : segments;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

function isErrno(err: unknown): boolean {
  return err instanceof Error && 'code' in err;
}

/** The real path of the regular file `segments` names under `rootReal` (a real path), if any. */
export async function locateFile(
  rootReal: string,
  segments: readonly string[],
): Promise<string | undefined> {
  const candidate = resolve(rootReal, ...segments);
  if (!inside(rootReal, candidate)) return undefined;
  try {
    const real = await realpath(candidate);
    if (!inside(rootReal, real)) return undefined;
    return (await stat(real)).isFile() ? real : undefined;
  } catch (err) {
    if (isErrno(err)) return undefined;
    throw err;
  }
}
