import { concatBytes } from '../../../core/crypto';
import { RelayClientError } from './errors';

/**
 * One HTTP exchange with a relay over Node's global fetch (undici: connections are pooled and
 * kept alive by default). Every failure that is not an HTTP reply becomes a RelayClientError:
 * the caller's abort → RELAY_ABORTED; timeout, refused/reset connection, DNS → RELAY_UNAVAILABLE.
 * The reply body is read under a byte cap (Content-Length checked first, then while streaming).
 *
 * `keepalive: true` is deliberately not passed: in fetch it is the browser's "outlive the page"
 * flag (bodies ≤ 64 KiB), not connection reuse, which undici does anyway.
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpExchange {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly body?: Uint8Array;
  readonly timeoutMs: number;
  readonly maxReplyBytes: number;
  readonly signal?: AbortSignal;
  readonly fetch?: FetchLike;
}

export interface HttpReply {
  readonly status: number;
  readonly body: Uint8Array;
}

class TooLarge extends Error {}

export async function httpExchange(x: HttpExchange): Promise<HttpReply> {
  const callerAborted = (): boolean => x.signal?.aborted === true;
  if (callerAborted()) throw aborted(x.url);
  const controller = new AbortController();
  const state = { timedOut: false };
  const timer = setTimeout(() => {
    state.timedOut = true;
    controller.abort();
  }, x.timeoutMs);
  const onAbort = (): void => {
    controller.abort();
  };
  x.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await (x.fetch ?? fetch)(x.url, {
      method: x.method,
      signal: controller.signal,
      headers: x.body ? { 'content-type': 'application/x-protobuf' } : {},
      // A fresh buffer from the envelope sealer, never shared memory.
      ...(x.body ? { body: x.body as Uint8Array<ArrayBuffer> } : {}),
      redirect: 'error',
      cache: 'no-store',
    });
    const body = await readCapped(response, x.maxReplyBytes, controller);
    return { status: response.status, body };
  } catch (cause) {
    if (callerAborted()) throw aborted(x.url, cause);
    if (state.timedOut) {
      throw new RelayClientError(
        'RELAY_UNAVAILABLE',
        `relay did not answer within ${x.timeoutMs} ms (${x.url})`,
        {},
        { cause },
      );
    }
    if (cause instanceof TooLarge) {
      throw new RelayClientError(
        'RELAY_BAD_REPLY',
        `relay reply larger than ${x.maxReplyBytes} bytes (${x.url})`,
      );
    }
    throw new RelayClientError(
      'RELAY_UNAVAILABLE',
      `relay unreachable (${x.url}): ${networkReason(cause)}`,
      {},
      { cause },
    );
  } finally {
    clearTimeout(timer);
    x.signal?.removeEventListener('abort', onAbort);
  }
}

function aborted(url: string, cause?: unknown): RelayClientError {
  return new RelayClientError(
    'RELAY_ABORTED',
    `relay request aborted (${url})`,
    {},
    cause === undefined ? undefined : { cause },
  );
}

/** The innermost error code/message of a fetch failure (undici wraps it in `cause`). */
function networkReason(err: unknown): string {
  let current: unknown = err;
  for (let depth = 0; depth < 4; depth++) {
    if (!(current instanceof Error)) break;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if (current.cause === undefined) return current.message;
    current = current.cause;
  }
  return 'network error';
}

async function readCapped(
  response: Response,
  maxBytes: number,
  controller: AbortController,
): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    controller.abort();
    throw new TooLarge();
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      controller.abort();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(...chunks);
}
