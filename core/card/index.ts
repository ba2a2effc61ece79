import { meow } from '../../proto';
import {
  constantTimeEqual,
  ED25519_PUBLIC_KEY_BYTES,
  ED25519_SIGNATURE_BYTES,
  fingerprint,
  verify,
  X25519_KEY_BYTES,
} from '../crypto';
import { AppError, isAppError } from '../errors';
import { decodeProto, encodeProto } from '../wire';

/**
 * Relay ServerCards as clients see them (docs/PROTOCOL.md §8 "GET /card"). The relay signs the
 * card with its Ed25519 `signing_key` over the card encoded with an empty `signature` field —
 * exactly what `server/keys.ts` `buildServerCard` does; this module is the client-side check
 * (core cannot import server/). A card is accepted only when every field a client relies on is
 * well-formed and the self-signature verifies; with `pinned`, its keys must also equal the keys
 * pinned when the relay was added.
 */
export const CARD_PROTOCOL_VERSION = 1;
/** Bounds on the free-text fields, so a hostile card cannot bloat what we store and show. */
const MAX_CARD_NAME = 200;
const MAX_CARD_URL = 2048;
const MAX_CARD_SOFTWARE = 200;
/** A card is a few hundred bytes; anything far larger is not a card. */
export const MAX_CARD_BYTES = 16 * 1024;

export interface PinnedCardKeys {
  /** X25519 box key pinned when the relay was added. */
  readonly publicKey?: Uint8Array;
  /** Ed25519 card-signing key pinned when the relay was added. */
  readonly signingKey?: Uint8Array;
}

/**
 * Decodes (when given bytes) and verifies a ServerCard; returns the decoded card.
 * Throws AppError CARD_INVALID (malformed, wrong lengths, unsupported protocol version, bad URL),
 * CARD_BAD_SIGNATURE (self-signature does not verify) or CARD_KEY_MISMATCH (differs from `pinned`).
 */
export function verifyServerCard(
  input: Uint8Array | meow.IServerCard,
  pinned: PinnedCardKeys = {},
): meow.ServerCard {
  const card = input instanceof Uint8Array ? decodeCard(input) : meow.ServerCard.create(input);
  checkFields(card);
  // Same bytes the relay signed: the card re-encoded with `signature` empty (unknown fields the
  // decoder kept are re-emitted, so a newer relay's extra fields stay covered).
  const unsignedCard = meow.ServerCard.create(card);
  unsignedCard.signature = new Uint8Array(0);
  const unsigned = encodeProto(meow.ServerCard, unsignedCard);
  if (!verify(card.signature, unsigned, card.signingKey)) {
    throw new AppError('CARD_BAD_SIGNATURE', 'relay card signature does not verify');
  }
  if (pinned.publicKey && !sameBytes(card.publicKey, pinned.publicKey)) {
    throw new AppError(
      'CARD_KEY_MISMATCH',
      `relay box key changed (now ${fingerprint(card.publicKey)})`,
    );
  }
  if (pinned.signingKey && !sameBytes(card.signingKey, pinned.signingKey)) {
    throw new AppError('CARD_KEY_MISMATCH', 'relay card-signing key changed');
  }
  return card;
}

/** The fingerprint users compare for a relay: of its X25519 box key (PROTOCOL.md §8). */
export function cardFingerprint(card: meow.IServerCard): string {
  return fingerprint(card.publicKey ?? new Uint8Array(0));
}

function decodeCard(bytes: Uint8Array): meow.ServerCard {
  if (bytes.length > MAX_CARD_BYTES) {
    throw new AppError('CARD_INVALID', `relay card larger than ${MAX_CARD_BYTES} bytes`);
  }
  try {
    return decodeProto(meow.ServerCard, bytes);
  } catch (cause) {
    if (isAppError(cause, 'PROTO_DECODE_FAILED')) {
      throw new AppError('CARD_INVALID', 'relay card is not a valid ServerCard', { cause });
    }
    throw cause;
  }
}

function checkFields(card: meow.ServerCard): void {
  const problems: string[] = [];
  if (!(card.publicKey instanceof Uint8Array) || card.publicKey.length !== X25519_KEY_BYTES) {
    problems.push('public_key must be 32 bytes');
  }
  if (
    !(card.signingKey instanceof Uint8Array) ||
    card.signingKey.length !== ED25519_PUBLIC_KEY_BYTES
  ) {
    problems.push('signing_key must be 32 bytes');
  }
  if (
    !(card.signature instanceof Uint8Array) ||
    card.signature.length !== ED25519_SIGNATURE_BYTES
  ) {
    problems.push('signature must be 64 bytes');
  }
  if (card.protocolVersion !== CARD_PROTOCOL_VERSION) {
    problems.push(`protocol_version ${String(card.protocolVersion)} is not supported`);
  }
  if (typeof card.name !== 'string' || card.name.length > MAX_CARD_NAME) {
    problems.push('name too long');
  }
  if (typeof card.software !== 'string' || card.software.length > MAX_CARD_SOFTWARE) {
    problems.push('software too long');
  }
  if (!isHttpUrl(card.url)) problems.push('url must be an http(s) URL');
  if (problems.length > 0) {
    throw new AppError('CARD_INVALID', `invalid relay card: ${problems.join('; ')}`);
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_CARD_URL) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && constantTimeEqual(a, b);
}
