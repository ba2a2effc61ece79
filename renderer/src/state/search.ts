/**
 * Message search as the UI asks it (`messages.search`): lightly debounced so a fast typist
 * sends one query per pause rather than per keystroke, and only the answer to the latest query
 * is kept (an older one arriving late is dropped).
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHitView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 50;

export interface SearchState {
  readonly hits: readonly SearchHitView[];
  readonly total: number;
  /** False while the index is still being built after unlock. */
  readonly complete: boolean;
  readonly searching: boolean;
  readonly error: string | null;
}

const IDLE: SearchState = { hits: [], total: 0, complete: true, searching: false, error: null };

/** Hits for `query` (all conversations, or only `peerUid`); idle while the query is blank. */
export function useMessageSearch(query: string, peerUid?: string): SearchState {
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef(0);
  const trimmed = query.trim();

  useEffect(() => {
    const seq = ++latest.current;
    if (trimmed === '') {
      setState(IDLE);
      return;
    }
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(() => {
      const args = { query, limit: SEARCH_LIMIT, ...(peerUid ? { peerUid } : {}) };
      getApi()
        .commands['messages.search'](args)
        .then((r) => {
          if (seq !== latest.current) return;
          setState({ ...r, searching: false, error: null });
        })
        .catch((err: unknown) => {
          if (seq !== latest.current) return;
          setState({ ...IDLE, error: errorText(err) });
        });
    }, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [query, trimmed, peerUid]);

  return state;
}
