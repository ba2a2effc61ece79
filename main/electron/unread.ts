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
 * notifications end up in the OS notification centre, its history and on lock screens.
 */
export function notificationContent(peer: PeerSummary, count = 1): { title: string; body: string } {
  return { title: peer.name || 'Meow', body: count > 1 ? `${count} new messages` : 'New message' };
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
 * Watches `events` and calls `onTotal` with the unread total whenever it may have changed.
 * `listPeers` returns null while the profile is locked (total 0: a locked app shows nothing).
 */
export function watchUnread(
  events: EventEmitter<ApiEvents>,
  listPeers: () => Promise<readonly PeerSummary[] | null>,
  onTotal: (total: number) => void,
  delayMs = 150,
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
      const total = totalUnread(peers);
      if (stopped || total === lastTotal) return;
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
