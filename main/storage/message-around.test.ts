import { describe, expect, it } from 'vitest';
import { codeOf, freshMessageDbs, sampleMessage } from './testing/helpers';

const { fresh } = freshMessageDbs();

/** A conversation of `n` messages m0 (oldest) … m{n-1}, one ms apart. */
async function conversation(n: number) {
  const { db, clock } = await fresh();
  for (let i = 0; i < n; i++) {
    db.insertMessage('alice', sampleMessage(`m${i}`, `text ${i}`));
    clock.tick(1);
  }
  return db;
}

const uuids = (page: { messages: { uuid: string }[] }) => page.messages.map((m) => m.uuid);

describe('MessageDb pages around a message', () => {
  it('loads a message with older and newer ones, newest first, and cursors both ways', async () => {
    const db = await conversation(20);
    const page = db.messagesAround('alice', 'm10', 2, 3);
    expect(uuids(page)).toEqual(['m13', 'm12', 'm11', 'm10', 'm9', 'm8']);
    const older = db.listMessages('alice', { before: page.nextCursor, limit: 2 });
    expect(uuids(older)).toEqual(['m7', 'm6']);
    const newer = db.listMessages('alice', { after: page.newerCursor, limit: 4 });
    expect(uuids(newer)).toEqual(['m17', 'm16', 'm15', 'm14']);
    expect(newer.newerCursor).toBeDefined();
    const newest = db.listMessages('alice', { after: newer.newerCursor, limit: 4 });
    expect(uuids(newest)).toEqual(['m19', 'm18']);
    expect(newest.newerCursor).toBeUndefined();
  });

  it('says where a conversation ends on either side', async () => {
    const db = await conversation(5);
    const all = db.messagesAround('alice', 'm2', 10, 10);
    expect(uuids(all)).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
    expect(all.nextCursor).toBeUndefined();
    expect(all.newerCursor).toBeUndefined();
    const alone = db.messagesAround('alice', 'm2', 0, 0);
    expect(uuids(alone)).toEqual(['m2']);
    expect(alone.nextCursor).toBeDefined();
    expect(alone.newerCursor).toBeDefined();
  });

  it('refuses an unknown message and out-of-range counts', async () => {
    const db = await conversation(2);
    expect(codeOf(() => db.messagesAround('alice', 'nope', 1, 1))).toBe('STORAGE_NOT_FOUND');
    expect(codeOf(() => db.messagesAround('bob', 'm1', 1, 1))).toBe('STORAGE_NOT_FOUND');
    expect(codeOf(() => db.messagesAround('alice', 'm1', 251, 1))).toBe('INVALID_ARGUMENT');
  });
});
