import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration010: Migration = {
  version: 10,
  description: 'message_mods (an edit or delete that arrived before the message it changes)',
  up(db) {
    // `patch` is sealed with the db key (an edit carries text); only ids and times are plain.
    db.exec(`
        CREATE TABLE message_mods (
          id INTEGER PRIMARY KEY,
          peer_uid TEXT NOT NULL,
          target_uuid TEXT NOT NULL,
          stored_at INTEGER NOT NULL,
          patch BLOB NOT NULL
        ) STRICT;
        CREATE INDEX message_mods_target ON message_mods (peer_uid, target_uuid);
      `);
  },
};
