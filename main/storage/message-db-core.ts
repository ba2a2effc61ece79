/**
 * The bottom of MessageDb (message-db.ts): the open database and its parts, `run` (maps SQLite
 * errors, fails once closed), `transaction`, `close`, and the observer plumbing (the search
 * index follows message writes through `tell`, deferred until the outermost transaction commits).
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { AcksOwed } from './acks-owed';
import { AttachmentRows } from './attachment-rows';
import { ExpiredMessages } from './expired-messages';
import type { StoredMessage } from './message-codec';
import { MessageMods } from './message-mods';
import { CommitNotes, type MessageObserver } from './message-observer';
import { MessagesTable } from './messages-table';
import { Outbox } from './outbox';
import { PeerRemovals } from './peer-removals';
import { QueueGaps } from './queue-gaps';
import { SeenTables } from './seen';
import { isSqliteError, sqliteError } from './sqlite';
import { SyncInbox } from './sync-inbox';
import { SyncOutbox } from './sync-outbox';
import { UnopenedEntries } from './unopened-entries';
import { WalSync } from './wal-sync';

export interface Parts {
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
  readonly attachments: AttachmentRows;
}

export abstract class MessageDbCore {
  private parts: Parts | undefined;
  /** What has expired is decided on this clock (the engine's; `useExpiryClock`). */
  protected expiryClock: () => number;
  private readonly notes = new CommitNotes();
  private readonly wal: WalSync;

  protected constructor(
    private readonly db: Database.Database,
    private readonly dbKey: Uint8Array,
    now: () => number,
  ) {
    this.expiryClock = now;
    this.wal = new WalSync(`${db.name}-wal`);
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
      attachments: new AttachmentRows(db, dbKey, now),
    };
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

  /** Whether a transaction is open (a caller's, around the current call). */
  protected inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /** MessagesTable.afterId: up to `limit` rows with an id above `afterId`, in id order. */
  messagesAfterId(afterId: number, limit: number): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.afterId(afterId, limit));
  }

  /** The messages with these row ids (missing ones left out), in the order asked. */
  messagesByIds(ids: readonly number[]): StoredMessage[] {
    return this.run('reading messages', (p) => p.messages.byIds(ids));
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

  /**
   * `transaction`, committed without waiting for the disk: synchronous=NORMAL for this one
   * commit (appended to the WAL, not fsynced), FULL again right after. Only for writes that are
   * *redone* if lost — an effect settled from a durable record (acks_owed, sync_outbox) and
   * queued as a job, or a job completed after the relay took it — never for a state change or
   * a record of one. A process crash loses nothing (the OS has the WAL write); a power cut or
   * an OS crash may lose this commit, but only with every later one (the WAL is replayed in
   * order up to the first frame not on disk, and a later durable commit fsyncs the WAL with
   * this one in it): the record comes back and is sealed and sent anew, or the job is pushed
   * again, and the receiver drops the copy (envelope hash, sync dedup id, ack by uuid). It
   * saves an fsync, which blocks this thread, per commit. Inside another transaction it is
   * part of that one, with that one's durability.
   */
  redoableTransaction<R>(fn: () => R): R {
    this.requireOpen();
    if (this.db.inTransaction) return this.transaction(fn);
    this.db.pragma('synchronous = NORMAL');
    try {
      return this.transaction(fn);
    } finally {
      this.db.pragma('synchronous = FULL');
    }
  }

  /**
   * `transaction`, visible at once and durable a moment later: committed without an fsync
   * (synchronous=NORMAL, as `redoableTransaction`), then the write-ahead log is fdatasynced on
   * libuv's thread pool (wal-sync.ts); `durable` resolves once this commit and every earlier
   * one are on disk. Readers see the commit at once; a process crash loses nothing (the OS has
   * the WAL write). For a change that nothing outside this database may build on before
   * `durable`: received messages, whose ratchet write and relay ack wait for it, so a power
   * cut before it loses the commit only together with them and the relay delivers the messages
   * again. Not inside another transaction (its durability would be the outer one's).
   */
  transactionSyncedLater<R>(fn: () => R): { result: R; durable: Promise<void> } {
    this.requireOpen();
    if (this.db.inTransaction) throw new AppError('INTERNAL', 'synced-later inside a transaction');
    const result = this.redoableTransaction(fn);
    const durable = this.wal.sync();
    durable.catch(() => undefined); // the caller's to await; never an unhandled rejection
    return { result, durable };
  }

  /** Closes the database (idempotent); later calls fail with STORAGE_CLOSED. */
  close(): void {
    if (!this.parts) return;
    this.parts = undefined;
    this.notes.close();
    this.dbKey.fill(0);
    this.wal.close();
    this.db.close();
  }

  private requireOpen(): Parts {
    if (!this.parts) throw new AppError('STORAGE_CLOSED', 'the message database is closed');
    return this.parts;
  }

  protected run<R>(what: string, fn: (parts: Parts) => R): R {
    const parts = this.requireOpen();
    try {
      return fn(parts);
    } catch (err) {
      throw sqliteError(what, err);
    }
  }
}
