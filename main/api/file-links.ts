/**
 * *Save* without the window holding the file (issue 16: "nothing is ever held whole in
 * memory"): `attachments.link` hands the window a one-time path under FILE_LINK_PREFIX; the
 * host answers a GET of it with the file decrypted chunk by chunk as the download reads it
 * (file-response.ts). A link names one file, works once and for LINK_LIFETIME_MS: it is
 * worth nothing once used, and the browser host's page, which holds the API token, never
 * needs to put that token in a URL the browser keeps in its download list.
 */
import { randomBytes } from 'node:crypto';

export const FILE_LINK_PREFIX = '/files/';
export const LINK_LIFETIME_MS = 60_000;

/** 32 random bytes, base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface Link {
  readonly localId: string;
  readonly name: string;
  readonly expires: number;
}

export class FileLinks {
  private readonly links = new Map<string, Link>();

  /** A new link to `localId`, saved as `name`; the path to GET. */
  create(localId: string, name: string, now = Date.now()): string {
    for (const [token, link] of this.links) if (link.expires <= now) this.links.delete(token);
    const token = randomBytes(32).toString('base64url');
    this.links.set(token, { localId, name, expires: now + LINK_LIFETIME_MS });
    return `${FILE_LINK_PREFIX}${token}`;
  }

  /** The file a link's token names, once; undefined for an unknown, used or lapsed one. */
  take(token: string, now = Date.now()): { localId: string; name: string } | undefined {
    const link = this.links.get(token);
    this.links.delete(token);
    if (!link || link.expires <= now) return undefined;
    return { localId: link.localId, name: link.name };
  }
}

/** The token a request's path names (`/files/<token>`), or null for any other path. */
export function fileLinkToken(pathname: string): string | null {
  if (!pathname.startsWith(FILE_LINK_PREFIX)) return null;
  const token = pathname.slice(FILE_LINK_PREFIX.length);
  return TOKEN.test(token) ? token : null;
}
