import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../crypto';
import { AppError, type ErrorCode } from '../errors';
import { MAX_SKIP, MAX_SKIPPED_TOTAL, ratchetDecrypt, ratchetEncrypt } from './ratchet';
import { parseRatchetState, serializeRatchetState, type RatchetState } from './state';
import { ratchetPair } from './testing';

const AD = utf8('associated data');

/** One party: its state plus helpers that commit only on success, as the engine does. */
class Party {
  constructor(public state: RatchetState) {}
  send(text: string): Uint8Array {
    const out = ratchetEncrypt(this.state, utf8(text), AD);
    this.state = out.state;
    return out.message;
  }
  receive(message: Uint8Array): string {
    const out = ratchetDecrypt(this.state, message, AD);
    this.state = out.state;
    return fromUtf8(out.plaintext);
  }
  /** Asserts a rejection with `code` and that the state is byte-identical afterwards. */
  reject(message: Uint8Array, code: ErrorCode, ad = AD): void {
    const before = serializeRatchetState(this.state);
    let caught: unknown;
    try {
      ratchetDecrypt(this.state, message, ad);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe(code);
    expect(serializeRatchetState(this.state)).toBe(before);
  }
}

function parties(prime = true): [Party, Party] {
  const { inviter, answerer } = ratchetPair({ prime });
  return [new Party(inviter), new Party(answerer)];
}

/** Deterministic PRNG so a failing sequence can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

describe('Double Ratchet conversations', () => {
  it('delivers ≥1,000 messages: bursts in alternating directions, reordered and with losses', () => {
    const rand = prng(20261128);
    const [alice, bob] = parties();
    let delivered = 0;
    let lost = 0;
    for (let burst = 0; delivered < 1200; burst++) {
      const [from, to] = burst % 2 === 0 ? [alice, bob] : [bob, alice];
      const size = 1 + Math.floor(rand() * 12);
      const sent = Array.from({ length: size }, (_, i) => ({
        text: `b${burst}m${i}`,
        wire: from.send(`b${burst}m${i}`),
      }));
      const order = burst % 3 === 0 ? shuffle([...sent], rand) : sent;
      for (const m of order) {
        if (rand() < 0.08) {
          lost++;
          continue;
        }
        expect(to.receive(m.wire)).toBe(m.text);
        delivered++;
      }
    }
    expect(lost).toBeGreaterThan(20);
  });

  it('lets the inviter send first once primed, and the answerer reply', () => {
    const [inviter, answerer] = parties();
    expect(answerer.receive(inviter.send('hello from the inviter'))).toBe('hello from the inviter');
    expect(inviter.receive(answerer.send('hi back'))).toBe('hi back');
    expect(answerer.receive(answerer === answerer ? inviter.send('again') : new Uint8Array())).toBe(
      'again',
    );
  });

  it('lets the answerer send first to an inviter that was primed, in any order', () => {
    const [inviter, answerer] = parties();
    const a1 = answerer.send('a1');
    const i1 = inviter.send('i1');
    expect(answerer.receive(i1)).toBe('i1');
    expect(inviter.receive(a1)).toBe('a1');
  });

  it('refuses to encrypt on an unprimed initiator that has heard nothing', () => {
    const [inviter, answerer] = parties(false);
    expect(() => inviter.send('too early')).toThrow(
      expect.objectContaining({ code: 'RATCHET_NOT_READY' }) as Error,
    );
    expect(inviter.receive(answerer.send('first'))).toBe('first');
    expect(answerer.receive(inviter.send('now possible'))).toBe('now possible');
  });

  it('delivers out-of-order messages across a DH ratchet step (skipped keys from the old chain)', () => {
    const [alice, bob] = parties();
    const early = alice.send('old chain 0');
    const late = alice.send('old chain 1');
    expect(bob.receive(late)).toBe('old chain 1');
    expect(alice.receive(bob.send('reply'))).toBe('reply');
    const next = alice.send('new chain 0');
    expect(bob.receive(next)).toBe('new chain 0');
    expect(bob.receive(early)).toBe('old chain 0');
  });
});

describe('Double Ratchet rejections leave the state byte-identical', () => {
  it('rejects skipping more than MAX_SKIP in one chain', () => {
    const [alice, bob] = parties();
    const messages = Array.from({ length: MAX_SKIP + 2 }, (_, i) => alice.send(`m${i}`));
    bob.reject(messages[MAX_SKIP + 1] as Uint8Array, 'RATCHET_MAX_SKIP_EXCEEDED');
    expect(bob.receive(messages[MAX_SKIP] as Uint8Array)).toBe(`m${MAX_SKIP}`);
  });

  it('rejects every tampered header byte, body byte and tag byte, and a wrong AD', () => {
    const [alice, bob] = parties();
    const wire = alice.send('integrity matters');
    for (let i = 0; i < wire.length; i++) {
      const tampered = Uint8Array.from(wire);
      tampered[i] = (tampered[i] ?? 0) ^ 0x04;
      const before = serializeRatchetState(bob.state);
      expect(() => ratchetDecrypt(bob.state, tampered, AD)).toThrow(AppError);
      expect(serializeRatchetState(bob.state)).toBe(before);
    }
    bob.reject(wire, 'RATCHET_DECRYPT_FAILED', utf8('other AD'));
    bob.reject(wire.subarray(0, 50), 'RATCHET_BAD_HEADER');
    expect(bob.receive(wire)).toBe('integrity matters');
  });

  it('rejects replays: in-order, previously skipped, and from a finished chain', () => {
    const [alice, bob] = parties();
    const m0 = alice.send('zero');
    const m1 = alice.send('one');
    expect(bob.receive(m1)).toBe('one');
    bob.reject(m1, 'RATCHET_DUPLICATE_MESSAGE');
    expect(bob.receive(m0)).toBe('zero');
    bob.reject(m0, 'RATCHET_DUPLICATE_MESSAGE');
    expect(alice.receive(bob.send('turn'))).toBe('turn');
    expect(bob.receive(alice.send('new chain'))).toBe('new chain');
    bob.reject(m1, 'RATCHET_DUPLICATE_MESSAGE');
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
    expect(() => bob.receive(oldest)).toThrow(AppError);
    expect(bob.receive(kept as Uint8Array)).toBe(`c2s${MAX_SKIP - 2}`);
  });
});

describe('DrStateJson', () => {
  it('round-trips mid-conversation with skipped keys outstanding, and the conversation continues', () => {
    const [alice, bob] = parties();
    const pending = [alice.send('p0'), alice.send('p1')];
    expect(bob.receive(alice.send('p2'))).toBe('p2');
    const aliceJson = serializeRatchetState(alice.state);
    const bobJson = serializeRatchetState(bob.state);
    const alice2 = new Party(parseRatchetState(aliceJson));
    const bob2 = new Party(parseRatchetState(bobJson));
    expect(serializeRatchetState(bob2.state)).toBe(bobJson);
    expect(bob2.receive(pending[1] as Uint8Array)).toBe('p1');
    expect(alice2.receive(bob2.send('after restore'))).toBe('after restore');
    expect(bob2.receive(pending[0] as Uint8Array)).toBe('p0');
    expect(bob2.receive(alice2.send('still in step'))).toBe('still in step');
  });

  it('rejects malformed, wrong-version and wrong-length state', () => {
    const json = JSON.parse(serializeRatchetState(parties()[0].state)) as Record<string, unknown>;
    const cases = [
      'not json',
      '[]',
      JSON.stringify({ ...json, v: 2 }),
      JSON.stringify({ ...json, rk: 'AAAA' }),
      JSON.stringify({ ...json, ns: -1 }),
      JSON.stringify({ ...json, skipped: [['x', 'y']] }),
      JSON.stringify({ ...json, dhs: null }),
    ];
    for (const text of cases) {
      expect(() => parseRatchetState(text)).toThrow(
        expect.objectContaining({ code: 'RATCHET_BAD_STATE' }) as Error,
      );
    }
  });
});
