import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration007: Migration = {
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
};
