/**
 * What the user removed from a contact, kept so it stays removed (docs/PROTOCOL.md §10
 * "Contacts"): a cleared conversation (every message stored at or before `clearedAt` goes, and
 * a late copy of one — a sibling's `msg` sync, a history chunk — is not stored again) and a
 * deleted contact (its messages, owed acks, queued jobs and kept entries go, and nothing about
 * it is stored again). The marks live in the `meta` table (key `peer-removal.<uid>`: ids and
 * times only, no content), so no schema migration is needed; a deleted contact's mark is also
 * how the engine's start finishes a deletion a crash interrupted (engine/contact-removal.ts).
 * Used through MessageDb, inside the transaction of the change.
 */
import type Database from 'better-sqlite3';

const PREFIX = 'app.peer-removal.';

export interface PeerRemoval {
  /** Messages stored at or before this time (ms, the removing device's clock) are gone. */
  readonly clearedAt: number;
  /** The contact itself is deleted. */
  readonly deleted: boolean;
}

function prepare(db: Database.Database) {
  return {
    get: db.prepare<[string], { value: Uint8Array }>('SELECT value FROM meta WHERE key = ?'),
    set: db.prepare<[string, Uint8Array]>(
      `INSERT INTO meta (key, value) VALUES (?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ),
    deleted: db.prepare<[string], { key: string; value: Uint8Array }>(
      'SELECT key, value FROM meta WHERE key LIKE ?',
    ),
    clear: db.prepare<[string, number]>(
      'DELETE FROM messages WHERE peer_uid = ? AND created_at <= ?',
    ),
    dropMessages: db.prepare<[string]>('DELETE FROM messages WHERE peer_uid = ?'),
    dropAcks: db.prepare<[string]>('DELETE FROM acks_owed WHERE peer_uid = ?'),
    dropAckUnits: db.prepare<[string]>('DELETE FROM acks_owed_units WHERE peer_uid = ?'),
    dropJobs: db.prepare<[string]>('DELETE FROM outbox WHERE peer_uid = ?'),
    dropUnopened: db.prepare<[string]>('DELETE FROM unopened_entries WHERE peer_uid = ?'),
  };
}

function encode(removal: PeerRemoval): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(removal));
}

function decode(value: Uint8Array): PeerRemoval {
  const json = JSON.parse(new TextDecoder().decode(value)) as Partial<PeerRemoval>;
  return {
    clearedAt: typeof json.clearedAt === 'number' ? json.clearedAt : 0,
    deleted: json.deleted === true,
  };
}

export class PeerRemovals {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.sql = prepare(db);
  }

  get(peerUid: string): PeerRemoval | undefined {
    const row = this.sql.get.get(PREFIX + peerUid);
    return row ? decode(row.value) : undefined;
  }

  /** Whether a message of `peerUid` stored at `createdAt` was removed (must not come back). */
  isRemoved(peerUid: string, createdAt: number): boolean {
    const removal = this.get(peerUid);
    return removal !== undefined && (removal.deleted || createdAt <= removal.clearedAt);
  }

  /** Removes the conversation's messages up to `at`; returns how many went. */
  clear(peerUid: string, at: number): number {
    const before = this.get(peerUid);
    const clearedAt = Math.max(at, before?.clearedAt ?? 0);
    this.sql.set.run(PREFIX + peerUid, encode({ clearedAt, deleted: before?.deleted ?? false }));
    return this.sql.clear.run(peerUid, clearedAt).changes;
  }

  /** Removes everything stored about the contact and marks it deleted for good. */
  delete(peerUid: string, at: number): void {
    const clearedAt = Math.max(at, this.get(peerUid)?.clearedAt ?? 0);
    this.sql.set.run(PREFIX + peerUid, encode({ clearedAt, deleted: true }));
    this.sql.dropMessages.run(peerUid);
    this.sql.dropAcks.run(peerUid);
    this.sql.dropAckUnits.run(peerUid);
    this.sql.dropJobs.run(peerUid);
    this.sql.dropUnopened.run(peerUid);
  }

  /** Uids of every deleted contact. */
  deleted(): string[] {
    return this.sql.deleted
      .all(`${PREFIX}%`)
      .filter((r) => decode(r.value).deleted)
      .map((r) => r.key.slice(PREFIX.length));
  }
}
