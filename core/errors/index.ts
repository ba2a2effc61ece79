/**
 * The one error type of the product. Every failure that crosses a module boundary is an
 * `AppError` whose `code` is stable (tests, logs, the relay's replies and the UI key on it);
 * `message` is for humans and may change.
 */
export const ErrorCodes = [
  // generic
  'INTERNAL',
  'INVALID_ARGUMENT',
  // crypto primitives
  'CRYPTO_BAD_KEY',
  'CRYPTO_DECRYPT_FAILED',
  'CRYPTO_BAD_SIGNATURE',
  // wire decoding
  'PROTO_DECODE_FAILED',
  'PROTO_INVALID_FIELD',
  // padding
  'PAD_INVALID',
  'PAD_TOO_LARGE',
  // double ratchet
  'RATCHET_BAD_STATE',
  'RATCHET_BAD_HEADER',
  'RATCHET_DECRYPT_FAILED',
  'RATCHET_MAX_SKIP_EXCEEDED',
  'RATCHET_DUPLICATE_MESSAGE',
  'RATCHET_NOT_READY',
  // envelopes
  'ENVELOPE_TOO_LARGE',
  'ENVELOPE_MALFORMED',
  'ENVELOPE_WRONG_DESTINATION',
  'ENVELOPE_BOX_FAILED',
  'ENVELOPE_SYM_FAILED',
  'ENVELOPE_BAD_SIGNATURE',
  'ENVELOPE_UNSUPPORTED_VERSION',
  // attachments (core/attachments, PROTOCOL.md §12)
  'ATTACHMENT_CHUNK_INVALID',
  'ATTACHMENT_DIGEST_MISMATCH',
  'ATTACHMENT_LENGTH_MISMATCH',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_POINTER_INVALID',
  'ATTACHMENT_BAD_VERSION',
  'ATTACHMENT_SOURCE_UNREADABLE',
  'ATTACHMENT_RELAY_UNKNOWN',
  'ATTACHMENT_CANCELLED',
  'ATTACHMENT_SOURCE_GONE',
  // relay server cards (core/card)
  'CARD_INVALID',
  'CARD_BAD_SIGNATURE',
  'CARD_KEY_MISMATCH',
  // relay client (main/client/relay)
  'RELAY_UNAVAILABLE',
  'RELAY_REJECTED',
  'RELAY_RATE_LIMITED',
  'RELAY_KEY_CHANGED',
  'RELAY_FINGERPRINT_MISMATCH',
  // a relay hosted on the local network, on a computer with no local-network address
  'RELAY_NO_NETWORK',
  'RELAY_BAD_REPLY',
  'RELAY_ABORTED',
  // a relay URL on plain http:// to a public host (main/client/relay/url-policy.ts)
  'RELAY_HTTPS_REQUIRED',
  // client storage (main/storage)
  'IDENTITY_BAD_PASSWORD',
  'IDENTITY_CORRUPT',
  'IDENTITY_EXISTS',
  'IDENTITY_NOT_FOUND',
  'STORAGE_IO',
  'STORAGE_CORRUPT',
  'STORAGE_WRONG_KEY',
  'STORAGE_LOCKED',
  'STORAGE_CLOSED',
  'STORAGE_NOT_FOUND',
  'DB_MIGRATION_FAILED',
  // relationships and invitations (main/client/peers)
  'INVITATION_BAD_CARD',
  'INVITATION_BAD_PAYLOAD',
  'INVITATION_BAD_PASSWORD',
  'INVITATION_BAD_ANSWER',
  'INVITATION_ALREADY_USED',
  'PEER_NOT_READY',
  // multi-device (main/client/devices)
  'SYNC_BAD_PAYLOAD',
  'SYNC_NOT_PRIMARY',
  'DEVICE_NOT_FOUND',
  'DEVICE_NOT_CONFIRMABLE',
  'DEVICE_REVOKED',
  'DEVICE_PAIRING_EXPIRED',
  'DEVICE_PAIRING_CODE_DENIED',
  // contacts the user manages (main/client/engine/contacts.ts)
  'PEER_BLOCKED',
  'PEER_NOT_FOUND',
  'INVITATION_NOT_PENDING',
  // edit and delete (main/client/engine/modify.ts)
  'MESSAGE_NOT_YOURS',
  'MESSAGE_DELETED',
  'MESSAGE_DELETE_WINDOW_PASSED',
] as const;

export type ErrorCode = (typeof ErrorCodes)[number];

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** A JSON-safe form for logs and IPC; never includes the cause (it may hold secrets). */
  toJSON(): { code: ErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isAppError(value: unknown, code?: ErrorCode): value is AppError {
  return value instanceof AppError && (code === undefined || value.code === code);
}
