/**
 * The message database of one identity folder (DESIGN.md §5): messages, outbox, dedup tables,
 * the acks owed to contacts, the device sync inbox and outbox, the entries kept unopened
 * (unopened-entries.ts) and the relays' last gap reports (queue-gaps.ts) in one SQLite file
 * (better-sqlite3, WAL, synchronous=FULL, foreign keys on, busy timeout), schema managed by
 * migrations/.
 *
 * Everything is synchronous, so a group of calls inside `transaction(fn)` is atomic and nothing
 * else runs in between: e.g. `completeJob` + `updateState(…, 'sent')`, or `seenDeviceSync` +
 * `insertMessage` so a sync is marked seen only if its effect is stored too. A method returns
 * once its commit is fsynced, so a SIGKILL (or power cut) right after loses nothing — except
 * `redoableTransaction`, for writes that are redone if a power cut loses them (a SIGKILL
 * loses nothing either way).
 *
 * Nothing secret is stored in plain columns: bodies and payloads are sealed with the db key.
 */
import type Database from 'better-sqlite3';
import type { OwedAck } from './acks-owed';
import type {
  AttachmentRow,
  AttachmentSecrets,
  AttachmentState,
  NewAttachmentRow,
} from './attachment-rows';
import { makeKeyCheck, requireDbKey, verifyKeyCheck } from './db-key';
import { MessageDbMessages } from './message-db-messages';
import { migrate } from './migrations/runner';
import type { NewOutboxJob, OutboxJob } from './outbox';
import type { GapMark } from './queue-gaps';
import type { InboxEntry } from './sync-inbox';
import type { NewSyncOut, SyncOut } from './sync-outbox';
import type { UnopenedEntry } from './unopened-entries';
import { openSqlite, sqliteError } from './sqlite';

const KEY_CHECK = 'key-check';
const STORE_NAME = 'messages';

export interface MessageDbOptions {
  /** Clock for created_at/updated_at/seen_at (ms). Default: Date.now. */
  readonly now?: () => number;
}

function checkKey(db: Database.Database, dbKey: Uint8Array): void {
  const select = db.prepare<[string], { value: Uint8Array }>(
    'SELECT value FROM meta WHERE key = ?',
  );
  const row = select.get(KEY_CHECK);
  if (row) {
    verifyKeyCheck(dbKey, row.value, STORE_NAME);
    return;
  }
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
    KEY_CHECK,
    makeKeyCheck(dbKey, STORE_NAME),
  );
}

/**
 * The facade callers use. Its methods are layered: MessageDbCore (message-db-core.ts: parts,
 * run, transaction, close, the observer) → MessageDbMessages (message-db-messages.ts: message
 * rows, edits, expiry, contact removals) → this class (meta, outbox, dedup, acks, syncs,
 * unopened entries, gap marks).
 */
export class MessageDb extends MessageDbMessages {
  private readonly metaGet;
  private readonly metaSet;
  private readonly metaDelete;
  private readonly metaList;

  private constructor(db: Database.Database, dbKey: Uint8Array, now: () => number) {
    super(db, dbKey, now);
    this.metaGet = db.prepare<[string], { value: Uint8Array }>(
      'SELECT value FROM meta WHERE key = ?',
    );
    this.metaSet = db.prepare<[string, Uint8Array]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    this.metaDelete = db.prepare<[string]>('DELETE FROM meta WHERE key = ?');
    this.metaList = db.prepare<[string], { key: string }>(
      'SELECT key FROM meta WHERE key LIKE ? ORDER BY key',
    );
  }

  /**
   * Opens (creating if needed) and migrates the database. A database written by a newer app →
   * DB_MIGRATION_FAILED; one written with another db key → STORAGE_WRONG_KEY.
   */
  static open(file: string, dbKey: Uint8Array, options: MessageDbOptions = {}): MessageDb {
    requireDbKey(dbKey);
    const db = openSqlite(file);
    try {
      migrate(db);
      checkKey(db, dbKey);
      return new MessageDb(db, Uint8Array.from(dbKey), options.now ?? Date.now);
    } catch (err) {
      db.close();
      throw sqliteError('opening the message database', err);
    }
  }

