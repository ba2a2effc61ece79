import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration012: Migration = {
  version: 12,
  description: 'acks_owed_units (the delivery acks owed for one received unit in one row)',
  up(db) {
    // A received unit owes one delivery ack per message: one row for all of them rather than a
    // row (and a B-tree insert) each (storage/acks-owed.ts). `acks` is JSON [[uuid, at], …]:
    // ids and timestamps only, like acks_owed's plain columns; `n` is its length.
    db.exec(`
        CREATE TABLE acks_owed_units (
          id INTEGER PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('delivered', 'read')),
          n INTEGER NOT NULL CHECK (n > 0),
          acks TEXT NOT NULL
        ) STRICT;
        CREATE INDEX acks_owed_units_peer ON acks_owed_units (peer_uid, id);
      `);
  },
};
