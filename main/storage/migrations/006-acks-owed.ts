import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration006: Migration = {
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
};
