/**
 * The relay's storage contract (DESIGN.md §4). Two implementations satisfy it with the same
 * semantics — `EmbeddedStore` (in-process, persisted under a data folder; the default) and
 * `RedisStore` (queues in Redis sorted sets; many relay instances share one Redis) — and one
 * contract test suite runs unchanged against both.
 *
 * Keys are raw lookup keys (32 bytes). Messages are opaque encoded `PackedUserMessage`s.
 */

export interface StoredEntry {
  /**
   * Per-queue sequence number, strictly increasing. A queue's counter starts at its base
   * (`seqBase(now)` when its metadata is created), so the first entry is base + 1.
   */
  readonly seq: number;
  /** The encoded PackedUserMessage exactly as stored. */
  readonly message: Uint8Array;
  /**
   * Relay clock at enqueue, ms since epoch, never below the previous entry's (so seq order is
   * time order and expired entries always form a prefix of the queue).
   */
  readonly receivedAt: number;
}

export interface ReadResult {
  /** Entries with seq > after, oldest first, at most `max`. Expired entries are never returned. */
  readonly entries: readonly StoredEntry[];
  /** More unexpired entries wait after the last one returned. */
  readonly more: boolean;
  /** Entries after `after` the TTL removed before anyone acked them (`gapAfter` in codec.ts). */
  readonly expired: number;
  /** The queue's history before `after` is gone (0 < after < base, or no queue): a gap of unknown size. */
  readonly expiredUnknown: boolean;
}

export interface QueueLimits {
  /** An entry expires this long after it was received (never returned, then removed). */
  readonly ttlMs: number;
  /** At most this many entries per queue; an enqueue beyond it is refused, nothing is evicted. */
  readonly maxLength: number;
  /** At most this many stored message bytes per queue; an enqueue beyond it is refused. */
  readonly maxBytes: number;
  /** Metadata (counter, ack cursor) unused for this long is forgotten; must be >= ttlMs. */
  readonly metaIdleMs: number;
}

/** What an enqueue did: stored under `seq`, or refused because the queue is at a limit. */
export type EnqueueResult = { readonly ok: true; readonly seq: number } | { readonly ok: false };

export interface StoredInvitation {
  readonly uuid: string;
  readonly shortcode: string;
  /** The encoded meow.Invitation payload bytes (opaque to the store). */
  readonly payload: Uint8Array;
  /** Server-side password verifier (never the password itself). */
  readonly passwordHash: Uint8Array;
  /** SHA-256 of the creator's delete token. */
  readonly deleteTokenHash: Uint8Array;
  /** ms since epoch; the store forgets the invitation after it. */
  readonly expiresAt: number;
}

/** What `admit` counts and records for one request. */
export interface AdmitRequest {
  readonly bucket: string;
  readonly windowMs: number;
  /** Counts above this are 'limited'. */
  readonly limit: number;
  /** The replay record (hex), kept for `ttlMs`. */
  readonly id: string;
  readonly ttlMs: number;
  /** Unique to this request: what `afterAdmission(id, token)` checks. */
  readonly token?: string;
}

/** A queue operation of an `afterAdmission` view whose request was not admitted: it did nothing. */
export class AdmissionRefused extends Error {
  override readonly name = 'AdmissionRefused';
}

export type Admission = 'admitted' | 'limited' | 'replayed';

/** `admit` from `hit` and `remember`, for stores where the two cannot be one step. */
export async function admitInSteps(
  store: Pick<RelayStore, 'hit' | 'remember'>,
  request: AdmitRequest,
  now: number,
): Promise<Admission> {
  if ((await store.hit(request.bucket, request.windowMs, now)) > request.limit) return 'limited';
  return (await store.remember(request.id, request.ttlMs, now)) ? 'admitted' : 'replayed';
}

export interface RelayStore {
  /**
   * Appends one message to a queue unless that would exceed maxLength or maxBytes (checked
   * atomically with the append); wakes watchers of that key on every instance when stored.
   */
  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<EnqueueResult>;
  /**
   * Appends several messages to one queue, in order, as if enqueued one after another (each
   * checked against the limits on its own; a refused one changes nothing), in one atomic step:
   * one script on Redis, one batch write on the embedded store. One result per message; watchers
   * are woken once.
   */
  enqueueAll(
    lookupKey: Uint8Array,
    messages: readonly Uint8Array[],
    now: number,
  ): Promise<EnqueueResult[]>;
  /** Reads entries after a cursor without removing them (at-least-once delivery). */
  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult>;
  /** Removes every entry with seq <= cursor and raises the ack cursor. Idempotent. */
  ack(lookupKey: Uint8Array, cursor: number, now: number): Promise<void>;
  /**
   * Calls `onWake` (at most once per enqueue, possibly spuriously) when any of `keys` gets a new
   * entry, on this or any other instance sharing the store. Returns an unsubscribe function.
   * Subscribing must be cheap: a long-poll over 1,000 keys subscribes to all of them.
   */
  watch(keys: readonly Uint8Array[], onWake: () => void): () => void;

  /** Stores an invitation under a shortcode; false if the shortcode is taken (caller retries). */
  createInvitation(invitation: StoredInvitation): Promise<boolean>;
  getInvitation(shortcode: string, now: number): Promise<StoredInvitation | undefined>;
  deleteInvitation(shortcode: string): Promise<void>;

  /**
   * Fixed-window counter: adds `by` (default 1; 0 only reads) to `bucket` and returns the count
   * within the current window of `windowMs`. Shared across instances for the Redis store.
   */
  hit(bucket: string, windowMs: number, now: number, by?: number): Promise<number>;

  /**
   * Replay protection: records `id` (hex) for `ttlMs`; false when it is already recorded, i.e.
   * the same request was seen within ttlMs. Survives a restart of the relay.
   */
  remember(id: string, ttlMs: number, now: number): Promise<boolean>;

  /**
   * A served request's bookkeeping in one step: `hit(bucket, windowMs, now)`, then — only if
   * that count is within `limit` — `remember(id, ttlMs, now)`. 'limited' (nothing recorded),
   * 'replayed' (the id was recorded already) or 'admitted'. One script (one round trip) on a
   * single Redis; on a cluster the two keys live in different slots, so two calls there.
   */
  admit(request: AdmitRequest, now: number): Promise<Admission>;

  /**
   * A view of this store whose enqueue, read and ack go ahead only if `admit` with this `id`
   * and `token` admitted the request (else they change nothing and reject with
   * AdmissionRefused), checked by the store itself — so the HTTP layer may send them without
   * waiting for the admission: one round trip for bookkeeping and operation. Undefined where
   * the store cannot check it atomically (embedded, cluster): there the caller awaits `admit`.
   */
  afterAdmission(id: string, token: string): RelayStore | undefined;

  close(): Promise<void>;
}
