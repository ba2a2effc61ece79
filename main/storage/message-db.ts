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
 * once its commit is fsynced, so a SIGKILL (or power cut) right after loses nothing.
 *
 * Nothing secret is stored in plain columns: bodies and payloads are sealed with the db key.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import type { meow } from '../../proto';
import { AcksOwed, type OwedAck } from './acks-owed';
import { makeKeyCheck, requireDbKey, verifyKeyCheck } from './db-key';
import { type ExpiredMessage, ExpiredMessages, isExpiredAt } from './expired-messages';
import type { StoredMessage } from './message-codec';
import { CommitNotes, type MessageObserver } from './message-observer';
import type { MessageState, StateFields } from './message-state';
import {
  type InsertResult,
  type ListOptions,
  type MessagePage,
  MessagesTable,
} from './messages-table';
import { isModified, mergeModification } from './message-edits';
import { MessageMods } from './message-mods';
import { migrate } from './migrations/runner';
import { type NewOutboxJob, Outbox, type OutboxJob } from './outbox';
import { type PeerRemoval, PeerRemovals } from './peer-removals';
import { type GapMark, QueueGaps } from './queue-gaps';
import { SeenTables } from './seen';
import { type InboxEntry, SyncInbox } from './sync-inbox';
import { type NewSyncOut, type SyncOut, SyncOutbox } from './sync-outbox';
import { UnopenedEntries, type UnopenedEntry } from './unopened-entries';
import { isSqliteError, openSqlite, sqliteError } from './sqlite';

const KEY_CHECK = 'key-check';
const STORE_NAME = 'messages';

export interface MessageDbOptions {
  /** Clock for created_at/updated_at/seen_at (ms). Default: Date.now. */
  readonly now?: () => number;
}

interface Parts {
  readonly messages: MessagesTable;
  readonly outbox: Outbox;
  readonly seen: SeenTables;
  readonly inbox: SyncInbox;
  readonly acks: AcksOwed;
  readonly syncOut: SyncOutbox;
  readonly unopened: UnopenedEntries;
  readonly gaps: QueueGaps;
  readonly removals: PeerRemovals;
  readonly mods: MessageMods;
  readonly expired: ExpiredMessages;
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

export class MessageDb {
  private parts: Parts | undefined;
  /** What has expired is decided on this clock (the engine's; `useExpiryClock`). */
  private expiryClock: () => number;
  private readonly metaGet;
  private readonly metaSet;
  private readonly metaDelete;
  private readonly metaList;
  private readonly notes = new CommitNotes();

