/**
 * The answer to a GET of a file link (file-links.ts), for both hosts: the browser host writes
 * it to its HTTP response, Electron's app:// handler returns it. The body is the file opened
 * chunk by chunk as the download reads it (`Attachments.plaintext`: each chunk authenticated,
 * the whole file's digest checked after the last, so a damaged file ends the download in an
 * error instead of completing), never the whole file in memory. The headers make it a
 * download that cannot run as a page: `attachment`, `nosniff`, a sandboxing CSP.
 */
import { basename } from 'node:path';
import type { ApiSession } from './session';

/** The name a saved file gets: no folder, no control characters, not hidden, not empty. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const cleaned = basename(name.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '');
  const trimmed = cleaned.trim().replace(/^\.+/, '');
  return trimmed === '' ? 'file' : trimmed.slice(0, 200);
}

/** `type/subtype` as the sender said, when it is one; else bytes of no particular kind. */
function safeMimeType(mimeType: string | undefined): string {
  return mimeType !== undefined && /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i.test(mimeType)
    ? mimeType
    : 'application/octet-stream';
}

/** RFC 6266 / 5987: an ASCII fallback and the exact name in UTF-8. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function refused(status: number): Response {
  return new Response(null, { status, headers: { 'Cache-Control': 'no-store' } });
}

/** The opened bytes as a stream that reads the next chunk only when asked. */
function streamOf(chunks: AsyncGenerator<Uint8Array, void, undefined>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/** 404 for a link that is unknown, used, lapsed, or names a file not (or no longer) here. */
export function fileResponse(
  session: Pick<ApiSession, 'fileLinks' | 'engine'>,
  token: string,
): Response {
  const link = session.fileLinks.take(token);
  if (!link) return refused(404);
  let row;
  try {
    row = session.engine.attachments.requireReadable(link.localId);
  } catch {
    return refused(404); // not (or no longer) here, or the profile was locked meanwhile
  }
  const body = streamOf(session.engine.attachments.plaintext(link.localId));
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': safeMimeType(row.secrets.mimeType),
      'Content-Length': String(row.plaintextLength),
      'Content-Disposition': disposition(safeFileName(link.name)),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "sandbox; default-src 'none'",
      'Cache-Control': 'no-store',
    },
  });
}
