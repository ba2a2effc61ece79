import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { utf8 } from '../../core/crypto';
import type { meow } from '../../proto';
import { AcksOwed } from './acks-owed';
import { AttachmentRows } from './attachment-rows';
import { generateDbKey } from './db-key';
import { MessageDb } from './message-db';
import { MessageMods } from './message-mods';
import { newMessageRow } from './message-codec';
import { MessagesTable } from './messages-table';
import { type Migration, MIGRATIONS } from './migrations';
import { migrate, schemaVersion } from './migrations/runner';
import { Outbox } from './outbox';
import { QueueGaps } from './queue-gaps';
import { SeenTables } from './seen';
import { SyncInbox } from './sync-inbox';
import { SyncOutbox } from './sync-outbox';
import { UnopenedEntries } from './unopened-entries';
import { codeOf, must, sampleMessage, TempDirs } from './testing/helpers';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const LATEST = MIGRATIONS.length;
const now = () => 1_000;

/** A message row as version 1 stored it (the app's codec, without later columns). */
function insertV1(
  db: Database.Database,
  key: Uint8Array,
  message: meow.IDbMessage,
  peerUid = 'peer-1',
): void {
  const { expires_at: _later, ...row } = newMessageRow(key, peerUid, message, now());
  const columns = Object.keys(row);
  db.prepare(
    `INSERT INTO messages (${columns.join(', ')}) VALUES (${columns.map((c) => '@' + c).join(', ')})`,
  ).run(row);
}

/**
 * Representative rows for the tables each migration introduced, written with the same code the
 * app uses, and the check that they survived the later migrations. Add a case per migration.
 */
const FIXTURES: Record<
  number,
  { seed(db: Database.Database, key: Uint8Array): void; check(db: MessageDb): void }