  private constructor(
    private readonly db: Database.Database,
    private readonly dbKey: Uint8Array,
    now: () => number,
  ) {
    this.expiryClock = now;
    const expiryNow = () => this.expiryClock();
    this.parts = {
      messages: new MessagesTable(db, dbKey, now, expiryNow),
      outbox: new Outbox(db, dbKey, now),
      seen: new SeenTables(db, now),
      inbox: new SyncInbox(db, dbKey, now),
      acks: new AcksOwed(db),
      syncOut: new SyncOutbox(db, dbKey, now),
      unopened: new UnopenedEntries(db, dbKey, now),
      gaps: new QueueGaps(db, dbKey, now),
      removals: new PeerRemovals(db),
      mods: new MessageMods(db, dbKey, now),
      expired: new ExpiredMessages(db, now),
    };
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

  // ── messages ────────────────────────────────────────────────────────────────────────────

  /**
   * Stores a message (uuid = status.uuid); a second insert of the same (peer, uuid) is a no-op.
   * Edits and deletes held for it (`holdModification`) are merged in first.
   */
  insertMessage(peerUid: string, message: meow.IDbMessage): InsertResult {
    return this.run('storing a message', (p) =>
      this.transaction(() => {
        // A message of a cleared conversation or a deleted contact never comes back.
        if (p.removals.isRemoved(peerUid, message.createdAt ?? 0)) {
          return { inserted: false, id: 0 };
        }
        // Disappearing messages: one that expired here before, or arrives expired, is only a
        // dedup tombstone (no row, so no event, listing or notification).
        const uuid = message.status?.uuid ?? '';
        if (p.expired.has(peerUid, uuid)) return { inserted: false, id: 0 };
        if (isExpiredAt(message, this.expiryClock())) {
          p.expired.add(peerUid, uuid);
          return { inserted: false, id: 0 };
        }
        const held = p.mods.take(peerUid, uuid);
        const body = held.reduce((m, patch) => mergeModification(m, patch) ?? m, message);
        const { createdAt, ...result } = p.messages.insert(peerUid, body);
        if (result.inserted) {
          const row = { id: result.id, peerUid, createdAt, message: body };
          this.tell((o) => {
            o.stored(row);
          });
        }
        return held.length > 0 ? { ...result, modified: true } : result;
      }),
    );
  }

  /**
   * Merges an edit or delete (message-edits.ts) into a stored message; false when it changed
   * nothing. Unknown message → STORAGE_NOT_FOUND.
   */
  modifyMessage(peerUid: string, uuid: string, patch: meow.IDbMessage): boolean {
    if (!isModified(patch)) return false;
    return this.run('changing a message', (p) =>
      this.transaction(() => {
        const stored = p.messages.get(peerUid, uuid);
        if (!stored) throw new AppError('STORAGE_NOT_FOUND', 'no such message');
        const body = mergeModification(stored.message, patch);
        if (body) {
          p.messages.replaceBody(peerUid, uuid, body);
          const row = { id: stored.id, peerUid, createdAt: stored.createdAt, message: body };
          this.tell((o) => {
            if (body.deleted) o.removed(row.id);
            else o.stored(row);
          });
        }
        return body !== undefined;
      }),
    );
  }

  /** Keeps an edit or delete for a message not stored yet (merged when it is). */
  holdModification(peerUid: string, uuid: string, patch: meow.IDbMessage): void {
    this.run('keeping a message change', (p) => {
      p.mods.hold(peerUid, uuid, patch);
    });
  }

  /** Follows message writes from now on (message-observer.ts; one observer at a time). */
  observeMessages(observer: MessageObserver | undefined): void {
    this.notes.observe(observer);
  }

  /**
   * Tells the observer now, or once the enclosing transaction commits: every write method that
   * adds, replaces or deletes a message body calls it (e.g. `this.tell((o) => o.removed(id))`).
   */
  protected tell(call: (observer: MessageObserver) => void): void {
    this.notes.tell(call, this.db.inTransaction);
  }

  /** MessagesTable.afterId: up to `limit` rows with an id above `afterId`, in id order. */
  messagesAfterId(afterId: number, limit: number): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.afterId(afterId, limit));
  }

