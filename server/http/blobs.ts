import { frameBlob, parseBlobFrame } from '../../core/envelope/blob-frame';
import { openServerRequest, plainServerError, sealServerReply } from '../../core/envelope/server';
import { isAppError } from '../../core/errors';
import { meow } from '../../proto';
import type { BlobStore } from '../blobs/types';
import { RelayError } from '../errors';
import { PROTOCOL_VERSION } from '../keys';
import { runBlobOp } from './blob-ops';
import { checkClock, checkShape, replayId } from './checks';
import { guarded, STORE_TIMEOUT_MS } from './guard';
import { asRelayError, ENVELOPE_CODES, type HttpReply, type RelayContext } from './handler';

/**
 * POST /v1/blob (docs/PROTOCOL.md "Attachments: blob endpoints"): a frame (core/envelope/
 * blob-frame.ts) of a boxed request header — ToServerMessage with `blob` set and nothing else —
 * and, for PUT, the chunk; the reply is a frame of the boxed FromServerMessage and, for GET,
 * the chunk. The header goes through the checks of POST /v1 (envelope, shape, clock, then the
 * replay record counted in the address's blob bucket) before the store is touched.
 */
export const BLOB_CONTENT_TYPE = 'application/x-meow-blob';

function framed(status: number, envelope: Uint8Array, chunk?: Uint8Array, retryAfterMs?: number) {
  return { status, body: frameBlob(envelope, chunk), retryAfterMs };
}

function plain(error: RelayError): HttpReply {
  const body = plainServerError(error.code, error.message, error.retryAfterMs);
  return framed(error.status, body, undefined, error.retryAfterMs);
}

function checkBlobShape(request: meow.ToServerMessage): meow.BlobRequest {
  const others =
    request.messages.length + request.pullRequests.length + request.acks.length > 0 ||
    request.invitation != null ||
    request.longPollMs > 0;
  if (!request.blob || others) {
    throw new RelayError('MALFORMED', 'a blob request carries `blob` and nothing else');
  }
  // Decoded nested messages are typed as plain properties; `create` gives every field its default.
  return meow.BlobRequest.create(request.blob);
}

/** Shape and clock; a request refused here is counted on its address all the same. */
async function checked(
  ctx: RelayContext,
  address: string,
  request: meow.ToServerMessage,
): Promise<meow.BlobRequest> {
  const { config } = ctx;
  try {
    checkShape(config.limits, request, true);
    checkClock(request, config.now(), config.limits.replayWindowMs);
    return checkBlobShape(request);
  } catch (err) {
    await ctx.limiter.count(address, config.now());
    throw err;
  }
}

export async function handleBlob(
  ctx: RelayContext,
  body: Uint8Array,
  address: string,
): Promise<HttpReply> {
  let opened;
  try {
    const frame = parseBlobFrame(body);
    opened = { frame, ...openServerRequest(frame.envelope, ctx.keys.box, ctx.boxKeys.get) };
  } catch (err) {
    const code = isAppError(err) ? ENVELOPE_CODES[err.code] : undefined;
    if (code === undefined) throw err;
    // Never reaches the admission, where requests are counted: counted here.
    await ctx.limiter.count(address, ctx.config.now());
    return plain(new RelayError(code, 'the request envelope could not be opened'));
  }
  const { from, request, boxKey, version, frame } = opened;
  const { config } = ctx;
  const reply: meow.IFromServerMessage = { version: PROTOCOL_VERSION, uuid: request.uuid };
  try {
    const windowMs = config.limits.replayWindowMs;
    const blob = await checked(ctx, address, request);
    await ctx.limiter.admitBlob(address, replayId(from, request), 2 * windowMs, config.now());
    const outcome = await runBlobOp(ctx.blobs, blob, frame.chunk, config.now());
    reply.blob = outcome.result;
    reply.serverTime = config.now();
    return framed(200, sealServerReply(reply, boxKey, version), outcome.chunk);
  } catch (err) {
    const error = asRelayError(err, ctx, from);
    reply.serverTime = config.now();
    reply.error = { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs };
    return framed(
      error.status,
      sealServerReply(reply, boxKey, version),
      undefined,
      error.retryAfterMs,
    );
  }
}

/** The blob store as the HTTP layer uses it: failures and hangs are UNAVAILABLE (guard.ts). */
export function guardBlobs(store: BlobStore, timeoutMs = STORE_TIMEOUT_MS): BlobStore {
  return {
    create: (blob, now) => guarded(() => store.create(blob, now), timeoutMs),
    meta: (id, now) => guarded(() => store.meta(id, now), timeoutMs),
    putChunk: (id, i, bytes, now) => guarded(() => store.putChunk(id, i, bytes, now), timeoutMs),
    getChunk: (id, i, now) => guarded(() => store.getChunk(id, i, now), timeoutMs),
    presentChunks: (id, now) => guarded(() => store.presentChunks(id, now), timeoutMs),
    delete: (id, now) => guarded(() => store.delete(id, now), timeoutMs),
    reservedBytes: (now) => guarded(() => store.reservedBytes(now), timeoutMs),
    close: () => store.close(),
  };
}
