import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration013: Migration = {
  version: 13,
  description: 'messages_unread holds only the unread received messages (a partial index)',
  up(db) {
    // The conversation list's unread counts (messages-table.ts `unread`) are read at every
    // unlock. The index over every row made that a walk of the whole history: 58 ms for a
    // 100,000-message conversation at unlock (bench:ui, README). Only the unread received rows
    // are entries now, so the count walks those, and sent or read messages cost no entry.
    db.exec(`
        DROP INDEX messages_unread;
        CREATE INDEX messages_unread ON messages (peer_uid) WHERE outbound = 0 AND read_at IS NULL;
      `);
  },
};
