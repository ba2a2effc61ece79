/**
 * Disappearing messages at rest (PROTOCOL.md §9 "Disappearing messages"). A row's expiry is a
 * pure function of its own body (`expire_start` + `expire_timer`), written to the plain
 * `messages.expires_at` column when stored, so every device computes the same moment and purges
 * with one indexed query. A purged row is deleted whole (the sealed body with its text goes);
 * only (peer, uuid) stays in `expired_messages` as a dedup tombstone, so a late copy of it —
 * a sibling's sync, a history chunk, a relay re-delivery — is never stored or shown again.
 */
import type Database from 'better-sqlite3';
import type { meow } from '../../proto';

/** A purged message: what the UI needs to drop it. */
export interface ExpiredMessage {
  /** Its row id (the search index drops it). */
  readonly id: number;
  readonly peerUid: string;
  readonly uuid: string;
}

/** When the message `m` disappears (ms), or null when it never does. */
export function expiresAtOf(m: meow.IDbMessage): number | null {
  const seconds = m.expireTimer ?? 0;
  const start = m.expireStart ?? 0;
  if (seconds <= 0 || !Number.isFinite(start) || start <= 0) return null;
  return start + seconds * 1000;
}

/** Whether `m` has expired at `now`. */
export function isExpiredAt(m: meow.IDbMessage, now: number): boolean {
  const at = expiresAtOf(m);
  return at !== null && at <= now;
}

/** At most this many rows per purge transaction (the worker comes back for the rest). */
const PURGE_BATCH = 500;

function prepare(db: Database.Database) {
  return {
    has: db.prepare<[string, string], { n: number }>(
      'SELECT 1 AS n FROM expired_messages WHERE peer_uid = ? AND uuid = ?',
    ),
    add: db.prepare<[string, string, number]>(
      `INSERT INTO expired_messages (peer_uid, uuid, expired_at) VALUES (?, ?, ?)
       ON CONFLICT (peer_uid, uuid) DO NOTHING`,
    ),
    due: db.prepare<[number, number], { id: number; peer_uid: string; uuid: string }>(
      `SELECT id, peer_uid, uuid FROM messages WHERE expires_at IS NOT NULL AND expires_at <= ?
       ORDER BY expires_at LIMIT ?`,
    ),
    remove: db.prepare<[number]>('DELETE FROM messages WHERE id = ?'),
    next: db.prepare<[], { at: number | null }>(
      'SELECT MIN(expires_at) AS at FROM messages WHERE expires_at IS NOT NULL',
    ),
  };
}

export class ExpiredMessages {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /** Whether (peer, uuid) expired here before: a copy of it is dropped. */
  has(peerUid: string, uuid: string): boolean {
    return this.sql.has.get(peerUid, uuid) !== undefined;
  }

  /** Records the tombstone of a message that arrived already expired (nothing else stored). */
  add(peerUid: string, uuid: string): void {
    this.sql.add.run(peerUid, uuid, this.now());
  }

  /**
   * Deletes every row expired at `now` (up to a batch), leaving a tombstone for each, in one
   * transaction. Returns what went, oldest expiry first.
   */
  purge(now: number): ExpiredMessage[] {
    if (this.sql.due.all(now, 1).length === 0) return []; // the common case: no transaction
    return this.db.transaction(() => {
      const rows = this.sql.due.all(now, PURGE_BATCH);
      for (const row of rows) {
        this.sql.add.run(row.peer_uid, row.uuid, now);
        this.sql.remove.run(row.id);
      }
      return rows.map((r) => ({ id: r.id, peerUid: r.peer_uid, uuid: r.uuid }));
    })();
  }

  /** The next moment a stored row expires (ms), or undefined when none will. */
  nextAt(): number | undefined {
    return this.sql.next.get()?.at ?? undefined;
  }
}
