/** JSON ⇄ UTF-8 bytes for the values the storage layer encrypts (identity data, peers). */
import { fromUtf8, utf8 } from '../../core/crypto';
import { AppError, type ErrorCode } from '../../core/errors';

/** JSON.stringify as it really is: undefined, functions and symbols yield undefined. */
function stringify(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/** Serializes `value`; cycles, BigInts and non-JSON values are INVALID_ARGUMENT. */
export function jsonBytes(value: unknown, what: string): Uint8Array {
  let json: string | undefined;
  try {
    json = stringify(value);
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', `${what} is not JSON-serializable`, { cause });
  }
  if (json === undefined) throw new AppError('INVALID_ARGUMENT', `${what} is not JSON`);
  return utf8(json);
}

/** Parses UTF-8 JSON; malformed input is `code` (the caller knows what corruption means). */
export function parseJsonBytes(bytes: Uint8Array, code: ErrorCode, what: string): unknown {
  try {
    return JSON.parse(fromUtf8(bytes)) as unknown;
  } catch (cause) {
    throw new AppError(code, `${what} is not JSON`, { cause });
  }
}
