import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../crypto';
import { MAX_SKIPPED_TOTAL } from './ratchet';
import { parseRatchetState, serializeRatchetState } from './state';
import { Party, parties } from './testing';

describe('DrStateJson', () => {
  it('round-trips mid-conversation with skipped keys outstanding, and the conversation continues', () => {
    const [alice, bob] = parties();
    const pending = [alice.send('p0'), alice.send('p1')];
    expect(bob.receive(alice.send('p2'))).toBe('p2');
    const aliceJson = serializeRatchetState(alice.state);
    const bobJson = serializeRatchetState(bob.state);
    expect(bob.state.skipped.size).toBe(2);
    const alice2 = new Party(parseRatchetState(aliceJson));
    const bob2 = new Party(parseRatchetState(bobJson));
    expect(serializeRatchetState(bob2.state)).toBe(bobJson);
    expect(bob2.receive(pending[1] as Uint8Array)).toBe('p1');
    expect(alice2.receive(bob2.send('after restore'))).toBe('after restore');
    expect(bob2.receive(pending[0] as Uint8Array)).toBe('p0');
    expect(bob2.receive(alice2.send('still in step'))).toBe('still in step');
  });

  it('round-trips every starting shape: unprimed inviter, primed inviter, fresh answerer', () => {
    const [unprimed, answerer] = parties(false);
    const [primed] = parties(true);
    for (const party of [unprimed, primed, answerer]) {
      const json = serializeRatchetState(party.state);
      expect(serializeRatchetState(parseRatchetState(json))).toBe(json);
      expect((JSON.parse(json) as { v: number }).v).toBe(1);
    }
    const restored = new Party(parseRatchetState(serializeRatchetState(unprimed.state)));
    expect(restored.receive(answerer.send('hello'))).toBe('hello');
  });

  it('rejects malformed, wrong-version, wrong-length and inconsistent state', () => {
    const [inviter, answerer] = parties();
    answerer.send('so the inviter has skipped keys below');
    inviter.receive(answerer.send('m1'));
    const base = JSON.parse(serializeRatchetState(inviter.state)) as Record<string, unknown>;
    const skipped = base.skipped as [string, string][];
    const [entry] = skipped;
    const [id = '', mk = ''] = entry ?? [];
    const [dhText = ''] = id.split(':');
    const fresh = JSON.parse(serializeRatchetState(parties(false)[0].state)) as object;
    const key = toBase64Url(new Uint8Array(32));
    const variants: Record<string, unknown>[] = [
      { v: 2 },
      { v: '1' },
      { v: undefined },
      { rk: 'AAAA' },
      { rk: key + 'AA' },
      { rk: 'not base64url!' },
      { rk: null },
      { cks: 42 },
      { dhr: key.slice(1) },
      { pdhr: [] },
      { ns: -1 },
      { ns: 1.5 },
      { nr: 2 ** 33 },
      { pn: '3' },
      { dhs: null },
      { dhs: { pub: key } },
      { dhs: { pub: key, priv: 'AA' } },
      { skipped: null },
      { skipped: [['x', 'y']] },
      { skipped: [[id]] },
      { skipped: [[id, 'AAAA']] },
      { skipped: [[`${dhText}:01`, mk]] },
      { skipped: [[`${dhText}:4294967296`, mk]] },
      { skipped: [[`${dhText.slice(0, 42)}B:0`, mk]] }, // non-canonical trailing bits
      { skipped: [entry, entry] },
      { skipped: Array.from({ length: MAX_SKIPPED_TOTAL + 1 }, (_, n) => [`${dhText}:${n}`, mk]) },
    ];
    const texts = [
      'not json',
      '',
      'null',
      '[]',
      '"v1"',
      JSON.stringify({ ...base, ns: undefined }),
      JSON.stringify({ ...fresh, cks: key }), // a chain without a remote ratchet key
      JSON.stringify({ ...fresh, skipped: skipped }),
      ...variants.map((change) => JSON.stringify({ ...base, ...change })),
    ];
    for (const text of texts) {
      expect(() => parseRatchetState(text), text.slice(0, 80)).toThrow(
        expect.objectContaining({ code: 'RATCHET_BAD_STATE' }) as Error,
      );
    }
    expect(() => parseRatchetState(JSON.stringify(base))).not.toThrow();
  });
});
