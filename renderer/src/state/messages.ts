/**
 * Loaded messages per conversation. Events about a message carry its row as messages.list
 * lists it (or null once it is not listed); `applyView` puts it in place — replaced, inserted
 * in order, or removed — so no event ever lists a page again. Pages are listed only to open a
 * conversation, scroll to older (or newer) messages, after a user action, and after unlock.
 *
 * Jumping to a search hit (`jumpTo`) loads a run around the hit that need not reach the
 * newest message: the thread is then *detached* (`newerCursor` set), event reloads leave it
 * alone, and `loadNewer` walks forward until it joins the newest page again.
 */
import { create } from 'zustand';
import type { MessageStateView, MessageView } from '@meow/contract';
import { errorText } from '../lib/error-text';
import { prepareFiles } from '../lib/prepare-files';
import { appendNewer, mergeLatest, placeRow, prependOlder, type Cursor } from '../lib/thread';
import { getApi } from '../transport/api';
import { seedAttachmentUrl } from './attachment-urls';
import { useContacts } from './contacts';
import { handOver } from './hand-over';

export const PAGE_SIZE = 200;
/** Messages loaded on each side of a search hit. */
export const AROUND = 100;

export interface Thread {
  readonly messages: readonly MessageView[];
  /** Where the next older page starts; null when the oldest message is loaded. */
  readonly nextCursor: Cursor | null;
  /** Where the next newer page starts; null when the newest message is loaded (attached). */
  readonly newerCursor: Cursor | null;
  readonly loaded: boolean;
  readonly loadingOlder: boolean;
  readonly loadingNewer: boolean;
  /** The message to scroll to and highlight (a search hit); `seq` tells repeated jumps apart. */
  readonly focus: { readonly uuid: string; readonly seq: number } | null;
  readonly error: string | null;
}

const EMPTY: Thread = {
  messages: [],
  nextCursor: null,
  newerCursor: null,
  loaded: false,
  loadingOlder: false,
  loadingNewer: false,
  focus: null,
  error: null,
};
let focusSeq = 0;

export interface MessagesState {
  readonly threads: Readonly<Record<string, Thread>>;
  loadLatest(peerUid: string): Promise<void>;
  loadOlder(peerUid: string): Promise<void>;
  loadNewer(peerUid: string): Promise<void>;
  /** Loads the messages around `uuid` and asks the list to scroll to it and highlight it. */
  jumpTo(peerUid: string, uuid: string): Promise<void>;
  send(peerUid: string, text: string, replyTo?: string): Promise<void>;
  /**
   * One message with these files (the text as caption): photos re-encoded, `attachments.send`,
   * then the files handed over in the background (hand-over.ts); resolves once the message
   * is written, not when its files are.
   */
  sendFiles(
    peerUid: string,
    files: readonly File[],
    caption: string,
    replyTo?: string,
  ): Promise<void>;
  retry(peerUid: string, uuid: string): Promise<void>;
  markRead(peerUid: string, uuid: string): Promise<void>;
  patchState(peerUid: string, uuid: string, state: MessageStateView, reason?: string): void;
  /**
   * An event's view of one message (null: no longer listed), for a conversation that is
   * loaded (or loading); others are left alone until they are opened.
   */
  applyView(peerUid: string, uuid: string, view: MessageView | null): void;
  /** Drops what was loaded (a cleared conversation, a deleted contact). */
  forget(peerUid: string): void;
  edit(peerUid: string, uuid: string, text: string): Promise<void>;
  remove(peerUid: string, uuid: string, forEveryone: boolean): Promise<void>;
  /** Reloads one loaded row (edited or deleted); a row deleted for me leaves the thread. */
  refreshOne(peerUid: string, uuid: string): Promise<void>;
  /** A disappearing message expired (purged on this device): it leaves the thread at once. */
  dropExpired(peerUid: string, uuid: string): void;
}

