/**
 * Contacts (= conversations): the engine lists only contacts, never device peers. Listed once
 * after unlock; events then carry each changed contact's row (`put`) or its removal.
 *
 * A listing answers as of some moment while it is on its way, and the events of a change that
 * lands meanwhile can reach the page before it (peers.list reads the disk after unlock; the
 * contacts a new device receives from its sibling arrive just then). So what events changed
 * while a listing was out is applied again on top of its answer, and an answer older than the
 * one shown is dropped: otherwise a contact added during the listing vanishes until the next
 * event about it.
 */
import { create } from 'zustand';
import type { PeerView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { getApi } from '../transport/api';
import { listingOrder } from './listing-order';

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

type Change = (peers: readonly PeerView[]) => readonly PeerView[];

/** Conversations asked for first after unlock: more rows than a tall window shows. */
export const FIRST_SCREEN = 50;

const sameView = (a: PeerView, b: PeerView): boolean => JSON.stringify(a) === JSON.stringify(b);

/** `peers` with `view` in place of the row with its uid, or added; the same array if equal. */
function withView(peers: readonly PeerView[], view: PeerView): readonly PeerView[] {
  const index = peers.findIndex((p) => p.uid === view.uid);
  const old = peers[index];
  if (old && sameView(old, view)) return peers;
  return old ? peers.map((p, i) => (i === index ? view : p)) : [...peers, view];
}

function withoutUid(peers: readonly PeerView[], uid: string): readonly PeerView[] {
  return peers.some((p) => p.uid === uid) ? peers.filter((p) => p.uid !== uid) : peers;
}

const listings = listingOrder();
/** The newest listing started, and how many are still out. */
let started = 0;
let out = 0;
/** Changes from events while a listing was out, each with `started` when it came. */
let replay: { after: number; change: Change }[] = [];

/**
 * On lock (reset.ts): the answers of listings still on their way are dropped, so they do not
 * put the contacts back into the page behind the unlock screen.
 */
export function dropContactListings(): void {
  listings.forget();
}

export const useContacts = create<ContactsState>()((set, get) => {
  /** `listed` (the answer to listing `seq`) with what events changed since it started. */
  const replayed = (listed: readonly PeerView[], seq: number): readonly PeerView[] =>
    replay.reduce((acc, r) => (r.after >= seq ? r.change(acc) : acc), listed);

  /**
   * Before the whole list, when nothing is shown (after unlock): the newest conversations,
   * which the whole list begins with (main/api/peer-listing.ts), so the first frame does not
   * wait for 1,000 contacts. If it fails, the whole list still comes.
   */
  const firstScreen = async (seq: number): Promise<void> => {
    try {
      const first = await getApi().commands['peers.list']({ limit: FIRST_SCREEN });
      if (listings.isCurrent(seq) && !get().loaded) set({ peers: replayed(first, seq) });
    } catch {
      // The whole list follows; its failure is the one to show.
    }
  };

  const apply = (change: Change): void => {
    if (out > 0) replay.push({ after: started, change });
    const { peers } = get();
    const next = change(peers);
    if (next !== peers) set({ peers: next });
  };

  return {
    peers: [],
    loaded: false,
    error: null,
    async load() {
      const seq = listings.start();
      started = seq;
      out += 1;
      try {
        if (!get().loaded && get().peers.length === 0) await firstScreen(seq);
        const listed = await getApi().commands['peers.list']({});
        // Unless a listing started later has answered already, or the app was locked since.
        if (listings.accept(seq)) set({ peers: replayed(listed, seq), loaded: true, error: null });
      } catch (err) {
        if (listings.isCurrent(seq)) set({ error: errorText(err) });
      } finally {
        out -= 1;
        if (out === 0) replay = [];
      }
    },
    put(view) {
      apply((peers) => withView(peers, view));
    },
    remove(uid) {
      apply((peers) => withoutUid(peers, uid));
    },
  };
});

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
