/**
 * Words, not codes: every error a user can meet, as a sentence that says what happened and
 * what to do. One table per source of codes, each typed so a missing code fails to compile:
 * the engine's (`core/errors` ErrorCodes), the relay's per request and per message (PROTOCOL.md
 * §8 "Error codes", `server/errors.ts`; a failed message carries one as its reason), and the
 * UI's own (the renderer's transport and QR reading). The renderer reaches this through
 * '@meow/contract' and the CLI imports it directly, so both say the same thing.
 *
 * Plain data and two small functions, no imports at run time: it ships in the renderer bundle.
 * scripts/error-words.test.ts checks the lists against core and server and that no sentence
 * shows a raw code.
 */
import type { ErrorCode } from '../../core/errors';

/** Request-level relay codes (`server/errors.ts` REQUEST_ERRORS; the test keeps them equal). */
export const RELAY_REQUEST_CODES = [
  'MALFORMED',
  'UNSUPPORTED_VERSION',
  'BAD_SIGNATURE',
  'BOX_FAILED',
  'TOO_MANY_MESSAGES',
  'TOO_MANY_KEYS',
  'CLOCK_SKEW',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'REPLAYED',
  'BODY_TOO_LARGE',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
  // Attachment blob endpoint (PROTOCOL.md §8 "Attachments: blob endpoints").
  'BLOB_DENIED',
  'BLOB_NOT_FOUND',
  'BLOB_CHUNK_MISSING',
  'BLOB_EXISTS',
  'BLOB_EXPIRED',
  'BLOB_TOO_LARGE',
  'BLOB_BAD_SIZE',
  'BLOB_BAD_INDEX',
  'BLOB_HASH_MISMATCH',
  'BLOB_QUOTA_EXCEEDED',
] as const;

/** Per-item relay codes (`server/errors.ts` ITEM_ERRORS): a failed message's reason. */
export const RELAY_ITEM_CODES = [
  'BAD_DESTINATION',
  'MESSAGE_TOO_LARGE',
  'NO_CAPABILITY',
  'QUEUE_FULL',
  'BAD_PROOF',
  'INVITATION_DENIED',
  'BAD_INVITATION',
  'SHORTCODE_EXHAUSTED',
  'BAD_OPERATION',
] as const;

/** Codes the UI makes itself (the link to Meow, reading codes from images and the camera). */
export const UI_ERROR_CODES = [
  'DISCONNECTED',
  'QR_NOT_FOUND',
  'CAMERA_UNAVAILABLE',
  'INVITATION_EXPIRED',
  'IMAGE_UNREADABLE',
] as const;

export type RelayCode = (typeof RELAY_REQUEST_CODES)[number] | (typeof RELAY_ITEM_CODES)[number];
export type UiErrorCode = (typeof UI_ERROR_CODES)[number];

const TRY_AGAIN = 'Try again; if it keeps happening, restart Meow.';
const DAMAGED = 'Something Meow received was damaged or not meant for it and was ignored.';
const UPDATE = 'Make sure Meow is up to date.';
const BAD_CARD = 'That is not a valid invitation. Ask for a new one.';

