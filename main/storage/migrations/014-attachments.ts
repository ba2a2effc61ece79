import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration014: Migration = {
  version: 14,
  description:
    'attachments (one row per photo or file of a message: transfer state, sealed secrets)',
  up(db) {
    // Plain columns hold only ids, states, sizes and times (the privacy rule in ./index.ts);
    // the pointer, key and tokens are in `body`, sealed with the db key (attachment-rows.ts).
    // `attachments_work` lists what a worker has to move, in due order.
    db.exec(`
        CREATE TABLE attachments (
          local_id TEXT PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          message_uuid TEXT NOT NULL,
          position INTEGER NOT NULL,
          outbound INTEGER NOT NULL CHECK (outbound IN (0, 1)),
          state TEXT NOT NULL,
          plaintext_length INTEGER NOT NULL,
          chunk_count INTEGER NOT NULL,
          done_chunks INTEGER NOT NULL DEFAULT 0,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          body BLOB NOT NULL,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          UNIQUE (peer_uid, message_uuid, position)
        ) STRICT;
        CREATE INDEX attachments_work ON attachments (next_attempt_at)
          WHERE state IN ('encrypting', 'uploading', 'queued', 'purging', 'deleting');
      `);
  },
};
