import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration011: Migration = {
  version: 11,
  description: 'disappearing messages: messages.expires_at and expired_messages (dedup tombstones)',
  up(db) {
    // `expires_at` is a plain timestamp like created_at (ms; NULL = never), so every device
    // purges with one indexed query. A purged message leaves only (peer, uuid) behind, so a
    // copy arriving later (a sync, a history chunk, a relay re-delivery) is not stored again.
    db.exec(`
        ALTER TABLE messages ADD COLUMN expires_at INTEGER;
        CREATE INDEX messages_expiry ON messages (expires_at) WHERE expires_at IS NOT NULL;
        CREATE TABLE expired_messages (
          peer_uid TEXT NOT NULL,
          uuid TEXT NOT NULL,
          expired_at INTEGER NOT NULL,
          PRIMARY KEY (peer_uid, uuid)
        ) STRICT, WITHOUT ROWID;
      `);
  },
};
