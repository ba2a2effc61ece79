import type { Migration } from './migration';

/** A shipped migration: never edit or renumber it (rules in ./index.ts). */
export const migration004: Migration = {
  version: 4,
  description: 'outbox index per peer (per-peer FIFO when queueing and deferring)',
  up(db) {
    db.exec('CREATE INDEX outbox_peer ON outbox (peer_uid, next_attempt_at);');
  },
};
