import { dh, dhKeyPair, randomBytes } from '../crypto';
import { deriveSessionSecret } from './kdf';
import {
  initAnswerer,
  initInitiator,
  primeWithRemoteRatchetKey,
  ratchetPublicKey,
} from './ratchet';
import type { RatchetState } from './state';

/** Both ends of a fresh session, set up as an invitation does (DESIGN.md §3). */
export function ratchetPair(options: { prime?: boolean } = {}): {
  inviter: RatchetState;
  answerer: RatchetState;
} {
  const inviterEnc = dhKeyPair();
  const answererEnc = dhKeyPair();
  const drRootKey = randomBytes(32);
  const drKeyPair = dhKeyPair();
  const answerer = initAnswerer(
    deriveSessionSecret(drRootKey, dh(answererEnc.privateKey, inviterEnc.publicKey)),
    drKeyPair.publicKey,
  );
  const fresh = initInitiator(
    deriveSessionSecret(drRootKey, dh(inviterEnc.privateKey, answererEnc.publicKey)),
    drKeyPair,
  );
  const inviter =
    options.prime === false ? fresh : primeWithRemoteRatchetKey(fresh, ratchetPublicKey(answerer));
  return { inviter, answerer };
}
