/**
 * One POST /v1 exchange of the relay protocol (docs/PROTOCOL.md §6): seal the request under a
 * fresh X25519 key pair, send it, open the reply with that same session, and check that the
 * reply answers this very request. relay-client.ts builds the requests and reads the replies.
 */
import {
  freshServerSession,
  openServerReply,
  sealServerRequest,
  BOXED_ENVELOPE_VERSION,
  SERVER_ENVELOPE_VERSION,
  SIGNED_ENVELOPE_VERSION,
  type ServerEnvelopeVersion,
  type ServerSession,
} from '../../../core/envelope/server';
import { isAppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { badReply, relayFailure } from './errors';
import { httpExchange, isConnectionLost, type FetchLike, type HttpReply } from './http';

export const PROTOCOL_VERSION = 1;

export interface RequestTarget {
  /** `<relay>/v1`. */
  readonly url: string;
  /** The relay's pinned X25519 box key. */
  readonly serverPublicKey: Uint8Array;
  /** Added to our clock for the request's timestamp (the relay's clock − ours, if known). */
  readonly clockOffsetMs: number;
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly signal?: AbortSignal;
  readonly fetch?: FetchLike;
}

export interface Exchanged {
  readonly http: HttpReply;
  /** Opened, not yet checked: `error` may be set (checkedReply throws for it). */
  readonly reply: meow.FromServerMessage;
  readonly uuid: string;
}

/**
 * The envelope version each relay (by URL and key) accepted after refusing a newer one: a relay
 * older than this app. It keeps getting that version for as long as the app runs, and is asked
 * again after a restart (it may have been updated by then).
 */
const olderEnvelope = new Map<string, ServerEnvelopeVersion>();

/** The version to try after `version` was refused, or undefined after the oldest. */
function olderThan(version: ServerEnvelopeVersion): ServerEnvelopeVersion | undefined {
  if (version === SERVER_ENVELOPE_VERSION) return BOXED_ENVELOPE_VERSION;
  if (version === BOXED_ENVELOPE_VERSION) return SIGNED_ENVELOPE_VERSION;
  return undefined;
}

/**
 * Seals under a fresh key pair, POSTs, opens the reply with that same session. A relay that
 * answers UNSUPPORTED_VERSION in plaintext (it could not open the envelope) gets the request
 * again in the next older envelope (3, then 2, then 1).
 */
export async function exchange(
  request: meow.IToServerMessage,
  target: RequestTarget,
): Promise<Exchanged> {
  const relayId = `${target.url} ${Buffer.from(target.serverPublicKey).toString('base64')}`;
  let version = olderEnvelope.get(relayId) ?? SERVER_ENVELOPE_VERSION;
  for (;;) {
    const exchanged = await resendingOnce(version, request, target);
    const older = olderThan(version);
    if (older === undefined || !refusedEnvelope(exchanged)) return exchanged;
    olderEnvelope.set(relayId, older);
    version = older;
  }
}

/**
 * One resend, sealed anew (new key, uuid and time), when the connection was closed under the
 * request: typically a kept-alive connection the relay closed at the moment it was reused, so
 * the request never reached the relay. Were it processed after all, the resend is harmless: a
 * pushed entry is deduplicated by its envelope hash, an ack or a pull repeats, and a second
 * invitation shortcode expires unused.
 */
async function resendingOnce(
  version: ServerEnvelopeVersion,
  request: meow.IToServerMessage,
  target: RequestTarget,
): Promise<Exchanged> {
  try {
    return await exchangeAs(version, request, target);
  } catch (err) {
    if (!isConnectionLost(err)) throw err;
    return exchangeAs(version, request, target);
  }
}

/** A plaintext refusal of the envelope version (a boxed reply would have a uuid). */
function refusedEnvelope({ reply }: Exchanged): boolean {
  return reply.error?.code === 'UNSUPPORTED_VERSION' && reply.uuid === '';
}

async function exchangeAs(
  version: ServerEnvelopeVersion,
  request: meow.IToServerMessage,
  target: RequestTarget,
): Promise<Exchanged> {
  // A fresh key per request: nothing device-wide the relay (or its logs) could link requests
  // by. It costs a key pair and one X25519 per request, which the relay pays anyway.
  const session = freshServerSession(target.serverPublicKey, version);
  const uuid = globalThis.crypto.randomUUID();
  const timestamp = Date.now() + target.clockOffsetMs;
  const body = sealServerRequest(
    { ...request, version: PROTOCOL_VERSION, uuid, timestamp },
    session,
  );
  const http = await httpExchange({
    url: target.url,
    method: 'POST',
    body,
    timeoutMs: target.timeoutMs,
    maxReplyBytes: target.maxReplyBytes,
    ...(target.signal ? { signal: target.signal } : {}),
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  return { http, reply: openReply(http, session), uuid };
}

export function isClockSkew(reply: meow.FromServerMessage): boolean {
  return reply.error?.code === 'CLOCK_SKEW';
}

/** The relay's clock − ours from a reply's server_time; null when it carries none. */
export function skewOf(reply: meow.FromServerMessage): number | null {
  const serverTime = reply.serverTime;
  if (!Number.isSafeInteger(serverTime) || serverTime <= 0) return null;
  return serverTime - Date.now();
}

/** The request-level error, the HTTP status, and that the reply answers this very request. */
export function checkedReply({ http, reply, uuid }: Exchanged): meow.FromServerMessage {
  const error = reply.error;
  if (error) {
    const code = error.code ?? '';
    throw relayFailure(code, error.message ?? '', http.status, error.retryAfterMs ?? 0);
  }
  if (http.status !== 200) throw relayFailure('', '', http.status);
  // A boxed reply must answer *this* request: a replayed old reply carries another uuid.
  if (reply.uuid !== uuid) throw badReply('reply does not answer this request');
  if (reply.version !== PROTOCOL_VERSION) {
    throw badReply(`unsupported protocol version ${reply.version}`);
  }
  return reply;
}

function openReply(http: HttpReply, session: ServerSession): meow.FromServerMessage {
  try {
    return openServerReply(http.body, session);
  } catch (err) {
    // Not a relay envelope at all (a proxy's HTML error page, a truncated body, …).
    if (isAppError(err, 'ENVELOPE_MALFORMED') && http.status !== 200) {
      throw relayFailure('', '', http.status);
    }
    if (isAppError(err, 'ENVELOPE_MALFORMED') || isAppError(err, 'ENVELOPE_BOX_FAILED')) {
      throw badReply(
        err.code === 'ENVELOPE_BOX_FAILED' ? 'does not authenticate' : 'malformed',
        err,
      );
    }
    throw err;
  }
}
