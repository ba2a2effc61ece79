import { fromBase64Url, toBase64Url, type KeyPair } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import type { meow } from '../../../proto';
import type { B64, KeyPairJson, Peer, ServerRef } from '../model';

/**
 * Conversions between the JSON model (base64url strings) and the bytes the protocol code works
 * on. A Peer comes from our own encrypted storage, so a field that does not decode means the
 * record is broken, not that someone is attacking us; it is still an AppError, never a TypeError.
 */

export const b64 = toBase64Url;

export function bytes(value: B64, what: string): Uint8Array {
  try {
    return fromBase64Url(value);
  } catch (cause) {
    throw new AppError('INVALID_ARGUMENT', `${what} is not base64url`, { cause });
  }
}

export function keyPairJson(kp: KeyPair): KeyPairJson {
  return { publicKey: b64(kp.publicKey), privateKey: b64(kp.privateKey) };
}

export function keyPairBytes(kp: KeyPairJson, what: string): KeyPair {
  return { publicKey: bytes(kp.publicKey, what), privateKey: bytes(kp.privateKey, what) };
}

/**
 * A relay as it travels in a ContactCard: only what a contact needs to reach our queue. The
 * relay's own card signature and limits are left out; the ContactCard's signature covers these
 * fields, and the contact fetches fresh limits from the relay itself.
 */
export function serverCardOf(ref: ServerRef): meow.IServerCard {
  return {
    url: ref.url,
    name: ref.name,
    publicKey: bytes(ref.publicKey, 'server public key'),
    signingKey: bytes(ref.signingKey, 'server signing key'),
  };
}

/** Only for cards that `verifyCard` accepted (lengths and URL already checked). */
export function serverRefOf(card: meow.IServerCard): ServerRef {
  return {
    url: card.url ?? '',
    name: card.name ?? '',
    publicKey: b64(card.publicKey ?? new Uint8Array(0)),
    signingKey: b64(card.signingKey ?? new Uint8Array(0)),
  };
}

/** The contact keys a finalized relationship must have; PEER_NOT_READY otherwise. */
export interface ContactKeys {
  readonly identity: Uint8Array;
  readonly encryption: Uint8Array;
  readonly lookupKey: Uint8Array;
}

export function contactKeysOf(peer: Peer): ContactKeys {
  const { contactPublicKey, contactEncryption, contactLookupKey } = peer;
  if (contactPublicKey === null || contactEncryption === null || contactLookupKey === null) {
    throw new AppError('PEER_NOT_READY', 'the invitation with this peer is not complete yet');
  }
  return {
    identity: bytes(contactPublicKey, 'contact public key'),
    encryption: bytes(contactEncryption, 'contact encryption key'),
    lookupKey: bytes(contactLookupKey, 'contact lookup key'),
  };
}
