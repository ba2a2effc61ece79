import { describe, expect, it } from 'vitest';
import { randomBytes, toHex, utf8 } from '../crypto';
import { AppError } from '../errors';
import { ratchetDecrypt, ratchetEncrypt } from './ratchet';
import { serializeRatchetState } from './state';
import { ratchetPair } from './testing';

describe('ratchetDecrypt under 10,000 random and mutated messages', () => {
  it('throws only AppErrors and never changes the state', () => {
    const { inviter, answerer } = ratchetPair();
    const ad = utf8('ad');
    const valid = ratchetEncrypt(inviter, randomBytes(256), ad).message;
    const before = serializeRatchetState(answerer);
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) {
      let input: Uint8Array;
      if (i % 2 === 0) {
        input = randomBytes(i % 400);
      } else {
        input = Uint8Array.from(valid);
        const flips = 1 + (i % 5);
        for (let f = 0; f < flips; f++) {
          const at = (i * 7919 + f * 104729) % input.length;
          input[at] = (input[at] ?? 0) ^ (1 << ((i + f) % 8));
        }
      }
      try {
        ratchetDecrypt(answerer, input, ad);
      } catch (err) {
        if (!(err instanceof AppError))
          throw new Error(`non-AppError ${String(err)} for ${toHex(input)}`, { cause: err });
      }
    }
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(serializeRatchetState(answerer)).toBe(before);
  });
});
