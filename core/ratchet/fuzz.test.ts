import { describe, expect, it } from 'vitest';
import { dhKeyPair, toHex } from '../crypto';
import { AppError } from '../errors';
import { decodeRatchetMessage, HEADER_BYTES } from './header';
import { ratchetDecrypt } from './ratchet';
import { serializeRatchetState, type RatchetState } from './state';
import { parties, prng, TEST_AD } from './testing';

const INPUTS = 10_000;

/** Runs `fn`; anything thrown must be an AppError (anything else is a bug worth a hex dump). */
function onlyAppErrors(input: Uint8Array, fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof AppError)) {
      throw new Error(`non-AppError ${String(err)} for ${toHex(input)}`, { cause: err });
    }
  }
}

describe('decodeRatchetMessage + ratchetDecrypt under 10,000 random and mutated messages', () => {
  it('throw only AppErrors and never change any state', () => {
    const rand = prng(424242);
    const byte = () => Math.floor(rand() * 256);
    const bytes = (n: number) => Uint8Array.from({ length: n }, byte);

    // Targets: a fresh answerer, an unprimed inviter, and a mid-conversation party holding
    // skipped keys; seeds: genuine messages to each (current chain, new chain, skipped).
    const [inviter, answerer] = parties();
    const [unprimed] = parties(false);
    const seeds = [inviter.send('a'), inviter.send('b'), inviter.send('c')];
    answerer.receive(seeds[2] as Uint8Array); // keys for a and b are now skipped
    seeds.push(answerer.send('d'), answerer.send('e'));
    const targets: RatchetState[] = [answerer.state, unprimed.state, inviter.state];
    const before = targets.map(serializeRatchetState);
    const foreignDh = dhKeyPair().publicKey;

    const mutate = (i: number): Uint8Array => {
      const seed = seeds[i % seeds.length] as Uint8Array;
      const kind = i % 5;
      if (kind === 0) return bytes(Math.floor(rand() * 400)); // pure noise
      const input = Uint8Array.from(seed);
      if (kind === 1) {
        const flips = 1 + Math.floor(rand() * 4);
        for (let f = 0; f < flips; f++) {
          const at = Math.floor(rand() * input.length);
          input[at] = (input[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
        }
        return input;
      }
      if (kind === 2) return input.subarray(0, Math.floor(rand() * input.length)); // truncated
      if (kind === 3) {
        // A header with a fresh or random key and small counters reaches the DH step.
        input.set(rand() < 0.5 ? foreignDh : bytes(32), 0);
        input[35] = byte() & 3;
        input[39] = byte();
        return input;
      }
      const at = HEADER_BYTES + Math.floor(rand() * (input.length - HEADER_BYTES));
      return Uint8Array.from([...input.subarray(0, at), ...bytes(1 + (byte() % 8))]); // spliced
    };

    const started = performance.now();
    for (let i = 0; i < INPUTS; i++) {
      const input = mutate(i);
      onlyAppErrors(input, () => decodeRatchetMessage(input));
      const target = targets[i % targets.length] as RatchetState;
      onlyAppErrors(input, () => ratchetDecrypt(target, input, TEST_AD));
    }
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(8_000);
    expect(targets.map(serializeRatchetState)).toEqual(before);
  });
});
