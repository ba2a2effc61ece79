/**
 * The outbox: durable send jobs (DESIGN.md §5). A job survives restarts until `complete`; the
 * send worker takes due jobs in `next_attempt_at` order and reschedules failures with backoff.
 *
 * Per-peer FIFO: within one peer, `next_attempt_at` never decreases in queue order — a job is
 * never due before a job queued earlier for the same peer (`enqueue` starts it no earlier than
 * the peer's latest job; `deferPeer` pushes the whole queue back). So a message written while
 * older ones wait out a relay outage leaves after them, never before.
 * The payload is sealed with AD = (outbox, job_id, peer_uid, kind), so editing a row's
 * columns cannot redirect a payload to another peer or job type.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { openValue, sealValue, storageAd } from './db-key';
import { requireId } from './message-codec';

export interface NewOutboxJob {
  /** Unique; enqueueing an existing id is a no-op (so a retried enqueue cannot double-send). */
  readonly jobId: string;
  readonly peerUid: string;
  /** What the payload is, for the send worker (e.g. "message", "device_sync", "ack"). */
  readonly kind: string;
  readonly payload: Uint8Array;
  /** Default: now. Never earlier than the peer's jobs already queued (per-peer FIFO). */
  readonly nextAttemptAt?: number;
}

export interface OutboxJob {
  readonly jobId: string;
  readonly peerUid: string;
  readonly kind: string;
  readonly payload: Uint8Array;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly createdAt: number;
}

interface JobRow {
  readonly job_id: string;
  readonly peer_uid: string;
  readonly kind: string;
  readonly payload: Uint8Array;
  readonly attempts: number;
  readonly next_attempt_at: number;
  readonly last_error: string | null;
  readonly created_at: number;
}

/** MULTI_DEVICE_SPEC job id of a device sync, so a sync is queued once per device. */
export function deviceSyncJobId(devicePeerUid: string, dedupId: string): string {
  return `dev_${devicePeerUid}_${dedupId}`;
}

function jobAd(jobId: string, peerUid: string, kind: string): Uint8Array {
  return storageAd('outbox', jobId, peerUid, kind);
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<[Omit<JobRow, 'attempts' | 'last_error'>]>(
      `INSERT INTO outbox (job_id, peer_uid, kind, payload, attempts, next_attempt_at, created_at)
       VALUES (@job_id, @peer_uid, @kind, @payload, 0,
         MAX(@next_attempt_at,
             COALESCE((SELECT MAX(next_attempt_at) FROM outbox WHERE peer_uid = @peer_uid), 0)),
         @created_at)
       ON CONFLICT (job_id) DO NOTHING`,
    ),
    due: db.prepare<[number, number], JobRow>(
      `SELECT * FROM outbox WHERE next_attempt_at <= ?
       ORDER BY next_attempt_at, created_at, rowid LIMIT ?`,
    ),
    attempt: db.prepare<[number, string | null, string]>(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?
       WHERE job_id = ?`,
    ),
    deferPeer: db.prepare<[number, string, number]>(
      'UPDATE outbox SET next_attempt_at = ? WHERE peer_uid = ? AND next_attempt_at < ?',
    ),
    complete: db.prepare<[string]>('DELETE FROM outbox WHERE job_id = ?'),
    dueNow: db.prepare<[number, string, number]>(
      'UPDATE outbox SET next_attempt_at = ? WHERE peer_uid = ? AND next_attempt_at > ?',
    ),
    has: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM outbox WHERE job_id = ?'),
    all: db.prepare<[], JobRow>('SELECT * FROM outbox ORDER BY rowid'),
    nextDueAt: db.prepare<[], { at: number | null }>(
      'SELECT MIN(next_attempt_at) AS at FROM outbox',
    ),
    countPeer: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM outbox WHERE peer_uid = ?',
    ),
  };
}

export class Outbox {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /** Adds a job; returns false (and changes nothing) if `jobId` is already queued. */
  enqueue(job: NewOutboxJob): boolean {
    requireId(job.jobId, 'job id');
    requireId(job.peerUid, 'peer uid');
    requireId(job.kind, 'job kind');
    const now = this.now();
    const row = {
      job_id: job.jobId,
      peer_uid: job.peerUid,
      kind: job.kind,
      payload: sealValue(this.dbKey, job.payload, jobAd(job.jobId, job.peerUid, job.kind)),
      next_attempt_at: job.nextAttemptAt ?? now,
      created_at: now,
    };
    return this.sql.insert.run(row).changes === 1;
  }

  /**
   * Jobs due at `now`, earliest `next_attempt_at` first, then in the order they were queued
   * (rowid: jobs queued in the same millisecond keep their order whatever their ids).
   */
  nextDue(now: number, limit: number): OutboxJob[] {
    if (!Number.isInteger(limit) || limit < 1) {
      throw new AppError('INVALID_ARGUMENT', 'limit must be a positive integer');
    }
    return this.sql.due.all(now, limit).map((r) => this.toJob(r));
  }

  /** When the earliest job is due (for the send worker's timer); undefined if the outbox is empty. */
  nextDueAt(): number | undefined {
    return this.sql.nextDueAt.get()?.at ?? undefined;
  }

  /** Records a failed attempt and when to retry. Unknown job → STORAGE_NOT_FOUND. */
  markAttempt(jobId: string, nextAttemptAt: number, error: string | null): void {
    if (this.sql.attempt.run(nextAttemptAt, error, jobId).changes !== 1) {
      throw new AppError('STORAGE_NOT_FOUND', 'no such outbox job');
    }
  }

  /**
   * A failed attempt of a peer's first job: records it (as markAttempt) and moves every job of
   * that peer due before `nextAttemptAt` to it, so the queue retries together and in order.
   */
  deferPeer(job: Pick<OutboxJob, 'jobId' | 'peerUid'>, nextAttemptAt: number, error: string): void {
    this.markAttempt(job.jobId, nextAttemptAt, error);
    this.sql.deferPeer.run(nextAttemptAt, job.peerUid, nextAttemptAt);
  }

  /** Removes a finished job; returns false if it was not queued (already completed). */
  complete(jobId: string): boolean {
    return this.sql.complete.run(jobId).changes === 1;
  }

  /** Every job of the peer is due now (a user asked to retry); their order is kept. */
  retryPeerNow(peerUid: string): void {
    const now = this.now();
    this.sql.dueNow.run(now, peerUid, now);
  }

  /** Whether a job with this id is queued. */
  has(jobId: string): boolean {
    return this.sql.has.get(jobId) !== undefined;
  }

  /** How many jobs wait for this peer (the device list's "waiting" count; uses outbox_peer). */
  countForPeer(peerUid: string): number {
    return this.sql.countPeer.get(peerUid)?.n ?? 0;
  }

  /** Every queued job (start-up repair reads what the jobs carry). */
  all(): OutboxJob[] {
    return this.sql.all.all().map((r) => this.toJob(r));
  }

  private toJob(r: JobRow): OutboxJob {
    return {
      jobId: r.job_id,
      peerUid: r.peer_uid,
      kind: r.kind,
      payload: openValue(this.dbKey, r.payload, jobAd(r.job_id, r.peer_uid, r.kind)),
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastError: r.last_error,
      createdAt: r.created_at,
    };
  }
}
