/**
 * Telling an observer about message rows after the change is committed (a change rolled back
 * is never told): the in-memory search index (client/search) follows the messages table this
 * way, whatever path wrote the row (send, receive, a sibling's sync, a history transfer).
 */
import type { meow } from '../../proto';

/** A row just written: its id, place and decoded body. */
export interface StoredRow {
  readonly id: number;
  readonly peerUid: string;
  readonly createdAt: number;
  readonly message: meow.IDbMessage;
}

export interface MessageObserver {
  /** A row was stored, or its body replaced (e.g. an edit). */
  stored(row: StoredRow): void;
  /** A row was deleted (or its text purged). */
  removed(id: number): void;
}

export class CommitNotes {
  private observer: MessageObserver | undefined;
  private waiting: (() => void)[] = [];

  observe(observer: MessageObserver | undefined): void {
    this.observer = observer;
  }

  /** Calls the observer now, or (inside a transaction) once the outermost one commits. */
  tell(call: (observer: MessageObserver) => void, inTransaction: boolean): void {
    const observer = this.observer;
    if (!observer) return;
    const note = () => {
      try {
        call(observer);
      } catch {
        // An observer must never break a write that has committed.
      }
    };
    if (inTransaction) this.waiting.push(note);
    else note();
  }

  /** The outermost transaction committed. */
  committed(): void {
    const notes = this.waiting;
    this.waiting = [];
    for (const note of notes) note();
  }

  /** The outermost transaction rolled back. */
  rolledBack(): void {
    this.waiting = [];
  }

  close(): void {
    this.observer = undefined;
    this.waiting = [];
  }
}
