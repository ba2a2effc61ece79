/**
 * Contacts (= conversations): the engine lists only contacts, never device peers. Listed once
 * after unlock; events then carry each changed contact's row (`put`) or its removal.
 */
import { create } from 'zustand';
import type { PeerView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';

export interface ContactsState {
  readonly peers: readonly PeerView[];
  readonly loaded: boolean;
  readonly error: string | null;
  load(): Promise<void>;
  /** A contact's row as peers.list lists it now (replaces the one with its uid, or adds it). */
  put(view: PeerView): void;
  /** The contact is not listed any more. */
  remove(uid: string): void;
}

const sameView = (a: PeerView, b: PeerView): boolean => JSON.stringify(a) === JSON.stringify(b);

export const useContacts = create<ContactsState>()((set, get) => ({
  peers: [],
  loaded: false,
  error: null,
  async load() {
    try {
      const peers = await getApi().commands['peers.list']({});
      set({ peers, loaded: true, error: null });
    } catch (err) {
      set({ error: errorText(err) });
    }
  },
  put(view) {
    const { peers } = get();
    const index = peers.findIndex((p) => p.uid === view.uid);
    const old = peers[index];
    if (old && sameView(old, view)) return;
    const next = old ? peers.map((p, i) => (i === index ? view : p)) : [...peers, view];
    set({ peers: next });
  },
  remove(uid) {
    const { peers } = get();
    if (peers.some((p) => p.uid === uid)) set({ peers: peers.filter((p) => p.uid !== uid) });
  },
}));

/** Newest conversation first; contacts without messages after, by name. */
export function sortConversations(peers: readonly PeerView[]): PeerView[] {
  return [...peers].sort((a, b) => {
    const ta = a.lastMessage?.createdAt ?? -1;
    const tb = b.lastMessage?.createdAt ?? -1;
    if (ta !== tb) return tb - ta;
    return a.name.localeCompare(b.name);
  });
}

export function filterConversations(peers: readonly PeerView[], query: string): PeerView[] {
  const q = query.trim().toLocaleLowerCase();
  const sorted = sortConversations(peers);
  return q === '' ? sorted : sorted.filter((p) => p.name.toLocaleLowerCase().includes(q));
}

export const selectPeer =
  (uid: string | null) =>
  (s: ContactsState): PeerView | undefined =>
    uid === null ? undefined : s.peers.find((p) => p.uid === uid);
