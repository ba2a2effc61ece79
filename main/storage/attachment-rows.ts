/**
 * The `attachments` table (migration 014): one row per photo or file of a message, on the
 * sending and on every receiving device — where its transfer stands, how far it got, when to
 * try again and why it last failed. The engine's attachment worker moves the rows
 * (docs/ATTACHMENTS.md); the chunks themselves are files (attachment-files.ts).
 *
 * Plain columns hold ids, states, sizes and times. Everything secret — the pointer (with the
 * chunk key and read token), the sender's upload and delete tokens, the source path — is in
 * `body`, sealed with the db key and bound to its row's local id, like message bodies.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { openValue, sealValue, storageAd } from './db-key';

export type { AttachmentSecrets } from './attachment-secrets';
import { decodeSecrets, encodeSecrets, type AttachmentSecrets } from './attachment-secrets';

/**
 * Sending: `encrypting` (sealing the file into chunks) → `uploading` → `sent` (every chunk at
 * the relay; the message is then queued). Receiving: `queued` (to download now) or
 * `on_request` (above the automatic size: when the user asks) → `ready`. Ends that stay:
 * `failed` (see `lastError`), `expired` (the relay no longer has it), `damaged` (the sender's
 * chunks do not match its digest), `invalid` (a pointer that does not decode). Its message
 * deleted or expired: `purging` (its chunk files go, then the row) or, on the sending device
 * for a delete for everyone or an expiry, `deleting` (the blob at the relay goes too).
 */
export type AttachmentState =
  | 'encrypting'
  | 'uploading'
  | 'sent'
  | 'queued'
  | 'on_request'
  | 'ready'
  | 'failed'
  | 'expired'
  | 'damaged'
  | 'invalid'
  | 'purging'
  | 'deleting';

const STATES: ReadonlySet<string> = new Set<AttachmentState>([
  'encrypting',
  'uploading',
  'sent',
  'queued',
  'on_request',
  'ready',
  'failed',
  'expired',
  'damaged',
  'invalid',
  'purging',
  'deleting',
]);

/** States a worker moves by itself (the `attachments_work` index). */
export const WORKING_STATES: readonly AttachmentState[] = [
  'encrypting',
  'uploading',
  'queued',
  'purging',
  'deleting',
];
const WORKING = `('encrypting', 'uploading', 'queued', 'purging', 'deleting')`;
/** The purge of a message's rows, unless already under way. */
const PURGE = `state = CASE WHEN ? = 1 AND outbound = 1 THEN 'deleting' ELSE 'purging' END,
  attempts = 0, next_attempt_at = 0, updated_at = ?`;
const NOT_PURGING = `state NOT IN ('purging', 'deleting')`;

export interface NewAttachmentRow {
  readonly localId: string;
  readonly peerUid: string;
  readonly messageUuid: string;
  /** Its index in the message's `attachments`. */
  readonly position: number;
  readonly outbound: boolean;
  readonly state: AttachmentState;
  readonly plaintextLength: number;
  readonly chunkCount: number;
  readonly secrets: AttachmentSecrets;
}

export interface AttachmentRow extends NewAttachmentRow {
  readonly doneChunks: number;
  readonly attempts: number;
  readonly nextAttemptAt: number;
  readonly lastError: string | null;
  readonly updatedAt: number;
}

interface Row {
  local_id: string;
  peer_uid: string;
  message_uuid: string;
  position: number;
  outbound: number;
  state: string;
  plaintext_length: number;
  chunk_count: number;
  done_chunks: number;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  body: Uint8Array;
  updated_at: number;
}

