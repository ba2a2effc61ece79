import { describe, expect, it } from 'vitest';
import { hkdf, randomBytes, toHex, utf8 } from '../crypto';
import { decodeHeader, encodeHeaderAfter } from './header';
import { messageKeyMaterial } from './kdf';

describe('ratchet building blocks', () => {
  it('message key schedule equals generic HKDF(mk, zero salt, "MeowDR/v1/message", 56)', () => {
    for (let i = 0; i < 20; i++) {
      const mk = randomBytes(32);
      const expected = hkdf(mk, new Uint8Array(32), utf8('MeowDR/v1/message'), 56);
      const { key, nonce } = messageKeyMaterial(mk);
      expect(toHex(key)).toBe(toHex(expected.subarray(0, 32)));
      expect(toHex(nonce)).toBe(toHex(expected.subarray(32, 56)));
    }
  });

  it('header encodes after a prefix as dh ‖ pn ‖ n big-endian and decodes back', () => {
    const dh = randomBytes(32);
    const prefix = randomBytes(7);
    const out = encodeHeaderAfter(prefix, { dh, pn: 0x01020304, n: 0xfffffffe });
    expect(toHex(out.subarray(0, 7))).toBe(toHex(prefix));
    expect(toHex(out.subarray(39))).toBe('01020304fffffffe');
    const header = decodeHeader(out.subarray(7));
    expect(toHex(header.dh)).toBe(toHex(dh));
    expect(header.pn).toBe(0x01020304);
    expect(header.n).toBe(0xfffffffe);
  });
});
