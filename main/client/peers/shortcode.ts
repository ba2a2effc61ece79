import {
  aeadDecrypt,
  aeadEncrypt,
  argon2id,
  ARGON2ID_DEFAULT,
  ARGON2ID_SALT_BYTES,
  concatBytes,
  randomBytes,
  sha256,
  toBase64Url,
  utf8,
  type Argon2idParams,
} from '../../../core/crypto';
import { AppError, isAppError } from '../../../core/errors';
import { pad, unpad } from '../../../core/envelope';
import type { meow } from '../../../proto';
import { encodeCard, verifyCard } from './cards';

/**
 * Invitations parked at a relay's shortcode store (DESIGN.md §4 "Invitations"). The relay must
 * not be able to read them, so the card is sealed under a key only the password gives:
 *
 *   key     = Argon2id(normalize(password), salt, 32)         (params: ARGON2ID_DEFAULT in v1)
 *   payload = 0x01 ‖ salt(16) ‖ nonce(24) ‖ XChaCha20-Poly1305(key, pad(card), ad) ‖ tag(16)
 *   ad      = utf8("meow/shortcode/v1") ‖ 0x01 ‖ salt
 *
 * The card is padded (core/envelope buckets) so the stored size does not reveal the name
 * length or the number of servers. The version byte fixes the Argon2id parameters; tests may
 * inject cheaper ones, but both ends must then use the same.
 *
 * The relay also checks a password on GET (rate-limited guessing). It must NOT receive the
 * sealing password itself, or it could open the payload: send `shortcodeRelayPassword(pw)`,
 * an Argon2id derivation under a different, fixed salt, which opens nothing.
 */

export const SHORTCODE_FORMAT_VERSION = 1;
const AD_LABEL = utf8('meow/shortcode/v1');
const RELAY_SALT = sha256(utf8('meow/shortcode-relay/v1')).subarray(0, ARGON2ID_SALT_BYTES);
/** Crockford's base32: no I, L, O, U, so what is read aloud or typed is hard to get wrong. */
export const PASSWORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PASSWORD_GROUPS = 4;
const PASSWORD_GROUP_LENGTH = 4;
/** 8 characters of the alphabet = 40 bits, what PROTOCOL.md's relay rate limits assume. */
const MIN_PASSWORD_CHARS = 8;

/** 16 characters of a 32-symbol alphabet (80 bits), shown as XXXX-XXXX-XXXX-XXXX. */
export function generateInvitationPassword(): string {
  const random = randomBytes(PASSWORD_GROUPS * PASSWORD_GROUP_LENGTH);
  // 256 is a multiple of 32, so `byte & 31` is uniform over the alphabet.
  const chars = Array.from(random, (b) => PASSWORD_ALPHABET.charAt(b & 31));
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += PASSWORD_GROUP_LENGTH) {
    groups.push(chars.slice(i, i + PASSWORD_GROUP_LENGTH).join(''));
  }
  return groups.join('-');
}

/**
 * What a person types becomes what was generated: case, spaces and dashes do not matter, and
 * the look-alikes O→0, I/L→1 are folded as Crockford's base32 prescribes.
 */
export function normalizeInvitationPassword(password: string): string {
  return password
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export interface ShortcodeOptions {
  /** Argon2id cost; defaults to ARGON2ID_DEFAULT (the value format version 1 implies). */
  readonly argon2?: Argon2idParams;
}

export function sealInvitationForShortcode(
  card: meow.IContactCard,
  password: string,
  options: ShortcodeOptions = {},
): { payload: Uint8Array } {
  const salt = randomBytes(ARGON2ID_SALT_BYTES);
  const header = concatBytes(Uint8Array.of(SHORTCODE_FORMAT_VERSION), salt);
  const key = passwordKey(password, salt, options);
  const sealed = aeadEncrypt(key, pad(encodeCard(card)), concatBytes(AD_LABEL, header));
  key.fill(0);
  return { payload: concatBytes(header, sealed) };
}

/**
 * Opens and verifies a fetched shortcode payload; returns the inviter card.
 * INVITATION_BAD_PASSWORD when the password does not open it (a wrong password and a payload
 * altered by the relay are indistinguishable, by design of the AEAD), INVITATION_BAD_PAYLOAD
 * when it is not this format, INVITATION_BAD_CARD when the card inside does not verify.
 */
export function openInvitationFromShortcode(
  payload: Uint8Array,
  password: string,
  options: ShortcodeOptions = {},
): meow.ContactCard {
  const headerLength = 1 + ARGON2ID_SALT_BYTES;
  if (!(payload instanceof Uint8Array) || payload.length < headerLength + 40) {
    throw new AppError('INVITATION_BAD_PAYLOAD', 'shortcode payload is too short');
  }
  if (payload[0] !== SHORTCODE_FORMAT_VERSION) {
    throw new AppError('INVITATION_BAD_PAYLOAD', `unsupported shortcode format ${payload[0]}`);
  }
  const header = payload.subarray(0, headerLength);
  const key = passwordKey(password, header.subarray(1), options);
  let padded: Uint8Array;
  try {
    padded = aeadDecrypt(key, payload.subarray(headerLength), concatBytes(AD_LABEL, header));
  } catch (cause) {
    if (!isAppError(cause, 'CRYPTO_DECRYPT_FAILED')) throw cause;
    throw new AppError('INVITATION_BAD_PASSWORD', 'wrong invitation password', { cause });
  } finally {
    key.fill(0);
  }
  let cardBytes: Uint8Array;
  try {
    cardBytes = unpad(padded);
  } catch (cause) {
    throw new AppError('INVITATION_BAD_PAYLOAD', 'shortcode payload is badly padded', { cause });
  }
  return verifyCard(cardBytes, 'invitation');
}

/** The password to give the relay for CREATE/GET: derived, so it cannot open the payload. */
export function shortcodeRelayPassword(password: string, options: ShortcodeOptions = {}): string {
  return toBase64Url(passwordKey(password, RELAY_SALT, options, 16));
}

function passwordKey(
  password: string,
  salt: Uint8Array,
  options: ShortcodeOptions,
  length = 32,
): Uint8Array {
  const normalized = normalizeInvitationPassword(password);
  if (normalized.length < MIN_PASSWORD_CHARS) {
    throw new AppError(
      'INVITATION_BAD_PASSWORD',
      `an invitation password needs at least ${MIN_PASSWORD_CHARS} characters`,
    );
  }
  return argon2id(utf8(normalized), salt, length, options.argon2 ?? ARGON2ID_DEFAULT);
}