  // ── small named values (meta table; not secret: progress markers, timestamps) ──────────

  getMeta(key: string): Uint8Array | undefined {
    return this.run('reading meta', () => this.metaGet.get(`app.${key}`)?.value);
  }

  /** Sets (or, with undefined, removes) a value. */
  setMeta(key: string, value: Uint8Array | undefined): void {
    this.run('writing meta', () => {
      if (value === undefined) this.metaDelete.run(`app.${key}`);
      else this.metaSet.run(`app.${key}`, value);
    });
  }

  /** Keys under `prefix` (without the internal namespace). */
  metaKeys(prefix: string): string[] {
    return this.run('reading meta', () =>
      this.metaList.all(`app.${prefix}%`).map((r) => r.key.slice('app.'.length)),
    );
  }

  // ── outbox ──────────────────────────────────────────────────────────────────────────────

  enqueueJob(job: NewOutboxJob): boolean {
    return this.run('queueing a job', (p) => p.outbox.enqueue(job));
  }

  nextDueJobs(now: number, limit: number): OutboxJob[] {
    return this.run('reading the outbox', (p) => p.outbox.nextDue(now, limit));
  }

  nextJobDueAt(): number | undefined {
    return this.run('reading the outbox', (p) => p.outbox.nextDueAt());
  }

  markJobAttempt(jobId: string, nextAttemptAt: number, error: string | null): void {
    this.run('updating a job', (p) => {
      p.outbox.markAttempt(jobId, nextAttemptAt, error);
    });
  }

  /** Outbox.deferPeer: the peer's whole queue waits until `nextAttemptAt`, order kept. */
  deferPeerJobs(job: Pick<OutboxJob, 'jobId' | 'peerUid'>, nextAttemptAt: number, error: string) {
    this.run('deferring jobs', (p) => {
      p.outbox.deferPeer(job, nextAttemptAt, error);
    });
  }

  completeJob(jobId: string): boolean {
    return this.run('completing a job', (p) => p.outbox.complete(jobId));
  }

  /** Outbox.retryPeerNow. */
  retryPeerJobsNow(peerUid: string): void {
    this.run('updating jobs', (p) => {
      p.outbox.retryPeerNow(peerUid);
    });
  }

  hasJob(jobId: string): boolean {
    return this.run('reading the outbox', (p) => p.outbox.has(jobId));
  }

  allJobs(): OutboxJob[] {
    return this.run('reading the outbox', (p) => p.outbox.all());
  }

  // ── dedup ───────────────────────────────────────────────────────────────────────────────

  /** Records a DeviceSyncPayload.dedup_id; true if it was seen before (drop the duplicate). */
  seenDeviceSync(dedupId: string): boolean {
    return this.run('recording a sync', (p) => p.seen.deviceSync(dedupId));
  }

  /** Records an envelope hash; true if it was seen before (drop the duplicate). */
  seenEnvelope(hash: Uint8Array): boolean {
    return this.run('recording an envelope', (p) => p.seen.envelope(hash));
  }

  /** Which of `hashes` were recorded (as hex), without recording them. */
  knownEnvelopes(hashes: readonly Uint8Array[]): Set<string> {
    return this.run('reading the envelope marks', (p) => p.seen.knownEnvelopes(hashes));
  }

  /** Whether an envelope hash was recorded, without recording it. */
  hasSeenEnvelope(hash: Uint8Array): boolean {
    return this.run('reading the envelope marks', (p) => p.seen.hasEnvelope(hash));
  }

  /**
   * Envelope hashes recorded since `since` (a primary hands them to the device taking over a
   * contact, which may be re-delivered entries consumed here but not yet acked at the relay).
   */
  recentEnvelopes(since: number, limit: number): Uint8Array[] {
    return this.run('reading the envelope marks', (p) => p.seen.recentEnvelopes(since, limit));
  }

