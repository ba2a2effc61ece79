import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration001: Migration = {
  version: 1,
  description: 'messages (sealed bodies) and meta (db-key check)',
  up(db) {
    db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL) STRICT;
        CREATE TABLE messages (
          id INTEGER PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          uuid TEXT NOT NULL,
          outbound INTEGER NOT NULL CHECK (outbound IN (0, 1)),
          state TEXT NOT NULL CHECK (state IN
            ('pending', 'pending_forward', 'sent', 'delivered', 'read', 'failed', 'received')),
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          sent_at INTEGER,
          delivered_at INTEGER,
          read_at INTEGER,
          failure_reason TEXT,
          body BLOB NOT NULL,
          UNIQUE (peer_uid, uuid)
        ) STRICT;
        -- newest-first pages of one conversation: WHERE peer_uid = ? AND (created_at, id) < (?, ?)
        CREATE INDEX messages_page ON messages (peer_uid, created_at, id);
        -- unread counts: outbound = 0 AND read_at IS NULL, grouped by peer
        CREATE INDEX messages_unread ON messages (peer_uid, outbound, read_at);
      `);
  },
};
