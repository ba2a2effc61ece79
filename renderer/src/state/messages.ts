/**
 * Loaded messages per conversation. Events reload the newest page (mergeLatest) instead of
 * patching rows one by one; a status event also updates that one row at once so an older,
 * already-loaded message (beyond the newest page) never shows a stale state.
 */
import { create } from 'zustand';
import type { MessageStateView, MessageView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { mergeLatest, prependOlder, type Cursor } from '../lib/thread';
import { getApi } from '../transport/api';

export const PAGE_SIZE = 200;

export interface Thread {
  readonly messages: readonly MessageView[];
  /** Where the next older page starts; null when the oldest message is loaded. */
  readonly nextCursor: Cursor | null;
  readonly loaded: boolean;
  readonly loadingOlder: boolean;
  readonly error: string | null;
}

const EMPTY: Thread = {
  messages: [],
  nextCursor: null,
  loaded: false,
  loadingOlder: false,
  error: null,
};

export interface MessagesState {
  readonly threads: Readonly<Record<string, Thread>>;
  loadLatest(peerUid: string): Promise<void>;
  loadOlder(peerUid: string): Promise<void>;
  send(peerUid: string, text: string, replyTo?: string): Promise<void>;
  retry(peerUid: string, uuid: string): Promise<void>;
  markRead(peerUid: string, uuid: string): Promise<void>;
  patchState(peerUid: string, uuid: string, state: MessageStateView, reason?: string): void;
  /** A disappearing message expired (purged on this device): it leaves the thread at once. */
  remove(peerUid: string, uuid: string): void;
}

export const useMessages = create<MessagesState>()((set, get) => {
  const update = (peerUid: string, fn: (t: Thread) => Thread): void => {
    set((s) => ({ threads: { ...s.threads, [peerUid]: fn(s.threads[peerUid] ?? EMPTY) } }));
  };

  return {
    threads: {},
    async loadLatest(peerUid) {
      try {
        const page = await getApi().commands['messages.list']({ peerUid, limit: PAGE_SIZE });
        update(peerUid, (t) => {
          const merged = mergeLatest(t.messages, page.messages, page.nextCursor !== null);
          const nextCursor = merged.reset ? page.nextCursor : t.nextCursor;
          return { ...t, messages: merged.messages, nextCursor, loaded: true, error: null };
        });
      } catch (err) {
        update(peerUid, (t) => ({ ...t, loaded: true, error: errorText(err) }));
      }
    },
    async loadOlder(peerUid) {
      const thread = get().threads[peerUid];
      if (!thread?.nextCursor || thread.loadingOlder) return;
      const before = thread.nextCursor;
      update(peerUid, (t) => ({ ...t, loadingOlder: true }));
      try {
        const page = await getApi().commands['messages.list']({
          peerUid,
          limit: PAGE_SIZE,
          before,
        });
        update(peerUid, (t) => ({
          ...t,
          messages: prependOlder(t.messages, page.messages),
          nextCursor: page.nextCursor,
          loadingOlder: false,
        }));
      } catch (err) {
        update(peerUid, (t) => ({ ...t, loadingOlder: false, error: errorText(err) }));
      }
    },
    async send(peerUid, text, replyTo) {
      const args = replyTo ? { peerUid, text, replyTo } : { peerUid, text };
      await getApi().commands['messages.send'](args);
      await get().loadLatest(peerUid);
    },
    async retry(peerUid, uuid) {
      await getApi().commands['messages.retry']({ peerUid, uuid });
      await get().loadLatest(peerUid);
    },
    async markRead(peerUid, uuid) {
      await getApi().commands['messages.markRead']({ peerUid, uuid });
      get().patchState(peerUid, uuid, 'read');
    },
    patchState(peerUid, uuid, state, reason) {
      const thread = get().threads[peerUid];
      const index = thread?.messages.findIndex((m) => m.uuid === uuid) ?? -1;
      const old = thread?.messages[index];
      if (!thread || !old || old.state === state) return;
      const messages = thread.messages.slice();
      const failureReason = state === 'failed' ? (reason ?? old.failureReason) : null;
      messages[index] = { ...old, state, failureReason };
      update(peerUid, (t) => ({ ...t, messages }));
    },
    remove(peerUid, uuid) {
      if (!get().threads[peerUid]?.messages.some((m) => m.uuid === uuid)) return;
      update(peerUid, (t) => ({ ...t, messages: t.messages.filter((m) => m.uuid !== uuid) }));
    },
  };
});
