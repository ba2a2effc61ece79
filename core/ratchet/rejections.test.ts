import { describe, expect, it } from 'vitest';
import { fromHex, utf8 } from '../crypto';
import { HEADER_BYTES } from './header';
import { MAX_SKIP, MAX_SKIPPED_TOTAL } from './ratchet';
import { parties, type Party } from './testing';

/** Every rejection must be an AppError that leaves the state byte-identical. */
function expectRejected(party: Party, message: Uint8Array, code?: string, ad?: Uint8Array): void {
  const result = party.attempt(message, ad);
  expect(result.code).not.toBeNull();
  if (code) expect(result.code).toBe(code);
  expect(result.unchanged).toBe(true);
}

/** Flips each bit of each header byte and one bit of each body byte. */
function* tamperings(wire: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < wire.length; i++) {
    const bits = i < HEADER_BYTES ? [0, 1, 2, 3, 4, 5, 6, 7] : [i % 8];
    for (const bit of bits) {
      const t = Uint8Array.from(wire);
      t[i] = (t[i] ?? 0) ^ (1 << bit);
      yield t;
    }
  }
}

// Low-order X25519 points (RFC 7748 §7 and libsodium's blocklist), little-endian u.
const LOW_ORDER = [
  '0000000000000000000000000000000000000000000000000000000000000000',
  '0100000000000000000000000000000000000000000000000000000000000000',
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
  'eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f',
].map(fromHex);

function withDh(wire: Uint8Array, dh: Uint8Array): Uint8Array {
  const t = Uint8Array.from(wire);
  t.set(dh, 0);
  return t;
}

describe('skip limits', () => {
  it('accepts exactly MAX_SKIP skipped keys in one chain and rejects one more', () => {
    const [alice, bob] = parties();
    const messages = Array.from({ length: MAX_SKIP + 2 }, (_, i) => alice.send(`m${i}`));
    expectRejected(bob, messages[MAX_SKIP + 1] as Uint8Array, 'RATCHET_MAX_SKIP_EXCEEDED');
    expect(bob.receive(messages[MAX_SKIP] as Uint8Array)).toBe(`m${MAX_SKIP}`);
    expect(bob.state.skipped.size).toBe(MAX_SKIP);
  });

  it('drops an old chain missing more than MAX_SKIP messages and goes on with the new one', () => {
    // Deviation from the spec (PROTOCOL.md): a device away longer than the relay's queue TTL
    // lost those messages for good; rejecting the new chain would end the session instead.
    const [alice, bob] = parties();
    expect(bob.receive(alice.send('m0'))).toBe('m0');
    const lost = Array.from({ length: MAX_SKIP + 1 }, (_, i) => alice.send(`m${i + 1}`));
    expect(alice.receive(bob.send('reply'))).toBe('reply');
    const nextChain = alice.send('pn is 1002'); // Bob has Nr = 1: 1001 keys to skip
    expect(bob.receive(nextChain)).toBe('pn is 1002');
    expect(bob.state.skipped.size).toBe(0); // none of the old chain's keys were kept
    expectRejected(bob, lost[0] as Uint8Array);
    expect(alice.receive(bob.send('still talking'))).toBe('still talking');
    expect(bob.receive(alice.send('and back'))).toBe('and back');
  });

  it('still refuses a gap of more than MAX_SKIP inside the new chain', () => {
    const [alice, bob] = parties();
    expect(bob.receive(alice.send('m0'))).toBe('m0');
    expect(alice.receive(bob.send('reply'))).toBe('reply');
    for (let i = 0; i <= MAX_SKIP; i++) alice.send(`skipped ${i}`);
    expectRejected(bob, alice.send('n is 1001'), 'RATCHET_MAX_SKIP_EXCEEDED');
  });

  it('forgets the oldest skipped keys beyond MAX_SKIPPED_TOTAL', () => {
    const [alice, bob] = parties();
    const oldest = alice.send('oldest');
    let kept: Uint8Array | undefined;
    // Three chains of MAX_SKIP − 1 skipped messages each exceed the total cap.
    for (let chain = 0; chain < 3; chain++) {
      const skipped = Array.from({ length: MAX_SKIP - 1 }, (_, i) => alice.send(`c${chain}s${i}`));
      kept = skipped[skipped.length - 1];
      bob.receive(alice.send(`c${chain}last`));
      alice.receive(bob.send(`ack${chain}`));
    }
    expect(bob.state.skipped.size).toBe(MAX_SKIPPED_TOTAL);
    expectRejected(bob, oldest);
    expect(bob.receive(kept as Uint8Array)).toBe(`c2s${MAX_SKIP - 2}`);
  });
});

