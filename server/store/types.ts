/**
 * The relay's storage contract (DESIGN.md §4). Two implementations satisfy it with the same
 * semantics — `EmbeddedStore` (in-process, persisted under a data folder; the default) and
 * `RedisStore` (queues in Redis sorted sets; many relay instances share one Redis) — and one
 * contract test suite runs unchanged against both.
 *
 * Keys are raw lookup keys (32 bytes). Messages are opaque encoded `PackedUserMessage`s.
 */

export interface StoredEntry {
  /** Per-queue sequence number, strictly increasing, starting at 1. */
  readonly seq: number;
  /** The encoded PackedUserMessage exactly as pushed. */
  readonly message: Uint8Array;
  /** Relay clock at enqueue, ms since epoch. */
  readonly receivedAt: number;
}

export interface ReadResult {
  /** Entries with seq > after, oldest first, at most `max`. Expired entries are never returned. */
  readonly entries: readonly StoredEntry[];
  /** More unexpired entries wait after the last one returned. */
  readonly more: boolean;
}

export interface QueueLimits {
  /** Entries older than this are dropped (never returned). */
  readonly ttlMs: number;
  /** At most this many entries per queue; the oldest are dropped beyond it. */
  readonly maxLength: number;
}

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

export interface RelayStore {
  /** Appends one message to a queue; returns its seq. Wakes watchers of that key on every instance. */
  enqueue(lookupKey: Uint8Array, message: Uint8Array, now: number): Promise<number>;
  /** Reads entries after a cursor without removing them (at-least-once delivery). */
  read(lookupKey: Uint8Array, after: number, max: number, now: number): Promise<ReadResult>;
  /** Removes every entry with seq <= cursor. Idempotent. */
  ack(lookupKey: Uint8Array, cursor: number): Promise<void>;
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
   * Fixed-window counter: increments `bucket` and returns the count within the current window
   * of `windowMs`. Shared across instances for the Redis store.
   */
  hit(bucket: string, windowMs: number, now: number): Promise<number>;

  close(): Promise<void>;
}
