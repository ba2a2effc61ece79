import { concatBytes, constantTimeEqual, hkdf, randomBytes, sha256, utf8 } from '../crypto';

/**
 * Queue addresses, the proof of owning one, and the capability to send to one (DESIGN.md §4,
 * docs/PROTOCOL.md §7 "Lookup keys, the pull proof and the send capability").
 *
 *   pullToken = HKDF-SHA256(ikm = lookup secret, salt = ∅, info = "meow/pull-token/v1", 32)
 *   sendToken = SHA-256("meow/send-token/v1" ‖ pullToken)
 *   lookupKey = SHA-256("meow/lookup/v2" ‖ sendToken)
 *
 * The owner keeps the secret; the contact who writes to the queue gets `sendToken` (and the
 * address it hashes to); everyone else at most sees the address. Pushing needs `sendToken`
 * (one SHA-256 at the relay), pulling or acking needs `pullToken` (two), so knowing an address
 * — every invitation card shows one — is not enough to fill a queue, and holding the send
 * capability is not enough to read or drain it. Both tokens travel only inside the box to the
 * relay.
 */
const TOKEN_INFO = utf8('meow/pull-token/v1');
const SEND_DOMAIN = utf8('meow/send-token/v1');
const LOOKUP_DOMAIN = utf8('meow/lookup/v2');
export const LOOKUP_SECRET_BYTES = 32;
export const LOOKUP_KEY_BYTES = 32;
export const SEND_TOKEN_BYTES = 32;

/** `MyLookupKp`: the secret stays on our devices, the public part is the queue address. */
export interface LookupKeyPair {
  readonly secret: Uint8Array;
  readonly pullToken: Uint8Array;
  /** What the contact needs to push here; handed over in cards and address updates. */
  readonly sendToken: Uint8Array;
  readonly lookupKey: Uint8Array;
}

export function sendTokenFromPullToken(pullToken: Uint8Array): Uint8Array {
  return sha256(concatBytes(SEND_DOMAIN, pullToken));
}

/** The address a send capability writes to. */
export function lookupKeyFromSendToken(sendToken: Uint8Array): Uint8Array {
  return sha256(concatBytes(LOOKUP_DOMAIN, sendToken));
}

export function lookupKeyFromToken(pullToken: Uint8Array): Uint8Array {
  return lookupKeyFromSendToken(sendTokenFromPullToken(pullToken));
}

export function lookupKeyPairFromSecret(secret: Uint8Array): LookupKeyPair {
  const pullToken = hkdf(secret, new Uint8Array(0), TOKEN_INFO, 32);
  const sendToken = sendTokenFromPullToken(pullToken);
  return { secret, pullToken, sendToken, lookupKey: lookupKeyFromSendToken(sendToken) };
}

export function newLookupKeyPair(): LookupKeyPair {
  return lookupKeyPairFromSecret(randomBytes(LOOKUP_SECRET_BYTES));
}

/** The relay's check: does `pullToken` prove ownership of `lookupKey`? */
export function provesLookupKey(lookupKey: Uint8Array, pullToken: Uint8Array): boolean {
  if (lookupKey.length !== LOOKUP_KEY_BYTES || pullToken.length !== 32) return false;
  return constantTimeEqual(lookupKeyFromToken(pullToken), lookupKey);
}

/** The relay's push check: may the holder of `sendToken` write to `lookupKey`? */
export function grantsSend(lookupKey: Uint8Array, sendToken: Uint8Array): boolean {
  if (lookupKey.length !== LOOKUP_KEY_BYTES || sendToken.length !== SEND_TOKEN_BYTES) {
    return false;
  }
  return constantTimeEqual(lookupKeyFromSendToken(sendToken), lookupKey);
}
