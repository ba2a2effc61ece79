/**
 * The conversation's messages, virtualized (@tanstack/react-virtual): only the rows on screen
 * exist in the DOM, so 100,000 messages scroll like 100. Anchored to the end: it opens at the
 * newest message, follows new ones while you are at the bottom, and keeps your place when an
 * older page (200 at a time) is added above as you scroll up. Inbound messages are reported
 * once they are actually on screen (mark as read). After a jump to a search hit it opens at
 * that message instead (centred, highlighted) and loads newer pages as you scroll down.
 */
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { MessageView } from '@meow/contract';
import { toRows, type Row } from '../../lib/thread';
import type { Thread } from '../../state/messages';
import { MessageBubble } from './MessageBubble';

export interface MessageListProps {
  readonly thread: Thread;
  readonly deviceName: string;
  /** The contact's name, for notices. */
  readonly peerName: string;
  readonly onReply: (message: MessageView) => void;
  readonly onRetry: (message: MessageView) => Promise<void>;
  readonly onEdit: (message: MessageView, text: string) => Promise<void>;
  readonly onDelete: (message: MessageView, forEveryone: boolean) => Promise<void>;
  readonly onLoadOlder: () => void;
  /** Only asked while the thread is detached (loaded around a search hit). */
  readonly onLoadNewer?: () => void;
  /** Inbound, unread messages now visible on screen. */
  readonly onSeen: (messages: MessageView[]) => void;
}

/** The row of a search hit stands out (CSS) and is the list's current item. */
function slotMarks(focused: boolean) {
  return focused
    ? { 'aria-current': true, 'data-focused': 'true', className: 'message-slot focused' }
    : { className: 'message-slot' };
}

/**
 * Scrolls, once the rows are there, to the newest message or to the search hit asked for (and
 * again on every later jump within the loaded rows); returns the hit's row index or -1.
 */
function useOpenPosition(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  rows: readonly Row[],
  focus: Thread['focus'],
  ready: boolean,
  setReady: (ready: boolean) => void,
): number {
  const focusUuid = focus?.uuid;
  const focusIndex = useMemo(
    () => (focusUuid ? rows.findIndex((r) => r.key === focusUuid) : -1),
    [rows, focusUuid],
  );
  const indexRef = useRef(focusIndex);
  indexRef.current = focusIndex;
  const rowCount = rows.length;
  useLayoutEffect(() => {
    if (ready || rowCount === 0) return;
    if (indexRef.current >= 0) virtualizer.scrollToIndex(indexRef.current, { align: 'center' });
    else virtualizer.scrollToEnd();
    setReady(true);
  }, [ready, rowCount, virtualizer, setReady]);
  const seq = focus?.seq;
  useEffect(() => {
    if (!ready || seq === undefined || indexRef.current < 0) return;
    virtualizer.scrollToIndex(indexRef.current, { align: 'center' });
  }, [ready, seq, virtualizer]);
  return focusIndex;
}

/** Detached around a search hit and scrolled near the bottom: fetch the next newer page. */
function useLoadNewer(
  el: HTMLElement | null,
  nearBottom: boolean,
  thread: Thread,
  onLoadNewer?: () => void,
): void {
  // The element's own position too (as for older pages): right after a jump the virtualizer
  // may still report the offset it had before scrolling to the hit.
  const elementNearBottom =
    el !== null && el.scrollTop + el.clientHeight > el.scrollHeight - LOAD_OLDER_PX;
  const can =
    nearBottom && elementNearBottom && thread.newerCursor !== null && !thread.loadingNewer;
  useEffect(() => {
    if (can) onLoadNewer?.();
  }, [can, onLoadNewer]);
}

/** Start fetching the previous page this far (px) from the top. */
const LOAD_OLDER_PX = 600;

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * Where the first message row on screen was before a prepend: its key, and start − scrollTop.
 */
interface ReadingAnchor {
  readonly key: string;
  readonly rel: number;
}

const isDayKey = (key: unknown): boolean => typeof key === 'string' && key.startsWith('day:');

/**
 * Before older rows are prepended (runs during render, before the virtualizer reads its
 * options), two things the virtualizer's own prepend anchor gets wrong:
 * - Its idea of the scroll position. A wheel or touch scroll moves the element at once but
 *   tells the virtualizer only with its scroll event, at the next frame; an older page that
 *   arrives over the socket in between is anchored against the old position, and the
 *   virtualizer then writes that position back over the user's scroll (`bench:ui`, content
 *   jumps of up to one scroll step). Synced here from the element.
 * - Its anchor row: the row at the top edge, which at the top of the loaded run is the day
 *   separator of the oldest day. When the older page ends on that same day, the separator
 *   (keyed by its day) moves up to the first message of the day in the new page, and the
 *   messages on screen were pushed down by the older ones of that day (`bench:ui`: jumps of
 *   200–950 px). Returned instead: the first message row on screen, for `useKeepReadingAnchor`.
 */