const COLUMNS = `local_id, peer_uid, message_uuid, position, outbound, state, plaintext_length,
  chunk_count, done_chunks, attempts, next_attempt_at, last_error, body, updated_at`;

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<
      [string, string, string, number, number, string, number, number, Uint8Array, number, number]
    >(
      `INSERT INTO attachments (local_id, peer_uid, message_uuid, position, outbound, state,
         plaintext_length, chunk_count, body, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ),
    get: db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM attachments WHERE local_id = ?`),
    ofMessage: db.prepare<[string, string], Row>(
      `SELECT ${COLUMNS} FROM attachments WHERE peer_uid = ? AND message_uuid = ?
       ORDER BY position`,
    ),
    due: db.prepare<[number, number], Row>(
      `SELECT ${COLUMNS} FROM attachments WHERE state IN ${WORKING} AND next_attempt_at <= ?
       ORDER BY next_attempt_at, created_at, position LIMIT ?`,
    ),
    nextDueAt: db.prepare<[], { at: number | null }>(
      `SELECT MIN(next_attempt_at) AS at FROM attachments WHERE state IN ${WORKING}`,
    ),
    purgeMessage: db.prepare<[number, number, string, string]>(
      `UPDATE attachments SET ${PURGE}
       WHERE peer_uid = ? AND message_uuid = ? AND ${NOT_PURGING}`,
    ),
    purgeUpTo: db.prepare<[number, number, string, string, number]>(
      `UPDATE attachments SET ${PURGE} WHERE peer_uid = ? AND ${NOT_PURGING}
       AND message_uuid IN (SELECT uuid FROM messages WHERE peer_uid = ? AND created_at <= ?)`,
    ),
    remove: db.prepare<[string]>('DELETE FROM attachments WHERE local_id = ?'),
    unsentMessages: db.prepare<[], { peer_uid: string; message_uuid: string }>(
      `SELECT DISTINCT peer_uid, message_uuid FROM attachments
       WHERE outbound = 1 AND state <> 'sent'`,
    ),
    setState: db.prepare<[string, string | null, number, string]>(
      `UPDATE attachments SET state = ?, last_error = ?, attempts = 0, next_attempt_at = 0,
         updated_at = ? WHERE local_id = ?`,
    ),
    moveState: db.prepare<[string, string | null, number, string, string]>(
      `UPDATE attachments SET state = ?, last_error = ?, attempts = 0, next_attempt_at = 0,
         updated_at = ? WHERE local_id = ? AND state = ?`,
    ),
    setBody: db.prepare<[Uint8Array, number, string]>(
      'UPDATE attachments SET body = ?, updated_at = ? WHERE local_id = ?',
    ),
    progress: db.prepare<[number, number, string]>(
      'UPDATE attachments SET done_chunks = ?, updated_at = ? WHERE local_id = ?',
    ),
    attempt: db.prepare<[number, string, number, string, string]>(
      `UPDATE attachments SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
         updated_at = ? WHERE local_id = ? AND state = ?`,
    ),
    removeMessage: db.prepare<[string, string], { local_id: string }>(
      'DELETE FROM attachments WHERE peer_uid = ? AND message_uuid = ? RETURNING local_id',
    ),
    localIds: db.prepare<[], { local_id: string }>('SELECT local_id FROM attachments'),
  };
}

function ad(localId: string): Uint8Array {
  return storageAd('attachments', localId);
}

export class AttachmentRows {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(
    db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
  ) {
    this.sql = prepare(db);
  }

  /** False when the row (by local id, or by message and position) exists already. */
  add(row: NewAttachmentRow): boolean {
    requireState(row.state);
    const now = this.now();
    const result = this.sql.insert.run(
      row.localId,
      row.peerUid,
      row.messageUuid,
      row.position,
      row.outbound ? 1 : 0,
      row.state,
      row.plaintextLength,
      row.chunkCount,
      this.seal(row.localId, row.secrets),
      now,
      now,
    );
    return result.changes === 1;
  }

  get(localId: string): AttachmentRow | undefined {
    const row = this.sql.get.get(localId);
    return row && this.rowOf(row);
  }

  ofMessage(peerUid: string, messageUuid: string): AttachmentRow[] {
    return this.sql.ofMessage.all(peerUid, messageUuid).map((r) => this.rowOf(r));
  }

