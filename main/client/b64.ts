import { fromBase64Url, toBase64Url } from '../../core/crypto';
import { AppError } from '../../core/errors';

/** base64url ↔ bytes for the JSON model; a malformed stored value is STORAGE_CORRUPT. */
export function fromB64(value: string, what: string): Uint8Array {
  try {
    return fromBase64Url(value);
  } catch (cause) {
    throw new AppError('STORAGE_CORRUPT', `${what} is not valid base64url`, { cause });
  }
}

export const toB64 = toBase64Url;
