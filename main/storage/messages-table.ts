/**
 * The `messages` table: insert with dedup by (peer_uid, uuid), newest-first pages, forward-only
 * state changes, unread counts and the last message per conversation. Used through MessageDb.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../core/errors';
import { encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import { sealValue } from './db-key';
import {
  type MessageCursor,
  messageAd,
  type MessageRow,
  type NewMessageRow,
  newMessageRow,
  requireId,
  type StoredMessage,
  storedMessage,
} from './message-codec';
import { isExpiredAt } from './expired-messages';
import {
  canTransition,
  columnsAfter,
  type MessageState,
  parseState,
  requireStateFor,
  type StateFields,
} from './message-state';

const MAX_PAGE = 500;
/**
 * `DbMessage.type` of a row this device wrote for the user's eyes only (engine/gaps.ts): stored
 * inbound and read, so it is never sent, acked, synced, retried or counted unread.
 */
export const NOTICE_TYPE = 'notice';
const ORDER = 'ORDER BY created_at DESC, id DESC';
/** Every conversation's peer_uid, `p(uid)`, found by seeking from one to the next in messages_page. */
const CONVERSATIONS = `p(uid) AS (
  SELECT (SELECT MIN(peer_uid) FROM messages)
  UNION ALL
  SELECT (SELECT MIN(peer_uid) FROM messages WHERE peer_uid > p.uid) FROM p WHERE p.uid IS NOT NULL)`;

export interface InsertResult {
  /** False when (peer, uuid) was already stored; nothing was changed then. */
  readonly inserted: boolean;
  readonly id: number;
  /** Edits or deletes held for it were merged in (MessageDb.insertMessage). */
  readonly modified?: boolean;
}

export interface ListOptions {
  /** Start strictly below this cursor (from a previous page); omit for the newest page. */
  readonly before?: MessageCursor;
  /**
   * Instead: the `limit` messages just above this cursor (still newest first), to walk back
   * towards the newest message from a page loaded around a search hit.
   */
  readonly after?: MessageCursor;
  readonly limit: number;
}

export interface MessagePage {
  /** Newest first. */
  readonly messages: StoredMessage[];
  /** Pass as `before` for the next (older) page; undefined when there is none. */
  readonly nextCursor: MessageCursor | undefined;
  /** Pass as `after` for the next newer page; undefined when the newest message is in this one. */
  readonly newerCursor?: MessageCursor | undefined;
}

/** How many messages `around` loads on each side of the one asked for, at most. */
export const MAX_AROUND = 250;

function cursorOf(m: StoredMessage | undefined): MessageCursor | undefined {
  return m && { createdAt: m.createdAt, id: m.id };
}

type Key = [peerUid: string, uuid: string];

/**
 * A message whose photos and files are all at the relay (or that has none): one still being
 * sealed or uploaded must not be sent yet — its pointers are not usable — so it is left out of
 * what the send paths (re)send; the attachment worker queues it once the last upload is done.
 */
const UPLOADED = `NOT EXISTS (SELECT 1 FROM attachments a WHERE a.peer_uid = messages.peer_uid
  AND a.message_uuid = messages.uuid AND a.outbound = 1 AND a.state <> 'sent')`;

/**
 * The statements that read the attachments table too, prepared on first use: a table built by
 * an older migration step (migrations.test.ts seeds each version with this class) has none.
 */
