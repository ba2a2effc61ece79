import { afterEach, expect, it } from 'vitest';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';
import { must, sampleMessage, TempDirs } from './testing/helpers';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

async function open(clock: { t: number }): Promise<MessageDb> {
  const dir = await temp.make();
  return MessageDb.open(`${dir}/messages.db`, generateDbKey(), { now: () => clock.t });
}

const FIVE_MIN = { expireTimer: 300, expireStart: 1_000 };

it('hides a message past its expiry at once, purges it to a tombstone, and never stores it again', async () => {
  const clock = { t: 1_000 };
  const db = await open(clock);
  db.insertMessage('p', sampleMessage('gone', 'secret words', FIVE_MIN));
  db.insertMessage('p', sampleMessage('kept', 'stays'));
  expect(must(db.getMessage('p', 'gone')).expiresAt).toBe(301_000);

  clock.t = 301_000;
  // Not purged yet, but never listed, in the conversation list or in a history page.
  expect(db.listMessages('p', { limit: 10 }).messages.map((m) => m.uuid)).toEqual(['kept']);
  expect(db.lastMessages().get('p')?.uuid).toBe('kept');
  expect(db.historyPage(0, 0, 10).map((m) => m.uuid)).toEqual(['kept']);

  expect(db.purgeExpired(clock.t)).toEqual([{ id: 1, peerUid: 'p', uuid: 'gone' }]);
  expect(db.getMessage('p', 'gone')).toBeUndefined();
  expect(db.nextExpiryAt()).toBeUndefined();
  // A late copy (a sync, a history chunk) is dropped; a late state step is stale.
  expect(db.insertMessage('p', sampleMessage('gone', 'secret words')).inserted).toBe(false);
  expect(db.getMessage('p', 'gone')).toBeUndefined();
  expect(db.updateState('p', 'gone', 'read', { readAt: clock.t })).toBe(false);
  db.close();
});

it('keeps only a tombstone for a message that arrives already expired', async () => {
  const clock = { t: 400_000 };
  const db = await open(clock);
  expect(db.insertMessage('p', sampleMessage('late', 'old news', FIVE_MIN)).inserted).toBe(false);
  expect(db.getMessage('p', 'late')).toBeUndefined();
  expect(db.purgeExpired(clock.t)).toEqual([]);
  db.close();
});

it('decides expiry on the clock it is given (the engine injects its own)', async () => {
  const clock = { t: 1_000 };
  const db = await open(clock);
  db.insertMessage('p', sampleMessage('m', 'x', FIVE_MIN));
  db.useExpiryClock(() => 301_000);
  expect(db.listMessages('p', { limit: 10 }).messages).toEqual([]);
  db.close();
});
