import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { MessageDb } from './message-db';
import { freshMessageDbs } from './testing/helpers';

const { fresh } = freshMessageDbs();

/** The connection's synchronous level (2 = FULL, 1 = NORMAL), read on the db's own connection. */
function syncLevel(db: MessageDb): number {
  const raw = (db as unknown as { db: Database.Database }).db;
  return raw.pragma('synchronous', { simple: true }) as number;
}

describe('MessageDb redoableTransaction', () => {
  it('commits like a transaction and leaves every later commit fsynced (FULL)', async () => {
    const { db, file } = await fresh();
    expect(syncLevel(db)).toBe(2);
    let inside = 0;
    db.redoableTransaction(() => {
      inside = syncLevel(db);
      db.seenDeviceSync('d1');
      db.enqueueJob({ jobId: 'j1', peerUid: 'alice', kind: 'ack', payload: new Uint8Array(1) });
    });
    expect(inside).toBe(1);
    expect(syncLevel(db)).toBe(2);
    // Committed: another connection reads it from the WAL.
    const reader = new Database(file, { readonly: true });
    try {
      const row = reader.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
      expect(row.n).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('rolls back whole when it throws, and is FULL again', async () => {
    const { db } = await fresh();
    expect(() =>
      db.redoableTransaction(() => {
        db.seenDeviceSync('d1');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(syncLevel(db)).toBe(2);
    expect(db.seenDeviceSync('d1')).toBe(false); // not recorded before: recorded now
  });

  it('inside another transaction is part of it, with its durability', async () => {
    const { db } = await fresh();
    let inside = 0;
    expect(() =>
      db.transaction(() => {
        db.redoableTransaction(() => {
          inside = syncLevel(db);
          db.seenDeviceSync('d1');
        });
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(inside).toBe(2);
    expect(db.seenDeviceSync('d1')).toBe(false);
  });
});

describe('MessageDb transactionSyncedLater', () => {
  it('is visible at once, durable once its WAL sync resolves, and FULL again after', async () => {
    const { db, file } = await fresh();
    let inside = 0;
    const { result, durable } = db.transactionSyncedLater(() => {
      inside = syncLevel(db);
      db.enqueueJob({ jobId: 'j1', peerUid: 'alice', kind: 'ack', payload: new Uint8Array(1) });
      return 'done';
    });
    expect(result).toBe('done');
    expect(inside).toBe(1);
    expect(syncLevel(db)).toBe(2);
    const reader = new Database(file, { readonly: true });
    try {
      const row = reader.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number };
      expect(row.n).toBe(1); // visible before the sync
    } finally {
      reader.close();
    }
    await expect(durable).resolves.toBeUndefined();
  });

  it('is refused inside another transaction, and after close the sync fails STORAGE_CLOSED', async () => {
    const { db } = await fresh();
    expect(() => db.transaction(() => db.transactionSyncedLater(() => 1))).toThrow(
      expect.objectContaining({ code: 'INTERNAL' }),
    );
    const { durable } = db.transactionSyncedLater(() => db.seenDeviceSync('d1'));
    db.close(); // the sync in flight still finishes; its descriptor closes after it
    await expect(durable).resolves.toBeUndefined();
  });
});
