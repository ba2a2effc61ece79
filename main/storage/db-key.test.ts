import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import {
  generateDbKey,
  makeKeyCheck,
  openValue,
  sealValue,
  storageAd,
  verifyKeyCheck,
} from './db-key';
import { codeOf } from './testing/helpers';

describe('db key sealing', () => {
  const key = generateDbKey();
  const ad = storageAd('message', 'peer-1', 'uuid-1');

  it('round-trips and prefixes a version byte', () => {
    const sealed = sealValue(key, utf8('hello'), ad);
    expect(sealed[0]).toBe(1);
    expect(openValue(key, sealed, ad)).toEqual(utf8('hello'));
  });

  it('uses a fresh nonce every time', () => {
    expect(sealValue(key, utf8('x'), ad)).not.toEqual(sealValue(key, utf8('x'), ad));
  });

  it('binds the value to its row', () => {
    const sealed = sealValue(key, utf8('hello'), ad);
    const otherRow = storageAd('message', 'peer-1', 'uuid-2');
    expect(codeOf(() => openValue(key, sealed, otherRow))).toBe('STORAGE_CORRUPT');
  });

  it('rejects a wrong key, a bad version and truncation', () => {
    const sealed = sealValue(key, utf8('hello'), ad);
    expect(codeOf(() => openValue(generateDbKey(), sealed, ad))).toBe('STORAGE_CORRUPT');
    const bumped = Uint8Array.from(sealed);
    bumped[0] = 2;
    expect(codeOf(() => openValue(key, bumped, ad))).toBe('STORAGE_CORRUPT');
    expect(codeOf(() => openValue(key, sealed.subarray(0, 20), ad))).toBe('STORAGE_CORRUPT');
  });

  it('refuses keys of the wrong size', () => {
    expect(codeOf(() => sealValue(new Uint8Array(16), utf8('x'), ad))).toBe('INVALID_ARGUMENT');
  });

  it('builds unambiguous associated data', () => {
    expect(storageAd('ab', 'c')).not.toEqual(storageAd('a', 'bc'));
    expect(storageAd('a', '')).not.toEqual(storageAd('a'));
  });

  it('tells a wrong db key apart with the key check', () => {
    const check = makeKeyCheck(key, 'peer');
    expect(
      codeOf(() => {
        verifyKeyCheck(key, check, 'peer');
      }),
    ).toBe('no error');
    const wrongKey = generateDbKey();
    expect(
      codeOf(() => {
        verifyKeyCheck(wrongKey, check, 'peer');
      }),
    ).toBe('STORAGE_WRONG_KEY');
  });
});