> = {
  1: {
    seed: (db, key) => {
      insertV1(db, key, sampleMessage('u1', 'hello from v1'));
      insertV1(db, key, sampleMessage('u2', 'sent at v1', { outbound: true }));
    },
    check: (db) => {
      expect(must(db.getMessage('peer-1', 'u1')).message.text).toBe('hello from v1');
      expect(must(db.getMessage('peer-1', 'u2')).state).toBe('pending');
      // Later fixtures (11) add unread rows of other peers.
      expect(db.unreadCounts().get('peer-1')).toBe(1);
    },
  },
  2: {
    seed: (db, key) => {
      new Outbox(db, key, now).enqueue({
        jobId: 'job-v2',
        peerUid: 'peer-1',
        kind: 'message',
        payload: utf8('payload v2'),
      });
    },
    check: (db) => {
      const [job] = db.nextDueJobs(now(), 10);
      expect(job?.jobId).toBe('job-v2');
      expect(job?.payload).toEqual(utf8('payload v2'));
    },
  },
  3: {
    seed: (db) => {
      const seen = new SeenTables(db, now);
      seen.deviceSync('dedup-v3');
      seen.envelope(new Uint8Array(32).fill(3));
    },
    check: (db) => {
      expect(db.seenDeviceSync('dedup-v3')).toBe(true);
      expect(db.seenEnvelope(new Uint8Array(32).fill(3))).toBe(true);
    },
  },
  4: {
    seed: (db, key) => {
      const outbox = new Outbox(db, key, now);
      const job = { peerUid: 'peer-4', kind: 'message', payload: utf8('v4') };
      outbox.enqueue({ ...job, jobId: 'v4-first', nextAttemptAt: 5_000 });
      outbox.enqueue({ ...job, jobId: 'v4-second' });
    },
    check: (db) => {
      // The later job waits behind the earlier one (per-peer FIFO).
      expect(db.nextDueJobs(4_999, 10).filter((j) => j.peerUid === 'peer-4')).toEqual([]);
      const due = db.nextDueJobs(5_000, 10).filter((j) => j.peerUid === 'peer-4');
      expect(due.map((j) => j.jobId)).toEqual(['v4-first', 'v4-second']);
    },
  },
  5: {
    seed: (db, key) => {
      new SyncInbox(db, key, now).add('device-5', utf8('sync v5'));
    },
    check: (db) => {
      const [entry] = db.nextSyncInbox(10);
      expect(entry).toMatchObject({ deviceUid: 'device-5', payload: utf8('sync v5') });
      expect(db.removeSyncInbox(entry?.id ?? -1)).toBe(true);
      expect(db.nextSyncInbox(10)).toEqual([]);
    },
  },
  6: {
    seed: (db) => {
      const acks = new AcksOwed(db);
      acks.add('peer-6', { uuid: 'u6-b', kind: 'delivered', at: 600 });
      acks.add('peer-6', { uuid: 'u6-a', kind: 'delivered', at: 500 });
      acks.add('peer-6', { uuid: 'u6-a', kind: 'delivered', at: 999 }); // a repeat: no-op
    },
    check: (db) => {
      // Fixture 12 owes acks to peer-12 as well, when a database reached version 12.
      expect(db.peersOwedAcks().filter((uid) => uid !== 'peer-12')).toEqual(['peer-6']);
      const owed = db.acksOwed('peer-6', 10);
      expect(owed).toEqual([
        { uuid: 'u6-a', kind: 'delivered', at: 500 },
        { uuid: 'u6-b', kind: 'delivered', at: 600 },
      ]);
      expect(db.removeAcksOwed('peer-6', owed)).toBe(2);
      expect(db.peersOwedAcks()).not.toContain('peer-6');
    },
  },
  7: {
    seed: (db, key) => {
      const out = new SyncOutbox(db, key, now);
      out.add({ dedupId: 'd7-a', kind: 'payload', payload: utf8('sync v7'), targets: ['dev-7'] });
      out.add({ dedupId: 'd7-b', kind: 'peer', ref: 'peer-7' });
      out.markDone(1, 'dev-7');
      out.markDone(1, 'dev-7'); // a repeat: no-op
      insertV1(db, key, sampleMessage('u7', 'v7', { outbound: true }), 'peer-7');
    },
    check: (db) => {
      const [a, b] = db.syncOutPage(0, 10);
      expect(a).toMatchObject({ dedupId: 'd7-a', kind: 'payload', targets: ['dev-7'] });
      expect(a?.done).toEqual(['dev-7']);
      expect(a?.payload).toEqual(utf8('sync v7'));
      expect(b).toMatchObject({ dedupId: 'd7-b', kind: 'peer', ref: 'peer-7', done: [] });
      expect(b?.targets).toBeUndefined();
      expect(db.unsentMessages().map((m) => m.uuid)).toContain('u7');
    },
  },
  8: {
    seed: (db, key) => {
      const kept = new UnopenedEntries(db, key, now);
      kept.add('peer-8', new Uint8Array(32).fill(8), utf8('entry v8'));
      kept.add('peer-8', new Uint8Array(32).fill(8), utf8('entry v8')); // a repeat: no-op
    },
    check: (db) => {
      expect(db.peersWithUnopened()).toEqual(['peer-8']);
      const [entry, ...rest] = db.unopenedEntries('peer-8', 10);
      expect(rest).toEqual([]);
      expect(entry?.packed).toEqual(utf8('entry v8'));
      expect(db.removeUnopened('peer-8', [new Uint8Array(32).fill(8)])).toBe(1);
    },
  },
  9: {
    seed: (db, key) => {
      new QueueGaps(db, key, now).set('http://relay-9', new Uint8Array(32).fill(9), {
        expired: 3,
        unknown: true,
      });
    },
    check: (db) => {
      const queue = new Uint8Array(32).fill(9);
      expect(db.queueGap('http://relay-9', queue)).toEqual({ expired: 3, unknown: true });
      expect(db.queueGap('http://another-relay', queue)).toBeUndefined();
    },
  },
  10: {
    seed: (db, key) => {
      new MessageMods(db, key, now).hold('peer-10', 'msg-10', { deleted: 'everyone' });
    },
    check: (db) => {
      db.insertMessage('peer-10', sampleMessage('msg-10', 'never shown'));
      const stored = db.getMessage('peer-10', 'msg-10');
      expect(stored?.message.deleted).toBe('everyone');
      expect(stored?.message.text).toBe('');
    },
  },
  11: {
    seed: (db, key) => {
      const table = new MessagesTable(db, key, now);
      const timer = { expireTimer: 300, expireStart: 500 };
      table.insert('peer-11', sampleMessage('u11-a', 'gone at 300500', timer));
      table.insert('peer-11', sampleMessage('u11-b', 'stays'));
    },
    check: (db) => {
      expect(db.nextExpiryAt()).toBe(300_500);
      expect(db.purgeExpired(300_500)).toMatchObject([{ peerUid: 'peer-11', uuid: 'u11-a' }]);
      expect(db.getMessage('peer-11', 'u11-a')).toBeUndefined();
      expect(must(db.getMessage('peer-11', 'u11-b')).expiresAt).toBeNull();
      // The tombstone keeps a late copy out.
      expect(db.insertMessage('peer-11', sampleMessage('u11-a', 'again')).inserted).toBe(false);
    },
  },
  12: {
    seed: (db) => {
      const acks = new AcksOwed(db);
      acks.addUnit('peer-12', [
        { uuid: 'u12-a', kind: 'delivered', at: 700 },
        { uuid: 'u12-b', kind: 'delivered', at: 700 },
      ]);
    },
    check: (db) => {
      expect(db.countAcksOwed('peer-12', 10)).toBe(2);
      expect(db.acksOwed('peer-12', 10)).toEqual([
        { uuid: 'u12-a', kind: 'delivered', at: 700 },
        { uuid: 'u12-b', kind: 'delivered', at: 700 },
      ]);
      expect(db.removeAcksOwed('peer-12', [{ uuid: 'u12-a', kind: 'delivered', at: 700 }])).toBe(1);
      expect(db.acksOwed('peer-12', 10).map((a) => a.uuid)).toEqual(['u12-b']);
    },
  },
  13: {
    seed: (db, key) => {
      const table = new MessagesTable(db, key, now);
      table.insert('peer-13', sampleMessage('u13-a', 'unread'));
      table.insert('peer-13', sampleMessage('u13-b', 'read', { readAt: 900 }));
      table.insert('peer-13', sampleMessage('u13-c', 'sent', { outbound: true }));
    },
    check: (db) => {
      expect(db.unreadCounts().get('peer-13')).toBe(1);
    },
  },
  14: {
    seed: (db, key) => {
      new AttachmentRows(db, key, now).add({
        localId: 'a14',
        peerUid: 'peer-14',
        messageUuid: 'u14',
        position: 0,
        outbound: false,
        state: 'queued',
        plaintextLength: 5,
        chunkCount: 1,
        secrets: { pointer: utf8('pointer v14') },
      });
    },
    check: (db) => {
      expect(db.attachment('a14')).toMatchObject({ state: 'queued', messageUuid: 'u14' });
      expect(db.attachment('a14')?.secrets.pointer).toEqual(utf8('pointer v14'));
      expect(db.dueAttachments(now(), 10).map((a) => a.localId)).toEqual(['a14']);
    },
  },
};

