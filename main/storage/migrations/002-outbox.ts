import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration002: Migration = {
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
};
