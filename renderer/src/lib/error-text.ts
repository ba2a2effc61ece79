/**
 * Clear, human sentences for API error codes. The engine's own message is safe to show
 * (contract.ts) and is used when a code has no sentence here.
 */
import { toApiError } from '../transport/errors';

/** UI-side codes (not from the engine). */
export const QR_NOT_FOUND = 'QR_NOT_FOUND';
export const CAMERA_UNAVAILABLE = 'CAMERA_UNAVAILABLE';
export const INVITATION_EXPIRED = 'INVITATION_EXPIRED';
export const IMAGE_UNREADABLE = 'IMAGE_UNREADABLE';

const TEXTS: Readonly<Record<string, string>> = {
  IDENTITY_BAD_PASSWORD: 'Wrong password',
  IDENTITY_EXISTS: 'There is already an identity on this computer',
  IDENTITY_NOT_FOUND: 'There is no identity on this computer yet',
  IDENTITY_CORRUPT: 'Your identity file is damaged and cannot be opened',
  INVITATION_BAD_PAYLOAD: 'That is not a valid invitation',
  INVITATION_BAD_CARD: 'That is not a valid invitation',
  INVITATION_BAD_PASSWORD: 'Wrong invitation password',
  INVITATION_BAD_ANSWER: 'The answer to that invitation is not valid',
  INVITATION_ALREADY_USED: 'That invitation has already been used',
  [INVITATION_EXPIRED]: 'That invitation has expired',
  PEER_NOT_READY: 'This contact has not finished connecting yet',
  RELAY_UNAVAILABLE: 'Cannot reach the server. Check the address and your connection',
  RELAY_KEY_CHANGED: "The server's key changed since you added it",
  RELAY_RATE_LIMITED: 'The server is busy. Try again in a moment',
  RELAY_BAD_REPLY: 'The server sent a reply Meow does not understand',
  // A failed message's reasons from the relay (PROTOCOL.md §8): sentences, not codes.
  NO_CAPABILITY:
    'Not sent: this contact was added with an older version of Meow. Invite them again',
  MESSAGE_TOO_LARGE: 'Not sent: too large for the server',
  CLOCK_SKEW: "Not sent: this computer's clock is wrong. Set the correct date and time, then retry",
  STORAGE_LOCKED: 'Meow is locked',
  STORAGE_IO: 'Meow could not read or write its files',
  DEVICE_NOT_FOUND: 'That device is not known here',
  DEVICE_NOT_CONFIRMABLE: 'That pairing is no longer waiting for confirmation',
  DEVICE_REVOKED: 'This device has been removed from your account',
  DEVICE_PAIRING_EXPIRED:
    'This pairing expired before it was confirmed. Start a new one on your other device',
  DEVICE_PAIRING_CODE_DENIED:
    'That code has expired, or the code or its password is wrong. Check them, or start a new pairing on your other device',
  MESSAGE_NOT_YOURS: 'Only messages you wrote can be edited or deleted for everyone',
  MESSAGE_DELETED: 'That message was deleted and can no longer be changed',
  MESSAGE_DELETE_WINDOW_PASSED:
    'Messages can be deleted for everyone only within 24 hours of sending. You can still delete it for yourself',
  DISCONNECTED: 'Lost the connection to Meow. Reconnecting…',
  [QR_NOT_FOUND]: 'No Meow code found in that image',
  [CAMERA_UNAVAILABLE]: 'The camera is not available',
  [IMAGE_UNREADABLE]: 'That file is not an image Meow can read',
  INTERNAL: 'Something went wrong',
};

const SELF_EXPLAINING = new Set([
  'INVALID_ARGUMENT',
  'RELAY_HTTPS_REQUIRED',
  'RELAY_FINGERPRINT_MISMATCH',
  'RELAY_NO_NETWORK',
]);

/** For RELAY_REJECTED the relay's own code (in the message) says what happened. */
function relayRejected(message: string): string {
  if (/INVITATION_DENIED|expired|not found/i.test(message)) {
    return 'That invitation has expired, or the shortcode or password is wrong';
  }
  return `The server refused the request (${message})`;
}

export function errorText(err: unknown): string {
  const { code, message } = toApiError(err);
  if (code === 'RELAY_REJECTED') return relayRejected(message);
  const text = TEXTS[code];
  if (text) return text;
  // The engine's sentence already says what to do (use https://, or compare fingerprints).
  if (SELF_EXPLAINING.has(code)) return capitalize(message);
  return `${capitalize(message)} (${code})`;
}

/** A failed message's reason (an error code, never contents) as a sentence. */
export function failureText(reason: string | null): string {
  if (!reason) return 'Not sent';
  return TEXTS[reason] ?? `Not sent (${reason})`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
