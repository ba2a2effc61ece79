import { randomBytes } from 'node:crypto';
import { openServerRequest, plainServerError, sealServerReply } from '../../core/envelope/server';
import { isAppError } from '../../core/errors';
import type { meow } from '../../proto';
import { RelayError, type RequestErrorCode } from '../errors';
import { PROTOCOL_VERSION, type RelayKeys } from '../keys';
import type { RelayConfig } from '../config';
import type { BlobStore } from '../blobs/types';
import { AdmissionRefused, type RelayStore } from '../store/types';
import type { AddressKeys } from './address';
import { checkClock, checkShape, replayId } from './checks';
import { handleInvitation } from './invitations';
import type { BoxKeyCache } from './keycache';
import { keyPrefix } from './log';
import { pullOrHold, type HeldPolls } from './longpoll';
import { runPushes } from './push';
import { planPulls, runAcks } from './queues';
import type { RequestLimiter } from './ratelimit';

/** Everything a request needs; one per relay instance. */
export interface RelayContext {
  readonly config: RelayConfig;
  /** Guarded: every store failure is a RelayError UNAVAILABLE. */
  readonly store: RelayStore;
  readonly keys: RelayKeys;
  readonly boxKeys: BoxKeyCache;
  readonly polls: HeldPolls;
  readonly addresses: AddressKeys;
  readonly limiter: RequestLimiter;
  /** Attachment blobs (POST /v1/blob); guarded like `store`. */
  readonly blobs: BlobStore;
}

export interface HttpReply {
  readonly status: number;
  readonly body: Uint8Array;
  /** Set on 429 and 503: becomes the Retry-After header (whole seconds, rounded up). */
  readonly retryAfterMs?: number;
}

export const ENVELOPE_CODES: Partial<Record<string, RequestErrorCode>> = {
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
    retryAfterMs: error.retryAfterMs,
  };
}

/**
 * POST /v1: opens the envelope, serves the request, seals the reply. Envelope failures answer
 * in plaintext (there is no key to box with); every later failure is boxed to the client.
 * Resolves `undefined` when the client went away during a long-poll. `address` is the keyed
 * hash of the client address (address.ts), what per-address limits count on.
 */
