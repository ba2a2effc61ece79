import { describe, expect, it } from 'vitest';
import type { Peer } from '../model';
import { SealedHere, sessionOf } from './sealed-here';

/** Only the fields sealed-here.ts reads; the rest of a Peer does not matter to it. */
function contact(uid: string, session: Partial<Peer> = {}): Peer {
  return { uid, ...session } as Peer;
}

describe('sessionOf', () => {
  it('is the invitation session until a reset, then the later reset of either side', () => {
    expect(sessionOf(contact('c'))).toBe('');
    expect(sessionOf(contact('c', { claim: { at: 5, id: 'ours' } }))).toBe('ours');
    expect(sessionOf(contact('c', { lastResetAt: 5, lastResetId: 'theirs' }))).toBe('theirs');
    const both = { claim: { at: 5, id: 'ours' }, lastResetId: 'theirs' };
    expect(sessionOf(contact('c', { ...both, lastResetAt: 6 }))).toBe('theirs');
    expect(sessionOf(contact('c', { ...both, lastResetAt: 4 }))).toBe('ours');
    // Same time: by id, as the contact ranks two resets of one moment.
    expect(sessionOf(contact('c', { ...both, lastResetAt: 5 }))).toBe('theirs');
  });
});

describe('SealedHere', () => {
  it('knows what was sealed to a contact on its current session only', () => {
    const sealed = new SealedHere();
    const before = contact('c');
    sealed.record(before, ['m1', '']);
    expect(sealed.has(before, 'm1')).toBe(true);
    expect(sealed.has(before, '')).toBe(false);
    expect(sealed.has(contact('other'), 'm1')).toBe(false);
    // A takeover's reset: what was sealed on the session before may never be read.
    const after = contact('c', { claim: { at: 9, id: 'claim' } });
    expect(sealed.has(after, 'm1')).toBe(false);
    sealed.record(after, ['m2']);
    expect(sealed.has(after, 'm2')).toBe(true);
    expect(sealed.has(before, 'm2')).toBe(false);
  });

  it('keeps the latest 1,024 uuids of a contact', () => {
    const sealed = new SealedHere();
    const c = contact('c');
    sealed.record(c, ['first', 'second']);
    sealed.record(c, ['first']); // sealed again: now the newest
    sealed.record(
      c,
      Array.from({ length: 1_023 }, (_, i) => `m${i}`),
    );
    expect(sealed.has(c, 'second')).toBe(false);
    expect(sealed.has(c, 'first')).toBe(true);
    expect(sealed.has(c, 'm1022')).toBe(true);
  });
});
