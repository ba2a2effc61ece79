import { fromBase64Url, toBase64Url } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import { encodeCard, MAX_CONTACT_CARD_BYTES, verifyCard } from './cards';

/**
 * The compact form of an inviter card for QR codes, pasted text and files:
 *
 *   meow:1:<base64url(ContactCard protobuf), no padding>
 *
 * `1` is the format version. Decoding ignores all whitespace (line breaks from chat apps and
 * e-mail, spaces from copying), and nothing else: any other stray character, a wrong prefix or
 * a card that does not verify is rejected, because a silently "repaired" invitation would set
 * up a relationship with the wrong keys.
 */

export const INVITATION_TEXT_PREFIX = 'meow:';
export const INVITATION_TEXT_VERSION = 1;
/** base64url of the largest accepted card, plus the prefix. */
const MAX_TEXT_CHARS = Math.ceil((MAX_CONTACT_CARD_BYTES * 4) / 3) + 16;

export function encodeInvitationText(card: meow.IContactCard): string {
  const body = toBase64Url(encodeCard(card));
  return `${INVITATION_TEXT_PREFIX}${INVITATION_TEXT_VERSION}:${body}`;
}

/**
 * Parses and verifies an invitation text; returns the verified inviter card.
 * INVITATION_BAD_PAYLOAD when the text is not an invitation (or a version we do not speak),
 * INVITATION_BAD_CARD when it is one but its card does not verify.
 */
export function decodeInvitationText(text: string): meow.ContactCard {
  if (typeof text !== 'string') throw bad('not text');
  const compact = text.replace(/\s+/g, '');
  if (compact.length > MAX_TEXT_CHARS) throw bad('too long to be an invitation');
  const match = /^meow:(\d{1,3}):([A-Za-z0-9_-]+)$/.exec(compact);
  if (!match) throw bad('expected "meow:1:…" followed by base64url');
  const [, version = '', body = ''] = match;
  if (Number(version) !== INVITATION_TEXT_VERSION) {
    throw bad(`invitation format version ${version} is not supported by this app version`);
  }
  let cardBytes: Uint8Array;
  try {
    cardBytes = fromBase64Url(body);
  } catch (cause) {
    throw new AppError('INVITATION_BAD_PAYLOAD', 'invitation text is not valid base64url', {
      cause,
    });
  }
  return verifyCard(cardBytes, 'invitation');
}

function bad(message: string): AppError {
  return new AppError('INVITATION_BAD_PAYLOAD', `not a Meow invitation: ${message}`);
}
