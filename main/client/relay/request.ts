/**
 * One exchange of the relay protocol (docs/PROTOCOL.md §6) on POST /v1 or POST /v1/blob: seal
 * the request under a fresh X25519 key pair, send it, open the reply with that same session,
 * and check that the reply answers this very request; `call` adds the CLOCK_SKEW resend.
 * relay-client.ts and blob-client.ts build the requests and read the replies.
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
import { badReply, clockSkewFailure, relayFailure } from './errors';
import { httpExchange, isConnectionLost, type FetchLike, type HttpReply } from './http';

export const PROTOCOL_VERSION = 1;

export interface RequestTarget {
  /** `<relay>/v1` or `<relay>/v1/blob`. */
  readonly url: string;
  /** The relay's pinned X25519 box key. */
  readonly serverPublicKey: Uint8Array;
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly signal?: AbortSignal;
  readonly fetch?: FetchLike;
  /** How the envelope travels; default: as the whole body, as on POST /v1. */
  readonly framing?: Framing;
}

/**
 * How a sealed envelope becomes a request body, and a reply body an envelope: POST /v1 sends
 * the envelope alone, POST /v1/blob frames it with a chunk (blob-client.ts).
 */
export interface Framing {
  readonly contentType: string;
  body(envelope: Uint8Array): Uint8Array;
  /** The reply's envelope and what follows it; ENVELOPE_MALFORMED when it is neither. */
  reply(http: HttpReply): { readonly envelope: Uint8Array; readonly trailer: Uint8Array };
}

const NOTHING = new Uint8Array(0);

export const ENVELOPE_ONLY: Framing = {
  contentType: 'application/x-protobuf',
  body: (envelope) => envelope,
  reply: (http) => ({ envelope: http.body, trailer: NOTHING }),
};

/** What a client keeps per relay: the relay's clock − ours (ms), learnt from CLOCK_SKEW. */
export interface RelayClock {
  offsetMs: number;
}

export interface Exchanged {
  readonly http: HttpReply;
  /** Opened, not yet checked: `error` may be set (checkedReply throws for it). */
  readonly reply: meow.FromServerMessage;
  readonly uuid: string;
  /** What the reply carried after its envelope (POST /v1/blob GET: the chunk); else empty. */
  readonly trailer: Uint8Array;
}

/** A checked reply (it answers the request, and carries no error) and its trailer. */
export interface Answer {
  readonly reply: meow.FromServerMessage;
  readonly trailer: Uint8Array;
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
 * One request → one opened, authenticated, checked reply (or a RelayClientError). A relay that
 * finds our timestamp outside its replay window answers CLOCK_SKEW with its own time: that
 * offset is kept in `clock` and the request is sent once more (a new uuid, a new key). Skew
 * again means the clock moves under us or the relay's does; the user is told by how much.
 * Only a reply boxed to this request's fresh key carries a time we adopt: a plaintext error
 * (anyone on the path could forge one) has no `server_time`.
 */
export async function call(
  request: meow.IToServerMessage,
  target: RequestTarget,
  clock: RelayClock,
): Promise<Answer> {
  const first = await exchange(request, target, clock.offsetMs);
  if (!isClockSkew(first.reply)) return answer(first);
  const skew = skewOf(first.reply);
  if (skew === null) throw clockSkewFailure(null);
  clock.offsetMs = skew;
  const second = await exchange(request, target, clock.offsetMs);
  if (isClockSkew(second.reply)) throw clockSkewFailure(skewOf(second.reply));
  return answer(second);
}

function answer(exchanged: Exchanged): Answer {
  return { reply: checkedReply(exchanged), trailer: exchanged.trailer };
}

/**
 * Seals under a fresh key pair, POSTs, opens the reply with that same session. A relay that
 * answers UNSUPPORTED_VERSION in plaintext (it could not open the envelope) gets the request
 * again in the next older envelope (3, then 2, then 1). `clockOffsetMs` (the relay's clock −
 * ours, if known) is added to our clock for the request's timestamp.
 */
export async function exchange(
  request: meow.IToServerMessage,
  target: RequestTarget,
  clockOffsetMs = 0,
): Promise<Exchanged> {
  const relayId = `${target.url} ${Buffer.from(target.serverPublicKey).toString('base64')}`;
  let version = olderEnvelope.get(relayId) ?? SERVER_ENVELOPE_VERSION;
  for (;;) {
    const exchanged = await resendingOnce(version, request, target, clockOffsetMs);
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
  clockOffsetMs: number,
): Promise<Exchanged> {
  try {
    return await exchangeAs(version, request, target, clockOffsetMs);
  } catch (err) {
    if (!isConnectionLost(err)) throw err;
    return exchangeAs(version, request, target, clockOffsetMs);
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
  clockOffsetMs: number,
): Promise<Exchanged> {
  // A fresh key per request: nothing device-wide the relay (or its logs) could link requests
  // by. It costs a key pair and one X25519 per request, which the relay pays anyway.
  const session = freshServerSession(target.serverPublicKey, version);
  const uuid = globalThis.crypto.randomUUID();
  const timestamp = Date.now() + clockOffsetMs;
  const framing = target.framing ?? ENVELOPE_ONLY;
  const envelope = sealServerRequest(
    { ...request, version: PROTOCOL_VERSION, uuid, timestamp },
    session,
  );
  const http = await httpExchange({
    url: target.url,
    method: 'POST',
    body: framing.body(envelope),
    contentType: framing.contentType,
    timeoutMs: target.timeoutMs,
    maxReplyBytes: target.maxReplyBytes,
    ...(target.signal ? { signal: target.signal } : {}),
    ...(target.fetch ? { fetch: target.fetch } : {}),
  });
  return { http, uuid, ...openReply(http, session, framing) };
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

function openReply(
  http: HttpReply,
  session: ServerSession,
  framing: Framing,
): { reply: meow.FromServerMessage; trailer: Uint8Array } {
  try {
    const { envelope, trailer } = framing.reply(http);
    return { reply: openServerReply(envelope, session), trailer };
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