  /** Forgets dedup entries older than `before` (ms); see SeenTables.prune. */
  pruneSeen(before: number): number {
    return this.run('pruning dedup tables', (p) => p.seen.prune(before));
  }

  // ── acks owed to contacts (see acks-owed.ts) ────────────────────────────────────────────

  addAckOwed(peerUid: string, ack: OwedAck): void {
    this.run('recording an owed ack', (p) => {
      p.acks.add(peerUid, ack);
    });
  }

  /** The delivery acks a received unit owes, in one row (AcksOwed.addUnit). */
  addAcksOwedForUnit(peerUid: string, acks: readonly OwedAck[]): void {
    this.run('recording owed acks', (p) => {
      p.acks.addUnit(peerUid, acks);
    });
  }

  acksOwed(peerUid: string, limit: number): OwedAck[] {
    return this.run('reading owed acks', (p) => p.acks.forPeer(peerUid, limit));
  }

  /** How many acks are owed to `peerUid`, counted up to `limit`. */
  countAcksOwed(peerUid: string, limit: number): number {
    return this.run('reading owed acks', (p) => p.acks.countUpTo(peerUid, limit));
  }

  removeAcksOwed(peerUid: string, acks: readonly OwedAck[]): number {
    return this.run('removing owed acks', (p) => p.acks.remove(peerUid, acks));
  }

  peersOwedAcks(): string[] {
    return this.run('reading owed acks', (p) => p.acks.peers());
  }

  // ── sync inbox (see sync-inbox.ts) ──────────────────────────────────────────────────────

  addSyncInbox(deviceUid: string, payload: Uint8Array): void {
    this.run('recording a sync', (p) => {
      p.inbox.add(deviceUid, payload);
    });
  }

  nextSyncInbox(limit: number): InboxEntry[] {
    return this.run('reading the sync inbox', (p) => p.inbox.next(limit));
  }

  removeSyncInbox(id: number): boolean {
    return this.run('removing a sync', (p) => p.inbox.remove(id));
  }

  // ── syncs owed to sibling devices (see sync-outbox.ts) ───────────────────────────────────

  addSyncOut(row: NewSyncOut): void {
    this.run('recording a sync', (p) => {
      p.syncOut.add(row);
    });
  }

  syncOutPage(afterId: number, limit: number): SyncOut[] {
    return this.run('reading the sync outbox', (p) => p.syncOut.page(afterId, limit));
  }

  markSyncOutDone(id: number, deviceUid: string): void {
    this.run('updating the sync outbox', (p) => {
      p.syncOut.markDone(id, deviceUid);
    });
  }

  removeSyncOut(id: number): boolean {
    return this.run('updating the sync outbox', (p) => p.syncOut.remove(id));
  }

  /**
   * Device syncs the relay has not accepted for a sibling yet: sync outbox rows still owed to
   * it (unnamed rows only if `paired`) + its queued jobs (`devicePeerUid` = its uid).
   */
  deviceSyncsWaiting(deviceUid: string, paired: boolean): number {
    return this.run(
      'reading the sync outbox',
      (p) => p.syncOut.countWaitingFor(deviceUid, paired) + p.outbox.countForPeer(deviceUid),
    );
  }

  // ── entries a contact's primary could not open (see unopened-entries.ts) ───────────────

  /** Keeps an entry of `peerUid` to hand on; false if it was kept already. Capped per contact. */
  addUnopened(peerUid: string, hash: Uint8Array, packed: Uint8Array): boolean {
    return this.run('keeping an unopened entry', (p) => p.unopened.add(peerUid, hash, packed));
  }

  /** Up to `limit` kept entries of `peerUid`, oldest first. */
  unopenedEntries(peerUid: string, limit: number): UnopenedEntry[] {
    return this.run('reading unopened entries', (p) => p.unopened.forPeer(peerUid, limit));
  }

