/**
 * Every contact as a conversation (the engine never lists device peers): avatar or initials,
 * name, last message, unread count; filtered by name. Arrow keys move through the list,
 * Enter opens (a listbox with a roving tab stop). The same field searches the messages of
 * every conversation: the hits follow the contacts (features/search).
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { filterConversations, useContacts } from '../../state/contacts';
import { useNavigation } from '../../state/navigation';
import { ErrorText } from '../../ui/ErrorText';
import { ConversationItem } from './ConversationItem';
import { useMessageSearch } from '../../state/search';
import { jumpToHit, SearchResults } from '../search/SearchResults';

/** A row's height before it is measured (CSS: .conversation-item). */
const ROW_ESTIMATE = 64;

/**
 * The rows in view (and a few around), plus the list's tab stop: it stays in the DOM, so
 * keyboard focus is never lost to a row scrolled out of view.
 */
function withTabStop(range: Range, tabStop: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (tabStop < range.count && !indexes.includes(tabStop)) {
    indexes.push(tabStop);
    indexes.sort((x, y) => x - y);
  }
  return indexes;
}

export function ConversationList() {
  const searchId = useId();
  const peers = useContacts((s) => s.peers);
  const loaded = useContacts((s) => s.loaded);
  const error = useContacts((s) => s.error);
  const openPeer = useNavigation((s) => s.openPeer);
  const [query, setQuery] = useState('');
  const [focusIndex, setFocusIndex] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => filterConversations(peers, query), [peers, query]);
  const found = useMessageSearch(query);
  const active = Math.min(focusIndex, Math.max(0, shown.length - 1));
  // Only the rows in view are in the DOM: with 1,000 contacts, rendering all of them was most
  // of the first frame after unlock (bench:ui, unlock to list).
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => list.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => shown[i]?.uid ?? i,
    overscan: 8,
    rangeExtractor: (range) => withTabStop(range, active),
  });
  /** A row to focus once it is rendered (the arrow keys can move to one out of view). */
  const focusWanted = useRef<string | null>(null);
  useEffect(() => {
    const uid = focusWanted.current;
    if (uid === null) return;
    focusWanted.current = null;
    document.getElementById(`conv-${uid}`)?.focus();
  });

  const move = (index: number): void => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setFocusIndex(next);
    virtualizer.scrollToIndex(next);
    focusWanted.current = shown[next]?.uid ?? null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        move(active + 1);
      },
      ArrowUp: () => {
        move(active - 1);
      },
      Home: () => {
        move(0);
      },
      End: () => {
        move(shown.length - 1);
      },
      Enter: () => {
        const peer = shown[active];
        if (peer) useNavigation.getState().openChat(peer.uid);
      },
    };
    const action = keys[e.key === ' ' ? 'Enter' : e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <nav className="conversation-list" aria-label="Conversations">
      <div className="search">
        <label htmlFor={searchId} className="visually-hidden">
          Search conversations and messages
        </label>
        <input
          id={searchId}
          type="search"
          placeholder="Search"
          value={query}
          data-testid="conversation-search"
          onChange={(e) => {
            setQuery(e.currentTarget.value);
            setFocusIndex(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && shown.length > 0) {
              e.preventDefault();
              move(0);
            }
          }}
        />
      </div>
      <ErrorText error={error} />
      {loaded && peers.length === 0 && (
        <p className="muted pad">No contacts yet. Add one to start chatting.</p>
      )}
      {peers.length > 0 && shown.length === 0 && (
        <p className="muted pad">No one matches “{query}”.</p>
      )}
      <ul
        ref={list}
        role="listbox"
        aria-label="Conversations"
        className="conversations"
        data-testid="conversation-list"
        style={{ '--rows-height': `${virtualizer.getTotalSize()}px` } as CSSProperties}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const i = Number(e.target.dataset.index);
          if (Number.isInteger(i)) setFocusIndex(i);
        }}
      >
        {virtualizer.getVirtualItems().map((row) => {
          const peer = shown[row.index];
          return (
            peer && (
              <ConversationItem
                key={peer.uid}
                peer={peer}
                selected={peer.uid === openPeer}
                focused={row.index === active}
                index={row.index}
                count={shown.length}
                top={row.start}
                measure={virtualizer.measureElement}
              />
            )
          );
        })}
      </ul>
      {query.trim() !== '' && (
        <SearchResults state={found} showPeer label="Messages found" onPick={jumpToHit} />
      )}
    </nav>
  );
}