/** The engine's codes (every code an API command or a failed message can carry). */
export const ERROR_SENTENCES: Readonly<Record<ErrorCode, string>> = {
  INTERNAL: `Something went wrong. ${TRY_AGAIN}`,
  INVALID_ARGUMENT: 'Meow could not do that with what was entered. Check it and try again.',
  CRYPTO_BAD_KEY: `${DAMAGED} ${TRY_AGAIN}`,
  CRYPTO_DECRYPT_FAILED: `${DAMAGED} ${TRY_AGAIN}`,
  CRYPTO_BAD_SIGNATURE: `${DAMAGED} ${TRY_AGAIN}`,
  PROTO_DECODE_FAILED: `${DAMAGED} ${UPDATE}`,
  PROTO_INVALID_FIELD: `${DAMAGED} ${UPDATE}`,
  PAD_INVALID: `${DAMAGED} ${TRY_AGAIN}`,
  PAD_TOO_LARGE: 'That message is too long. Shorten it and send it again.',
  RATCHET_BAD_STATE: `The secure session with this contact is damaged. ${TRY_AGAIN}`,
  RATCHET_BAD_HEADER: `${DAMAGED} ${TRY_AGAIN}`,
  RATCHET_DECRYPT_FAILED: `A message could not be opened and was skipped. ${TRY_AGAIN}`,
  RATCHET_MAX_SKIP_EXCEEDED:
    'Too many messages from this contact went missing to open the next one. Ask them to send it again.',
  RATCHET_DUPLICATE_MESSAGE: 'That message arrived twice; the copy was ignored. Nothing to do.',
  RATCHET_NOT_READY:
    'The secure session with this contact is not ready yet. Wait until they are connected, then try again.',
  ENVELOPE_TOO_LARGE: 'That message is too large to send. Shorten it and send it again.',
  ENVELOPE_MALFORMED: `${DAMAGED} ${UPDATE}`,
  ENVELOPE_WRONG_DESTINATION: `${DAMAGED} Nothing to do.`,
  ENVELOPE_BOX_FAILED: `${DAMAGED} ${TRY_AGAIN}`,
  ENVELOPE_SYM_FAILED: `${DAMAGED} ${TRY_AGAIN}`,
  ENVELOPE_BAD_SIGNATURE: `${DAMAGED} ${TRY_AGAIN}`,
  ENVELOPE_UNSUPPORTED_VERSION: `That came from a newer version of Meow. ${UPDATE}`,
  ATTACHMENT_CHUNK_INVALID: `Part of an attachment arrived damaged and was not shown. ${TRY_AGAIN}`,
  ATTACHMENT_DIGEST_MISMATCH: `An attachment arrived damaged and was not shown. ${TRY_AGAIN}`,
  ATTACHMENT_LENGTH_MISMATCH:
    'The file changed while Meow was reading it. Wait until it is saved, then send it again.',
  ATTACHMENT_TOO_LARGE: 'That file is too large to send. Choose a smaller one.',
  ATTACHMENT_POINTER_INVALID: `An attachment in this message cannot be used. ${UPDATE}`,
  ATTACHMENT_BAD_VERSION: `That attachment came from a newer version of Meow. ${UPDATE}`,
  ATTACHMENT_SOURCE_UNREADABLE:
    'Meow could not read that file. Check that it still exists, then send it again.',
  ATTACHMENT_RELAY_UNKNOWN:
    'This attachment is on a server neither you nor your contact use, so Meow did not fetch it.',
  ATTACHMENT_CANCELLED: 'You cancelled sending this file.',
  ATTACHMENT_SOURCE_GONE: 'Meow no longer has this file. Attach it again to send it.',
  CARD_INVALID: "That is not a valid server card. Check the server's address and try again.",
  CARD_BAD_SIGNATURE:
    "The server's card is not signed correctly. Check the address; do not use a server you do not trust.",
  CARD_KEY_MISMATCH:
    "The server's keys do not match its card. Check the address; do not use a server you do not trust.",
  RELAY_UNAVAILABLE: 'Cannot reach the server. Check the address and your connection.',
  RELAY_REJECTED: `The server refused the request. ${TRY_AGAIN}`,
  RELAY_RATE_LIMITED: 'The server is busy. Try again in a moment.',
  RELAY_KEY_CHANGED:
    "The server's key changed since you added it. Check with whoever runs it before you trust it again.",
  RELAY_FINGERPRINT_MISMATCH:
    "The server's fingerprint is not the one you entered. Check both and try again.",
  RELAY_NO_NETWORK:
    'This computer has no local network address, so it cannot reach that server. Connect to the network and try again.',
  RELAY_BAD_REPLY: `The server sent a reply Meow does not understand. ${UPDATE}`,
  RELAY_ABORTED: 'The request to the server was stopped. Try again.',
  RELAY_HTTPS_REQUIRED:
    'A server on the internet must use https://. Change the address to start with https:// and try again.',
  IDENTITY_BAD_PASSWORD: 'Wrong password. Type it again.',
  IDENTITY_CORRUPT:
    'Your identity file is damaged and cannot be opened. Restore it from a backup, or join with another of your devices.',
  IDENTITY_EXISTS: 'There is already an identity on this computer. Unlock it instead.',
  IDENTITY_NOT_FOUND: 'There is no identity on this computer yet. Create one, or join as a device.',
  STORAGE_IO:
    'Meow could not read or write its files. Check that the disk has free space, then restart Meow.',
  STORAGE_CORRUPT:
    'Part of what Meow stored is damaged. Restart Meow; if it keeps happening, restore from a backup.',
  STORAGE_WRONG_KEY:
    'Meow could not open its stored data with this password. Restart Meow and unlock again.',
  STORAGE_LOCKED: 'Meow is locked. Unlock it and try again.',
  STORAGE_CLOSED: 'Meow is closing. Open it again and try again.',
  STORAGE_NOT_FOUND: 'That is no longer stored here. Refresh and try again.',
  DB_MIGRATION_FAILED:
    'Meow could not update its stored data to this version. Restart Meow; if it keeps happening, reinstall the previous version.',
  INVITATION_BAD_CARD: BAD_CARD,
  INVITATION_BAD_PAYLOAD: BAD_CARD,
  INVITATION_BAD_PASSWORD: 'Wrong invitation password. Check it and type it again.',
  INVITATION_BAD_ANSWER: 'The answer to that invitation is not valid. Send a new invitation.',
  INVITATION_ALREADY_USED: 'That invitation has already been used. Ask for a new one.',
  PEER_NOT_READY:
    'This contact has not finished connecting yet. Wait until they accept your invitation.',
  SYNC_BAD_PAYLOAD: `One of your devices sent something Meow cannot use. ${UPDATE}`,
  SYNC_NOT_PRIMARY:
    'Your device that talks to this contact was removed or cannot be reached. Retry; if it fails again, choose "Make this device primary" in the conversation.',
  DEVICE_NOT_FOUND: 'That device is not known here. Refresh the list of devices.',
  DEVICE_NOT_CONFIRMABLE:
    'That pairing is no longer waiting for confirmation. Start a new one if you still need it.',
  DEVICE_REVOKED:
    'This device has been removed from your account. Pair it again from one of your other devices.',
  DEVICE_PAIRING_EXPIRED:
    'This pairing expired before it was confirmed. Start a new one on your other device.',
  DEVICE_PAIRING_CODE_DENIED:
    'That code has expired, or the code or its password is wrong. Check them, or start a new pairing on your other device.',
  PEER_BLOCKED: 'You blocked this contact. Unblock them to send messages.',
  PEER_NOT_FOUND: 'That contact no longer exists. It may have been deleted on another device.',
  INVITATION_NOT_PENDING:
    'That invitation was already accepted. Delete the contact instead if you no longer want it.',
  MESSAGE_NOT_YOURS: 'Only messages you wrote can be edited or deleted for everyone.',
  MESSAGE_DELETED: 'That message was deleted and can no longer be changed.',
  MESSAGE_DELETE_WINDOW_PASSED:
    'Messages can be deleted for everyone only within 24 hours of sending. You can still delete it for yourself.',
};