  removeUnopened(peerUid: string, hashes: readonly Uint8Array[]): number {
    return this.run('removing unopened entries', (p) => p.unopened.remove(peerUid, hashes));
  }

  /** Forgets kept entries recorded before `before` (ms). */
  pruneUnopened(before: number): number {
    return this.run('pruning unopened entries', (p) => p.unopened.prune(before));
  }

  /** Every contact with kept entries. */
  peersWithUnopened(): string[] {
    return this.run('reading unopened entries', (p) => p.unopened.peers());
  }

  // ── the last gap a relay reported per queue (see queue-gaps.ts) ──────────────────────

  queueGap(relayUrl: string, lookupKey: Uint8Array): GapMark | undefined {
    return this.run('reading a gap mark', (p) => p.gaps.get(relayUrl, lookupKey));
  }

  setQueueGap(relayUrl: string, lookupKey: Uint8Array, mark: GapMark): void {
    this.run('writing a gap mark', (p) => {
      p.gaps.set(relayUrl, lookupKey, mark);
    });
  }

  // ── attachments: one row per photo or file (see attachment-rows.ts) ───────────────────

  addAttachment(row: NewAttachmentRow): boolean {
    return this.run('recording an attachment', (p) => p.attachments.add(row));
  }

  attachment(localId: string): AttachmentRow | undefined {
    return this.run('reading an attachment', (p) => p.attachments.get(localId));
  }

  attachmentsOf(peerUid: string, messageUuid: string): AttachmentRow[] {
    return this.run('reading attachments', (p) => p.attachments.ofMessage(peerUid, messageUuid));
  }

  dueAttachments(now: number, limit: number): AttachmentRow[] {
    return this.run('reading attachments', (p) => p.attachments.due(now, limit));
  }

  nextAttachmentDueAt(): number | undefined {
    return this.run('reading attachments', (p) => p.attachments.nextDueAt());
  }

  /** `peerUid uuid` of the messages whose files are not all uploaded (not to be sent yet). */
  messagesAwaitingUpload(): Set<string> {
    return this.run('reading attachments', (p) => p.attachments.messagesAwaitingUpload());
  }

  setAttachmentState(localId: string, state: AttachmentState, error: string | null = null) {
    return this.run('updating an attachment', (p) => p.attachments.setState(localId, state, error));
  }

  /** setAttachmentState only if still in `from` (attachment-rows.ts `moveState`). */
  moveAttachmentState(
    localId: string,
    from: AttachmentState,
    to: AttachmentState,
    error: string | null = null,
  ): boolean {
    return this.run('updating an attachment', (p) =>
      p.attachments.moveState(localId, from, to, error),
    );
  }

  /** A purged attachment's row goes (its files and blob are gone). */
  removeAttachment(localId: string): void {
    this.run('removing an attachment', (p) => {
      p.attachments.remove(localId);
    });
  }

  setAttachmentSecrets(localId: string, secrets: AttachmentSecrets): void {
    this.run('updating an attachment', (p) => {
      p.attachments.setSecrets(localId, secrets);
    });
  }

  setAttachmentProgress(localId: string, doneChunks: number): void {
    this.run('updating an attachment', (p) => {
      p.attachments.setProgress(localId, doneChunks);
    });
  }

  markAttachmentAttempt(
    localId: string,
    state: AttachmentState,
    nextAttemptAt: number,
    error: string,
  ): void {
    this.run('updating an attachment', (p) => {
      p.attachments.markAttempt(localId, state, nextAttemptAt, error);
    });
  }

  /** Forgets a message's attachment rows; their local ids (chunk folders to remove). */
  removeMessageAttachments(peerUid: string, messageUuid: string): string[] {
    return this.run('removing attachments', (p) =>
      p.attachments.removeMessage(peerUid, messageUuid),
    );
  }

  attachmentLocalIds(): string[] {
    return this.run('reading attachments', (p) => p.attachments.localIds());
  }
}
