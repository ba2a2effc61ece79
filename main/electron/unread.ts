/**
 * What the badge, the tray and system notifications show, decided without Electron: the
 * unread total (from peers.list, the same numbers the conversation list shows) and whether a
 * received message deserves a notification. Refreshes are coalesced — a burst of fifty
 * received messages costs one or two peers.list calls, not fifty.
 */
import type { ApiEventName, ApiEvents, PeerView } from '../api/contract';
import type { EventEmitter } from '../api/events';

export type PeerSummary = Pick<
  PeerView,
  'uid' | 'name' | 'unread' | 'blocked' | 'messageNotification'
>;

/** Unread messages over all contacts, blocked ones excluded (their messages are not shown). */
export function totalUnread(peers: readonly PeerSummary[]): number {
  return peers.reduce((sum, p) => (p.blocked ? sum : sum + Math.max(0, p.unread)), 0);
}

/**
 * A received message is announced unless the app is in front of the user (the window is
 * focused: the conversation list shows it), the contact is blocked or unknown, or the user
 * muted that contact. Which conversation is open is not known here (the renderer does not say,
 * keeping the API free of UI state), so a focused window mutes all notifications.
 */
export function shouldNotify(windowFocused: boolean, peer: PeerSummary | undefined): boolean {
  if (windowFocused || !peer) return false;
  return !peer.blocked && peer.messageNotification;
}

/**
 * The notification's text. Privacy first: the sender's name only, never the message text —
 * notifications end up in the OS notification centre, its history and on lock screens —
 * unless the user opted in on this device (ProfileView.notificationText): then a single
 * message's `text` is the body.
 */
export function notificationContent(
  peer: PeerSummary,
  count = 1,
  text?: string,
): { title: string; body: string } {
  const title = peer.name || 'Meow';
  if (count > 1) return { title, body: `${count} new messages` };
  return { title, body: text !== undefined && text !== '' ? text : 'New message' };
}

/**
 * Of the conversations with notifications on screen, those with nothing unread any more (read
 * here or on another device: a sibling's read arrives as 'message.statusChanged'), blocked, or
 * gone: their notifications are stale and are closed.
 */
export function readConversations(
  peers: readonly PeerSummary[],
  notified: Iterable<string>,
): string[] {
  const unread = new Map(peers.map((p) => [p.uid, p.blocked ? 0 : p.unread]));
  return [...notified].filter((uid) => (unread.get(uid) ?? 0) <= 0);
}

/** Events after which the unread total may have changed. */
export const UNREAD_EVENTS: readonly ApiEventName[] = [
  'app.stateChanged',
  'message.received',
  'message.stored',
  'message.statusChanged',
  'message.expired', // an unread disappearing message went
  'peer.added',
  'peer.updated',
  'peer.removed',
  'conversation.cleared',
  'invitation.finalized',
];

export interface UnreadWatcher {
  /** Recomputes soon (coalesced); e.g. after the user read messages or focused the window. */
  refresh(): void;
  /** The peers as of the latest completed refresh (for notification decisions). */
  latest(): Promise<readonly PeerSummary[]>;
  stop(): void;
}

/**
 * Watches `events` and calls `onTotal` with the unread total whenever it changed, and
 * `onPeers` (if given) with the peers after every recount. `listPeers` returns null while the
 * profile is locked (total 0: a locked app shows nothing).
 */
export function watchUnread(
  events: EventEmitter<ApiEvents>,
  listPeers: () => Promise<readonly PeerSummary[] | null>,
  onTotal: (total: number) => void,
  delayMs = 150,
  onPeers?: (peers: readonly PeerSummary[]) => void,
): UnreadWatcher {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<readonly PeerSummary[]> = Promise.resolve([]);
  let lastTotal = -1;
  let stopped = false;

  const run = (): void => {
    timer = undefined;
    current = listPeers()
      .then((peers) => peers ?? [])
      .catch(() => [] as readonly PeerSummary[]);
    void current.then((peers) => {
      if (stopped) return;
      onPeers?.(peers);
      const total = totalUnread(peers);
      if (total === lastTotal) return;
      lastTotal = total;
      onTotal(total);
    });
  };
  const refresh = (): void => {
    if (stopped || timer !== undefined) return;
    timer = setTimeout(run, delayMs);
  };
  const offs = UNREAD_EVENTS.map((name) => events.on(name, refresh));
  refresh();

  return {
    refresh,
    async latest() {
      return current;
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      for (const off of offs) off();
    },
  };
}
