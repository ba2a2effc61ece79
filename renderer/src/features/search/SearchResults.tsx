/**
 * Messages found by a search (state/search.ts): one button per hit (contact, when, the snippet
 * with its matches highlighted). Enter or a click jumps to the message; the arrow keys move
 * between hits.
 */
import type { KeyboardEvent } from 'react';
import type { SearchHitView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useMessages } from '../../state/messages';
import { useNavigation } from '../../state/navigation';
import type { SearchState } from '../../state/search';
import { ErrorText } from '../../ui/ErrorText';
import { Highlighted } from './Highlighted';

/** Opens the hit's conversation loaded around it, scrolled to it and highlighted. */
export function jumpToHit(hit: SearchHitView): void {
  useNavigation.getState().openChat(hit.peerUid);
  void useMessages.getState().jumpTo(hit.peerUid, hit.uuid);
}

function when(t: number): string {
  const d = new Date(t);
  const today = new Date().toDateString() === d.toDateString();
  return today
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

function summary(s: SearchState): string {
  if (s.searching) return 'Searching…';
  if (s.total === 0) return 'No messages match';
  const shown = s.hits.length < s.total ? `, newest ${s.hits.length} shown` : '';
  return `${s.total} ${s.total === 1 ? 'message' : 'messages'}${shown}`;
}

/** Arrow keys move focus between the hits' buttons. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = Array.from(e.currentTarget.querySelectorAll('button'));
  const at = buttons.findIndex((b) => b === document.activeElement);
  const next =
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}

export interface SearchResultsProps {
  readonly state: SearchState;
  /** Name the contact of each hit (searching all conversations). */
  readonly showPeer: boolean;
  readonly onPick: (hit: SearchHitView) => void;
  readonly label: string;
}

export function SearchResults({ state, showPeer, onPick, label }: SearchResultsProps) {
  const peers = useContacts((s) => s.peers);
  const name = (uid: string) => peers.find((p) => p.uid === uid)?.name || 'Unnamed contact';
  return (
    <section className="search-results" aria-label={label} data-testid="search-results">
      <p className="muted small pad" role="status">
        {summary(state)}
        {!state.complete && ' (still indexing older messages)'}
      </p>
      <ErrorText error={state.error} />
      <ul className="search-hits" onKeyDown={moveFocus}>
        {state.hits.map((hit) => (
          <li key={`${hit.peerUid}/${hit.uuid}`}>
            <button
              type="button"
              className="search-hit"
              data-testid="search-hit"
              data-uuid={hit.uuid}
              onClick={() => {
                onPick(hit);
              }}
            >
              <span className="search-hit-head">
                {showPeer && <span className="search-hit-peer">{name(hit.peerUid)}</span>}
                <span className="muted small">
                  {hit.outbound ? 'You · ' : ''}
                  {when(hit.createdAt)}
                </span>
              </span>
              <Highlighted snippet={hit.snippet} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
