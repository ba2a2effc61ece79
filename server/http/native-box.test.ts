import { describe, expect, it } from 'vitest';
import {
  boxPrecompute,
  dhKeyPair,
  fromHex,
  signKeyPair,
  signPublicKeyToDh,
  signPrivateKeyToDh,
} from '../../core/crypto';
import { isAppError } from '../../core/errors';
import { SERVER_ENVELOPE_VERSION, SIGNED_ENVELOPE_VERSION } from '../../core/envelope/server';
import { agreesNatively, nativeBoxKeys } from './native-box';

/** Public keys whose every product is zero, encoded canonically or not (RFC 7748 §5, §6.1). */
const LOW_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  '0000000000000000000000000000000000000000000000000000000000000080',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b880',
].map(fromHex);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
    return undefined;
  } catch (err) {
    return isAppError(err) ? err.code : 'not an AppError';
  }
}

describe('nativeBoxKeys: the relay’s box-key agreement through native X25519', () => {
  const relay = dhKeyPair();
  const boxKeyFor = nativeBoxKeys(relay);

  it('is in use on Node (the known-answer check against libsodium passes)', () => {
    expect(agreesNatively(relay)).toBe(true);
  });

  it('gives the key the client computes with libsodium, for any client key', () => {
    for (let i = 0; i < 50; i++) {
      const client = dhKeyPair();
      expect(boxKeyFor(client.publicKey, SERVER_ENVELOPE_VERSION)).toEqual(
        boxPrecompute(relay.publicKey, client.privateKey),
      );
    }
  });

  it('matches libsodium for keys that are not canonical (u ≥ p, top bit set)', () => {
    const odd = [
      'efffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
      'f0ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff',
      '0900000000000000000000000000000000000000000000000000000000000080',
    ].map(fromHex);
    const topBit = dhKeyPair().publicKey.map((b, i) => (i === 31 ? b | 0x80 : b));
    for (const from of [...odd, topBit]) {
      expect(boxKeyFor(from, SERVER_ENVELOPE_VERSION)).toEqual(
        boxPrecompute(from, relay.privateKey),
      );
    }
  });

  it('refuses low-order keys as libsodium does (CRYPTO_BAD_KEY)', () => {
    for (const from of LOW_ORDER) {
      expect(codeOf(() => boxPrecompute(from, relay.privateKey))).toBe('CRYPTO_BAD_KEY');
      expect(codeOf(() => boxKeyFor(from, SERVER_ENVELOPE_VERSION))).toBe('CRYPTO_BAD_KEY');
    }
  });

  it('leaves version 1 (Ed25519 keys) to libsodium', () => {
    const client = signKeyPair();
    expect(boxKeyFor(client.publicKey, SIGNED_ENVELOPE_VERSION)).toEqual(
      boxPrecompute(signPublicKeyToDh(client.publicKey), relay.privateKey),
    );
    expect(boxKeyFor(client.publicKey, SIGNED_ENVELOPE_VERSION)).toEqual(
      boxPrecompute(relay.publicKey, signPrivateKeyToDh(client.privateKey)),
    );
  });
});
