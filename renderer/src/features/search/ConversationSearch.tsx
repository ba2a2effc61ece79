/**
 * Search within the open conversation: a toggle in its header opens a field and the hits below
 * it; picking one closes the panel and scrolls the list to the message. Escape closes and
 * gives focus back to the toggle.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useMessages } from '../../state/messages';
import { useMessageSearch } from '../../state/search';
import { SearchResults } from './SearchResults';

export function ConversationSearch({ peerUid, peerName }: { peerUid: string; peerName: string }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const toggle = useRef<HTMLButtonElement>(null);
  const fieldId = useId();
  const state = useMessageSearch(open ? query : '', peerUid);

  const close = (): void => {
    setOpen(false);
    setQuery('');
    toggle.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
    if (e.key === 'ArrowDown' && e.target instanceof HTMLInputElement) {
      const first = e.currentTarget.querySelector<HTMLButtonElement>('.search-hit');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="conversation-search-toggle"
        aria-expanded={open}
        data-testid="conversation-search-toggle"
        onClick={() => {
          if (open) close();
          else setOpen(true);
        }}
      >
        Search
      </button>
      {open && (
        <div className="conversation-search" onKeyDown={onKeyDown}>
          <label htmlFor={fieldId} className="visually-hidden">
            Search messages with {peerName}
          </label>
          <input
            id={fieldId}
            type="search"
            placeholder={`Search messages with ${peerName}`}
            autoFocus
            value={query}
            data-testid="conversation-message-search"
            onChange={(e) => {
              setQuery(e.currentTarget.value);
            }}
          />
          {query.trim() !== '' && (
            <SearchResults
              state={state}
              showPeer={false}
              label={`Messages with ${peerName} found`}
              onPick={(hit) => {
                close();
                void useMessages.getState().jumpTo(peerUid, hit.uuid);
              }}
            />
          )}
        </div>
      )}
    </>
  );
}