/** The relay's own codes: in RELAY_REJECTED replies ("relay: CODE …") and failed messages. */
export const RELAY_SENTENCES: Readonly<Record<RelayCode, string>> = {
  MALFORMED: `The server could not read the request. ${UPDATE}`,
  UNSUPPORTED_VERSION: `The server speaks another version of Meow. ${UPDATE}`,
  BAD_SIGNATURE:
    "The server's key changed since you added it. Check with whoever runs it before you trust it again.",
  BOX_FAILED:
    "The server's key changed since you added it. Check with whoever runs it before you trust it again.",
  TOO_MANY_MESSAGES: 'Too much was sent at once. Try again.',
  TOO_MANY_KEYS: 'Too much was asked at once. Try again.',
  CLOCK_SKEW: "This computer's clock is wrong. Set the correct date and time, then retry.",
  NOT_FOUND: 'That address is not a Meow server. Check the address and try again.',
  METHOD_NOT_ALLOWED: 'That address is not a Meow server. Check the address and try again.',
  REPLAYED: 'The server saw this request before. Try again.',
  BODY_TOO_LARGE: 'That is too large for the server. Send something smaller.',
  RATE_LIMITED: 'The server is busy. Try again in a moment.',
  INTERNAL: 'The server had a problem. Try again later.',
  UNAVAILABLE: 'The server is not available right now. Try again later.',
  BLOB_DENIED: 'The server would not hand out this attachment. Ask the sender to send it again.',
  BLOB_NOT_FOUND: 'This attachment is no longer on the server. Ask the sender to send it again.',
  BLOB_CHUNK_MISSING: 'Part of this attachment has not reached the server yet. Try again later.',
  BLOB_EXISTS: `The server already holds a different attachment under this name. ${TRY_AGAIN}`,
  BLOB_EXPIRED: 'This attachment has expired on the server. Ask the sender to send it again.',
  BLOB_TOO_LARGE: 'That file is too large for the server. Send something smaller.',
  BLOB_BAD_SIZE: `The server could not read part of this attachment. ${UPDATE}`,
  BLOB_BAD_INDEX: `The server could not read part of this attachment. ${UPDATE}`,
  BLOB_HASH_MISMATCH: `Part of this attachment was damaged on the way. ${TRY_AGAIN}`,
  BLOB_QUOTA_EXCEEDED: 'The server has no room for attachments right now. Try again later.',
  BAD_DESTINATION: `The server could not tell where this goes. ${UPDATE}`,
  MESSAGE_TOO_LARGE: 'It is too large for the server. Shorten it and send it again.',
  NO_CAPABILITY:
    'This contact was added with an older version of Meow. Invite them again, then write to the new contact.',
  QUEUE_FULL: "The contact's mailbox on the server is full. Try again later.",
  BAD_PROOF: `The server did not accept this device's proof for its mailbox. ${TRY_AGAIN}`,
  INVITATION_DENIED:
    'That invitation has expired, or the shortcode or password is wrong. Check them.',
  BAD_INVITATION:
    'The server would not keep that invitation. Share it as text or a QR code instead.',
  SHORTCODE_EXHAUSTED: 'The server has no free short code right now. Try again in a moment.',
  BAD_OPERATION: `The server did not understand the request. ${UPDATE}`,
};

