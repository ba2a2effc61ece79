import { concatBytes, sha256, toHex, utf8 } from '../../core/crypto';
import type { meow } from '../../proto';
import type { RelayLimits } from '../config';
import { RelayError } from '../errors';
import { PROTOCOL_VERSION } from '../keys';

/**
 * Checks of an opened request that come before any effect: shape, clock, replay. A request that
 * fails one has changed nothing (no ack, push, pull or invitation operation).
 */
export const MAX_UUID_CHARS = 64;

/** `blobRoute`: the request came to POST /v1/blob, the only place `blob` is accepted. */
export function checkShape(
  limits: RelayLimits,
  request: meow.ToServerMessage,
  blobRoute = false,
): void {
  if (request.version !== PROTOCOL_VERSION) {
    throw new RelayError('UNSUPPORTED_VERSION', `protocol version ${PROTOCOL_VERSION} only`);
  }
  if (request.uuid.length === 0 || request.uuid.length > MAX_UUID_CHARS) {
    throw new RelayError('MALFORMED', `uuid must be 1..${MAX_UUID_CHARS} characters`);
  }
  if (request.messages.length > limits.maxMessagesPerPush) {
    throw new RelayError('TOO_MANY_MESSAGES', `at most ${limits.maxMessagesPerPush} messages`);
  }
  if (request.blob && !blobRoute) {
    // Blob operations come with their chunk framing, on POST /v1/blob only (blobs.ts).
    throw new RelayError('MALFORMED', 'blob requests go to POST /v1/blob');
  }
  if (Math.max(request.pullRequests.length, request.acks.length) > limits.maxKeysPerPull) {
    throw new RelayError('TOO_MANY_KEYS', `at most ${limits.maxKeysPerPull} keys per request`);
  }
}

/**
 * The replay window's first half: a captured request is only good within ± windowMs of the
 * relay clock. The error reply carries `server_time`, so an honest client with a wrong clock
 * can correct its offset and try again at once.
 */
export function checkClock(request: meow.ToServerMessage, now: number, windowMs: number): void {
  if (Math.abs(request.timestamp - now) > windowMs) {
    throw new RelayError('CLOCK_SKEW', `timestamp is more than ${windowMs} ms off the relay clock`);
  }
}

/**
 * The second half: within the window, a request is served once. Keyed on SHA-256(from ‖ uuid)
 * (`from` is a fixed-length key, so the concatenation is unambiguous) and remembered for twice
 * the window — by then its timestamp is refused anyway. The record is made together with the
 * per-address count (RequestLimiter.admitRequest, one store step); this is its id.
 */
export function replayId(from: Uint8Array, request: meow.ToServerMessage): string {
  return toHex(sha256(concatBytes(from, utf8(request.uuid))));
}
