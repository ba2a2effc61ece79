/**
 * The `queue_gaps` table: per queue on one relay, the last gap the relay reported
 * (PROTOCOL.md §8 "Expiry and gaps": entries its TTL removed unread). A relay may report the
 * same gap on every pull until the queue is acked past it, and a restarted engine pulls from
 * cursor 0 again, so the engine compares each report with this mark and notes only what is
 * new; the mark is written in the same transaction as the notice it caused (engine/gaps.ts).
 *
 * Rows are keyed by HMAC(subkey of the db key, relay URL ‖ lookup key): the file alone does not
 * tell which relay queue is whose. Only non-zero marks are kept.
 */
import type Database from 'better-sqlite3';
import { concatBytes, hkdf, hmacSha256, utf8 } from '../../core/crypto';
import { AppError } from '../../core/errors';
import { storageAd } from './db-key';

export interface GapMark {
  /** Entries the relay last said it removed unread. */
  readonly expired: number;
  /** The relay last said the queue's history is gone. */
  readonly unknown: boolean;
}

interface GapRow {
  readonly expired: number;
  readonly unknown: number;
}

const ID_INFO = utf8('meow/queue-gaps/v1');

function prepare(db: Database.Database) {
  return {
    get: db.prepare<[Uint8Array], GapRow>(
      'SELECT expired, unknown FROM queue_gaps WHERE queue_id = ?',
    ),
    set: db.prepare<[Uint8Array, number, number, number]>(
      `INSERT INTO queue_gaps (queue_id, expired, unknown, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (queue_id) DO UPDATE SET expired = excluded.expired,
         unknown = excluded.unknown, updated_at = excluded.updated_at`,
    ),
    remove: db.prepare<[Uint8Array]>('DELETE FROM queue_gaps WHERE queue_id = ?'),
    any: db.prepare<[], { one: number }>('SELECT 1 AS one FROM queue_gaps LIMIT 1'),
  };
}

export function isGap(mark: GapMark): boolean {
  return mark.expired > 0 || mark.unknown;
}

export class QueueGaps {
  private readonly sql: ReturnType<typeof prepare>;
  private readonly idKey: Uint8Array;
  /**
   * False only while the table is known to be empty: every poll round asks about every queue,
   * and nearly always there is no mark at all. Never reset to false (a rolled-back delete
   * must not hide a row), so at worst a read that finds nothing.
   */
  private maybeAny: boolean;

  constructor(
    db: Database.Database,
    dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
    this.idKey = hkdf(dbKey, new Uint8Array(0), ID_INFO, 32);
    this.maybeAny = this.sql.any.get() !== undefined;
  }

  get(relayUrl: string, lookupKey: Uint8Array): GapMark | undefined {
    if (!this.maybeAny) return undefined;
    const row = this.sql.get.get(this.id(relayUrl, lookupKey));
    return row && { expired: row.expired, unknown: row.unknown === 1 };
  }

  /** Records `mark` as the last report (no gap: the row goes). */
  set(relayUrl: string, lookupKey: Uint8Array, mark: GapMark): void {
    if (!Number.isSafeInteger(mark.expired) || mark.expired < 0) {
      throw new AppError('INVALID_ARGUMENT', 'expired must be a non-negative integer');
    }
    const id = this.id(relayUrl, lookupKey);
    if (!isGap(mark)) {
      this.sql.remove.run(id);
      return;
    }
    this.sql.set.run(id, mark.expired, mark.unknown ? 1 : 0, this.now());
    this.maybeAny = true;
  }

  private id(relayUrl: string, lookupKey: Uint8Array): Uint8Array {
    return hmacSha256(this.idKey, concatBytes(storageAd(relayUrl), lookupKey));
  }
}
