/**
 * The relay's stable error codes (docs/PROTOCOL.md "Relay server"). Clients, tests and logs key
 * on these strings; they are never renamed, new failures get new codes.
 *
 * Request-level codes travel in `ServerError.code` (plaintext `PackedServerReply.error` when the
 * request could not be opened, otherwise `FromServerMessage.error` boxed to the client), with the
 * HTTP status listed here. Item-level codes travel in `PushResult`, `AckResult`, `QueueBatch` or
 * `InvitationResult` inside an otherwise successful (200) reply.
 */
export const REQUEST_ERRORS = {
  /** Body, envelope or inner ToServerMessage is not valid protobuf. */
  MALFORMED: 400,
  /** PackedServerMessage.version or ToServerMessage.version is not 1. */
  UNSUPPORTED_VERSION: 400,
  /** The envelope signature does not verify. */
  BAD_SIGNATURE: 400,
  /** The box does not open (wrong relay key, tampered payload). */
  BOX_FAILED: 400,
  /** More messages in one push than `max_messages_per_push`. */
  TOO_MANY_MESSAGES: 400,
  /** More pull requests (or acks) than `max_keys_per_pull`. */
  TOO_MANY_KEYS: 400,
  /**
   * The request's timestamp is outside the replay window of the relay clock; the reply's
   * `server_time` lets the client correct its offset and send a new request.
   */
  CLOCK_SKEW: 400,
  /** No such route. */
  NOT_FOUND: 404,
  /** Known route, wrong method. */
  METHOD_NOT_ALLOWED: 405,
  /** This request (same `from` and uuid) was already served within the replay window. */
  REPLAYED: 409,
  /** The body exceeds `max_body_bytes` (declared or streamed). */
  BODY_TOO_LARGE: 413,
  /**
   * Over a per-address, per-connection, held-poll or invitation limit; nothing was done.
   * `retry_after_ms` (and the Retry-After header) say when to try again.
   */
  RATE_LIMITED: 429,
  /** POST /v1/blob: the token does not grant this operation on this blob. */
  BLOB_DENIED: 403,
  /** POST /v1/blob: no such blob (never created, deleted, or expired long ago). */
  BLOB_NOT_FOUND: 404,
  /** POST /v1/blob GET: the blob exists but this chunk has not been uploaded (yet). */
  BLOB_CHUNK_MISSING: 404,
  /** POST /v1/blob CREATE: this blob id is registered with other parameters. */
  BLOB_EXISTS: 409,
  /** POST /v1/blob: the blob has expired (its TTL from create has passed). */
  BLOB_EXPIRED: 410,
  /** POST /v1/blob CREATE: more chunks than `blob-max-chunks`. */
  BLOB_TOO_LARGE: 413,
  /** POST /v1/blob PUT: the chunk is not exactly 262,144 bytes. */
  BLOB_BAD_SIZE: 400,
  /** POST /v1/blob PUT, GET: index outside 0..chunk_count-1. */
  BLOB_BAD_INDEX: 400,
  /** POST /v1/blob PUT: SHA-256 of the chunk is not the hash registered for its index. */
  BLOB_HASH_MISMATCH: 422,
  /** POST /v1/blob CREATE: the relay's blob quota (`blob-max-total-bytes`) is used up. */
  BLOB_QUOTA_EXCEEDED: 507,
  /** A bug in the relay. */
  INTERNAL: 500,
  /** The store is unreachable or the relay is shutting down; retry later (Retry-After) or elsewhere. */
  UNAVAILABLE: 503,
} as const;

export type RequestErrorCode = keyof typeof REQUEST_ERRORS;

export const ITEM_ERRORS = [
  /** PushResult: destination is not a 32-byte lookup key. */
  'BAD_DESTINATION',
  /** PushResult: the stored encoding (destination + payload) exceeds `max_message_bytes`. */
  'MESSAGE_TOO_LARGE',
  /** PushResult: send_token missing or not the send capability of the destination. */
  'NO_CAPABILITY',
  /** PushResult: the queue is at its entry or byte limit; retry after `retry_after_ms`. */
  'QUEUE_FULL',
  /** QueueBatch / AckResult: pull_token does not prove ownership of lookup_key. */
  'BAD_PROOF',
  /** InvitationResult: unknown, expired, wrong password or wrong delete token (one code: no oracle). */
  'INVITATION_DENIED',
  /** InvitationResult: CREATE without payload, or with a payload over the size limit. */
  'BAD_INVITATION',
  /** InvitationResult: no free shortcode found after several tries. */
  'SHORTCODE_EXHAUSTED',
  /** InvitationResult: op missing or unknown. */
  'BAD_OPERATION',
] as const;

/** A request-level failure; `retryAfterMs` is set for RATE_LIMITED and UNAVAILABLE. */
export class RelayError extends Error {
  override readonly name = 'RelayError';

  constructor(
    readonly code: RequestErrorCode,
    message: string,
    readonly retryAfterMs = 0,
  ) {
    super(message);
  }

  get status(): number {
    return REQUEST_ERRORS[this.code];
  }
}
