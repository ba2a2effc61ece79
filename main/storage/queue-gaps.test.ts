import { afterEach, describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';
import { NOTICE_TYPE } from './messages-table';
import { filesContaining, sampleMessage, TempDirs } from './testing/helpers';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const RELAY = 'https://relay.example';
const queue = new Uint8Array(32).fill(7);

async function openDb(): Promise<{ db: MessageDb; dir: string }> {
  const dir = await temp.make();
  return { db: MessageDb.open(`${dir}/messages.db`, generateDbKey(), { now: () => 1_000 }), dir };
}

describe('queue gap marks', () => {
  it('keeps the last report per relay and queue, and forgets a report of no gap', async () => {
    const { db } = await openDb();
    expect(db.queueGap(RELAY, queue)).toBeUndefined();
    db.setQueueGap(RELAY, queue, { expired: 2, unknown: false });
    expect(db.queueGap(RELAY, queue)).toEqual({ expired: 2, unknown: false });
    // The same lookup key on another relay is another queue (its own sequence numbers).
    expect(db.queueGap('https://other.example', queue)).toBeUndefined();
    db.setQueueGap(RELAY, queue, { expired: 0, unknown: false });
    expect(db.queueGap(RELAY, queue)).toBeUndefined();
    db.close();
  });

  it('rolls back with the transaction it was written in', async () => {
    const { db } = await openDb();
    expect(() =>
      db.transaction(() => {
        db.setQueueGap(RELAY, queue, { expired: 1, unknown: true });
        throw new Error('crash before commit');
      }),
    ).toThrow('crash before commit');
    expect(db.queueGap(RELAY, queue)).toBeUndefined();
    db.close();
  });

  it('refuses a count that is not a non-negative integer', async () => {
    const { db } = await openDb();
    expect(() => {
      db.setQueueGap(RELAY, queue, { expired: -1, unknown: false });
    }).toThrow(/non-negative/);
    db.close();
  });

  it('does not store the relay URL or the lookup key in the clear', async () => {
    const { db, dir } = await openDb();
    db.setQueueGap(RELAY, queue, { expired: 5, unknown: false });
    db.close();
    expect(await filesContaining(dir, queue)).toEqual([]);
    expect(await filesContaining(dir, utf8('relay.example'))).toEqual([]);
  });
});

describe('notices in history transfer', () => {
  it('leaves notice rows out of history pages', async () => {
    const { db } = await openDb();
    db.insertMessage('peer-1', sampleMessage('m1', 'hello'));
    db.insertMessage('peer-1', { ...sampleMessage('n1', 'gap'), type: NOTICE_TYPE });
    db.insertMessage('peer-1', sampleMessage('m2', 'again'));
    expect(db.historyPage(0, 0, 10).map((m) => m.uuid)).toEqual(['m1', 'm2']);
    db.close();
  });
});