export async function handleV1(
  ctx: RelayContext,
  body: Uint8Array,
  gone: AbortSignal,
  address: string,
): Promise<HttpReply | undefined> {
  let opened;
  try {
    opened = openServerRequest(body, ctx.keys.box, ctx.boxKeys.get);
  } catch (err) {
    const code = isAppError(err) ? ENVELOPE_CODES[err.code] : undefined;
    if (code === undefined) throw err;
    // Never reaches the replay check, where requests are counted: counted here.
    await ctx.limiter.count(address, ctx.config.now());
    return plainReply(new RelayError(code, 'the request envelope could not be opened'));
  }
  const { from, request, boxKey, version } = opened;
  try {
    const served = await serve(ctx, { from, address }, request, gone);
    return (
      served && {
        status: 200,
        body: sealServerReply(served.reply, boxKey, version, served.chat),
      }
    );
  } catch (err) {
    const error = asRelayError(err, ctx, from);
    const reply: meow.IFromServerMessage = {
      version: PROTOCOL_VERSION,
      uuid: request.uuid,
      serverTime: ctx.config.now(),
      error: { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs },
    };
    const sealed = sealServerReply(reply, boxKey, version);
    return { status: error.status, body: sealed, retryAfterMs: error.retryAfterMs };
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

/**
 * A request's answer: the reply, and its pulled batches already encoded (FromServerMessage
 * `chat` records, queues.ts assembleBatches), which sealing appends to it.
 */
interface Served {
  readonly reply: meow.IFromServerMessage;
  readonly chat?: Uint8Array;
}

/** Who sent a request: its (per-request) key, and the keyed hash of its address. */
interface Sender {
  readonly from: Uint8Array;
  readonly address: string;
}

/**
 * One ToServerMessage: the checks that may refuse it (shape, clock, then the per-address limit
 * and the replay window in one store step, a held-poll slot) before anything happens, then its
 * effects (`effects`).
 */
async function serve(
  ctx: RelayContext,
  sender: Sender,
  request: meow.ToServerMessage,
  gone: AbortSignal,
): Promise<Served | undefined> {
  const { config } = ctx;
  const windowMs = config.limits.replayWindowMs;
  try {
    checkShape(config.limits, request);
    checkClock(request, config.now(), windowMs);
  } catch (err) {
    // Counted on its address all the same (RATE_LIMITED wins if it is over the limit).
    await ctx.limiter.count(sender.address, config.now());
    throw err;
  }
  const id = replayId(sender.from, request);
  // An invitation's operations are not guarded by the store: it waits for its admission.
  const token = request.invitation ? undefined : nextToken();
  const view = token === undefined ? undefined : ctx.store.afterAdmission(id, token);
  const admission = ctx.limiter.admitRequest(sender.address, id, 2 * windowMs, config.now(), token);
  if (!view) await admission;
  const waitMs = Math.min(request.longPollMs, config.limits.maxLongPollMs);
  const mayHold = request.pullRequests.length > 0 && waitMs > 0;
  let release: (() => void) | undefined;
  try {
    release = mayHold ? ctx.limiter.polls.reserve(sender.address) : undefined;
  } catch (err) {
    await admission; // its refusal, if any, comes first
    throw err;
  }
  try {
    if (!view) return await effects(ctx, sender, request, waitMs, gone);
    // Sent with the admission, in the same write; they do nothing unless it admits the request.
    const work = effects({ ...ctx, store: view }, sender, request, waitMs, gone);
    try {
      await admission;
    } catch (err) {
      work.catch(() => undefined); // AdmissionRefused: nothing was done
      throw err;
    }
    return await work.catch((err: unknown) => {
      // Admitted, yet refused: the admission script was not cached in Redis (NOSCRIPT) and
      // ran after the operations, which therefore did nothing. Served again, in order.
      if (!(err instanceof AdmissionRefused)) throw err;
      return effects(ctx, sender, request, waitMs, gone);
    });
  } finally {
    release?.();
  }
}

/** Admission tokens: unique per request (a random prefix per process, then a counter). */
const TOKEN_PREFIX = randomBytes(12).toString('base64');
let tokens = 0;
const nextToken = (): string => `${TOKEN_PREFIX}${(tokens++).toString(36)}`;

/**
 * In a fixed order: invitation (first, so a rate-limited request has done nothing else), acks,
 * pushes, pulls (last, because a pull may be held as a long-poll).
 */
async function effects(
  ctx: RelayContext,
  sender: Sender,
  request: meow.ToServerMessage,
  waitMs: number,
  gone: AbortSignal,
): Promise<Served | undefined> {
  const { store, config } = ctx;
  let chat: Uint8Array | undefined;
  const reply: meow.IFromServerMessage = { version: PROTOCOL_VERSION, uuid: request.uuid };
  if (request.invitation) {
    const invitationCtx = { store, limits: config.limits, now: config.now };
    reply.invitation = await handleInvitation(invitationCtx, sender.address, request.invitation);
  }
  if (request.messages.length > 0 || request.pullRequests.length === 0) {
    // Acks settle before pushes: after a failed ack nothing is stored, so the client's retry
    // cannot store a message twice.
    reply.ackResults = await runAcks(store, request.acks, config.now());
    reply.pushResults = await runPushes(store, request.messages, config.limits, config.now());
  } else {
    reply.pushResults = [];
  }
  if (request.pullRequests.length > 0) {
    chat = await pullAfterAcks(ctx, request, reply, waitMs, gone);
    if (!chat) return undefined;
  }
  reply.serverTime = config.now();
  return { reply, chat };
}

/**
 * The pulls, with the acks of a request that pushes nothing (the app's poll loop: acks ride on
 * the next pull) sent to the store in the same round trip: the store runs a connection's
 * commands in order (Redis; the embedded store serializes each queue's operations), so the
 * pull still reads after the acks. A failed ack fails the request and ends a held pull at once.
 */
async function pullAfterAcks(
  ctx: RelayContext,
  request: meow.ToServerMessage,
  reply: meow.IFromServerMessage,
  waitMs: number,
  gone: AbortSignal,
): Promise<Uint8Array | undefined> {
  const { store, config } = ctx;
  const pullCtx = { store, limits: config.limits, polls: ctx.polls, now: config.now };
  const plans = planPulls(request.pullRequests);
  if (reply.ackResults) return pullOrHold(pullCtx, plans, waitMs, gone);
  const stop = new AbortController();
  const onGone = (): void => {
    stop.abort();
  };
  if (gone.aborted) stop.abort();
  gone.addEventListener('abort', onGone);
  try {
    const acks = runAcks(store, request.acks, config.now()).catch((err: unknown) => {
      stop.abort();
      throw err;
    });
    const [ackResults, chat] = await Promise.allSettled([
      acks,
      pullOrHold(pullCtx, plans, waitMs, stop.signal),
    ]);
    if (ackResults.status === 'rejected') throw ackResults.reason;
    if (chat.status === 'rejected') throw chat.reason;
    reply.ackResults = ackResults.value;
    return chat.value;
  } finally {
    gone.removeEventListener('abort', onGone);
  }
}
