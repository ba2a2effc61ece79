/**
 * Forward-only schema migrations of the message database (DESIGN.md §5). The schema version is
 * SQLite's `PRAGMA user_version`; migration N moves it from N-1 to N inside one transaction
 * (SQLite DDL and user_version are transactional), so a crash mid-migration leaves the previous
 * version intact. Rules for adding one: append, never edit a shipped migration, never renumber,
 * and add its case to migrations.test.ts.
 *
 * Privacy rule for every table: message text and other secrets go only into sealed BLOBs
 * (db-key.ts); plain columns hold ids, states and timestamps.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';

export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'messages (sealed bodies) and meta (db-key check)',
    up(db) {
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
        CREATE TABLE messages (
          id INTEGER PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          uuid TEXT NOT NULL,
          outbound INTEGER NOT NULL CHECK (outbound IN (0, 1)),
          state TEXT NOT NULL CHECK (state IN
            ('pending', 'pending_forward', 'sent', 'delivered', 'read', 'failed', 'received')),
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          sent_at INTEGER,
          delivered_at INTEGER,
          read_at INTEGER,
          failure_reason TEXT,
          body BLOB NOT NULL,
          UNIQUE (peer_uid, uuid)
        ) STRICT;
        -- newest-first pages of one conversation: WHERE peer_uid = ? AND (created_at, id) < (?, ?)
        CREATE INDEX messages_page ON messages (peer_uid, created_at, id);
        -- unread counts: outbound = 0 AND read_at IS NULL, grouped by peer
        CREATE INDEX messages_unread ON messages (peer_uid, outbound, read_at);
      `);
    },
  },
  {
    version: 2,
    description: 'outbox (durable send jobs)',
    up(db) {
      db.exec(`
        CREATE TABLE outbox (
          job_id TEXT PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          kind TEXT NOT NULL,
          payload BLOB NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL,
          last_error TEXT,
          created_at INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX outbox_due ON outbox (next_attempt_at, created_at, job_id);
      `);
    },
  },
  {
    version: 3,
    description: 'dedup tables: device_sync_seen (MULTI_DEVICE_SPEC) and envelope_seen',
    up(db) {
      db.exec(`
        CREATE TABLE device_sync_seen (
          dedup_id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX device_sync_seen_age ON device_sync_seen (seen_at);
        CREATE TABLE envelope_seen (
          hash BLOB PRIMARY KEY, seen_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX envelope_seen_age ON envelope_seen (seen_at);
      `);
    },
  },
  {
    version: 4,
    description: 'outbox index per peer (per-peer FIFO when queueing and deferring)',
    up(db) {
      db.exec('CREATE INDEX outbox_peer ON outbox (peer_uid, next_attempt_at);');
    },
  },
  {
    version: 5,
    description: 'sync_inbox (device syncs decrypted but not yet applied)',
    up(db) {
      db.exec(`
        CREATE TABLE sync_inbox (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          device_uid TEXT NOT NULL,
          payload BLOB NOT NULL,
          received_at INTEGER NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    version: 6,
    description: 'acks_owed (delivery acks recorded with their message until their job is queued)',
    up(db) {
      db.exec(`
        CREATE TABLE acks_owed (
          peer_uid TEXT NOT NULL,
          uuid TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('delivered', 'read')),
          at INTEGER NOT NULL,
          PRIMARY KEY (peer_uid, uuid, kind)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
  {
    version: 7,
    description: 'sync_outbox (device syncs owed, written with the change that causes them)',
    up(db) {
      db.exec(`
        CREATE TABLE sync_outbox (
          id INTEGER PRIMARY KEY AUTOINCREMENT,
          dedup_id TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('payload', 'peer', 'identity', 'server')),
          ref TEXT NOT NULL,
          targets TEXT,
          done TEXT NOT NULL DEFAULT '[]',
          payload BLOB,
          created_at INTEGER NOT NULL
        ) STRICT;
        -- start-up repair: outbound messages not yet accepted by a relay
        CREATE INDEX messages_unsent ON messages (state) WHERE state IN ('pending', 'pending_forward');
      `);
    },
  },
];

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function requireWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new AppError('INTERNAL', `migration list is not numbered 1..n (at ${m.version})`);
    }
  });
}

function runOne(db: Database.Database, m: Migration): void {
  try {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  } catch (cause) {
    const message = `migration ${m.version} (${m.description}) failed; the database is unchanged`;
    throw new AppError('DB_MIGRATION_FAILED', message, { cause });
  }
}

/**
 * Brings the database to `target` (default: the latest known version) and returns the version
 * reached. A database newer than this code is refused, never downgraded: the user must run the
 * newer app (or restore a backup).
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = migrations.length,
): number {
  requireWellFormed(migrations);
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new AppError(
      'DB_MIGRATION_FAILED',
      `the message database has schema version ${current}, but this app knows only up to ` +
        `${migrations.length}; it was written by a newer version of the app — update the app`,
    );
  }
  if (target < current || target > migrations.length) {
    throw new AppError('INVALID_ARGUMENT', `cannot migrate from ${current} to ${target}`);
  }
  for (const m of migrations.slice(current, target)) runOne(db, m);
  return schemaVersion(db);
}