  /** Rows a worker should move now, oldest due first. */
  due(now: number, limit: number): AttachmentRow[] {
    return this.sql.due.all(now, limit).map((r) => this.rowOf(r));
  }

  nextDueAt(): number | undefined {
    return this.sql.nextDueAt.get()?.at ?? undefined;
  }

  /** `peerUid uuid` of every message with an attachment not uploaded yet: it must not be sent. */
  messagesAwaitingUpload(): Set<string> {
    return new Set(this.sql.unsentMessages.all().map((r) => `${r.peer_uid} ${r.message_uuid}`));
  }

  /** A new state; its retry count starts again. False for an unknown row. */
  setState(localId: string, state: AttachmentState, lastError: string | null = null): boolean {
    requireState(state);
    return this.sql.setState.run(state, lastError, this.now(), localId).changes === 1;
  }

  /**
   * `setState` only if the row is still in `from`: a worker's step finishing after the message
   * was deleted meanwhile (its row now purging) changes nothing. False then.
   */
  moveState(
    localId: string,
    from: AttachmentState,
    to: AttachmentState,
    lastError: string | null = null,
  ): boolean {
    requireState(to);
    return this.sql.moveState.run(to, lastError, this.now(), localId, from).changes === 1;
  }

  /**
   * The message was deleted or expired: its rows are purged by the worker (chunk files, then
   * the row); with `deleteBlob`, rows this device uploaded also delete their blob at the relay.
   */
  purgeMessage(peerUid: string, messageUuid: string, deleteBlob: boolean): void {
    this.sql.purgeMessage.run(deleteBlob ? 1 : 0, this.now(), peerUid, messageUuid);
  }

  /** The same for every message of the conversation stored up to `at` (before they go). */
  purgeUpTo(peerUid: string, at: number): void {
    this.sql.purgeUpTo.run(0, this.now(), peerUid, peerUid, at);
  }

  /** The row is gone (its purge is done). */
  remove(localId: string): void {
    this.sql.remove.run(localId);
  }

  setSecrets(localId: string, secrets: AttachmentSecrets): void {
    this.sql.setBody.run(this.seal(localId, secrets), this.now(), localId);
  }

  setProgress(localId: string, doneChunks: number): void {
    this.sql.progress.run(doneChunks, this.now(), localId);
  }

  /**
   * A failed try in state `state`: again at `nextAttemptAt`, with the reason kept for the
   * user. Nothing if the row moved meanwhile (e.g. to purging).
   */
  markAttempt(localId: string, state: AttachmentState, nextAttemptAt: number, error: string) {
    this.sql.attempt.run(nextAttemptAt, error, this.now(), localId, state);
  }

  /** Forgets a message's rows; their local ids, whose chunk folders the caller removes. */
  removeMessage(peerUid: string, messageUuid: string): string[] {
    return this.sql.removeMessage.all(peerUid, messageUuid).map((r) => r.local_id);
  }

  /** Every row's local id (start-up removes chunk folders no row names). */
  localIds(): string[] {
    return this.sql.localIds.all().map((r) => r.local_id);
  }

  private seal(localId: string, secrets: AttachmentSecrets): Uint8Array {
    return sealValue(this.dbKey, encodeSecrets(secrets), ad(localId));
  }

  private rowOf(row: Row): AttachmentRow {
    requireState(row.state);
    return {
      localId: row.local_id,
      peerUid: row.peer_uid,
      messageUuid: row.message_uuid,
      position: row.position,
      outbound: row.outbound === 1,
      state: row.state,
      plaintextLength: row.plaintext_length,
      chunkCount: row.chunk_count,
      doneChunks: row.done_chunks,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastError: row.last_error,
      updatedAt: row.updated_at,
      secrets: decodeSecrets(openValue(this.dbKey, row.body, ad(row.local_id))),
    };
  }
}

function requireState(state: string): asserts state is AttachmentState {
  if (!STATES.has(state)) throw new AppError('STORAGE_CORRUPT', 'unknown attachment state');
}
