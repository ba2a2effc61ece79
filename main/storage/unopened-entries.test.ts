import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import { filesContaining, freshMessageDbs, codeOf } from './testing/helpers';
import { MessageDb } from './message-db';
import { MAX_UNOPENED_PER_PEER } from './unopened-entries';

const { fresh, track } = freshMessageDbs();

const hash = (n: number) => {
  const h = new Uint8Array(32);
  new DataView(h.buffer).setUint32(0, n);
  return h;
};
const packed = (n: number) => utf8(`packed entry ${n}`);

describe('MessageDb unopened entries (a primary keeps what it cannot open, to hand it on)', () => {
  it('keeps an entry once, lists a contact oldest first, removes the ones handed on', async () => {
    const { db, clock } = await fresh();
    expect(db.addUnopened('bob', hash(2), packed(2))).toBe(true);
    clock.tick();
    expect(db.addUnopened('bob', hash(1), packed(1))).toBe(true);
    expect(db.addUnopened('carol', hash(2), packed(2))).toBe(true); // another contact's row
    // Re-pulled after a crash before the relay ack: nothing changes.
    expect(db.addUnopened('bob', hash(2), utf8('other bytes'))).toBe(false);

    // Recorded order, not hash order (the queue order they are handed on in).
    const bob = db.unopenedEntries('bob', 10);
    expect(bob.map((e) => e.hash)).toEqual([hash(2), hash(1)]);
    expect(bob.map((e) => e.packed)).toEqual([packed(2), packed(1)]);
    expect(bob[1]?.storedAt).toBe(clock.now());
    expect(db.unopenedEntries('bob', 1).map((e) => e.hash)).toEqual([hash(2)]);
    expect(db.peersWithUnopened()).toEqual(['bob', 'carol']);

    expect(db.removeUnopened('bob', [hash(2), hash(1), hash(9)])).toBe(2);
    expect(db.unopenedEntries('bob', 10)).toEqual([]);
    expect(db.peersWithUnopened()).toEqual(['carol']);
    expect(db.unopenedEntries('carol', 10)).toHaveLength(1);
  });

  it('takes part in a transaction: rolled back with it', async () => {
    const { db } = await fresh();
    expect(() =>
      db.transaction(() => {
        db.addUnopened('bob', hash(1), packed(1));
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.unopenedEntries('bob', 10)).toEqual([]);
  });

  it(`keeps at most ${MAX_UNOPENED_PER_PEER} per contact, dropping the oldest`, async () => {
    const { db } = await fresh();
    db.transaction(() => {
      for (let n = 0; n < MAX_UNOPENED_PER_PEER + 20; n++)
        db.addUnopened('bob', hash(n), packed(n));
      db.addUnopened('carol', hash(0), packed(0));
    });
    const kept = db.unopenedEntries('bob', 10_000);
    expect(kept).toHaveLength(MAX_UNOPENED_PER_PEER);
    expect(kept[0]?.hash).toEqual(hash(20));
    expect(kept.at(-1)?.hash).toEqual(hash(MAX_UNOPENED_PER_PEER + 19));
    // One contact's garbage never pushes out another's entries.
    expect(db.unopenedEntries('carol', 10)).toHaveLength(1);
    // A dropped entry may come back (it is new again), still within the cap.
    expect(db.addUnopened('bob', hash(0), packed(0))).toBe(true);
    expect(db.unopenedEntries('bob', 10_000)).toHaveLength(MAX_UNOPENED_PER_PEER);
    expect(db.unopenedEntries('bob', 1)[0]?.hash).toEqual(hash(21));
  });

  it('prunes entries recorded before a time', async () => {
    const { db, clock } = await fresh();
    db.addUnopened('bob', hash(1), packed(1));
    const cut = clock.now() + 1;
    clock.tick(10);
    db.addUnopened('bob', hash(2), packed(2));
    db.addUnopened('carol', hash(3), packed(3));
    expect(db.pruneUnopened(cut)).toBe(1);
    expect(db.unopenedEntries('bob', 10).map((e) => e.hash)).toEqual([hash(2)]);
    expect(db.pruneUnopened(cut)).toBe(0);
    expect(db.pruneUnopened(clock.now() + 1)).toBe(2);
    expect(db.peersWithUnopened()).toEqual([]);
  });

  it('seals the bytes with the db key, bound to their row; refuses bad ids and hashes', async () => {
    const { db, dir, file, key } = await fresh();
    const secret = utf8('recognisable entry bytes');
    db.addUnopened('bob', hash(1), secret);
    db.close();
    expect(await filesContaining(dir, secret)).toEqual([]);
    const again = track(MessageDb.open(file, key));
    expect(again.unopenedEntries('bob', 10)[0]?.packed).toEqual(secret);
    expect(codeOf(() => again.addUnopened('', hash(1), secret))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => again.addUnopened('bob', new Uint8Array(0), secret))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});