function prepareSending(db: Database.Database) {
  return {
    unsent: db.prepare<[], MessageRow>(
      `SELECT * FROM messages WHERE state IN ('pending', 'pending_forward') AND outbound = 1
       AND ${UPLOADED} ORDER BY id`,
    ),
    unacknowledged: db.prepare<[string, number], MessageRow>(
      `SELECT * FROM messages WHERE peer_uid = ? AND outbound = 1 AND created_at >= ?
       AND state IN ('pending', 'sent') AND ${UPLOADED} ORDER BY id`,
    ),
  };
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare<[NewMessageRow], { id: number; created_at: number }>(
      `INSERT INTO messages (peer_uid, uuid, outbound, state, created_at, updated_at, sent_at,
         delivered_at, read_at, failure_reason, body, expires_at)
       VALUES (@peer_uid, @uuid, @outbound, @state, @created_at, @updated_at, @sent_at,
         @delivered_at, @read_at, @failure_reason, @body, @expires_at)
       ON CONFLICT (peer_uid, uuid) DO NOTHING
       RETURNING id, created_at`,
    ),
    get: db.prepare<Key, MessageRow>('SELECT * FROM messages WHERE peer_uid = ? AND uuid = ?'),
    newest: db.prepare<[string, number], MessageRow>(
      `SELECT * FROM messages WHERE peer_uid = ? ${ORDER} LIMIT ?`,
    ),
    before: db.prepare<[string, number, number, number], MessageRow>(
      `SELECT * FROM messages WHERE peer_uid = ? AND (created_at, id) < (?, ?) ${ORDER} LIMIT ?`,
    ),
    after: db.prepare<[string, number, number, number], MessageRow>(
      `SELECT * FROM messages WHERE peer_uid = ? AND (created_at, id) > (?, ?)
       ORDER BY created_at ASC, id ASC LIMIT ?`,
    ),
    update: db.prepare<
      [Omit<MessageRow, 'peer_uid' | 'uuid' | 'outbound' | 'created_at' | 'body' | 'expires_at'>]
    >(
      `UPDATE messages SET state = @state, updated_at = @updated_at, sent_at = @sent_at,
         delivered_at = @delivered_at, read_at = @read_at, failure_reason = @failure_reason
       WHERE id = @id`,
    ),
    body: db.prepare<[Uint8Array, number, number]>(
      'UPDATE messages SET body = ?, updated_at = ? WHERE id = ?',
    ),
    unread: db.prepare<[], { peer_uid: string; n: number }>(
      `SELECT peer_uid, COUNT(*) AS n FROM messages WHERE outbound = 0 AND read_at IS NULL
       GROUP BY peer_uid`,
    ),
    history: db.prepare<[number, number, number], MessageRow>(
      'SELECT * FROM messages WHERE created_at >= ? ORDER BY id LIMIT ? OFFSET ?',
    ),
    afterId: db.prepare<[number, number], MessageRow>(
      'SELECT * FROM messages WHERE id > ? ORDER BY id LIMIT ?',
    ),
    byId: db.prepare<[number], MessageRow>('SELECT * FROM messages WHERE id = ?'),
    idsUpTo: db.prepare<[string, number], { id: number }>(
      'SELECT id FROM messages WHERE peer_uid = ? AND created_at <= ?',
    ),
    historyCount: db.prepare<[number], { n: number }>(
      'SELECT COUNT(*) AS n FROM messages WHERE created_at >= ?',
    ),
    // One indexed probe per conversation, rather than sorting the whole table. The
    // conversations are found by hopping from one peer_uid to the next in messages_page (a
    // seek each): SELECT DISTINCT would read every entry of the index, 100,000 for a long
    // conversation, and that was most of the first listing after unlock.
    last: db.prepare<[], MessageRow>(
      `WITH RECURSIVE ${CONVERSATIONS}
       SELECT m.* FROM p
       JOIN messages m ON m.id = (SELECT id FROM messages WHERE peer_uid = p.uid ${ORDER} LIMIT 1)`,
    ),
    // The same hops, reading only messages_page (no row, no body): newest conversations first.
    recent: db.prepare<[number], { peer_uid: string }>(
      `WITH RECURSIVE ${CONVERSATIONS}
       SELECT uid AS peer_uid FROM (
         SELECT uid,
           (SELECT created_at FROM messages WHERE peer_uid = p.uid ${ORDER} LIMIT 1) AS t,
           (SELECT id FROM messages WHERE peer_uid = p.uid ${ORDER} LIMIT 1) AS i
         FROM p WHERE uid IS NOT NULL)
       ORDER BY t DESC, i DESC LIMIT ?`,
    ),
  };
}

export class MessagesTable {
  private readonly sql: ReturnType<typeof prepare>;
  private sending: ReturnType<typeof prepareSending> | undefined;

  constructor(
    private readonly db: Database.Database,
    private readonly dbKey: Uint8Array,
    private readonly now: () => number,
    /** Disappearing messages: the clock that decides what has expired. */
    private readonly expiryNow: () => number = now,
  ) {
    this.sql = prepare(db);
  }

  /** Also returns the row's created_at (ms) for MessageDb's observer. */
  insert(peerUid: string, message: meow.IDbMessage): InsertResult & { createdAt: number } {
    const row = newMessageRow(this.dbKey, peerUid, message, this.now());
    // One statement (atomic by itself, no savepoint): the new row's id, or nothing when
    // (peer, uuid) is stored already — then the stored row's. A received unit inserts
    // hundreds of rows in one transaction; a savepoint and a read per row showed up there.
    const added = this.sql.insert.get(row);
    if (added) return { inserted: true, id: added.id, createdAt: added.created_at };
    const stored = this.sql.get.get(row.peer_uid, row.uuid);
    if (!stored) throw new AppError('INTERNAL', 'inserted message vanished');
    return { inserted: false, id: stored.id, createdAt: stored.created_at };
  }

