import { describe, expect, it } from 'vitest';
import { boxPrecompute, dhKeyPair, fromHex, randomBytes } from '../../core/crypto';
import { isAppError } from '../../core/errors';
import {
  freshServerSession,
  openServerRequest,
  sealServerRequest,
  SIGNED_ENVELOPE_VERSION,
} from '../../core/envelope/server';
import { nativeBoxKeyWith } from './native-box-key';

/** Every X25519 point of small order and its non-canonical encodings (libsodium's list). */
const SMALL_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
].map(fromHex);

function badKey(fn: () => unknown): boolean {
  try {
    fn();
    return false;
  } catch (err) {
    if (isAppError(err, 'CRYPTO_BAD_KEY')) return true;
    throw err;
  }
}

describe('the relay box key with native X25519', () => {
  it('is the key libsodium precomputes, for random and non-canonical client keys', () => {
    const server = dhKeyPair();
    const boxKeyFor = nativeBoxKeyWith(server);
    const clientKeys = Array.from({ length: 100 }, () => dhKeyPair().publicKey);
    // Non-canonical (≥ p) and high-bit encodings: both libraries must read them alike.
    clientKeys.push(
      new Uint8Array(32).fill(0xff),
      randomBytes(32).map((b, i) => (i === 31 ? b | 0x80 : b)),
    );
    for (const from of clientKeys) {
      expect(boxKeyFor(from, 2)).toEqual(boxPrecompute(from, server.privateKey));
    }
  });

  it('refuses every small-order key as libsodium does, and a key of the wrong length', () => {
    const server = dhKeyPair();
    const boxKeyFor = nativeBoxKeyWith(server);
    for (const from of SMALL_ORDER) {
      expect(badKey(() => boxPrecompute(from, server.privateKey))).toBe(true);
      expect(badKey(() => boxKeyFor(from, 2))).toBe(true);
    }
    expect(badKey(() => boxKeyFor(randomBytes(31), 2))).toBe(true);
  });

  it('opens requests of both envelope versions, and refuses a low-order request key', () => {
    const server = dhKeyPair();
    const boxKeyFor = nativeBoxKeyWith(server);
    for (const version of [2, SIGNED_ENVELOPE_VERSION] as const) {
      const body = sealServerRequest(
        { uuid: `v${version}` },
        freshServerSession(server.publicKey, version),
      );
      expect(openServerRequest(body, server, boxKeyFor).request.uuid).toBe(`v${version}`);
    }
    const session = {
      ...freshServerSession(server.publicKey),
      clientKeyPair: {
        publicKey: SMALL_ORDER[1] ?? new Uint8Array(32),
        privateKey: new Uint8Array(32),
      },
    };
    const body = sealServerRequest({ uuid: 'low' }, session);
    expect(() => openServerRequest(body, server, boxKeyFor)).toThrow(
      expect.objectContaining({ code: 'ENVELOPE_BOX_FAILED' }),
    );
  });
});
