/**
 * One row of the conversation list: avatar or initials, name, last message, unread count. Rows
 * are memoized: an event about one contact re-renders that row, not the whole list.
 */
import { memo } from 'react';
import type { PeerView } from '@meow/contract';
import { gistOf } from '../../lib/attachments';
import { noticePreview } from '../../lib/notice-text';
import { useNavigation } from '../../state/navigation';
import { Avatar } from '../../ui/Avatar';

function preview(peer: PeerView): string {
  if (peer.step === 'offered') return 'Invitation sent — waiting for them to accept';
  if (peer.step !== 'finalized' && !peer.lastMessage) return 'Connecting…';
  const m = peer.lastMessage;
  if (!m) return 'No messages yet';
  if (m.notice) return noticePreview(m.notice);
  if (m.deleted) return 'This message was deleted';
  return (m.outbound ? 'You: ' : '') + gistOf(m).replace(/\s+/g, ' ').slice(0, 80);
}

export interface ConversationItemProps {
  readonly peer: PeerView;
  readonly selected: boolean;
  /** The list's tab stop (roving tabindex). */
  readonly focused: boolean;
  /** Position in the (filtered) list, and its length: only some rows are in the DOM. */
  readonly index: number;
  readonly count: number;
  /** Where the virtualizer places the row, in px from the top of the list. */
  readonly top: number;
  readonly measure: (node: HTMLElement | null) => void;
}

export const ConversationItem = memo(function ConversationItem({
  peer,
  selected,
  focused,
  index,
  count,
  top,
  measure,
}: ConversationItemProps) {
  return (
    <li
      ref={measure}
      role="option"
      id={`conv-${peer.uid}`}
      aria-selected={selected}
      aria-setsize={count}
      aria-posinset={index + 1}
      tabIndex={focused ? 0 : -1}
      className={`conversation-item${selected ? ' selected' : ''}${
        peer.step === 'offered' ? ' pending-invitation' : ''
      }`}
      style={{ transform: `translateY(${top}px)` }}
      data-testid="conversation-item"
      data-peer-uid={peer.uid}
      data-index={index}
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
});
