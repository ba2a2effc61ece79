/**
 * File links (*Save* streamed by the host): one file, once, for a minute; the response is the
 * file as a download that cannot run as a page, read chunk by chunk as it is consumed.
 */
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { FILE_LINK_PREFIX, FileLinks, fileLinkToken, LINK_LIFETIME_MS } from './file-links';
import { fileResponse, safeFileName } from './file-response';
import type { ApiSession } from './session';

const tokenOf = (path: string): string => fileLinkToken(path) ?? '';

describe('FileLinks', () => {
  it('names one file, works once, and lapses after a minute', () => {
    const links = new FileLinks();
    const path = links.create('l1', 'a.pdf', 1000);
    expect(path.startsWith(FILE_LINK_PREFIX)).toBe(true);
    expect(links.take(tokenOf(path), 1001)).toEqual({ localId: 'l1', name: 'a.pdf' });
    expect(links.take(tokenOf(path), 1002)).toBeUndefined();
    const late = links.create('l2', 'b.pdf', 1000);
    expect(links.take(tokenOf(late), 1000 + LINK_LIFETIME_MS)).toBeUndefined();
  });

  it('reads a token only from a link path', () => {
    const token = 'a'.repeat(43);
    expect(fileLinkToken(`/files/${token}`)).toBe(token);
    expect(fileLinkToken(`/files/${token}/x`)).toBeNull();
    expect(fileLinkToken('/files/short')).toBeNull();
    expect(fileLinkToken(`/index.html`)).toBeNull();
  });
});

/** A session whose engine has one file `l1` on this device, in `pieces`. */
function sessionWith(pieces: Uint8Array[], readable = true) {
  const pulled: number[] = [];
  const attachments = {
    requireReadable(localId: string) {
      if (!readable || localId !== 'l1') throw new AppError('INVALID_ARGUMENT', 'not here');
      const size = pieces.reduce((n, p) => n + p.length, 0);
      return { plaintextLength: size, secrets: { mimeType: 'application/pdf' } };
    },
    async *plaintext() {
      for (const [i, piece] of pieces.entries()) {
        pulled.push(i);
        await Promise.resolve();
        yield piece;
      }
    },
  };
  const session = { fileLinks: new FileLinks(), engine: { attachments } };
  return { session: session as unknown as ApiSession, pulled };
}

describe('fileResponse', () => {
  it('streams the file as a download of its name, reading a chunk only when asked', async () => {
    const pieces = [new Uint8Array([1, 2]), new Uint8Array([3]), new Uint8Array([4, 5])];
    const { session, pulled } = sessionWith(pieces);
    const token = tokenOf(session.fileLinks.create('l1', 'Report “Q3”.pdf'));
    const response = fileResponse(session, token);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe('5');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Report _Q3_.pdf"; filename*=UTF-8''Report%20%E2%80%9CQ3%E2%80%9D.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    const first = await reader.read();
    expect(first.value).toEqual(new Uint8Array([1, 2]));
    expect(pulled.length).toBeLessThan(3); // not read ahead to the end
    const rest: number[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) rest.push(...r.value);
    expect(rest).toEqual([3, 4, 5]);
    // Used once: the same link again is a 404.
    expect(fileResponse(session, token).status).toBe(404);
  });

  it('is a 404 for an unknown link and for a file not (or no longer) here', () => {
    const { session } = sessionWith([new Uint8Array(1)], false);
    expect(fileResponse(session, 'x'.repeat(43)).status).toBe(404);
    const token = tokenOf(session.fileLinks.create('l1', 'a.pdf'));
    expect(fileResponse(session, token).status).toBe(404);
  });

  it('saves under a base name only', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\.bashrc')).toBe('bashrc');
    expect(safeFileName('\u0000\u0007')).toBe('file');
  });
});
