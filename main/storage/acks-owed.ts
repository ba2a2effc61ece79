/**
 * Acks owed to contacts: a delivery ack is recorded here in the same transaction that stores
 * the message it acknowledges, and removed in the transaction that queues the sealed ack job.
 * So a crash between storing a message and queueing its ack no longer loses the ack (the
 * re-delivered envelope is dropped by its hash, so nothing else would ever send it); the engine
 * queues whatever is still owed on its next start.
 * Two tables, read as one: `acks_owed`, one row per ack (a read ack, a sync's), and
 * `acks_owed_units`, one row for all the acks a received unit owes (`addUnit`: hundreds of
 * messages cost one row, not one B-tree insert each). Removing acks from a unit's row rewrites
 * it with the rest, or deletes it when none is left.
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

interface UnitRow {
  readonly id: number;
  readonly kind: string;
  readonly acks: string;
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
  };
}

/** The statements on acks_owed_units (migration 12), prepared at first use. */
function prepareUnits(db: Database.Database) {
  return {
    addUnit: db.prepare<[string, string, number, string]>(
      'INSERT INTO acks_owed_units (peer_uid, kind, n, acks) VALUES (?, ?, ?, ?)',
    ),

    unitsOf: db.prepare<[string], UnitRow>(
      'SELECT id, kind, acks FROM acks_owed_units WHERE peer_uid = ? ORDER BY id',
    ),

    countUnits: db.prepare<[string], { n: number }>(
      'SELECT COALESCE(SUM(n), 0) AS n FROM acks_owed_units WHERE peer_uid = ?',
    ),

    rewriteUnit: db.prepare<[number, string, number]>(
      'UPDATE acks_owed_units SET n = ?, acks = ? WHERE id = ?',
    ),

    removeUnit: db.prepare<[number]>('DELETE FROM acks_owed_units WHERE id = ?'),
    peers: db.prepare<[], { peer_uid: string }>(
      `SELECT peer_uid FROM acks_owed UNION SELECT peer_uid FROM acks_owed_units
       ORDER BY peer_uid`,
    ),
  };
}

function toKind(value: string): AckKind {
  if (value === 'delivered' || value === 'read') return value;
  throw new AppError('STORAGE_CORRUPT', 'owed ack of an unknown kind');
}

const keyOf = (ack: Pick<OwedAck, 'uuid' | 'kind'>): string => `${ack.kind}\n${ack.uuid}`;

/** A unit row's acks: JSON [[uuid, at], …] (anything else is STORAGE_CORRUPT). */
function unitAcks(row: UnitRow): OwedAck[] {
  const kind = toKind(row.kind);
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.acks);
  } catch (cause) {
    throw new AppError('STORAGE_CORRUPT', 'owed acks of a unit are not JSON', { cause });
  }
  if (!Array.isArray(parsed)) throw new AppError('STORAGE_CORRUPT', 'owed acks of a unit');
  return parsed.map((item: unknown) => {
    const [uuid, at] = Array.isArray(item) ? (item as unknown[]) : [];
    if (typeof uuid !== 'string' || typeof at !== 'number') {
      throw new AppError('STORAGE_CORRUPT', 'an owed ack of a unit is malformed');
    }
    return { uuid, kind, at };
  });
}

const unitJson = (acks: readonly OwedAck[]): string =>
  JSON.stringify(acks.map((a) => [a.uuid, a.at]));

export class AcksOwed {
  private readonly sql: ReturnType<typeof prepare>;
  private unitSql: ReturnType<typeof prepareUnits> | undefined;

  constructor(private readonly db: Database.Database) {
    this.sql = prepare(db);
  }

  /** Prepared on first use, so this class still writes a database of an older version (tests). */
  private get units(): ReturnType<typeof prepareUnits> {
    this.unitSql ??= prepareUnits(this.db);
    return this.unitSql;
  }

  /** Records an ack owed to `peerUid`; recording the same (uuid, kind) again is a no-op. */
  add(peerUid: string, ack: OwedAck): void {
    requireId(peerUid, 'peer uid');
    requireId(ack.uuid, 'message uuid');
    this.sql.add.run(peerUid, ack.uuid, ack.kind, ack.at);
  }

  /**
   * Records the acks a received unit owes, one row per kind. A (uuid, kind) already owed may be
   * owed twice then: read back once (`forPeer`), removed together (`remove`).
   */
  addUnit(peerUid: string, acks: readonly OwedAck[]): void {
    requireId(peerUid, 'peer uid');
    for (const kind of ['delivered', 'read'] as const) {
      const seen = new Set<string>();
      const these = acks.filter((a) => {
        if (a.kind !== kind || seen.has(a.uuid)) return false;
        requireId(a.uuid, 'message uuid');
        seen.add(a.uuid);
        return true;
      });
      if (these.length > 0) this.units.addUnit.run(peerUid, kind, these.length, unitJson(these));
    }
  }

  /** Up to `limit` acks owed to one peer, oldest first (each (uuid, kind) once). */
  forPeer(peerUid: string, limit: number): OwedAck[] {
    const out: OwedAck[] = [];
    const taken = new Set<string>();
    const take = (ack: OwedAck): void => {
      const key = keyOf(ack);
      if (out.length >= limit || taken.has(key)) return;
      taken.add(key);
      out.push(ack);
    };
    for (const r of this.sql.forPeer.all(peerUid, limit)) {
      take({ uuid: r.uuid, kind: toKind(r.kind), at: r.at });
    }
    for (const row of this.units.unitsOf.iterate(peerUid)) {
      if (out.length >= limit) break;
      unitAcks(row).forEach(take);
    }
    // Stable: a unit's acks keep their order (the order its messages were received).
    return out.sort((a, b) => a.at - b.at);
  }

  /** How many acks are owed to one peer, counting no further than `limit` (no rows read). */
  countUpTo(peerUid: string, limit: number): number {
    const single = this.sql.count.get(peerUid, limit)?.n ?? 0;
    const inUnits = this.units.countUnits.get(peerUid)?.n ?? 0;
    return Math.min(limit, single + inUnits);
  }

  /** Forgets acks that were queued (or can no longer be sent); returns how many were removed. */
  remove(peerUid: string, acks: readonly OwedAck[]): number {
    let removed = 0;
    const wanted = new Set<string>();
    for (const ack of acks) {
      const changes = this.sql.remove.run(peerUid, ack.uuid, ack.kind).changes;
      removed += changes;
      // Looked for in the units' rows only if it was not a row of its own.
      if (changes === 0) wanted.add(keyOf(ack));
    }
    if (wanted.size === 0) return removed;
    // Oldest unit first, as `forPeer` hands them out: the acks to remove are usually there.
    for (const row of this.units.unitsOf.all(peerUid)) {
      const before = unitAcks(row);
      const rest: OwedAck[] = [];
      for (const a of before) {
        // Found: no longer looked for (a copy in a later unit stays owed: one ack too many).
        if (!wanted.delete(keyOf(a))) rest.push(a);
      }
      if (rest.length === before.length) continue;
      removed += before.length - rest.length;
      if (rest.length === 0) this.units.removeUnit.run(row.id);
      else this.units.rewriteUnit.run(rest.length, unitJson(rest), row.id);
      if (wanted.size === 0) break;
    }
    return removed;
  }

  /** Every peer that is owed at least one ack. */
  peers(): string[] {
    return this.units.peers.all().map((r) => r.peer_uid);
  }
}