export const useMessages = create<MessagesState>()((set, get) => {
  const update = (peerUid: string, fn: (t: Thread) => Thread): void => {
    set((s) => ({ threads: { ...s.threads, [peerUid]: fn(s.threads[peerUid] ?? EMPTY) } }));
  };

  return {
    threads: {},
    forget(peerUid) {
      set((s) => {
        const { [peerUid]: _dropped, ...rest } = s.threads;
        return { threads: rest };
      });
    },
    async loadLatest(peerUid) {
      try {
        const page = await getApi().commands['messages.list']({ peerUid, limit: PAGE_SIZE });
        update(peerUid, (t) => {
          // Reading around a search hit: new messages are reached by scrolling down to them.
          if (t.newerCursor) return { ...t, loaded: true };
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
    async loadNewer(peerUid) {
      const thread = get().threads[peerUid];
      if (!thread?.newerCursor || thread.loadingNewer) return;
      const after = thread.newerCursor;
      update(peerUid, (t) => ({ ...t, loadingNewer: true }));
      try {
        const page = await getApi().commands['messages.list']({
          peerUid,
          limit: PAGE_SIZE,
          after,
        });
        update(peerUid, (t) => ({
          ...t,
          messages: appendNewer(t.messages, page.messages),
          newerCursor: page.newerCursor ?? null,
          loadingNewer: false,
        }));
      } catch (err) {
        update(peerUid, (t) => ({ ...t, loadingNewer: false, error: errorText(err) }));
      }
    },
    async jumpTo(peerUid, uuid) {
      const loaded = get().threads[peerUid]?.messages.some((m) => m.uuid === uuid) ?? false;
      const focus = { uuid, seq: ++focusSeq };
      if (loaded) {
        update(peerUid, (t) => ({ ...t, focus }));
        return;
      }
      try {
        const page = await getApi().commands['messages.around']({
          peerUid,
          uuid,
          before: AROUND,
          after: AROUND,
        });
        update(peerUid, (t) => ({
          ...t,
          messages: [...page.messages].reverse(),
          nextCursor: page.nextCursor,
          newerCursor: page.newerCursor,
          loaded: true,
          focus,
          error: null,
        }));
      } catch (err) {
        update(peerUid, (t) => ({ ...t, loaded: true, error: errorText(err) }));
      }
    },
    async send(peerUid, text, replyTo) {
      const args = replyTo ? { peerUid, text, replyTo } : { peerUid, text };
      await getApi().commands['messages.send'](args);
      // Detached around a search hit: back to the newest messages, where the sent one is.
      if (get().threads[peerUid]?.newerCursor) update(peerUid, () => EMPTY);
      await get().loadLatest(peerUid);
    },
    async sendFiles(peerUid, files, caption, replyTo) {
      const prepared = await prepareFiles(files);
      const { localIds } = await getApi().commands['attachments.send']({
        peerUid,
        files: prepared.map((p) => p.meta),
        ...(caption === '' ? {} : { caption }),
        ...(replyTo ? { replyTo } : {}),
      });
      const handed = prepared.flatMap((p, i) => {
        const localId = localIds[i];
        if (localId === undefined) return [];
        if (p.photo) seedAttachmentUrl(localId, p.blob);
        return [{ localId, blob: p.blob }];
      });
      void handOver(handed);
      if (get().threads[peerUid]?.newerCursor) update(peerUid, () => EMPTY);
      await get().loadLatest(peerUid);
    },
    async retry(peerUid, uuid) {
      await getApi().commands['messages.retry']({ peerUid, uuid });
      await get().loadLatest(peerUid);
    },
    async markRead(peerUid, uuid) {
      const peer = await getApi().commands['messages.markRead']({ peerUid, uuid });
      get().patchState(peerUid, uuid, 'read');
      // Its unread count, as peers.list would list it now.
      if (peer) useContacts.getState().put(peer);
    },
    async edit(peerUid, uuid, text) {
      await getApi().commands['messages.edit']({ peerUid, uuid, text });
      await get().refreshOne(peerUid, uuid);
    },
    async remove(peerUid, uuid, forEveryone) {
      await getApi().commands['messages.delete']({ peerUid, uuid, forEveryone });
      await get().refreshOne(peerUid, uuid);
    },
    async refreshOne(peerUid, uuid) {
      const row = get().threads[peerUid]?.messages.find((m) => m.uuid === uuid);
      if (!row) return;
      // The one row: the newest strictly below the cursor just after it.
      const { createdAt, id } = row.cursor;
      const before = { createdAt, id: id + 1 };
      const page = await getApi().commands['messages.list']({ peerUid, limit: 1, before });
      const fresh = page.messages.find((m) => m.uuid === uuid);
      update(peerUid, (t) => ({
        ...t,
        messages: fresh
          ? t.messages.map((m) => (m.uuid === uuid ? fresh : m))
          : t.messages.filter((m) => m.uuid !== uuid),
      }));
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
    applyView(peerUid, uuid, view) {
      const thread = get().threads[peerUid];
      if (!thread) return;
      const run = {
        olderUnloaded: thread.nextCursor !== null,
        newerUnloaded: thread.newerCursor !== null,
      };
      const messages = placeRow(thread.messages, uuid, view, run);
      if (messages !== thread.messages) update(peerUid, (t) => ({ ...t, messages }));
    },
    dropExpired(peerUid, uuid) {
      if (!get().threads[peerUid]?.messages.some((m) => m.uuid === uuid)) return;
      update(peerUid, (t) => ({ ...t, messages: t.messages.filter((m) => m.uuid !== uuid) }));
    },
  };
});
