/**
 * The safety code two people compare to verify each other (docs/PROTOCOL.md §9 "Safety
 * code"), in the manner of Signal's safety numbers: 60 digits, 30 from each side's keys.
 * One side's half: SHA-512 iterated 5200 times over (version ‖ identity key ‖ encryption key),
 * each round hashing the previous digest with the keys again; its first 30 bytes are read as
 * six 40-bit numbers, each mod 100000 as five digits. The two halves are put in sorted order,
 * so both people see the same 60 digits. Keys are per relationship (never shared across
 * contacts), so the code says "this conversation's keys are the ones my contact holds".
 */
import { createHash } from 'node:crypto';
import { concatBytes, sha256, utf8 } from '../../../core/crypto';
import { AppError } from '../../../core/errors';
import { toB64 } from '../b64';
import type { Peer } from '../model';
import { bytes } from './codec';

const VERSION = new Uint8Array([0, 1]);
const ITERATIONS = 5200;
const KEYS_DOMAIN = 'meow contact keys v1';
export const SAFETY_CODE_DIGITS = 60;

function half(identity: Uint8Array, encryption: Uint8Array): string {
  const keys = concatBytes(identity, encryption);
  let digest = concatBytes(VERSION, keys);
  for (let i = 0; i < ITERATIONS; i++) {
    digest = new Uint8Array(createHash('sha512').update(digest).update(keys).digest());
  }
  let out = '';
  for (let chunk = 0; chunk < 6; chunk++) {
    let value = 0;
    for (let b = 0; b < 5; b++) value = value * 256 + (digest[chunk * 5 + b] ?? 0);
    out += (value % 100_000).toString().padStart(5, '0');
  }
  return out;
}

/** The contact's keys as a relationship knows them; none before the handshake finished. */
function contactKeys(peer: Peer): [Uint8Array, Uint8Array] {
  if (peer.type !== 'peer' || !peer.contactPublicKey || !peer.contactEncryption) {
    throw new AppError('PEER_NOT_READY', 'a safety code needs a connected contact');
  }
  return [bytes(peer.contactPublicKey, 'key'), bytes(peer.contactEncryption, 'key')];
}

/** The 60 digits, in twelve groups of five ("12345 67890 …"), the same on both sides. */
export function safetyCode(peer: Peer): string {
  const theirs = half(...contactKeys(peer));
  const mine = half(
    bytes(peer.myIdentity.publicKey, 'key'),
    bytes(peer.myEncryptionKp.publicKey, 'key'),
  );
  const digits = [mine, theirs].sort().join('');
  return digits.match(/.{5}/g)?.join(' ') ?? digits;
}

/** A fingerprint of the contact's keys: what a verified mark was given for. */
export function contactKeysFingerprint(peer: Peer): string {
  return toB64(sha256(concatBytes(utf8(KEYS_DOMAIN), ...contactKeys(peer))));
}

/** Verified, and the contact's keys are still the ones that were verified. */
export function isVerified(peer: Peer): boolean {
  if (!peer.verified || !peer.contactPublicKey || !peer.contactEncryption) return false;
  return peer.verified.keys === contactKeysFingerprint(peer);
}

/** Marked verified once, but the contact's keys changed since. */
export function keysChangedSinceVerified(peer: Peer): boolean {
  return peer.verified !== undefined && !isVerified(peer);
}