function useCatchUpBeforePrepend(
  instance: ListVirtualizer | null,
  el: HTMLDivElement | null,
  messages: readonly MessageView[],
): ReadingAnchor | null {
  // The oldest message, not the first row: a day separator keeps its key when the older page
  // ends on the same day.
  const before = useRef<{ oldest: string | undefined; count: number }>({
    oldest: undefined,
    count: 0,
  });
  const oldest = messages[0]?.uuid;
  const prepended =
    before.current.oldest !== undefined &&
    oldest !== before.current.oldest &&
    messages.length > before.current.count;
  before.current = { oldest, count: messages.length };
  if (!prepended || !instance || !el || instance.scrollOffset === null) return null;
  const top = el.scrollTop;
  if (Math.abs(top - instance.scrollOffset) >= 1) instance.scrollOffset = top;
  // The layout before the prepend: the virtualizer has not seen the new rows yet.
  let item = instance.getVirtualItemForOffset(top);
  while (item && isDayKey(item.key)) item = instance.measurementsCache[item.index + 1];
  if (!item || typeof item.key !== 'string') return null;
  return { key: item.key, rel: item.start - top };
}

/**
 * A scrollToEnd / scrollToIndex written but not read back yet (the open, a jump to a search
 * hit): the virtualizer retargets it from the new layout itself and skips its prepend anchor
 * meanwhile, and so does useKeepReadingAnchor. Not public in @tanstack/virtual-core 3.19: read
 * defensively (absent → false).
 */
function awaitingCommand(virtualizer: ListVirtualizer): boolean {
  const internals = virtualizer as unknown as { _awaitingCommandReadBack?: () => boolean };
  return internals._awaitingCommandReadBack?.() ?? false;
}

/**
 * The rows a prepend mounted that were never measured (the older page's rows just above the
 * anchor), measured now, in the commit, while every one of them is above what is on screen:
 * the virtualizer moves the position by each one's difference from its estimate, so nothing
 * on screen moves. Left to its ResizeObserver they would be measured at the next frame, after
 * a wheel or touch scroll may have brought some of them into view, and a row first measured
 * in view pushes the rows below it (`bench:ui`: jumps of 11–22 px).
 */
function measureMountedRows(virtualizer: ListVirtualizer, canvas: HTMLElement | null): void {
  if (!canvas) return;
  for (const node of Array.from(canvas.children)) {
    const index = virtualizer.indexFromElement(node);
    const key = virtualizer.options.getItemKey(index);
    if (virtualizer.itemSizeCache.has(key)) continue;
    // How the virtualizer measures a row it is given without a ResizeObserver entry.
    virtualizer.resizeItem(index, virtualizer.options.measureElement(node, undefined, virtualizer));
  }
}

/**
 * After the virtualizer has anchored a prepend (during the same render, so the rows rendered
 * agree with it): moves its position so that the reading anchor's message starts where it
 * did — a no-op when the virtualizer anchored on that message itself. Then, in a layout effect
 * after the virtualizer's own, measures the new rows (measureMountedRows) and writes the
 * position that puts the anchor where it was *in the layout as measured now*: measuring rows
 * above it moves it, whether here or as an idle list mounts them (before this effect), and a
 * position computed during render would undo that (`bench:ui`: jumps of ≈ 100 px after
 * waiting at the top for a page).
 */
function useKeepReadingAnchor(
  virtualizer: ListVirtualizer,
  scroller: RefObject<HTMLDivElement | null>,
  canvas: RefObject<HTMLDivElement | null>,
  rows: readonly Row[],
  anchor: ReadingAnchor | null,
): void {
  let index = -1;
  const offset = virtualizer.scrollOffset;
  if (anchor && offset !== null && !awaitingCommand(virtualizer)) {
    index = rows.findIndex((r) => r.key === anchor.key);
    const start = index < 0 ? undefined : virtualizer.getOffsetForIndex(index, 'start')?.[0];
    if (start === undefined) index = -1;
    else {
      const corrected = Math.max(0, start - anchor.rel);
      if (Math.abs(corrected - offset) >= 1) virtualizer.scrollOffset = corrected;
    }
  }
  useLayoutEffect(() => {
    const el = scroller.current;
    if (index < 0 || !anchor || !el) return;
    measureMountedRows(virtualizer, canvas.current);
    const start = virtualizer.getOffsetForIndex(index, 'start')?.[0];
    if (start === undefined) return;
    const target = Math.max(0, start - anchor.rel);
    if (Math.abs(el.scrollTop - target) >= 1) el.scrollTop = target;
    virtualizer.scrollOffset = target;
  });
}

/** How close to the end (px) still counts as reading the newest message. */
const AT_END_PX = 4;