function openRaw(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  return db;
}

describe('migrations', () => {
  it('has a fixture for every migration', () => {
    expect(Object.keys(FIXTURES).map(Number)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it.each(Array.from({ length: LATEST }, (_, i) => i))(
    'upgrades a database at version %i to the latest, keeping its data',
    async (start) => {
      const file = join(await temp.make(), 'messages.db');
      const key = generateDbKey();
      const raw = openRaw(file);
      expect(migrate(raw, MIGRATIONS, start)).toBe(start);
      for (let v = 1; v <= start; v++) must(FIXTURES[v]).seed(raw, key);
      raw.close();

      const db = MessageDb.open(file, key, { now });
      for (let v = 1; v <= start; v++) must(FIXTURES[v]).check(db);
      db.close();
      const after = openRaw(file);
      expect(schemaVersion(after)).toBe(LATEST);
      after.close();
    },
  );

  it('steps one version at a time, each in its own transaction', () => {
    const db = new Database(':memory:');
    for (let v = 1; v <= LATEST; v++) expect(migrate(db, MIGRATIONS, v)).toBe(v);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((r) => r.name);
    expect(tables).toEqual([
      'acks_owed',
      'acks_owed_units',
      'attachments',
      'device_sync_seen',
      'envelope_seen',
      'expired_messages',
      'message_mods',
      'messages',
      'meta',
      'outbox',
      'queue_gaps',
      'sqlite_sequence', // AUTOINCREMENT of sync_inbox and sync_outbox
      'sync_inbox',
      'sync_outbox',
      'unopened_entries',
    ]);
    db.close();
  });

  it('rolls a failing migration back completely', () => {
    const db = new Database(':memory:');
    const broken: Migration = {
      version: LATEST + 1,
      description: 'broken',
      up(d) {
        d.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    expect(codeOf(() => migrate(db, [...MIGRATIONS, broken]))).toBe('DB_MIGRATION_FAILED');
    expect(schemaVersion(db)).toBe(LATEST);
    const half = db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half_done'").get();
    expect(half).toBeUndefined();
    db.close();
  });

  it('refuses a database from the future and leaves it alone', async () => {
    const file = join(await temp.make(), 'messages.db');
    const raw = openRaw(file);
    migrate(raw);
    raw.pragma(`user_version = ${LATEST + 1}`);
    raw.close();
    expect(codeOf(() => MessageDb.open(file, generateDbKey()))).toBe('DB_MIGRATION_FAILED');
    const again = openRaw(file);
    expect(schemaVersion(again)).toBe(LATEST + 1);
    again.close();
  });

  it('refuses a badly numbered migration list and downgrades', () => {
    const db = new Database(':memory:');
    const gap = [{ ...must(MIGRATIONS[0]), version: 2 }];
    expect(codeOf(() => migrate(db, gap))).toBe('INTERNAL');
    migrate(db);
    expect(codeOf(() => migrate(db, MIGRATIONS, 1))).toBe('INVALID_ARGUMENT');
    db.close();
  });
});
