import type { meow } from '../../../proto';

/** What the relay client takes and returns; plain data, no protobuf classes except messages. */

/**
 * A user message to enqueue: `destination` is the recipient's 32-byte lookup key, `sendToken`
 * the 32-byte capability to push there (its hash is `destination`, PROTOCOL.md §7; the relay
 * refuses the push with NO_CAPABILITY otherwise, and never stores the token).
 */
export interface OutboundMessage {
  readonly destination: Uint8Array;
  readonly sendToken: Uint8Array;
  readonly payload: Uint8Array;
}

export interface PushResult {
  readonly accepted: boolean;
  /**
   * '' when accepted; otherwise e.g. BAD_DESTINATION, MESSAGE_TOO_LARGE, NO_CAPABILITY, or
   * QUEUE_FULL (not a failure: the contact's queue has room again once they read).
   */
  readonly errorCode: string;
  /** QUEUE_FULL: how long the relay asks us to wait before trying again; absent otherwise. */
  readonly retryAfterMs?: number;
}

/** A queue we own: its address and the proof of owning it (core/lookup). */
export interface QueueRef {
  readonly lookupKey: Uint8Array;
  readonly pullToken: Uint8Array;
}

export interface PullRequest extends QueueRef {
  /** Return entries with seq > after (the last cursor acked/stored for this queue; 0 at first). */
  readonly after: number;
  /** 0/undefined = relay default. */
  readonly maxEntries?: number;
}

export interface PullOptions {
  /** Hold the request up to this long when nothing is waiting (relay caps it); 0 = answer now. */
  readonly longPollMs?: number;
  /** Aborting cancels the HTTP request; the call rejects with RELAY_ABORTED. */
  readonly signal?: AbortSignal;
  /**
   * Acks carried by the same request (only for entries already durably stored): the relay
   * applies them before it reads or holds the pull (PROTOCOL.md §8), so a poll loop needs no
   * request of its own to ack what the previous poll brought.
   */
  readonly acks?: readonly AckRequest[];
}

export interface PulledEntry {
  readonly seq: number;
  /** Relay clock at enqueue, ms. */
  readonly receivedAt: number;
  /** null = unreadable entry (relay-side corruption): skip it, but ack past it. */
  readonly message: meow.PackedUserMessage | null;
}

export interface QueueBatch {
  readonly lookupKey: Uint8Array;
  readonly entries: readonly PulledEntry[];
  /** Highest seq returned (or the request's `after`): ack this once the entries are stored. */
  readonly cursor: number;
  /** More entries are waiting after `cursor`: pull again without long-polling. */
  readonly more: boolean;
  /** '' on success; 'BAD_PROOF' when the pull token does not prove the key (nothing returned). */
  readonly errorCode: string;
  /** Entries after the request's `after` that the relay's TTL removed unread (a gap); 0 if none. */
  readonly expired: number;
  /** The queue's history is gone on the relay: entries may have expired unread (count unknown). */
  readonly expiredUnknown: boolean;
}

export interface AckRequest extends QueueRef {
  /** Delete every entry with seq <= cursor. */
  readonly cursor: number;
}

export interface AckResult {
  readonly ok: boolean;
  /** '' when ok; 'BAD_PROOF' otherwise. */
  readonly errorCode: string;
}

export interface NewInvitation {
  /** Opaque (already encrypted) invitation material, 1..65,536 bytes. */
  readonly payload: Uint8Array;
  /** Checked by the relay on GET; ~40 bits of entropy or more (PROTOCOL.md §8). */
  readonly password: string;
  /** Requested lifetime; the relay clamps to its range. 0/undefined = the relay's maximum. */
  readonly timeoutSeconds?: number;
  /** Requested shortcode length (relay clamps to 6..16; default 8). */
  readonly shortcodeLength?: number;
  /** Secret for a later DELETE; generated (32 random bytes) when omitted. */
  readonly deleteToken?: Uint8Array;
  /** 1 = offered (default), 2 = answered. */
  readonly step?: number;
}

export interface CreatedInvitation {
  readonly shortcode: string;
  readonly uuid: string;
  /** Relay-chosen expiry, ms since epoch (relay clock). */
  readonly expiry: number;
  /** Keep this to delete the invitation early. */
  readonly deleteToken: Uint8Array;
}

export interface FetchedInvitation {
  readonly shortcode: string;
  readonly uuid: string;
  readonly expiry: number;
  readonly step: number;
  readonly payload: Uint8Array;
}
