/**
 * Acks owed to contacts: a delivery ack is recorded here in the same transaction that stores
 * the message it acknowledges, and removed in the transaction that queues the sealed ack job.
 * So a crash between storing a message and queueing its ack no longer loses the ack (the
 * re-delivered envelope is dropped by its hash, so nothing else would ever send it); the engine
 * queues whatever is still owed on its next start.
 * Plain columns only: ids, the ack kind and a timestamp (no message content).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { requireId } from './message-codec';

export type AckKind = 'delivered' | 'read';

export interface OwedAck {
  readonly uuid: string;
  readonly kind: AckKind;
  /** When it was delivered / read (ms): the time the ack carries. */
  readonly at: number;
}

interface Row {
  readonly uuid: string;
  readonly kind: string;
  readonly at: number;
}

function prepare(db: Database.Database) {
  return {
    add: db.prepare<[string, string, string, number]>(
      `INSERT INTO acks_owed (peer_uid, uuid, kind, at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ),
    forPeer: db.prepare<[string, number], Row>(
      'SELECT uuid, kind, at FROM acks_owed WHERE peer_uid = ? ORDER BY at, uuid, kind LIMIT ?',
    ),
    count: db.prepare<[string, number], { n: number }>(
      'SELECT COUNT(*) AS n FROM (SELECT 1 FROM acks_owed WHERE peer_uid = ? LIMIT ?)',
    ),
    remove: db.prepare<[string, string, string]>(
      'DELETE FROM acks_owed WHERE peer_uid = ? AND uuid = ? AND kind = ?',
    ),
    peers: db.prepare<[], { peer_uid: string }>(
      'SELECT DISTINCT peer_uid FROM acks_owed ORDER BY peer_uid',
    ),
  };
}

function toKind(value: string): AckKind {
  if (value === 'delivered' || value === 'read') return value;
  throw new AppError('STORAGE_CORRUPT', 'owed ack of an unknown kind');
}

export class AcksOwed {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(db: Database.Database) {
    this.sql = prepare(db);
  }

  /** Records an ack owed to `peerUid`; recording the same (uuid, kind) again is a no-op. */
  add(peerUid: string, ack: OwedAck): void {
    requireId(peerUid, 'peer uid');
    requireId(ack.uuid, 'message uuid');
    this.sql.add.run(peerUid, ack.uuid, ack.kind, ack.at);
  }

  /** Up to `limit` acks owed to one peer, oldest first. */
  forPeer(peerUid: string, limit: number): OwedAck[] {
    return this.sql.forPeer
      .all(peerUid, limit)
      .map((r) => ({ uuid: r.uuid, kind: toKind(r.kind), at: r.at }));
  }

  /** How many acks are owed to one peer, counting no further than `limit` (no rows read). */
  countUpTo(peerUid: string, limit: number): number {
    return this.sql.count.get(peerUid, limit)?.n ?? 0;
  }

  /** Forgets acks that were queued (or can no longer be sent); returns how many were removed. */
  remove(peerUid: string, acks: readonly OwedAck[]): number {
    let removed = 0;
    for (const ack of acks) removed += this.sql.remove.run(peerUid, ack.uuid, ack.kind).changes;
    return removed;
  }

  /** Every peer that is owed at least one ack. */
  peers(): string[] {
    return this.sql.peers.all().map((r) => r.peer_uid);
  }
}
