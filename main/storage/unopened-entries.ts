/**
 * Entries a contact's primary pulled but could not open (PROTOCOL.md §10 "Entries a primary
 * cannot open"): during a takeover race a device that still believes it is the primary (an old
 * primary back before it applied the `peer_update` waiting for it, the losing one of two
 * claimants) pulls entries sealed on the new primary's session. It acks them at the relay like
 * any handled entry, so this table is the only copy left: they are kept here, recorded before
 * the poll worker acks, and handed on to the new primary once this device learns it (devices/
 * unopened.ts), in the transaction that records that sync and deletes the rows.
 *
 * Most rows are never handed on (garbage someone pushed to the queue, entries sealed on a
 * session the contact dropped), so the table is bounded: at most MAX_UNOPENED_PER_PEER rows per
 * contact (the oldest go first) and nothing older than the engine's retention (it prunes at
 * start). The packed bytes are sealed with the db key like every other body, bound to their row.
 */
import type Database from 'better-sqlite3';
import { openValue, sealValue, storageAd } from './db-key';
import { requireId } from './message-codec';
import { requireHash } from './seen';

/** Rows kept per contact; adding one more drops the oldest. */
export const MAX_UNOPENED_PER_PEER = 500;

export interface UnopenedEntry {
  /** The envelope hash (dedup key at the device that finally opens it). */
  readonly hash: Uint8Array;
  /** The encoded PackedUserMessage, exactly as it was pulled. */
  readonly packed: Uint8Array;
  /** When it was recorded (ms). */
  readonly storedAt: number;
}

interface Row {
  readonly hash: Uint8Array;
  readonly packed: Uint8Array;
  readonly stored_at: number;
}

function ad(peerUid: string, hash: Uint8Array): Uint8Array {
  return storageAd('unopened_entries', peerUid, Buffer.from(hash).toString('hex'));
}

function prepare(db: Database.Database) {
  return {
    add: db.prepare<[string, Uint8Array, Uint8Array, number]>(
      `INSERT INTO unopened_entries (peer_uid, hash, packed, stored_at) VALUES (?, ?, ?, ?)
       ON CONFLICT DO NOTHING`,
    ),
    // Everything at or below the rowid of the (cap + 1)-th newest row of the contact.
    trim: db.prepare<[string, string, number]>(
      `DELETE FROM unopened_entries WHERE peer_uid = ? AND rowid <= (
         SELECT rowid FROM unopened_entries WHERE peer_uid = ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
       )`,
    ),
    forPeer: db.prepare<[string, number], Row>(
      `SELECT hash, packed, stored_at FROM unopened_entries WHERE peer_uid = ?
       ORDER BY rowid LIMIT ?`,
    ),
    remove: db.prepare<[string, Uint8Array]>(
      'DELETE FROM unopened_entries WHERE peer_uid = ? AND hash = ?',
    ),
    prune: db.prepare<[number]>('DELETE FROM unopened_entries WHERE stored_at < ?'),
    peers: db.prepare<[], { peer_uid: string }>(
      'SELECT DISTINCT peer_uid FROM unopened_entries ORDER BY peer_uid',
    ),
  };
}

export class UnopenedEntries {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /**
   * Keeps an entry of `peerUid`; true if it was new (the same entry again, e.g. re-pulled after
   * a crash before the relay ack, is a no-op). Beyond the cap the contact's oldest rows go.
   */
  add(peerUid: string, hash: Uint8Array, packed: Uint8Array): boolean {
    requireId(peerUid, 'peer uid');
    requireHash(hash);
    const sealed = sealValue(this.dbKey, packed, ad(peerUid, hash));
    if (this.sql.add.run(peerUid, hash, sealed, this.now()).changes === 0) return false;
    this.sql.trim.run(peerUid, peerUid, MAX_UNOPENED_PER_PEER);
    return true;
  }

  /** Up to `limit` entries of one contact, in the order they were recorded (queue order). */
  forPeer(peerUid: string, limit: number): UnopenedEntry[] {
    return this.sql.forPeer.all(peerUid, limit).map((r) => ({
      hash: Uint8Array.from(r.hash), // a Buffer from SQLite; a plain array like every caller's
      packed: openValue(this.dbKey, r.packed, ad(peerUid, r.hash)),
      storedAt: r.stored_at,
    }));
  }

  /** Forgets the given entries of `peerUid`; returns how many were removed. */
  remove(peerUid: string, hashes: readonly Uint8Array[]): number {
    let removed = 0;
    for (const hash of hashes) removed += this.sql.remove.run(peerUid, hash).changes;
    return removed;
  }

  /** Forgets entries recorded before `before` (ms); returns how many were removed. */
  prune(before: number): number {
    return this.sql.prune.run(before).changes;
  }

  /** Every contact with at least one entry kept. */
  peers(): string[] {
    return this.sql.peers.all().map((r) => r.peer_uid);
  }
}