export const UI_SENTENCES: Readonly<Record<UiErrorCode, string>> = {
  DISCONNECTED: 'Lost the connection to Meow. Reconnecting… Try again in a moment.',
  QR_NOT_FOUND: 'No Meow code found in that image. Try a sharper picture of the code.',
  CAMERA_UNAVAILABLE: 'The camera is not available. Allow Meow to use it, or paste the text.',
  INVITATION_EXPIRED: 'That invitation has expired. Ask for a new one.',
  IMAGE_UNREADABLE: 'That file is not an image Meow can read. Choose a PNG or JPEG picture.',
};

/** What a code looks like: WORDS_IN_CAPITALS joined by underscores. */
const CODE_LIKE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/;

/**
 * Codes whose engine message is the better sentence: it names what was wrong and what to use
 * instead ("add a relay first", the https:// address, the fingerprint the relay has). These
 * messages never hold contents; the table's sentence is used when there is none.
 */
const ENGINE_WORDS: ReadonlySet<string> = new Set([
  'INVALID_ARGUMENT',
  'RELAY_HTTPS_REQUIRED',
  'RELAY_FINGERPRINT_MISMATCH',
  'RELAY_NO_NETWORK',
]);

/** A failed message whose reason is unknown (an older version stored none). */
const NOT_SENT = 'Not sent. Retry; if it fails again, check your connection.';

function lookup<K extends string>(table: Readonly<Record<K, string>>, code: string) {
  return Object.hasOwn(table, code) ? table[code as K] : undefined;
}

/** The sentence for a code from any of the tables; undefined for a code none knows. */
export function sentenceFor(code: string): string | undefined {
  return (
    lookup(ERROR_SENTENCES, code) ?? lookup(UI_SENTENCES, code) ?? lookup(RELAY_SENTENCES, code)
  );
}

/**
 * The sentence for a failed command (`code` and `message` of its ApiError). RELAY_REJECTED
 * names the relay's code in its message ("relay: CODE (…)", main/client/relay/errors.ts).
 */
export function errorSentence(code: string, message = ''): string {
  if (code === 'RELAY_REJECTED') {
    const named = message.match(/\b[A-Z][A-Z_]{3,}\b/g) ?? [];
    const relay = named.map((c) => lookup(RELAY_SENTENCES, c)).find((t) => t !== undefined);
    if (relay) return relay;
    if (/clock/.test(message)) return RELAY_SENTENCES.CLOCK_SKEW;
  }
  if (ENGINE_WORDS.has(code) && message !== '' && !CODE_LIKE.test(message)) {
    return asSentence(message);
  }
  return sentenceFor(code) ?? ERROR_SENTENCES.INTERNAL;
}

function asSentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
}

/** A failed message's reason (a code, never contents) as "Not sent. …". */
export function failureSentence(reason: string | null): string {
  const sentence = reason ? sentenceFor(reason) : undefined;
  return sentence ? `Not sent. ${sentence}` : NOT_SENT;
}
