import type { IncomingMessage } from 'node:http';
import { concatBytes } from '../../core/crypto';
import { RelayError } from '../errors';

/** The client went away before its body arrived: there is nobody to answer. */
export class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/**
 * After rejecting a too-large body the relay keeps reading (and discarding) up to this many more
 * bytes, so that the client, still uploading, reads the 413 instead of a connection reset; a
 * client that keeps sending past it is cut off.
 */
const DRAIN_FACTOR = 4;

/**
 * Reads a request body into one Uint8Array, enforcing `limit` while streaming: a declared
 * Content-Length over the limit is refused before any byte is read, and a body that grows past
 * it is refused the moment it does, without buffering the excess.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let refused = false;
    const refuse = (): void => {
      refused = true;
      chunks.length = 0;
      reject(new RelayError('BODY_TOO_LARGE', `request body exceeds ${limit} bytes`));
    };
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) refuse();

    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (refused) {
        if (total > limit * DRAIN_FACTOR) req.destroy();
        return;
      }
      if (total > limit) {
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(concatBytes(...chunks)); // a plain Uint8Array, not a pooled Buffer
    });
    req.on('error', () => {
      reject(new ClientGone('request stream failed'));
    });
    req.on('close', () => {
      // Settles only if neither 'end' nor 'error' did (a promise settles once).
      if (!req.complete) reject(new ClientGone('client closed the connection'));
    });
  });
}
