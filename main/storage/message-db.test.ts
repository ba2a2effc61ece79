import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';
import { codeOf, freshMessageDbs, must, sampleMessage } from './testing/helpers';

const { fresh, track } = freshMessageDbs();

const out = (uuid: string, text = `out ${uuid}`) =>
  sampleMessage(uuid, text, { outbound: true, state: 'pending' });

describe('MessageDb messages', () => {
  it('stores and reads a message with everything in its body', async () => {
    const { db, clock } = await fresh();
    const msg = sampleMessage('u1', 'hi there', {
      appdata: utf8('app'),
      status: { uuid: 'u1', sent: 42, replyToUuid: 'u0' },
      attachments: [{ version: 1, name: 'cat.png', plaintextLength: 10, chunkCount: 1 }],
    });
    const { inserted, id } = db.insertMessage('alice', msg);
    expect(inserted).toBe(true);
    const stored = must(db.getMessage('alice', 'u1'));
    expect(stored).toMatchObject({ id, peerUid: 'alice', uuid: 'u1', outbound: false });
    expect(stored).toMatchObject({ state: 'received', createdAt: clock.now(), sentAt: 42 });
    expect(stored.message.text).toBe('hi there');
    expect(stored.message.appdata).toEqual(utf8('app'));
    expect(stored.message.status?.replyToUuid).toBe('u0');
    expect(stored.message.attachments[0]?.name).toBe('cat.png');
    expect(db.getMessage('alice', 'nope')).toBeUndefined();
    expect(db.getMessage('bob', 'u1')).toBeUndefined();
  });

  it('dedups by (peer, uuid) and changes nothing on a repeat', async () => {
    const { db, clock } = await fresh();
    const first = db.insertMessage('alice', sampleMessage('u1', 'original'));
    clock.tick(1000);
    const again = db.insertMessage('alice', sampleMessage('u1', 'replayed', { state: 'read' }));
    expect(again).toEqual({ inserted: false, id: first.id });
    const stored = must(db.getMessage('alice', 'u1'));
    expect(stored.message.text).toBe('original');
    expect(stored.state).toBe('received');
    expect(db.insertMessage('bob', sampleMessage('u1', 'other peer')).inserted).toBe(true);
  });

  it('validates what it stores', async () => {
    const { db } = await fresh();
    const noUuid = { outbound: false, text: 'x' };
    expect(codeOf(() => db.insertMessage('alice', noUuid))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => db.insertMessage('', sampleMessage('u', 'x')))).toBe('INVALID_ARGUMENT');
    const inboundSent = sampleMessage('u', 'x', { state: 'sent' });
    expect(codeOf(() => db.insertMessage('alice', inboundSent))).toBe('INVALID_ARGUMENT');
    const bogus = sampleMessage('u', 'x', { state: 'teleported' });
    expect(codeOf(() => db.insertMessage('alice', bogus))).toBe('INVALID_ARGUMENT');
  });

  it('pages newest first with a cursor, ties broken by id', async () => {
    const { db, clock } = await fresh();
    for (let i = 0; i < 25; i++) {
      db.insertMessage('alice', sampleMessage(`u${i}`, `m${i}`));
      db.insertMessage('bob', sampleMessage(`u${i}`, `b${i}`));
      if (i % 3 === 2) clock.tick(); // groups of three share a created_at
    }
    const seen: string[] = [];
    let before: Parameters<MessageDb['listMessages']>[1]['before'];
    const sizes: number[] = [];
    do {
      const page = db.listMessages('alice', { limit: 10, before });
      sizes.push(page.messages.length);
      seen.push(...page.messages.map((m) => must(m.message.text)));
      before = page.nextCursor;
    } while (before);
    expect(sizes).toEqual([10, 10, 5]);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => `m${24 - i}`));
    const exact = db.listMessages('alice', { limit: 25 });
    expect(exact.nextCursor).toBeUndefined();
    expect(codeOf(() => db.listMessages('alice', { limit: 0 }))).toBe('INVALID_ARGUMENT');
  });

  it('moves outbound states forward only', async () => {
    const { db, clock } = await fresh();
    db.insertMessage('alice', out('u1'));
    clock.tick();
    expect(db.updateState('alice', 'u1', 'sent')).toBe(true);
    const sentAt = clock.now();
    clock.tick();
    expect(db.updateState('alice', 'u1', 'pending')).toBe(false);
    expect(db.updateState('alice', 'u1', 'sent', { sentAt: 5 })).toBe(false);
    expect(db.updateState('alice', 'u1', 'read', { readAt: 900 })).toBe(true);
    expect(db.updateState('alice', 'u1', 'delivered')).toBe(false); // late ack, ignored
    const m = must(db.getMessage('alice', 'u1'));
    expect(m).toMatchObject({ state: 'read', sentAt, readAt: 900, deliveredAt: 900 });
    expect(m.message.state).toBe('read');
    expect(m.message.readAt).toBe(900);
  });

  it('lets a failed message be retried, and accepts pending_forward', async () => {
    const { db } = await fresh();
    db.insertMessage('alice', out('u1'));
    expect(db.updateState('alice', 'u1', 'failed', { failureReason: 'RELAY_UNAVAILABLE' })).toBe(
      true,
    );
    expect(must(db.getMessage('alice', 'u1')).failureReason).toBe('RELAY_UNAVAILABLE');
    expect(db.updateState('alice', 'u1', 'pending')).toBe(true);
    expect(must(db.getMessage('alice', 'u1')).failureReason).toBeNull();
    db.insertMessage(
      'alice',
      sampleMessage('u2', 'x', { outbound: true, state: 'pending_forward' }),
    );
    expect(db.updateState('alice', 'u2', 'sent')).toBe(true);
    expect(db.updateState('alice', 'u2', 'pending_forward')).toBe(false);
  });

  it('moves inbound received → read and refuses foreign states', async () => {
    const { db } = await fresh();
    db.insertMessage('alice', sampleMessage('u1', 'x'));
    db.insertMessage('alice', out('u2'));
    expect(codeOf(() => db.updateState('alice', 'u1', 'sent'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => db.updateState('alice', 'u2', 'received'))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => db.updateState('alice', 'zz', 'read'))).toBe('STORAGE_NOT_FOUND');
    expect(db.markRead('alice', 'u1', 77)).toBe(true);
    expect(db.markRead('alice', 'u1', 99)).toBe(false);
    expect(must(db.getMessage('alice', 'u1'))).toMatchObject({ state: 'read', readAt: 77 });
  });

  it('counts unread inbound messages per peer', async () => {
    const { db } = await fresh();
    for (const uuid of ['a1', 'a2', 'a3']) db.insertMessage('alice', sampleMessage(uuid, 'x'));
    db.insertMessage('alice', out('a4'));
    db.insertMessage('bob', sampleMessage('b1', 'x'));
    db.insertMessage('carol', sampleMessage('c1', 'x', { state: 'read' }));
    expect(db.unreadCounts()).toEqual(
      new Map([
        ['alice', 3],
        ['bob', 1],
      ]),
    );
    db.markRead('alice', 'a2', 1);
    db.markRead('bob', 'b1', 1);
    expect(db.unreadCounts()).toEqual(new Map([['alice', 2]]));
  });

  it('returns the last message of every conversation', async () => {
    const { db, clock } = await fresh();
    db.insertMessage('alice', sampleMessage('a1', 'old'));
    clock.tick();
    db.insertMessage('bob', sampleMessage('b1', 'bob only'));
    db.insertMessage('alice', out('a2', 'newest alice'));
    db.insertMessage('alice', sampleMessage('a3', 'same ms, later id'));
    const last = db.lastMessages();
    expect([...last.keys()].sort()).toEqual(['alice', 'bob']);
    expect(last.get('alice')?.message.text).toBe('same ms, later id');
    expect(last.get('bob')?.message.text).toBe('bob only');
  });

  it('finds every conversation, from none to many with uids of any length', async () => {
    const { db } = await fresh();
    expect(db.lastMessages().size).toBe(0);
    const uids = ['a', 'a-', 'ab', 'b', 'é', 'peer-' + 'z'.repeat(60), 'Z'];
    for (const [i, uid] of uids.entries()) {
      for (let n = 0; n <= i; n++)
        db.insertMessage(uid, sampleMessage(`${uid}-${n}`, `${uid} ${n}`));
    }
    const last = db.lastMessages();
    expect([...last.keys()].sort()).toEqual([...uids].sort());
    for (const [i, uid] of uids.entries()) expect(last.get(uid)?.message.text).toBe(`${uid} ${i}`);
  });
});

