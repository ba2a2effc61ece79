/** Test helpers for core/attachments: sources, whole-file encryption, error codes. */
import { randomBytes } from '../crypto';
import { isAppError } from '../errors';
import { blobIdFromReadToken, generateAttachmentSecrets } from './capabilities';
import { AttachmentEncryptor, type SealedAttachment } from './encrypt';

/** Yields `data` in pieces of random sizes (1 byte to 96 KiB) drawn from `rand`. */
export async function* pieces(data: Uint8Array, rand: () => number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < data.length;) {
    const n = Math.min(data.length - offset, 1 + Math.floor(rand() * 96 * 1024));
    yield data.slice(offset, offset + n);
    offset += n;
    await Promise.resolve();
  }
}

export interface Encrypted extends SealedAttachment {
  readonly key: Uint8Array;
  readonly blobId: Uint8Array;
  readonly chunks: Uint8Array[];
}

/** Encrypts `data` whole (tests only: it keeps every chunk). */
export async function encryptAll(
  data: Uint8Array,
  rand: () => number = Math.random,
): Promise<Encrypted> {
  const secrets = generateAttachmentSecrets();
  const blobId = blobIdFromReadToken(secrets.readToken);
  const encryptor = new AttachmentEncryptor({
    key: secrets.key,
    blobId,
    plaintextLength: data.length,
  });
  const chunks: Uint8Array[] = [];
  for await (const chunk of encryptor.seal(pieces(data, rand))) chunks.push(chunk.bytes);
  return { ...encryptor.sealed, key: secrets.key, blobId, chunks };
}

export function randomData(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += 65_536) {
    out.set(randomBytes(Math.min(65_536, length - offset)), offset);
  }
  return out;
}

export async function codeOfAsync(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return isAppError(err) ? err.code : `not AppError: ${String(err)}`;
  }
  return 'no error';
}

export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return isAppError(err) ? err.code : `not AppError: ${String(err)}`;
  }
  return 'no error';
}
