import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration003: Migration = {
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
};
