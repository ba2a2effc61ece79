import { AppError, type ErrorCode } from '../../../core/errors';

/**
 * Failures talking to a relay. Still an `AppError` (the product's one error type, keyed by
 * `code`); the subclass only carries what a caller needs to react:
 *
 * | code                  | meaning                                                  | retry?            |
 * |-----------------------|----------------------------------------------------------|-------------------|
 * | RELAY_UNAVAILABLE     | network down, timeout, 5xx, relay `UNAVAILABLE`/`INTERNAL` | yes, with backoff |
 * | RELAY_RATE_LIMITED    | relay `RATE_LIMITED` (429); see `retryAfterMs`           | after retryAfterMs |
 * | RELAY_REJECTED        | any other 4xx / item error; see `relayCode` (CLOCK_SKEW: | no                |
 * |                       | our clock is off even after adopting the relay's)        |                   |
 * | RELAY_KEY_CHANGED     | relay rejects our signature/box, or its card has other keys | no (ask the user) |
 * | RELAY_BAD_REPLY       | reply malformed, unauthenticated or inconsistent         | maybe (suspicious) |
 * | RELAY_ABORTED         | the caller's AbortSignal fired                           | n/a               |
 */
export type RelayErrorCode = Extract<
  ErrorCode,
  | 'RELAY_UNAVAILABLE'
  | 'RELAY_REJECTED'
  | 'RELAY_RATE_LIMITED'
  | 'RELAY_KEY_CHANGED'
  | 'RELAY_BAD_REPLY'
  | 'RELAY_ABORTED'
>;

export interface RelayErrorDetails {
  /** The relay's stable code (PROTOCOL.md §8), e.g. "BAD_PROOF", "TOO_MANY_KEYS"; '' if none. */
  readonly relayCode?: string;
  /** HTTP status of the reply; 0 when there was none (network failure, timeout, abort). */
  readonly httpStatus?: number;
  /** For RELAY_RATE_LIMITED: how long the relay asked us to wait. */
  readonly retryAfterMs?: number;
}

export class RelayClientError extends AppError {
  readonly relayCode: string;
  readonly httpStatus: number;
  readonly retryAfterMs: number;

  constructor(
    code: RelayErrorCode,
    message: string,
    details: RelayErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(code, message, options);
    this.relayCode = details.relayCode ?? '';
    this.httpStatus = details.httpStatus ?? 0;
    this.retryAfterMs = details.retryAfterMs ?? 0;
  }

  /** Whether trying again later (same request) can succeed. */
  get retryable(): boolean {
    return this.code === 'RELAY_UNAVAILABLE' || this.code === 'RELAY_RATE_LIMITED';
  }
}

export function isRelayClientError(
  value: unknown,
  code?: RelayErrorCode,
): value is RelayClientError {
  return value instanceof RelayClientError && (code === undefined || value.code === code);
}

/**
 * Relay codes that mean "try again later" rather than "this request is wrong". REPLAYED cannot
 * be about us (every request has a fresh uuid and key): a retry is a new request and passes.
 */
const TRANSIENT_CODES = new Set(['UNAVAILABLE', 'INTERNAL', 'SHORTCODE_EXHAUSTED', 'REPLAYED']);
/** Without a Retry-After from the relay, wait at least this long after RATE_LIMITED. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
const MAX_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

/** Maps a relay error (request-level or item-level) to the client's codes. */
export function relayFailure(
  relayCode: string,
  relayMessage: string,
  httpStatus: number,
  retryAfterMs = 0,
): RelayClientError {
  const code = safeText(relayCode, 64);
  const text = `relay: ${code || `HTTP ${httpStatus}`}${relayMessage ? ` (${safeText(relayMessage, 200)})` : ''}`;
  const details = { relayCode: code, httpStatus };
  if (code === 'RATE_LIMITED' || httpStatus === 429) {
    const wait =
      retryAfterMs > 0 ? Math.min(retryAfterMs, MAX_RETRY_AFTER_MS) : DEFAULT_RETRY_AFTER_MS;
    return new RelayClientError('RELAY_RATE_LIMITED', text, { ...details, retryAfterMs: wait });
  }
  // Our requests are always well-formed and boxed to the pinned relay key (signed too, in the
  // version 1 envelope); the relay rejecting the box or the signature means it no longer holds
  // the key we pinned.
  if (code === 'BAD_SIGNATURE' || code === 'BOX_FAILED') {
    return new RelayClientError(
      'RELAY_KEY_CHANGED',
      `${text}: the relay no longer has the key pinned for it`,
      details,
    );
  }
  if (TRANSIENT_CODES.has(code) || httpStatus >= 500 || httpStatus === 408) {
    return new RelayClientError('RELAY_UNAVAILABLE', text, details);
  }
  return new RelayClientError('RELAY_REJECTED', text, details);
}

/**
 * CLOCK_SKEW that adopting the relay's clock did not cure (or a relay that did not say its
 * time): RELAY_REJECTED, in words the user can act on. `skewMs` = relay clock − ours.
 */
export function clockSkewFailure(skewMs: number | null): RelayClientError {
  let by = 'may be wrong';
  if (skewMs !== null) {
    const minutes = Math.round(Math.abs(skewMs) / 60_000);
    const side = skewMs > 0 ? 'behind' : 'ahead of';
    by = `is off by ${minutes} minute${minutes === 1 ? '' : 's'} (${side} the relay)`;
  }
  return new RelayClientError(
    'RELAY_REJECTED',
    `relay refused the request: this computer's clock ${by}; set the correct date and time`,
    { relayCode: 'CLOCK_SKEW' },
  );
}

/** Relay-supplied text goes into logs and maybe the UI: printable ASCII only, bounded. */
export function safeText(text: string, max: number): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, max);
}

export function badReply(message: string, cause?: unknown): RelayClientError {
  return new RelayClientError(
    'RELAY_BAD_REPLY',
    `relay reply rejected: ${message}`,
    {},
    cause === undefined ? undefined : { cause },
  );
}
