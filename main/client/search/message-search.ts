/**
 * Message search of one unlocked profile (docs/ARCHITECTURE.md "Search"): an in-memory
 * SearchIndex, built after unlock from the sealed rows in slices that yield to the event loop,
 * then kept current by the message database's observer (every insert, whatever its path) and
 * by `upsert`/`remove` from features that change or delete a message's text. Nothing of it is
 * written to disk.
 */
import { AppError } from '../../../core/errors';
import type { MessageDb, StoredMessage, StoredRow } from '../../storage';
import { SearchIndex, type IndexStats } from './search-index';
import { snippetOf, type Snippet } from './snippet';
import { queryTerms } from './tokenize';

/** Rows read, opened and indexed per step of the build. */
const STEP_ROWS = 100;
/**
 * The build works in slices of about SLICE_MS, each followed by a pause as long. A pause, not
 * just a turn (setImmediate): a turn lets each waiting chain of awaits take ONE step, so the
 * engine's start-up and the first peers.list — hundreds of LevelDB reads in a row with 1,000
 * contacts — got one read per slice and waited for most of the build (issue 18: unlock-to-list
 * 16 s instead of 1.5 s with 100,000 messages). In a pause they run freely; the build takes
 * about twice its CPU time and never more than half the thread.
 */
const SLICE_MS = 8;
/** DbMessage types that are not the users' words (e.g. a relay gap notice). */
const UNSEARCHED_TYPES = new Set(['notice']);
export const MAX_SEARCH_HITS = 200;

export interface SearchInput {
  readonly query: string;
  /** Only this conversation. */
  readonly peerUid?: string;
  readonly limit: number;
}

export interface SearchHit {
  readonly message: StoredMessage;
  readonly snippet: Snippet;
}

export interface SearchResult {
  /** Newest first. */
  readonly hits: SearchHit[];
  /** How many messages match in all (hits has at most `limit`). */
  readonly total: number;
  /** False while the index is still being built after unlock (older messages may be missing). */
  readonly complete: boolean;
}

/** What to index of a message: its text, unless it is not something a person wrote. */
export function searchableText(message: {
  type?: string | null;
  text?: string | null;
  deleted?: string | null;
}): string {
  // A message deleted (for me or for everyone) is never found again.
  if (message.deleted) return '';
  return UNSEARCHED_TYPES.has(message.type ?? '') ? '' : (message.text ?? '');
}

export class MessageSearch {
  private readonly index = new SearchIndex();
  private building: Promise<void> | undefined;
  private following = false;
  private stopped = false;
  private built = false;

  constructor(private readonly db: MessageDb) {}

  /**
   * Follows every insert and removal from now on, without building yet: what is stored before
   * the build starts is indexed by the build, what is stored after by this (the build skips
   * rows already indexed). Idempotent.
   */
  follow(): void {
    if (this.following) return;
    this.following = true;
    this.db.observeMessages({
      stored: (row: StoredRow) => {
        this.upsert(row.id, row.peerUid, searchableText(row.message), row.createdAt);
      },
      removed: (id) => {
        this.remove(id);
      },
    });
  }

  /** Follows the database and starts building (once); resolves when the build is done. */
  start(): Promise<void> {
    if (this.building) return this.building;
    this.follow();
    // A build cut short by a close (STORAGE_CLOSED) just ends; searching then says so.
    this.building = this.build().catch(() => undefined);
    return this.building;
  }

  /** Resolves once every message stored before `start()` is indexed. */
  whenReady(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  get ready(): boolean {
    return this.built;
  }

  /** Stops following and forgets everything (on lock or close). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.db.observeMessages(undefined);
    await this.building?.catch(() => undefined);
    this.index.clear();
  }

  /** (Re)indexes a message's text; an empty text removes it. For edits and history changes. */
  upsert(rowId: number, peerUid: string, text: string, createdAt?: number): void {
    if (this.stopped) return;
    if (text === '') this.index.remove(rowId);
    else this.index.upsert(rowId, peerUid, text, createdAt);
  }

  /** Forgets a message (deleted, expired). */
  remove(rowId: number): void {
    this.index.remove(rowId);
  }

  stats(): IndexStats {
    return this.index.stats();
  }

  search(input: SearchInput): SearchResult {
    if (this.stopped) throw new AppError('STORAGE_CLOSED', 'the profile is locked');
    const terms = queryTerms(input.query);
    if (terms.exact.length === 0 && terms.prefix === undefined) {
      return { hits: [], total: 0, complete: this.built };
    }
    const limit = Math.max(1, Math.min(input.limit, MAX_SEARCH_HITS));
    const found = this.index.search({
      terms,
      limit,
      ...(input.peerUid === undefined ? {} : { peerUid: input.peerUid }),
    });
    const hits = this.db.messagesByIds(found.rowIds).map((message) => ({
      message,
      snippet: snippetOf(searchableText(message.message), terms),
    }));
    return { hits, total: found.total, complete: this.built };
  }

  private async build(): Promise<void> {
    let after = 0;
    for (;;) {
      if (this.stopped) return;
      const sliceEnd = performance.now() + SLICE_MS;
      let rows: StoredMessage[];
      do {
        rows = this.db.messagesAfterId(after, STEP_ROWS);
        after = this.indexRows(rows, after);
      } while (rows.length === STEP_ROWS && performance.now() < sliceEnd);
      if (rows.length < STEP_ROWS) break;
      await new Promise<void>((resolve) => setTimeout(resolve, SLICE_MS));
    }
    this.built = !this.stopped;
  }

  /** Indexes `rows` (ascending ids); returns the last id seen. */
  private indexRows(rows: readonly StoredMessage[], after: number): number {
    let last = after;
    for (const row of rows) {
      last = row.id;
      // A row changed since (an edit) was indexed by the observer already, newer text first.
      if (this.index.has(row.id)) continue;
      const text = searchableText(row.message);
      if (text !== '') this.index.upsert(row.id, row.peerUid, text, row.createdAt);
    }
    return last;
  }
}