/**
 * Keeps the newest message in view when the list's box changes height (the window resized, the
 * relay notice shown above the chats) if it was in view before: the browser keeps the scroll
 * position from the top, which would slide the newest messages out of sight below.
 */
function useKeepEndOnResize(scroller: RefObject<HTMLDivElement | null>): void {
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const atEnd = (): boolean => el.scrollTop + el.clientHeight >= el.scrollHeight - AT_END_PX;
    let wasAtEnd = atEnd();
    let height = el.clientHeight;
    const onScroll = (): void => {
      wasAtEnd = atEnd();
    };
    const observer = new ResizeObserver(() => {
      if (el.clientHeight === height) return;
      height = el.clientHeight;
      if (wasAtEnd) el.scrollTop = el.scrollHeight;
    });
    el.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(el);
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [scroller]);
}

export function MessageList(props: MessageListProps) {
  const { thread, deviceName, peerName, onReply, onRetry, onLoadOlder, onLoadNewer, onSeen } =
    props;
  const { onEdit, onDelete } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const rows = useMemo(() => toRows(thread.messages), [thread.messages]);
  const byUuid = useMemo(() => new Map(thread.messages.map((m) => [m.uuid, m])), [thread.messages]);

  const instance = useRef<ListVirtualizer | null>(null);
  const anchor = useCatchUpBeforePrepend(instance.current, scroller.current, thread.messages);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]?.kind === 'day' ? 36 : 68),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 10,
    anchorTo: 'end',
    followOnAppend: true,
    // A render that anchors a prepend measures rows in its layout effect: their updates are
    // flushed before the paint anyway, and flushSync cannot run inside a commit.
    useFlushSync: anchor === null,
  });
  instance.current = virtualizer;
  useKeepReadingAnchor(virtualizer, scroller, canvas, rows, anchor);
  useKeepEndOnResize(scroller);

  const focusIndex = useOpenPosition(virtualizer, rows, thread.focus, ready, setReady);

  const items = virtualizer.getVirtualItems();
  const offset = virtualizer.scrollOffset ?? 0;
  const viewport = virtualizer.scrollRect?.height ?? 0;

  const canLoadOlder = ready && thread.nextCursor !== null && !thread.loadingOlder;
  useEffect(() => {
    // The element's own position too: right after scrollToEnd the virtualizer still reports
    // offset 0 for one render, which used to fetch an older page on every open.
    const top = scroller.current?.scrollTop ?? 0;
    if (canLoadOlder && offset < LOAD_OLDER_PX && top < LOAD_OLDER_PX) onLoadOlder();
  }, [canLoadOlder, offset, onLoadOlder]);

  const nearBottom = offset + viewport > virtualizer.getTotalSize() - LOAD_OLDER_PX;
  useLoadNewer(scroller.current, ready && nearBottom, thread, onLoadNewer);

  const firstVisible = items.find((it) => it.end > offset)?.index ?? -1;
  const lastVisible = items.findLast((it) => it.start < offset + viewport)?.index ?? -1;
  useEffect(() => {
    if (!ready || firstVisible < 0 || document.visibilityState !== 'visible') return;
    const seen: MessageView[] = [];
    for (let i = firstVisible; i <= lastVisible; i++) {
      const row = rows[i];
      if (row?.kind === 'message' && !row.message.outbound && row.message.state === 'received') {
        seen.push(row.message);
      }
    }
    if (seen.length > 0) onSeen(seen);
  }, [ready, firstVisible, lastVisible, rows, onSeen]);

  return (
    <div
      ref={scroller}
      className="message-scroll"
      tabIndex={0}
      aria-label="Messages"
      role="region"
      data-testid="message-list"
      data-count={thread.messages.length}
    >
      {thread.loadingOlder && (
        <div className="loading-older" role="status">
          Loading earlier messages…
        </div>
      )}
      <div
        ref={canvas}
        role="list"
        className="message-canvas"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              {...slotMarks(item.index === focusIndex)}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'day' ? (
                <div className="day-separator" data-testid="day-separator">
                  <span>{row.label}</span>
                </div>
              ) : (
                <MessageBubble
                  message={row.message}
                  replied={row.message.replyTo ? byUuid.get(row.message.replyTo) : undefined}
                  deviceName={deviceName}
                  peerName={peerName}
                  onReply={onReply}
                  onRetry={onRetry}
                  onEdit={onEdit}
                  onDelete={onDelete}
                />
              )}
            </div>
          );
        })}
      </div>
      {thread.loadingNewer && (
        <div className="loading-older" role="status">
          Loading later messages…
        </div>
      )}
      {thread.loaded && thread.messages.length === 0 && (
        <p className="empty-thread muted">No messages yet. Say hello!</p>
      )}
    </div>
  );
}
