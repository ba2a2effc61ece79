/**
 * Multi-row statements for a received unit (client/engine/receive.ts): its envelope hashes,
 * its chat rows and its owed delivery acks, each written with one statement per ROWS rows
 * rather than one per row. A drain of a 10,000-message backlog spent more time on the
 * per-row statements (and their savepoints) than on decrypting; SQLite's work per row (the
 * B-tree inserts) is the same either way, what goes is the per-statement overhead.
 * Same tables and semantics as seen.ts, messages-table.ts and acks-owed.ts.
 */
import type Database from 'better-sqlite3';
import type { OwedAck } from './acks-owed';
import { type NewMessageRow, requireId } from './message-codec';
import { requireHash } from './seen';

/** Rows per statement: bounded so at most ROWS statements of each kind are ever prepared. */
const ROWS = 50;

const MESSAGE_COLUMNS = [
  'peer_uid',
  'uuid',
  'outbound',
  'state',
  'created_at',
  'updated_at',
  'sent_at',
  'delivered_at',
  'read_at',
  'failure_reason',
  'body',
  'expires_at',
] as const satisfies readonly (keyof NewMessageRow)[];

type Value = string | number | null | Uint8Array;

/** A row inserted: which (peer_uid, uuid) got which id. */
export interface InsertedRow {
  readonly id: number;
  readonly uuid: string;
  readonly created_at: number;
}

const marks = (columns: number, rows: number): string =>
  Array.from(
    { length: rows },
    () => `(${Array.from({ length: columns }, () => '?').join(', ')})`,
  ).join(', ');

/** Calls `fn` on each slice of at most ROWS items. */
function chunked<T>(items: readonly T[], fn: (chunk: readonly T[]) => void): void {
  for (let i = 0; i < items.length; i += ROWS) fn(items.slice(i, i + ROWS));
}

export class ReceivedRows {
  private readonly cache = new Map<string, Database.Statement<Value[], unknown>>();

  constructor(
    private readonly db: Database.Database,
    private readonly now: () => number,
  ) {}

  /**
   * Records every hash (envelope_seen); true at the index of each one recorded before (also
   * the second of a hash given twice): its entry is a duplicate to drop.
   */
  recordEnvelopes(hashes: readonly Uint8Array[]): boolean[] {
    const now = this.now();
    const added = new Set<string>();
    chunked(hashes, (chunk) => {
      chunk.forEach(requireHash);
      const statement = this.statement(
        'seen',
        chunk.length,
        () => `INSERT INTO envelope_seen (hash, seen_at) VALUES ${marks(2, chunk.length)}
         ON CONFLICT DO NOTHING RETURNING hash`,
      );
      const rows = statement.all(...chunk.flatMap((h) => [h, now])) as { hash: Uint8Array }[];
      for (const row of rows) added.add(Buffer.from(row.hash).toString('hex'));
    });
    return hashes.map((hash) => !added.delete(Buffer.from(hash).toString('hex')));
  }

  /** Inserts the rows (ON CONFLICT (peer_uid, uuid) DO NOTHING); returns the ones inserted. */
  insertMessages(rows: readonly NewMessageRow[]): InsertedRow[] {
    const inserted: InsertedRow[] = [];
    chunked(rows, (chunk) => {
      const statement = this.statement(
        'messages',
        chunk.length,
        () =>
          `INSERT INTO messages (${MESSAGE_COLUMNS.join(', ')})
         VALUES ${marks(MESSAGE_COLUMNS.length, chunk.length)}
         ON CONFLICT (peer_uid, uuid) DO NOTHING RETURNING id, uuid, created_at`,
      );
      const values = chunk.flatMap((row) => MESSAGE_COLUMNS.map((c): Value => row[c]));
      inserted.push(...(statement.all(...values) as InsertedRow[]));
    });
    return inserted;
  }

  /** Records acks owed to `peerUid` (the same (uuid, kind) again is a no-op). */
  addAcksOwed(peerUid: string, acks: readonly OwedAck[]): void {
    requireId(peerUid, 'peer uid');
    chunked(acks, (chunk) => {
      chunk.forEach((ack) => {
        requireId(ack.uuid, 'message uuid');
      });
      const statement = this.statement(
        'acks',
        chunk.length,
        () =>
          `INSERT INTO acks_owed (peer_uid, uuid, kind, at) VALUES ${marks(4, chunk.length)}
         ON CONFLICT DO NOTHING`,
      );
      statement.run(...chunk.flatMap((a) => [peerUid, a.uuid, a.kind, a.at]));
    });
  }

  private statement(
    kind: string,
    rows: number,
    sql: () => string,
  ): Database.Statement<Value[], unknown> {
    const key = `${kind}:${rows}`;
    let statement = this.cache.get(key);
    if (!statement) {
      statement = this.db.prepare<Value[], unknown>(sql());
      this.cache.set(key, statement);
    }
    return statement;
  }
}
