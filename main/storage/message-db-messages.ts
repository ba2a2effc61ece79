/**
 * The message rows of MessageDb (message-db.ts): storing, edits and deletes (merging those held
 * for a message not stored yet), state steps, disappearing-message expiry, the reads, and
 * contact removals (cleared conversations, deleted contacts). Every write that adds, replaces
 * or deletes a message body tells the observer (MessageDbCore.tell).
 */
import { AppError } from '../../core/errors';
import { meow } from '../../proto';
import { type ExpiredMessage, isExpiredAt } from './expired-messages';
import type { StoredMessage } from './message-codec';
import { MessageDbCore, type Parts } from './message-db-core';
import { isModified, mergeModification } from './message-edits';
import type { MessageState, StateFields } from './message-state';
import type { InsertResult, ListOptions, MessagePage } from './messages-table';
import type { PeerRemoval } from './peer-removals';

export abstract class MessageDbMessages extends MessageDbCore {
  // ── messages ────────────────────────────────────────────────────────────────────────────

  /**
   * Stores a message (uuid = status.uuid); a second insert of the same (peer, uuid) is a no-op.
   * Edits and deletes held for it (`holdModification`) are merged in first.
   */
  insertMessage(peerUid: string, message: meow.IDbMessage): InsertResult {
    return this.run('storing a message', (p) =>
      this.transaction(() => this.insertIn(p, peerUid, message)),
    );
  }

  /**
   * `insertMessage` for a received unit (client/engine/receive.ts): inside the caller's
   * transaction, without a savepoint of its own — a savepoint (and a new transaction wrapper)
   * per message was ≈ 3 % of a backlog drain. The caller's transaction must roll back whole if
   * this throws (a unit does: any entry failing its writes redoes the unit without it).
   */
  insertInUnit(peerUid: string, message: meow.IDbMessage): InsertResult {
    if (!this.inTransaction()) {
      throw new AppError('INTERNAL', 'insertInUnit outside a transaction');
    }
    return this.run('storing a message', (p) => this.insertIn(p, peerUid, message));
  }

  private insertIn(p: Parts, peerUid: string, message: meow.IDbMessage): InsertResult {
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
          if (body.deleted && !stored.message.deleted) {
            // Deleted for everyone: the sender's device also deletes the blobs at the relay.
            p.attachments.purgeMessage(peerUid, uuid, body.deleted === 'everyone');
          }
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

  /**
   * Replaces a message's attachment pointers (a file sealed here: its pointer exists only once
   * the file is encrypted). The text and state stay; `updated_at` moves.
   */
  setMessageAttachments(
    peerUid: string,
    uuid: string,
    attachments: readonly meow.IAttachmentPointer[],
  ): void {
    this.run('updating a message', (p) => {
      const stored = p.messages.get(peerUid, uuid);
      if (!stored) throw new AppError('STORAGE_NOT_FOUND', 'no such message');
      // A fresh decode of the row: changed in place, then sealed again.
      const body = stored.message;
      body.attachments = attachments.map((a) => meow.AttachmentPointer.create(a));
      p.messages.replaceBody(peerUid, uuid, body);
    });
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
    const purged = this.run('purging expired messages', (p) =>
      this.transaction(() => {
        const gone = p.expired.purge(now);
        // Expired everywhere: the sender's device deletes the blobs at the relay too.
        for (const m of gone) p.attachments.purgeMessage(m.peerUid, m.uuid, true);
        return gone;
      }),
    );
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

  /** MessagesTable.recentConversations: the `limit` newest conversations' peer uids. */
  recentConversations(limit: number): string[] {
    return this.run('reading conversations', (p) => p.messages.recentConversations(limit));
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

  // ── contacts removed (peer-removals.ts) ─────────────────────────────────────────────────

  peerRemoval(peerUid: string): PeerRemoval | undefined {
    return this.run('reading a removal', (p) => p.removals.get(peerUid));
  }

  /** Removes the conversation's messages stored up to `at` (call inside the change's tx). */
  clearConversation(peerUid: string, at: number): number {
    const ids = this.idsUpTo(peerUid, at);
    const cleared = this.run('clearing a conversation', (p) => {
      p.attachments.purgeUpTo(peerUid, at);
      return p.removals.clear(peerUid, at);
    });
    this.tellRemoved(ids);
    return cleared;
  }

  /** Removes everything stored about a contact, for good (call inside the change's tx). */
  removePeerData(peerUid: string, at: number): void {
    const ids = this.idsUpTo(peerUid, Number.MAX_SAFE_INTEGER);
    this.run('removing a contact', (p) => {
      p.attachments.purgeUpTo(peerUid, Number.MAX_SAFE_INTEGER);
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
}
