/**
 * The browser host's side of a file link (api/file-links.ts): a GET of `/files/<token>` gets
 * the file as a download, streamed from the engine as the browser reads it (back-pressure:
 * `pipeline` asks the stream for the next chunk only once the socket took the last one).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { fileLinkToken } from '../api/file-links';
import { fileResponse } from '../api/file-response';
import type { ApiSession } from '../api/session';

/** True when `path` is a file link and this answered it (or is answering it). */
export function serveFileLink(
  session: ApiSession,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: string) => void,
): boolean {
  const token = fileLinkToken(path);
  if (token === null) return false;
  if (req.method !== 'GET') {
    res.writeHead(405, { Allow: 'GET' }).end();
    return true;
  }
  const response = fileResponse(session, token);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return true;
  }
  const body = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  pipeline(body, res).catch((err: unknown) => {
    // A damaged file or a cancelled download: the browser sees the transfer break.
    log(`file download ended early: ${err instanceof Error ? err.message : String(err)}`);
    res.destroy();
  });
  return true;
}