  /** The messages with these row ids (missing ones left out), in the order asked. */
  messagesByIds(ids: readonly number[]): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.byIds(ids));
  }

  getMessage(peerUid: string, uuid: string): StoredMessage | undefined {
    return this.run('reading a message', (p) => p.messages.get(peerUid, uuid));
  }

  /** Newest-first page of one conversation. */
  listMessages(peerUid: string, options: ListOptions): MessagePage {
    return this.run('listing messages', (p) => p.messages.list(peerUid, options));
  }

  /** MessagesTable.around: a page of one conversation centred on message `uuid`. */
  messagesAround(peerUid: string, uuid: string, before: number, after: number): MessagePage {
    return this.run('listing messages', (p) => p.messages.around(peerUid, uuid, before, after));
  }

  /** Moves a message forward (message-state.ts); false if the step was stale and ignored. */
  updateState(
    peerUid: string,
    uuid: string,
    state: MessageState,
    fields: StateFields = {},
  ): boolean {
    return this.run('updating a message', (p) =>
      // An expired (purged) message has no state left to move: a late step is stale.
      p.expired.has(peerUid, uuid) ? false : p.messages.updateState(peerUid, uuid, state, fields),
    );
  }

  /** Disappearing messages: the engine's (injectable) clock decides what has expired. */
  useExpiryClock(now: () => number): void {
    this.expiryClock = now;
  }

  /** Disappearing messages: deletes the rows expired at `now`, leaving dedup tombstones. */
  purgeExpired(now: number): ExpiredMessage[] {
    const purged = this.run('purging expired messages', (p) => p.expired.purge(now));
    this.tell((o) => {
      for (const m of purged) o.removed(m.id);
    });
    return purged;
  }

  /** When the next stored message expires (ms), or undefined. */
  nextExpiryAt(): number | undefined {
    return this.run('reading expiries', (p) => p.expired.nextAt());
  }

  /** Marks a message read at `at` (ms); false if it already was. */
  markRead(peerUid: string, uuid: string, at: number): boolean {
    return this.updateState(peerUid, uuid, 'read', { readAt: at });
  }

  unreadCounts(): Map<string, number> {
    return this.run('counting unread messages', (p) => p.messages.unreadCounts());
  }

  lastMessages(): Map<string, StoredMessage> {
    return this.run('reading conversations', (p) => p.messages.lastMessages());
  }

  /** MessagesTable.unsent: outbound messages no relay has accepted yet. */
  unsentMessages(): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.unsent());
  }

  /** MessagesTable.unacknowledged: outbound, never acknowledged by the contact. */
  unacknowledgedMessages(peerUid: string, since: number): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.unacknowledged(peerUid, since));
  }

  /** MessagesTable.historyPage: page `index` of all messages stored since `since`. */
  historyPage(since: number, index: number, size: number): StoredMessage[] {
    return this.run('reading history', (p) => p.messages.historyPage(since, index, size));
  }

  historyCount(since: number): number {
    return this.run('reading history', (p) => p.messages.historyCount(since));
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

  acksOwed(peerUid: string, limit: number): OwedAck[] {
    return this.run('reading owed acks', (p) => p.acks.forPeer(peerUid, limit));
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

  // ── contacts removed (peer-removals.ts) ─────────────────────────────────────────────────

  peerRemoval(peerUid: string): PeerRemoval | undefined {
    return this.run('reading a removal', (p) => p.removals.get(peerUid));
  }

  /** Removes the conversation's messages stored up to `at` (call inside the change's tx). */
  clearConversation(peerUid: string, at: number): number {
    const ids = this.idsUpTo(peerUid, at);
    const cleared = this.run('clearing a conversation', (p) => p.removals.clear(peerUid, at));
    this.tellRemoved(ids);
    return cleared;
  }

  /** Removes everything stored about a contact, for good (call inside the change's tx). */
  removePeerData(peerUid: string, at: number): void {
    const ids = this.idsUpTo(peerUid, Number.MAX_SAFE_INTEGER);
    this.run('removing a contact', (p) => {
      p.removals.delete(peerUid, at);
    });
    this.tellRemoved(ids);
  }

  private idsUpTo(peerUid: string, at: number): number[] {
    return this.run('reading messages', (p) => p.messages.idsUpTo(peerUid, at));
  }

  /** Tells the observer (the search index) of rows removed. */
  private tellRemoved(ids: readonly number[]): void {
    this.tell((o) => {
      for (const id of ids) o.removed(id);
    });
  }

  deletedPeers(): string[] {
    return this.run('reading removals', (p) => p.removals.deleted());
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────

  /**
   * Runs `fn` in one transaction: all its writes commit together or, if it throws, none do.
   * `fn` must be synchronous (no await inside); nested calls become savepoints.
   */
  transaction<R>(fn: () => R): R {
    this.requireOpen();
    const outermost = !this.db.inTransaction;
    let result: R;
    try {
      result = this.db.transaction(fn)();
    } catch (err) {
      if (outermost) this.notes.rolledBack();
      // The caller's own errors come back unchanged; only BEGIN/COMMIT failures are mapped.
      throw isSqliteError(err) ? sqliteError('a transaction', err) : err;
    }
    if (outermost) this.notes.committed();
    return result;
  }

  /** Closes the database (idempotent); later calls fail with STORAGE_CLOSED. */
  close(): void {
    if (!this.parts) return;
    this.parts = undefined;
    this.notes.close();
    this.dbKey.fill(0);
    this.db.close();
  }

  private requireOpen(): Parts {
    if (!this.parts) throw new AppError('STORAGE_CLOSED', 'the message database is closed');
    return this.parts;
  }

  private run<R>(what: string, fn: (parts: Parts) => R): R {
    const parts = this.requireOpen();
    try {
      return fn(parts);
    } catch (err) {
      throw sqliteError(what, err);
    }
  }
}
