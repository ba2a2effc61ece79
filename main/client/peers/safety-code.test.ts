import { describe, expect, it } from 'vitest';
import { randomBytes, toBase64Url } from '../../../core/crypto';
import type { Peer } from '../model';
import { createInvitingPeer } from './new-peer';
import {
  contactKeysFingerprint,
  isVerified,
  keysChangedSinceVerified,
  safetyCode,
} from './safety-code';
import { expectCode, NOW, server } from './test-fixtures';

function fresh(): Peer {
  return createInvitingPeer({
    type: 'peer',
    name: 'x',
    myName: 'y',
    myPullServers: [server('r')],
    now: NOW,
  });
}

/** Two ends of one relationship: each holds the other's public keys. */
function pair(): [Peer, Peer] {
  const [a, b] = [fresh(), fresh()];
  const link = (me: Peer, them: Peer): Peer => ({
    ...me,
    contactPublicKey: them.myIdentity.publicKey,
    contactEncryption: them.myEncryptionKp.publicKey,
  });
  return [link(a, b), link(b, a)];
}

describe('safety code', () => {
  it('is the same 60 digits on both sides, and another relationship has another', () => {
    const [alice, bob] = pair();
    const code = safetyCode(alice);
    expect(code).toMatch(/^(\d{5} ){11}\d{5}$/);
    expect(safetyCode(bob)).toBe(code);
    expect(safetyCode(pair()[0])).not.toBe(code);
  });

  it('needs a connected contact', () => {
    expectCode(() => safetyCode(fresh()), 'PEER_NOT_READY');
  });

  it('a verified mark holds for the keys it was given for, and a key change clears it', () => {
    const [alice] = pair();
    expect(isVerified(alice)).toBe(false);
    const verified = { ...alice, verified: { keys: contactKeysFingerprint(alice), at: NOW } };
    expect(isVerified(verified)).toBe(true);
    expect(keysChangedSinceVerified(verified)).toBe(false);
    const changed = { ...verified, contactPublicKey: toBase64Url(randomBytes(32)) };
    expect(isVerified(changed)).toBe(false);
    expect(keysChangedSinceVerified(changed)).toBe(true);
  });
});
