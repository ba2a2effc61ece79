import * as nodeCrypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hkdf, randomBytes, toHex, utf8 } from '../crypto';
import { decodeHeader, decodeRatchetMessage, encodeHeaderAfter, HEADER_BYTES } from './header';
import { deriveSessionSecret, kdfChain, kdfRoot, messageKeyMaterial } from './kdf';

/** Independent HKDF-SHA256 from OpenSSL, the reference for our parameter choices. */
function nodeHkdf(ikm: Uint8Array, salt: Uint8Array, info: string, length: number): string {
  return Buffer.from(nodeCrypto.hkdfSync('sha256', ikm, salt, utf8(info), length)).toString('hex');
}

function nodeHmac(key: Uint8Array, data: Uint8Array): string {
  return nodeCrypto.createHmac('sha256', key).update(data).digest('hex');
}

describe('ratchet KDFs match their definitions (cross-checked with node:crypto)', () => {
  it('KDF_RK = HKDF(ikm = dh_out, salt = rk, "MeowDR/v1/root", 64) split 32/32', () => {
    for (let i = 0; i < 20; i++) {
      const rk = randomBytes(32);
      const dhOut = randomBytes(32);
      const expected = nodeHkdf(dhOut, rk, 'MeowDR/v1/root', 64);
      const { rootKey, chainKey } = kdfRoot(rk, dhOut);
      expect(toHex(rootKey) + toHex(chainKey)).toBe(expected);
    }
  });

  it('KDF_CK: mk = HMAC(ck, 0x01), ck′ = HMAC(ck, 0x02)', () => {
    const ck = randomBytes(32);
    const { chainKey, messageKey } = kdfChain(ck);
    expect(toHex(messageKey)).toBe(nodeHmac(ck, Uint8Array.of(1)));
    expect(toHex(chainKey)).toBe(nodeHmac(ck, Uint8Array.of(2)));
  });

  it('message key schedule = HKDF(mk, 32 zero bytes, "MeowDR/v1/message", 56) → key ‖ nonce', () => {
    for (let i = 0; i < 20; i++) {
      const mk = randomBytes(32);
      const expected = nodeHkdf(mk, new Uint8Array(32), 'MeowDR/v1/message', 56);
      expect(toHex(hkdf(mk, new Uint8Array(32), utf8('MeowDR/v1/message'), 56))).toBe(expected);
      const { key, nonce } = messageKeyMaterial(mk);
      expect(toHex(key) + toHex(nonce)).toBe(expected);
    }
  });

  it('SK = HKDF(DrRootKey ‖ DH output, 32 zero bytes, "MeowDR/v1/session", 32)', () => {
    const drRootKey = randomBytes(32);
    const dhOut = randomBytes(32);
    const expected = nodeHkdf(
      Buffer.concat([drRootKey, dhOut]),
      new Uint8Array(32),
      'MeowDR/v1/session',
      32,
    );
    expect(toHex(deriveSessionSecret(drRootKey, dhOut))).toBe(expected);
    expect(() => deriveSessionSecret(drRootKey.subarray(1), dhOut)).toThrow(
      expect.objectContaining({ code: 'CRYPTO_BAD_KEY' }) as Error,
    );
  });
});

describe('ratchet header and message framing', () => {
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

  it('a message needs a 40-byte header and a 16-byte tag at least', () => {
    expect(() => decodeRatchetMessage(new Uint8Array(HEADER_BYTES + 15))).toThrow(
      expect.objectContaining({ code: 'RATCHET_BAD_HEADER' }) as Error,
    );
    const ok = decodeRatchetMessage(new Uint8Array(HEADER_BYTES + 16));
    expect(ok.header.length).toBe(HEADER_BYTES);
    expect(ok.ciphertext.length).toBe(16);
  });
});
