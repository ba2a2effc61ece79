/**
 * Every contact as a conversation (the engine never lists device peers): avatar or initials,
 * name, last message, unread count; filtered by name. Arrow keys move through the list,
 * Enter opens (a listbox with a roving tab stop). The same field searches the messages of
 * every conversation: the hits follow the contacts (features/search).
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PeerView } from '@meow/contract';
import { noticePreview } from '../../lib/notice-text';
import { filterConversations, useContacts } from '../../state/contacts';
import { useNavigation } from '../../state/navigation';
import { Avatar } from '../../ui/Avatar';
import { ErrorText } from '../../ui/ErrorText';
import { useMessageSearch } from '../../state/search';
import { jumpToHit, SearchResults } from '../search/SearchResults';

function preview(peer: PeerView): string {
  if (peer.step === 'offered') return 'Invitation sent — waiting for them to accept';
  if (peer.step !== 'finalized' && !peer.lastMessage) return 'Connecting…';
  const m = peer.lastMessage;
  if (!m) return 'No messages yet';
  if (m.notice) return noticePreview(m.notice);
  if (m.deleted) return 'This message was deleted';
  return (m.outbound ? 'You: ' : '') + m.text.replace(/\s+/g, ' ').slice(0, 80);
}

function Item({
  peer,
  selected,
  focused,
}: {
  peer: PeerView;
  selected: boolean;
  focused: boolean;
}) {
  return (
    <li
      role="option"
      id={`conv-${peer.uid}`}
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
      className={`conversation-item${selected ? ' selected' : ''}${
        peer.step === 'offered' ? ' pending-invitation' : ''
      }`}
      data-testid="conversation-item"
      data-peer-uid={peer.uid}
      onClick={() => {
        useNavigation.getState().openChat(peer.uid);
      }}
    >
      <Avatar name={peer.name} image={peer.avatar} />
      <div className="conversation-summary">
        <span className="conversation-name">
          {peer.name || 'Unnamed contact'}
          {peer.step === 'offered' && (
            <span className="tag pending-tag" data-testid="invitation-pending">
              Invitation pending
            </span>
          )}
          {peer.blocked && <span className="tag">blocked</span>}
          {peer.verified && (
            <span className="verified-mark" aria-label="verified" title="Verified">
              {' ✓'}
            </span>
          )}
        </span>
        <span className="conversation-preview">{preview(peer)}</span>
      </div>
      {peer.unread > 0 && (
        <span
          className="unread-badge"
          data-testid="unread-badge"
          role="img"
          aria-label={`${peer.unread} unread`}
        >
          {peer.unread > 999 ? '999+' : peer.unread}
        </span>
      )}
    </li>
  );
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

  const move = (index: number): void => {
    const next = Math.max(0, Math.min(shown.length - 1, index));
    setFocusIndex(next);
    const el = list.current?.children[next];
    if (el instanceof HTMLElement) el.focus();
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
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          const i = Array.from(list.current?.children ?? []).indexOf(e.target);
          if (i >= 0) setFocusIndex(i);
        }}
      >
        {shown.map((peer, i) => (
          <Item
            key={peer.uid}
            peer={peer}
            selected={peer.uid === openPeer}
            focused={i === active}
          />
        ))}
      </ul>
      {query.trim() !== '' && (
        <SearchResults state={found} showPeer label="Messages found" onPick={jumpToHit} />
      )}
    </nav>
  );
}
