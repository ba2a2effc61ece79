import { expect } from 'vitest';
import { randomBytes, toBase64Url, type Argon2idParams } from '../../../core/crypto';
import { AppError, type ErrorCode } from '../../../core/errors';
import type { ServerRef } from '../model';

/** Shared by the peers tests (not a test file itself). */

/** libsodium's minimum Argon2id cost: keeps the shortcode tests fast. */
export const FAST_ARGON2: Argon2idParams = { opsLimit: 1, memLimitBytes: 8192 };

export const NOW = 1_700_000_000_000;

export function server(name: string): ServerRef {
  return {
    url: `https://${name}.relay.example:8443/`,
    name,
    publicKey: toBase64Url(randomBytes(32)),
    signingKey: toBase64Url(randomBytes(32)),
  };
}

export function expectCode(fn: () => unknown, code: ErrorCode): AppError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  return caught as AppError;
}

/** Does `needle` occur in `haystack` as a contiguous run of bytes? */
export function containsBytes(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return true;
  }
  return false;
}
