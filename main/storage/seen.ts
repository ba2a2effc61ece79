/**
 * Dedup tables. Delivery is at-least-once (the relay re-sends until acked), so the engine asks
 * "seen before?" and records the answer in one atomic statement:
 * - `envelope_seen`: hash of a packed envelope, checked before decryption (`hasEnvelope`, a
 *   read) and recorded with the envelope's effect, so a re-delivered envelope is never stored
 *   or applied twice (DESIGN.md §3; a contact's is only opened again to spend a ratchet key a
 *   crash left unspent, client/engine/receive.ts);
 * - `device_sync_seen`: `DeviceSyncPayload.dedup_id` (MULTI_DEVICE_SPEC "Dedup").
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { requireId } from './message-codec';

const MAX_HASH_BYTES = 64;

function prepare(db: Database.Database) {
  return {
    sync: db.prepare<[string, number]>(
      'INSERT INTO device_sync_seen (dedup_id, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    envelope: db.prepare<[Uint8Array, number]>(
      'INSERT INTO envelope_seen (hash, seen_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
    ),
    hasEnvelope: db.prepare<[Uint8Array], { one: number }>(
      'SELECT 1 AS one FROM envelope_seen WHERE hash = ?',
    ),
    recentEnvelopes: db.prepare<[number, number], { hash: Uint8Array }>(
      'SELECT hash FROM envelope_seen WHERE seen_at >= ? ORDER BY seen_at DESC LIMIT ?',
    ),
    pruneSync: db.prepare<[number]>('DELETE FROM device_sync_seen WHERE seen_at < ?'),
    pruneEnvelope: db.prepare<[number]>('DELETE FROM envelope_seen WHERE seen_at < ?'),
  };
}

/** An envelope hash as the dedup tables (and unopened-entries.ts) store it. */
export function requireHash(hash: Uint8Array): void {
  if (!(hash instanceof Uint8Array) || hash.length === 0 || hash.length > MAX_HASH_BYTES) {
    throw new AppError('INVALID_ARGUMENT', `envelope hash must be 1..${MAX_HASH_BYTES} bytes`);
  }
}

/** Hashes looked up per statement by `knownEnvelopes` (far below SQLite's 32,766 variables). */
const LOOKUP_CHUNK = 500;

export class SeenTables {
  private readonly sql: ReturnType<typeof prepare>;
  /** `SELECT … IN (?, …)` by number of placeholders (a received unit is usually full). */
  private readonly lookups = new Map<number, Database.Statement<Uint8Array[], { hash: Buffer }>>();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /** Records `dedupId`; true if it had been recorded before (a duplicate to drop). */
  deviceSync(dedupId: string): boolean {
    requireId(dedupId, 'dedup id');
    return this.sql.sync.run(dedupId, this.now()).changes === 0;
  }

  /** Records an envelope hash; true if it had been recorded before (a duplicate to drop). */
  envelope(hash: Uint8Array): boolean {
    requireHash(hash);
    return this.sql.envelope.run(hash, this.now()).changes === 0;
  }

  /** Whether an envelope hash was recorded, without recording it (a read: no write, no fsync). */
  hasEnvelope(hash: Uint8Array): boolean {
    requireHash(hash);
    return this.sql.hasEnvelope.get(hash) !== undefined;
  }

  /**
   * Which of `hashes` were recorded (their hex), in one statement per LOOKUP_CHUNK rather than
   * one per hash: a received unit asks for hundreds at once.
   */
  knownEnvelopes(hashes: readonly Uint8Array[]): Set<string> {
    const known = new Set<string>();
    for (let i = 0; i < hashes.length; i += LOOKUP_CHUNK) {
      const chunk = hashes.slice(i, i + LOOKUP_CHUNK);
      chunk.forEach(requireHash);
      for (const row of this.lookup(chunk.length).all(...chunk)) {
        known.add(Buffer.from(row.hash).toString('hex'));
      }
    }
    return known;
  }

  private lookup(n: number): Database.Statement<Uint8Array[], { hash: Buffer }> {
    let statement = this.lookups.get(n);
    if (!statement) {
      const marks = Array.from({ length: n }, () => '?').join(', ');
      statement = this.db.prepare<Uint8Array[], { hash: Buffer }>(
        `SELECT hash FROM envelope_seen WHERE hash IN (${marks})`,
      );
      this.lookups.set(n, statement);
    }
    return statement;
  }

  /** Envelope hashes recorded since `since` (ms), newest first, at most `limit`. */
  recentEnvelopes(since: number, limit: number): Uint8Array[] {
    return this.sql.recentEnvelopes.all(since, limit).map((r) => r.hash);
  }

  /**
   * Forgets entries seen before `before` (ms). Safe once the relay can no longer re-deliver
   * them, i.e. older than its queue TTL plus a margin. Returns how many were removed.
   */
  prune(before: number): number {
    return this.sql.pruneSync.run(before).changes + this.sql.pruneEnvelope.run(before).changes;
  }
}
