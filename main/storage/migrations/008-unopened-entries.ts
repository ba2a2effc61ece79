import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration008: Migration = {
  version: 8,
  description: "unopened_entries (a contact's entries its primary could not open, kept to hand on)",
  up(db) {
    // A rowid table (not WITHOUT ROWID): the rowid is the order entries were recorded in, which
    // is the queue order they are handed on in.
    db.exec(`
        CREATE TABLE unopened_entries (
          peer_uid TEXT NOT NULL,
          hash BLOB NOT NULL,
          packed BLOB NOT NULL,
          stored_at INTEGER NOT NULL,
          PRIMARY KEY (peer_uid, hash)
        ) STRICT;
        CREATE INDEX unopened_entries_age ON unopened_entries (stored_at);
      `);
  },
};
