import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration009: Migration = {
  version: 9,
  description: 'queue_gaps (the last relay gap report noted per queue, so it is noted once)',
  up(db) {
    // `queue_id` is a keyed hash of (relay, lookup key) (queue-gaps.ts): the file does not
    // name a queue a relay could recognise.
    db.exec(`
        CREATE TABLE queue_gaps (
          queue_id BLOB PRIMARY KEY,
          expired INTEGER NOT NULL,
          unknown INTEGER NOT NULL CHECK (unknown IN (0, 1)),
          updated_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
      `);
  },
};
