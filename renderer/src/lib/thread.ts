/**
 * Pure helpers for a conversation's loaded messages (oldest first). The engine pages newest
 * first (messages.list); the UI keeps a contiguous run that ends at the newest message and
 * grows backwards as the user scrolls up.
 */
import type { MessageView } from '@meow/contract';

export type Cursor = MessageView['cursor'];

export function compareCursor(a: Cursor, b: Cursor): number {
  return a.createdAt - b.createdAt || a.id - b.id;
}

export interface Merged {
  readonly messages: readonly MessageView[];
  /** True when the older part was dropped (a gap): the caller takes the page's cursor. */
  readonly reset: boolean;
}

/**
 * Replaces the newest part of `current` with a fresh newest-first page. When the page does
 * not reach back to what is loaded (more new messages than a page), the older part is dropped
 * rather than leaving a silent gap. Rows newer than the page (an event put them in while the
 * page was on its way) stay.
 */
export function mergeLatest(
  current: readonly MessageView[],
  page: readonly MessageView[],
  pageHasMore: boolean,
): Merged {
  const fresh = [...page].reverse();
  const oldestFresh = fresh[0];
  const newestFresh = fresh[fresh.length - 1];
  if (!oldestFresh || !newestFresh) return { messages: [], reset: true };
  const older = current.filter((m) => compareCursor(m.cursor, oldestFresh.cursor) < 0);
  const newer = current.filter((m) => compareCursor(m.cursor, newestFresh.cursor) > 0);
  // Nothing loaded reaches further back than the page: its cursor is where older pages start.
  if (older.length === 0) return { messages: fresh.concat(newer), reset: true };
  const gap = older.length + newer.length === current.length && pageHasMore;
  if (gap) return { messages: fresh.concat(newer), reset: true };
  return { messages: older.concat(fresh, newer), reset: false };
}

/** What of the conversation lies outside the loaded run (Thread: nextCursor, newerCursor). */
export interface LoadedRun {
  /** Older messages exist that are not loaded (the next older page will bring them). */
  readonly olderUnloaded: boolean;
  /** Detached around a search hit: newer messages are not loaded yet. */
  readonly newerUnloaded: boolean;
}

const sameRow = (a: MessageView, b: MessageView): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** Index of the first loaded row newer than `cursor` (binary search; rows oldest first). */
function insertionIndex(rows: readonly MessageView[], cursor: Cursor): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = rows[mid];
    if (row && compareCursor(row.cursor, cursor) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Puts the row an event brought (its view as messages.list lists it) where it belongs: it
 * replaces the loaded row with its uuid, or goes in by cursor order when it falls inside the
 * loaded run. Outside the run it is left to the page that will load it (older, or newer
 * while detached). `view` null: the row is no longer listed and leaves. Returns `current`
 * itself when nothing changes.
 */
export function placeRow(
  current: readonly MessageView[],
  uuid: string,
  view: MessageView | null,
  run: LoadedRun,
): readonly MessageView[] {
  const index = current.findIndex((m) => m.uuid === uuid);
  const old = current[index];
  if (old) {
    if (!view) return current.filter((m) => m.uuid !== uuid);
    if (sameRow(old, view)) return current;
    const next = current.slice();
    next[index] = view;
    return next;
  }
  if (!view) return current;
  const first = current[0];
  const last = current[current.length - 1];
  if (run.olderUnloaded && first && compareCursor(view.cursor, first.cursor) < 0) return current;
  if (run.newerUnloaded && last && compareCursor(view.cursor, last.cursor) > 0) return current;
  const at = insertionIndex(current, view.cursor);
  return [...current.slice(0, at), view, ...current.slice(at)];
}

/** Adds an older newest-first page in front, skipping anything already loaded. */
export function prependOlder(
  current: readonly MessageView[],
  page: readonly MessageView[],
): MessageView[] {
  const first = current[0];
  const older = [...page].reverse();
  const keep = first ? older.filter((m) => compareCursor(m.cursor, first.cursor) < 0) : older;
  return keep.concat(current);
}

/** Adds a newer newest-first page after what is loaded, skipping anything already there. */
export function appendNewer(
  current: readonly MessageView[],
  page: readonly MessageView[],
): MessageView[] {
  const last = current[current.length - 1];
  const newer = [...page].reverse();
  const keep = last ? newer.filter((m) => compareCursor(m.cursor, last.cursor) > 0) : newer;
  return current.concat(keep);
}

export type Row =
  | { readonly kind: 'day'; readonly key: string; readonly label: string }
  | { readonly kind: 'message'; readonly key: string; readonly message: MessageView };

const dayKey = (t: number): string => {
  const d = new Date(t);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
};

export function dayLabel(t: number, now: number = Date.now()): string {
  if (dayKey(t) === dayKey(now)) return 'Today';
  if (dayKey(t) === dayKey(now - 86_400_000)) return 'Yesterday';
  const d = new Date(t);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString(undefined, {
    weekday: sameYear ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: sameYear ? undefined : 'numeric',
  });
}

/** Messages with a day separator before the first message of each calendar day. */
export function toRows(messages: readonly MessageView[], now: number = Date.now()): Row[] {
  const rows: Row[] = [];
  let previous = '';
  for (const message of messages) {
    const day = dayKey(message.createdAt);
    if (day !== previous) {
      rows.push({ kind: 'day', key: `day:${day}`, label: dayLabel(message.createdAt, now) });
      previous = day;
    }
    rows.push({ kind: 'message', key: message.uuid, message });
  }
  return rows;
}

export function timeLabel(t: number): string {
  return new Date(t).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
