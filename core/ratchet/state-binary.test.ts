import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { parseRatchetState, serializeRatchetState } from './state';
import { decodeRatchetState, encodeRatchetState } from './state-binary';
import { Party, parties } from './testing';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : 'not an AppError';
  }
  return undefined;
}

describe('binary RatchetState', () => {
  it('round-trips mid-conversation with skipped keys, and the conversation continues', () => {
    const [alice, bob] = parties();
    const pending = [alice.send('p0'), alice.send('p1')];
    expect(bob.receive(alice.send('p2'))).toBe('p2');
    expect(bob.state.skipped.size).toBe(2);
    const bytes = encodeRatchetState(bob.state);
    expect(bytes.length).toBe(2 + 32 * 7 + 18 + 2 * 68);
    const bob2 = new Party(decodeRatchetState(bytes));
    // Same state: its JSON is the JSON of the original.
    expect(serializeRatchetState(bob2.state)).toBe(serializeRatchetState(bob.state));
    expect(bob2.receive(pending[1] as Uint8Array)).toBe('p1');
    expect(alice.receive(bob2.send('after restore'))).toBe('after restore');
    expect(bob2.receive(pending[0] as Uint8Array)).toBe('p0');
  });

  it('round-trips every starting shape and a receiving counter of 2^32', () => {
    const [unprimed, answerer] = parties(false);
    const [primed] = parties(true);
    for (const party of [unprimed, primed, answerer]) {
      const decoded = decodeRatchetState(encodeRatchetState(party.state));
      expect(serializeRatchetState(decoded)).toBe(serializeRatchetState(party.state));
    }
    const maxed = { ...primed.state, nr: 2 ** 32 };
    expect(decodeRatchetState(encodeRatchetState(maxed)).nr).toBe(2 ** 32);
  });

  it('rejects truncated, padded, wrong-version, unknown-flag and inconsistent bytes', () => {
    const [alice, bob] = parties();
    alice.send('skipped');
    bob.receive(alice.send('m1'));
    const good = encodeRatchetState(bob.state);
    const variants = [
      good.subarray(0, good.length - 1),
      good.subarray(0, 20),
      new Uint8Array(0),
      Uint8Array.of(...good, 0),
      Uint8Array.of(2, ...good.subarray(1)),
      Uint8Array.of(good[0] ?? 0, 0x10, ...good.subarray(2)),
      // No remote ratchet key, but chains: what no reachable state has.
      Uint8Array.of(good[0] ?? 0, 0x04, ...good.subarray(2, 2 + 96), ...good.subarray(2 + 96 + 64)),
    ];
    for (const bytes of variants)
      expect(codeOf(() => decodeRatchetState(bytes))).toBe('RATCHET_BAD_STATE');
  });

  it('writes the JSON form exactly as JSON.stringify would, and parses it back to the same state', () => {
    const [alice, bob] = parties();
    alice.send('skipped');
    bob.receive(alice.send('m1'));
    const text = serializeRatchetState(bob.state);
    expect(JSON.stringify(JSON.parse(text))).toBe(text);
    expect(parseRatchetState(text)).toBe(bob.state);
  });
});
