import { describe, expect, it } from 'vitest';
import type { MessageObserver, StoredRow } from './message-observer';
import { freshMessageDbs, sampleMessage } from './testing/helpers';

const { fresh } = freshMessageDbs();

function recorder(): { observer: MessageObserver; stored: StoredRow[] } {
  const stored: StoredRow[] = [];
  return {
    stored,
    observer: {
      stored: (row) => stored.push(row),
      removed: () => undefined,
    },
  };
}

describe('MessageDb observer', () => {
  it('is told about a new row once, with its id and time', async () => {
    const { db, clock } = await fresh();
    const { observer, stored } = recorder();
    db.observeMessages(observer);
    const { id } = db.insertMessage('alice', sampleMessage('u1', 'hello'));
    db.insertMessage('alice', sampleMessage('u1', 'a duplicate is not news'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id, peerUid: 'alice', createdAt: clock.now() });
    expect(stored[0]?.message.text).toBe('hello');
  });

  it('hears of a row written in a transaction only after it commits, never after a rollback', async () => {
    const { db } = await fresh();
    const { observer, stored } = recorder();
    db.observeMessages(observer);
    db.transaction(() => {
      db.insertMessage('alice', sampleMessage('u1', 'one'));
      db.transaction(() => db.insertMessage('alice', sampleMessage('u2', 'two')));
      expect(stored).toHaveLength(0);
    });
    expect(stored.map((r) => r.message.text)).toEqual(['one', 'two']);
    expect(() =>
      db.transaction(() => {
        db.insertMessage('alice', sampleMessage('u3', 'three'));
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(db.getMessage('alice', 'u3')).toBeUndefined();
    db.insertMessage('alice', sampleMessage('u4', 'four'));
    expect(stored.map((r) => r.message.text)).toEqual(['one', 'two', 'four']);
    db.observeMessages(undefined);
    db.insertMessage('alice', sampleMessage('u5', 'five'));
    expect(stored).toHaveLength(3);
  });
});
