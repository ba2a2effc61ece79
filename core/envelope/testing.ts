import { boxPrecompute, dh, dhKeyPair, randomBytes, signKeyPair, type KeyPair } from '../crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../lookup';
import {
  deriveSessionSecret,
  initAnswerer,
  initInitiator,
  primeWithRemoteRatchetKey,
  ratchetPublicKey,
  type RatchetState,
} from '../ratchet';
import type { ChannelKeys } from './user';

/**
 * Two sides of one relationship set up the way an invitation does it (DESIGN.md §3), for
 * tests and benchmarks: fresh per-contact keys, a shared MySymKey, and a Double Ratchet
 * session started from the inviter's DrRootKey + DrKp mixed with the DH of both encryption keys.
 */
export interface Side {
  readonly keys: ChannelKeys;
  readonly lookup: LookupKeyPair;
  ratchet: RatchetState;
}

export interface Pair {
  readonly inviter: Side;
  readonly answerer: Side;
}

interface Material {
  identity: KeyPair;
  encryption: KeyPair;
  lookup: LookupKeyPair;
}

function material(): Material {
  return { identity: signKeyPair(), encryption: dhKeyPair(), lookup: newLookupKeyPair() };
}

function channel(me: Material, contact: Material, symKey: Uint8Array): ChannelKeys {
  return {
    symKey,
    boxKey: boxPrecompute(contact.encryption.publicKey, me.encryption.privateKey),
    myIdentity: me.identity.publicKey,
    contactIdentity: contact.identity.publicKey,
  };
}

/** A finalized relationship in which either side may send first. */
export function makePair(): Pair {
  const a = material();
  const b = material();
  const symKey = randomBytes(32);
  const drRootKey = randomBytes(32);
  const drKeyPair = dhKeyPair();

  const inviterSecret = deriveSessionSecret(
    drRootKey,
    dh(a.encryption.privateKey, b.encryption.publicKey),
  );
  const answererSecret = deriveSessionSecret(
    drRootKey,
    dh(b.encryption.privateKey, a.encryption.publicKey),
  );
  const answererRatchet = initAnswerer(answererSecret, drKeyPair.publicKey);
  const inviterRatchet = primeWithRemoteRatchetKey(
    initInitiator(inviterSecret, drKeyPair),
    ratchetPublicKey(answererRatchet),
  );
  return {
    inviter: { keys: channel(a, b, symKey), lookup: a.lookup, ratchet: inviterRatchet },
    answerer: { keys: channel(b, a, symKey), lookup: b.lookup, ratchet: answererRatchet },
  };
}
