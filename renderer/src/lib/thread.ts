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
 * rather than leaving a silent gap.
 */
export function mergeLatest(
  current: readonly MessageView[],
  page: readonly MessageView[],
  pageHasMore: boolean,
): Merged {
  const fresh = [...page].reverse();
  const oldestFresh = fresh[0];
  if (!oldestFresh) return { messages: [], reset: true };
  if (current.length === 0) return { messages: fresh, reset: true };
  const older = current.filter((m) => compareCursor(m.cursor, oldestFresh.cursor) < 0);
  if (older.length === current.length && pageHasMore) return { messages: fresh, reset: true };
  return { messages: older.concat(fresh), reset: false };
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
