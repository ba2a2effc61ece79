import { openServerRequest, plainServerError, sealServerReply } from '../../core/envelope/server';
import { isAppError } from '../../core/errors';
import type { meow } from '../../proto';
import { RelayError, type RequestErrorCode } from '../errors';
import { PROTOCOL_VERSION, type RelayKeys } from '../keys';
import type { RelayConfig } from '../config';
import type { RelayStore } from '../store/types';
import { handleInvitation } from './invitations';
import type { BoxKeyCache } from './keycache';
import { keyPrefix } from './log';
import { pullOrHold, type HeldPolls } from './longpoll';
import { planPulls, runAcks, runPushes } from './queues';

/** Everything a request needs; one per relay instance. */
export interface RelayContext {
  readonly config: RelayConfig;
  /** Guarded: every store failure is a RelayError UNAVAILABLE. */
  readonly store: RelayStore;
  readonly keys: RelayKeys;
  readonly boxKeys: BoxKeyCache;
  readonly polls: HeldPolls;
}

export interface HttpReply {
  readonly status: number;
  readonly body: Uint8Array;
}

const ENVELOPE_CODES: Partial<Record<string, RequestErrorCode>> = {
  ENVELOPE_MALFORMED: 'MALFORMED',
  ENVELOPE_UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
  ENVELOPE_BAD_SIGNATURE: 'BAD_SIGNATURE',
  ENVELOPE_BOX_FAILED: 'BOX_FAILED',
  // A key that verifies a signature yet has no X25519 form cannot be boxed to.
  CRYPTO_BAD_KEY: 'BOX_FAILED',
};

export function plainReply(error: RelayError): HttpReply {
  return {
    status: error.status,
    body: plainServerError(error.code, error.message, error.retryAfterMs),
  };
}

/**
 * POST /v1: opens the envelope, serves the request, seals the reply. Envelope failures answer
 * in plaintext (there is no key to box with); every later failure is boxed to the client.
 * Resolves `undefined` when the client went away during a long-poll.
 */
export async function handleV1(
  ctx: RelayContext,
  body: Uint8Array,
  gone: AbortSignal,
): Promise<HttpReply | undefined> {
  let opened;
  try {
    opened = openServerRequest(body, ctx.keys.box, ctx.boxKeys.get);
  } catch (err) {
    const code = isAppError(err) ? ENVELOPE_CODES[err.code] : undefined;
    if (code === undefined) throw err;
    return plainReply(new RelayError(code, 'the request envelope could not be opened'));
  }
  const { from, request, boxKey } = opened;
  try {
    const reply = await serve(ctx, from, request, gone);
    return reply && { status: 200, body: sealServerReply(reply, boxKey) };
  } catch (err) {
    const error = asRelayError(err, ctx, from);
    const reply: meow.IFromServerMessage = {
      version: PROTOCOL_VERSION,
      uuid: request.uuid,
      serverTime: ctx.config.now(),
      error: { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs },
    };
    return { status: error.status, body: sealServerReply(reply, boxKey) };
  }
}

/** When each relay last logged a store outage: one line per interval, not one per request. */
const outageLogged = new WeakMap<RelayContext, number>();
const OUTAGE_LOG_INTERVAL_MS = 10_000;

function logOutage(ctx: RelayContext): void {
  const now = Date.now();
  if (now - (outageLogged.get(ctx) ?? -Infinity) < OUTAGE_LOG_INTERVAL_MS) return;
  outageLogged.set(ctx, now);
  ctx.config.log('relay: UNAVAILABLE (store unreachable or timing out)');
}

/** Known failures pass through; anything else is a relay bug, logged by code only. */
export function asRelayError(err: unknown, ctx: RelayContext, from?: Uint8Array): RelayError {
  if (err instanceof RelayError) {
    if (err.code === 'UNAVAILABLE') logOutage(ctx);
    return err;
  }
  const kind = err instanceof Error ? err.name : typeof err;
  ctx.config.log(`relay: INTERNAL error (${kind})${keyPrefix(from)}`);
  return new RelayError('INTERNAL', 'internal relay error');
}

function checkRequest(ctx: RelayContext, request: meow.ToServerMessage): void {
  const { limits } = ctx.config;
  if (request.version !== PROTOCOL_VERSION) {
    throw new RelayError('UNSUPPORTED_VERSION', `protocol version ${PROTOCOL_VERSION} only`);
  }
  if (request.messages.length > limits.maxMessagesPerPush) {
    throw new RelayError('TOO_MANY_MESSAGES', `at most ${limits.maxMessagesPerPush} messages`);
  }
  if (Math.max(request.pullRequests.length, request.acks.length) > limits.maxKeysPerPull) {
    throw new RelayError('TOO_MANY_KEYS', `at most ${limits.maxKeysPerPull} keys per request`);
  }
}

/**
 * One ToServerMessage, in a fixed order: invitation (first, so a rate-limited request has done
 * nothing), acks, pushes, pulls (last, because a pull may be held as a long-poll).
 */
async function serve(
  ctx: RelayContext,
  from: Uint8Array,
  request: meow.ToServerMessage,
  gone: AbortSignal,
): Promise<meow.IFromServerMessage | undefined> {
  checkRequest(ctx, request);
  const { store, config } = ctx;
  const reply: meow.IFromServerMessage = { version: PROTOCOL_VERSION, uuid: request.uuid };
  if (request.invitation) {
    const invitationCtx = { store, limits: config.limits, now: config.now };
    reply.invitation = await handleInvitation(invitationCtx, from, request.invitation);
  }
  reply.ackResults = await runAcks(store, request.acks);
  reply.pushResults = await runPushes(store, request.messages, config.limits, config.now());
  if (request.pullRequests.length > 0) {
    const waitMs = Math.min(request.longPollMs, config.limits.maxLongPollMs);
    const pullCtx = { store, limits: config.limits, polls: ctx.polls, now: config.now };
    const chat = await pullOrHold(pullCtx, planPulls(request.pullRequests), waitMs, gone);
    if (!chat) return undefined;
    reply.chat = chat;
  }
  reply.serverTime = config.now();
  return reply;
}