describe('MessageDb at rest', () => {
  it('keeps message text and job payloads out of the SQLite files', async () => {
    const { db, file } = await fresh();
    const marker = 'MARKER-secret-text-4b1d';
    db.insertMessage('alice', sampleMessage('u1', marker));
    db.enqueueJob({ jobId: 'j', peerUid: 'alice', kind: 'message', payload: utf8(marker) });
    const needle = Buffer.from(marker);
    const scan = async () => {
      for (const f of [file, `${file}-wal`]) {
        const bytes = await readFile(f).catch(() => Buffer.alloc(0));
        expect(bytes.indexOf(needle), f).toBe(-1);
      }
    };
    expect((await readFile(`${file}-wal`)).indexOf(Buffer.from('alice'))).not.toBe(-1);
    await scan();
    db.close();
    await scan();
  });

  it('detects bodies swapped between rows', async () => {
    const { db, file, key } = await fresh();
    db.insertMessage('alice', sampleMessage('u1', 'one'));
    db.insertMessage('alice', sampleMessage('u2', 'two'));
    db.close();
    const raw = new Database(file);
    raw.exec(`UPDATE messages SET body = (SELECT body FROM messages WHERE uuid = 'u2')
              WHERE uuid = 'u1'`);
    raw.close();
    const again = MessageDb.open(file, key);
    track(again);
    expect(codeOf(() => again.getMessage('alice', 'u1'))).toBe('STORAGE_CORRUPT');
    expect(must(again.getMessage('alice', 'u2')).message.text).toBe('two');
  });

  it('refuses another db key, a damaged file and use after close', async () => {
    const { db, file, dir } = await fresh();
    db.close();
    db.close();
    expect(codeOf(() => db.unreadCounts())).toBe('STORAGE_CLOSED');
    expect(codeOf(() => db.transaction(() => 1))).toBe('STORAGE_CLOSED');
    expect(codeOf(() => MessageDb.open(file, generateDbKey()))).toBe('STORAGE_WRONG_KEY');
    const junk = join(dir, 'junk.db');
    await writeFile(junk, 'this is not a database, just some text that is long enough'.repeat(20));
    expect(codeOf(() => MessageDb.open(junk, generateDbKey()))).toBe('STORAGE_CORRUPT');
  });
});
