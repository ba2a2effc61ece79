import { dh, dhKeyPair, randomBytes, signKeyPair, type KeyPair } from '../crypto';
import { newLookupKeyPair, type LookupKeyPair } from '../lookup';
import {
  deriveSessionSecret,
  initAnswerer,
  initInitiator,
  primeWithRemoteRatchetKey,
  ratchetPublicKey,
  type RatchetState,
} from '../ratchet';
import { createChannel, type Channel } from './user';

/**
 * Two sides of one relationship set up the way an invitation does it (DESIGN.md §3), for
 * tests and benchmarks: fresh per-contact keys, a shared MySymKey, and a Double Ratchet
 * session started from the inviter's DrRootKey + DrKp mixed with the DH of both encryption keys.
 */
export interface Side {
  readonly channel: Channel;
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

function channel(me: Material, contact: Material, symKey: Uint8Array): Channel {
  return createChannel({
    symKey,
    myEncryptionPrivateKey: me.encryption.privateKey,
    contactEncryptionPublicKey: contact.encryption.publicKey,
    myIdentity: me.identity.publicKey,
    contactIdentity: contact.identity.publicKey,
    myLookupKey: me.lookup.lookupKey,
    contactLookupKey: contact.lookup.lookupKey,
  });
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
    inviter: { channel: channel(a, b, symKey), lookup: a.lookup, ratchet: inviterRatchet },
    answerer: { channel: channel(b, a, symKey), lookup: b.lookup, ratchet: answererRatchet },
  };
}
