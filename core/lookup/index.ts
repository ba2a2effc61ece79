import { concatBytes, constantTimeEqual, hkdf, randomBytes, sha256, utf8 } from '../crypto';

/**
 * Queue addresses and the proof of owning one (DESIGN.md §4, docs/PROTOCOL.md "Lookup keys").
 *
 *   pullToken = HKDF-SHA256(ikm = lookup secret, salt = ∅, info = "meow/pull-token/v1", 32)
 *   lookupKey = SHA-256("meow/lookup/v1" ‖ pullToken)
 *
 * Contacts learn only `lookupKey` (they send to it). Pulling or acking a queue requires the
 * preimage `pullToken`, which travels only inside the box to the relay. Checking it costs the
 * relay one SHA-256 per key, so a long-poll over 1,000 keys stays cheap.
 */
const TOKEN_INFO = utf8('meow/pull-token/v1');
const LOOKUP_DOMAIN = utf8('meow/lookup/v1');
export const LOOKUP_SECRET_BYTES = 32;
export const LOOKUP_KEY_BYTES = 32;

/** `MyLookupKp`: the secret stays on our devices, the public part is the queue address. */
export interface LookupKeyPair {
  readonly secret: Uint8Array;
  readonly pullToken: Uint8Array;
  readonly lookupKey: Uint8Array;
}

export function lookupKeyFromToken(pullToken: Uint8Array): Uint8Array {
  return sha256(concatBytes(LOOKUP_DOMAIN, pullToken));
}

export function lookupKeyPairFromSecret(secret: Uint8Array): LookupKeyPair {
  const pullToken = hkdf(secret, new Uint8Array(0), TOKEN_INFO, 32);
  return { secret, pullToken, lookupKey: lookupKeyFromToken(pullToken) };
}

export function newLookupKeyPair(): LookupKeyPair {
  return lookupKeyPairFromSecret(randomBytes(LOOKUP_SECRET_BYTES));
}

/** The relay's check: does `pullToken` prove ownership of `lookupKey`? */
export function provesLookupKey(lookupKey: Uint8Array, pullToken: Uint8Array): boolean {
  if (lookupKey.length !== LOOKUP_KEY_BYTES || pullToken.length !== 32) return false;
  return constantTimeEqual(lookupKeyFromToken(pullToken), lookupKey);
}
