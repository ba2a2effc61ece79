/**
 * Message search as the UI asks it (`messages.search`): lightly debounced so a fast typist
 * sends one query per pause rather than per keystroke, and only the answer to the latest query
 * is kept (an older one arriving late is dropped). Right after unlock the index may still be
 * building (`complete: false`): the query is then asked again until the answer is complete.
 */
import { useEffect, useRef, useState } from 'react';
import type { SearchHitView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export const SEARCH_DEBOUNCE_MS = 120;
export const SEARCH_LIMIT = 50;
/** While the index is still being built after unlock, the query is asked again this often. */
export const SEARCH_RETRY_MS = 500;

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
    let timer: ReturnType<typeof setTimeout>;
    const ask = (): void => {
      const args = { query, limit: SEARCH_LIMIT, ...(peerUid ? { peerUid } : {}) };
      getApi()
        .commands['messages.search'](args)
        .then((r) => {
          if (seq !== latest.current) return;
          setState({ ...r, searching: false, error: null });
          if (!r.complete) timer = setTimeout(ask, SEARCH_RETRY_MS);
        })
        .catch((err: unknown) => {
          if (seq !== latest.current) return;
          setState({ ...IDLE, error: errorText(err) });
        });
    };
    timer = setTimeout(ask, SEARCH_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [query, trimmed, peerUid]);

  return state;
}
