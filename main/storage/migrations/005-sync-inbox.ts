import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration005: Migration = {
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
};