describe('tampering leaves the state byte-identical', () => {
  it.each(['first of a new chain', 'inside the current chain', 'held in the skipped store'])(
    'rejects every tampered header bit, body byte and tag byte of a message %s',
    (kind) => {
      const [alice, bob] = parties();
      let wire: Uint8Array;
      if (kind === 'first of a new chain') {
        wire = alice.send('integrity matters');
      } else if (kind === 'inside the current chain') {
        expect(bob.receive(alice.send('opening'))).toBe('opening');
        wire = alice.send('integrity matters');
      } else {
        wire = alice.send('integrity matters');
        expect(bob.receive(alice.send('overtakes'))).toBe('overtakes');
      }
      for (const tampered of tamperings(wire)) expectRejected(bob, tampered);
      expectRejected(bob, wire, 'RATCHET_DECRYPT_FAILED', utf8('other AD'));
      expectRejected(bob, wire.subarray(0, wire.length - 1));
      expectRejected(bob, wire.subarray(0, HEADER_BYTES + 15), 'RATCHET_BAD_HEADER');
      expect(bob.receive(wire)).toBe('integrity matters');
    },
  );

  it('rejects low-order ratchet keys in a header as RATCHET_BAD_HEADER', () => {
    const [alice, bob] = parties();
    const wire = alice.send('x');
    for (const point of LOW_ORDER) expectRejected(bob, withDh(wire, point), 'RATCHET_BAD_HEADER');
    expect(bob.receive(wire)).toBe('x');
  });

  it("rejects a header naming the answerer's initial remote key, which has no receiving chain", () => {
    const [alice, bob] = parties();
    const wire = withDh(alice.send('x'), bob.state.dhr as Uint8Array);
    expectRejected(bob, wire, 'RATCHET_DECRYPT_FAILED');
  });
});

describe('replays', () => {
  it('rejects replays: in-order, previously skipped, and from the finished chain', () => {
    const [alice, bob] = parties();
    const m0 = alice.send('zero');
    const m1 = alice.send('one');
    expect(bob.receive(m1)).toBe('one');
    expectRejected(bob, m1, 'RATCHET_DUPLICATE_MESSAGE');
    expect(bob.receive(m0)).toBe('zero');
    expectRejected(bob, m0, 'RATCHET_DUPLICATE_MESSAGE');
    expect(alice.receive(bob.send('turn'))).toBe('turn');
    expect(bob.receive(alice.send('new chain'))).toBe('new chain');
    expectRejected(bob, m1, 'RATCHET_DUPLICATE_MESSAGE');
    expectRejected(bob, m0, 'RATCHET_DUPLICATE_MESSAGE');
  });

  it('rejects replays from older chains too (as an authentication failure)', () => {
    const [alice, bob] = parties();
    const old = alice.send('old');
    expect(bob.receive(old)).toBe('old');
    for (let turn = 0; turn < 3; turn++) {
      expect(alice.receive(bob.send(`b${turn}`))).toBe(`b${turn}`);
      expect(bob.receive(alice.send(`a${turn}`))).toBe(`a${turn}`);
    }
    expectRejected(bob, old);
  });
});
