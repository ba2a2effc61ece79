import { describe, expect, it } from 'vitest';
import { randomBytes, toHex } from '../crypto';
import {
  grantsSend,
  lookupKeyFromSendToken,
  lookupKeyPairFromSecret,
  newLookupKeyPair,
  provesLookupKey,
} from './index';

describe('lookup keys', () => {
  it('derive deterministically from the secret and prove ownership', () => {
    const kp = newLookupKeyPair();
    const again = lookupKeyPairFromSecret(kp.secret);
    expect(toHex(again.lookupKey)).toBe(toHex(kp.lookupKey));
    expect(provesLookupKey(kp.lookupKey, kp.pullToken)).toBe(true);
  });

  it('reject a wrong, truncated or borrowed token', () => {
    const a = newLookupKeyPair();
    const b = newLookupKeyPair();
    expect(provesLookupKey(a.lookupKey, b.pullToken)).toBe(false);
    expect(provesLookupKey(a.lookupKey, randomBytes(32))).toBe(false);
    expect(provesLookupKey(a.lookupKey, a.pullToken.subarray(1))).toBe(false);
    // Knowing the address (what contacts know) is not a proof.
    expect(provesLookupKey(a.lookupKey, a.lookupKey)).toBe(false);
  });
});

describe('send capability', () => {
  it('lets the holder of the send token push, and nobody else', () => {
    const a = newLookupKeyPair();
    const b = newLookupKeyPair();
    expect(grantsSend(a.lookupKey, a.sendToken)).toBe(true);
    expect(grantsSend(a.lookupKey, b.sendToken)).toBe(false);
    expect(grantsSend(a.lookupKey, a.lookupKey)).toBe(false);
    expect(grantsSend(a.lookupKey, a.sendToken.subarray(1))).toBe(false);
  });

  it('does not let the send token pull, nor the pull token stand in for it', () => {
    const a = newLookupKeyPair();
    expect(provesLookupKey(a.lookupKey, a.sendToken)).toBe(false);
    expect(grantsSend(a.lookupKey, a.pullToken)).toBe(false);
    expect(lookupKeyFromSendToken(a.sendToken)).toEqual(a.lookupKey);
  });
});
