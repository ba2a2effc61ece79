import { describe, expect, it } from 'vitest';
import { meow } from '../../proto';
import { dhKeyPair, fingerprint, sign, signKeyPair } from '../crypto';
import { isAppError, type ErrorCode } from '../errors';
import { encodeProto } from '../wire';
import { cardFingerprint, verifyServerCard } from '.';

/** A card signed the way the relay signs it (server/keys.ts buildServerCard). */
function signedCard(overrides: meow.IServerCard = {}): {
  card: meow.ServerCard;
  bytes: Uint8Array;
  signing: ReturnType<typeof signKeyPair>;
} {
  const signing = signKeyPair();
  const card = meow.ServerCard.create({
    name: 'test relay',
    url: 'http://127.0.0.1:1234',
    publicKey: dhKeyPair().publicKey,
    protocolVersion: 1,
    limits: { maxBodyBytes: 1024, maxLongPollMs: 60_000 },
    software: 'meow-relay/test',
    signingKey: signing.publicKey,
    ...overrides,
  });
  card.signature = sign(encodeProto(meow.ServerCard, card), signing.privateKey);
  return { card, bytes: encodeProto(meow.ServerCard, card), signing };
}

/** A copy of `card` with some fields replaced (the signature kept). */
function changed(card: meow.ServerCard, change: meow.IServerCard): meow.ServerCard {
  return Object.assign(meow.ServerCard.create(card), change);
}

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (err) {
    if (isAppError(err)) return err.code;
    throw err;
  }
  return undefined;
}

describe('verifyServerCard', () => {
  it('accepts a well-signed card given as bytes or as an object', () => {
    const { card, bytes } = signedCard();
    const fromBytes = verifyServerCard(bytes);
    expect(Uint8Array.from(fromBytes.publicKey)).toEqual(Uint8Array.from(card.publicKey));
    expect(fromBytes.limits?.maxLongPollMs).toBe(60_000);
    expect(verifyServerCard(card).name).toBe('test relay');
    expect(cardFingerprint(fromBytes)).toBe(fingerprint(card.publicKey));
  });

  it('accepts matching pinned keys and rejects different ones', () => {
    const { card, bytes } = signedCard();
    expect(() =>
      verifyServerCard(bytes, { publicKey: card.publicKey, signingKey: card.signingKey }),
    ).not.toThrow();
    expect(codeOf(() => verifyServerCard(bytes, { publicKey: dhKeyPair().publicKey }))).toBe(
      'CARD_KEY_MISMATCH',
    );
    expect(codeOf(() => verifyServerCard(bytes, { signingKey: signKeyPair().publicKey }))).toBe(
      'CARD_KEY_MISMATCH',
    );
  });

  it('rejects any change to a signed field', () => {
    const { card } = signedCard();
    const tampered: meow.IServerCard[] = [
      changed(card, { name: 'evil relay' }),
      changed(card, { url: 'http://evil.example' }),
      changed(card, { publicKey: dhKeyPair().publicKey }),
      changed(card, { limits: { maxBodyBytes: 1 } }),
      changed(card, { signingKey: signKeyPair().publicKey }),
    ];
    for (const changed of tampered) {
      expect(codeOf(() => verifyServerCard(changed))).toBe('CARD_BAD_SIGNATURE');
    }
  });

  it('rejects a flipped bit anywhere in the encoded card', () => {
    const { bytes } = signedCard();
    for (let i = 0; i < bytes.length; i++) {
      const copy = Uint8Array.from(bytes);
      copy[i] = (copy[i] ?? 0) ^ 0x01;
      const code = codeOf(() => verifyServerCard(copy));
      expect(code, `byte ${i}`).toMatch(/^CARD_(INVALID|BAD_SIGNATURE)$/);
    }
  });

  it('rejects malformed cards with CARD_INVALID', () => {
    const bad: meow.IServerCard[] = [
      { publicKey: new Uint8Array(31) },
      { protocolVersion: 2 },
      { url: 'ftp://relay.example' },
      { url: 'not a url' },
      { name: 'x'.repeat(1000) },
    ];
    for (const overrides of bad) {
      const { bytes } = signedCard(overrides);
      expect(codeOf(() => verifyServerCard(bytes))).toBe('CARD_INVALID');
    }
    expect(codeOf(() => verifyServerCard(new Uint8Array([0xff, 0xff, 0xff])))).toBe('CARD_INVALID');
    expect(codeOf(() => verifyServerCard(new Uint8Array(20_000)))).toBe('CARD_INVALID');
    const { card } = signedCard();
    expect(codeOf(() => verifyServerCard(changed(card, { signature: new Uint8Array(0) })))).toBe(
      'CARD_INVALID',
    );
  });
});