  get(peerUid: string, uuid: string): StoredMessage | undefined {
    const row = this.sql.get.get(peerUid, uuid);
    return row && storedMessage(this.dbKey, row);
  }

  list(peerUid: string, { before, after, limit }: ListOptions): MessagePage {
    requireId(peerUid, 'peer uid');
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new AppError('INVALID_ARGUMENT', `page limit must be 1..${MAX_PAGE}`);
    }
    if (after) return this.newerPage(peerUid, after, limit);
    // One extra row tells whether an older page exists without a second query.
    const rows = before
      ? this.sql.before.all(peerUid, before.createdAt, before.id, limit + 1)
      : this.sql.newest.all(peerUid, limit + 1);
    const messages = rows.slice(0, limit).map((r) => storedMessage(this.dbKey, r));
    const last = messages[messages.length - 1];
    const more = rows.length > limit && last !== undefined;
    const cursor = more ? { createdAt: last.createdAt, id: last.id } : undefined;
    return { messages: this.live(messages), nextCursor: cursor };
  }

  /**
   * The message `uuid` with up to `before` older and `after` newer ones around it, newest first
   * (jump to a search hit). Unknown message → STORAGE_NOT_FOUND.
   */
  around(peerUid: string, uuid: string, before: number, after: number): MessagePage {
    requireId(peerUid, 'peer uid');
    for (const n of [before, after]) {
      if (!Number.isInteger(n) || n < 0 || n > MAX_AROUND) {
        throw new AppError('INVALID_ARGUMENT', `around counts must be 0..${MAX_AROUND}`);
      }
    }
    const target = this.sql.get.get(peerUid, uuid);
    if (!target) throw new AppError('STORAGE_NOT_FOUND', 'no such message');
    const at = storedMessage(this.dbKey, target);
    // One extra row each way tells whether more exist beyond the page.
    const olderRows = this.sql.before.all(peerUid, at.createdAt, at.id, before + 1);
    const newerRows = this.sql.after.all(peerUid, at.createdAt, at.id, after + 1);
    const open = (r: MessageRow) => storedMessage(this.dbKey, r);
    const older = olderRows.slice(0, before).map(open);
    const newer = newerRows.slice(0, after).map(open).reverse();
    const messages = [...newer, at, ...older];
    return {
      messages,
      nextCursor: olderRows.length > before ? cursorOf(messages[messages.length - 1]) : undefined,
      newerCursor: newerRows.length > after ? cursorOf(messages[0]) : undefined,
    };
  }

  /** The `limit` messages just above `after`, newest first. */
  private newerPage(peerUid: string, after: MessageCursor, limit: number): MessagePage {
    const rows = this.sql.after.all(peerUid, after.createdAt, after.id, limit + 1);
    const messages = rows
      .slice(0, limit)
      .map((r) => storedMessage(this.dbKey, r))
      .reverse();
    const oldest = messages[messages.length - 1];
    return {
      messages,
      nextCursor: cursorOf(oldest) ?? after,
      newerCursor: rows.length > limit ? cursorOf(messages[0]) : undefined,
    };
  }

  /**
   * Moves the message to `state` if that is a step forward (message-state.ts) and returns true;
   * a stale or repeated step is ignored and returns false. Unknown message → STORAGE_NOT_FOUND.
   */
  updateState(peerUid: string, uuid: string, state: MessageState, fields: StateFields): boolean {
    const to = parseState(state);
    return this.db.transaction(() => {
      const row = this.sql.get.get(peerUid, uuid);
      if (!row) throw new AppError('STORAGE_NOT_FOUND', 'no such message');
      const outbound = row.outbound === 1;
      requireStateFor(outbound, to);
      if (!canTransition(parseState(row.state), to)) return false;
      const current = {
        sentAt: row.sent_at,
        deliveredAt: row.delivered_at,
        readAt: row.read_at,
        failureReason: row.failure_reason,
      };
      const now = this.now();
      const next = columnsAfter(to, outbound, current, fields, now);
      this.sql.update.run({
        id: row.id,
        state: to,
        updated_at: now,
        sent_at: next.sentAt,
        delivered_at: next.deliveredAt,
        read_at: next.readAt,
        failure_reason: next.failureReason,
      });
      return true;
    })();
  }

  /**
   * Seals `message` as the row's new body (an edit or a delete, message-edits.ts): the state
   * columns stay as they are; `updated_at` moves, so the change has its own `msg` sync.
   */
  replaceBody(peerUid: string, uuid: string, message: meow.IDbMessage): void {
    const row = this.sql.get.get(peerUid, uuid);
    if (!row) throw new AppError('STORAGE_NOT_FOUND', 'no such message');
    const bytes = encodeProto(meow.DbMessage, message);
    const body = sealValue(this.dbKey, bytes, messageAd(peerUid, uuid));
    this.sql.body.run(body, Math.max(this.now(), row.updated_at + 1), row.id);
  }

  /** Inbound messages not yet read, per peer (peers with none are absent). */
  unreadCounts(): Map<string, number> {
    return new Map(this.sql.unread.all().map((r) => [r.peer_uid, r.n]));
  }

  /** The newest message of every conversation, for the conversation list. */
  lastMessages(): Map<string, StoredMessage> {
    const last = this.live(this.sql.last.all().map((r) => storedMessage(this.dbKey, r)));
    return new Map(last.map((m) => [m.peerUid, m]));
  }

  /**
   * The uids of the `limit` conversations with the newest last message, newest first (a row
   * past its expiry still counts: callers read the last message they show themselves).
   */
  recentConversations(limit: number): string[] {
    return this.sql.recent.all(limit).map((r) => r.peer_uid);
  }

  /** Disappearing messages: a row past its expiry is never shown, even before it is purged. */
  private live(messages: StoredMessage[]): StoredMessage[] {
    const now = this.expiryNow();
    return messages.filter((m) => !isExpiredAt(m.message, now));
  }

  private sendingSql(): ReturnType<typeof prepareSending> {
    this.sending ??= prepareSending(this.db);
    return this.sending;
  }

  /**
   * Outbound messages not yet accepted by a relay (pending, pending_forward), oldest first;
   * not those whose attachments are still being uploaded (UPLOADED).
   */
  unsent(): StoredMessage[] {
    return this.sendingSql()
      .unsent.all()
      .map((r) => storedMessage(this.dbKey, r));
  }

  /**
   * A conversation's outbound messages since `since` that the contact never acknowledged
   * (pending, sent), oldest first: sent again after a session reset.
   */
  unacknowledged(peerUid: string, since: number): StoredMessage[] {
    return this.sendingSql()
      .unacknowledged.all(peerUid, since)
      .map((r) => storedMessage(this.dbKey, r));
  }

  /**
   * Every conversation's messages first stored at or after `since`, oldest row first, as
   * fixed-size pages (history transfer between devices: page `index` of `size`). New messages
   * only ever append, so a page index means the same rows when a transfer is resumed.
   */
  historyPage(since: number, index: number, size: number): StoredMessage[] {
    // A notice (e.g. a relay gap this device saw) is local, never synced: left out of the page,
    // which still spans the same rows, so a resumed transfer lines up. An expired message is
    // left out too (a purge deleting rows meanwhile can shift a resumed transfer's pages).
    return this.sql.history
      .all(since, size, index * size)
      .map((r) => storedMessage(this.dbKey, r))
      .filter((m) => m.message.type !== NOTICE_TYPE && !isExpiredAt(m.message, this.expiryNow()));
  }

  /** Up to `limit` rows with an id above `afterId`, in id order (walking the whole table). */
  afterId(afterId: number, limit: number): StoredMessage[] {
    return this.sql.afterId.all(afterId, limit).map((r) => storedMessage(this.dbKey, r));
  }

  /** The rows with these ids (missing ones left out), in the order asked. */
  byIds(ids: readonly number[]): StoredMessage[] {
    const out: StoredMessage[] = [];
    for (const id of ids) {
      const row = this.sql.byId.get(id);
      if (row) out.push(storedMessage(this.dbKey, row));
    }
    return out;
  }

  /** The ids of one conversation's rows stored at or before `at` (ms). */
  idsUpTo(peerUid: string, at: number): number[] {
    return this.sql.idsUpTo.all(peerUid, at).map((r) => r.id);
  }

  historyCount(since: number): number {
    return this.sql.historyCount.get(since)?.n ?? 0;
  }
}
