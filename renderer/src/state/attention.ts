/**
 * What asks for the user's attention in the browser host: a notification per received
 * message while the page is hidden (when the user turned them on), and the unread total in
 * the page title. Both follow the contact list (peers.list): a conversation read here or on
 * another device (its `msg` sync arrives as 'message.statusChanged', events.ts reloads the
 * contacts) closes its notifications and leaves the title's count. The Electron host does the
 * same with system notifications, the badge and the tray (main/electron/notifications.ts).
 */
import type { PeerView } from '@meow/contract';
import { useContacts } from './contacts';
import { useSettings } from './settings';

const TITLE = 'Meow';

/** Notifications on screen, per conversation, until it is read. */
const shown = new Map<string, Notification[]>();

/**
 * A received message, while the page is hidden: "New message from Bob" — never its text
 * unless the user opted in on this device (ProfileView.notificationText), since anyone near
 * the screen may see a notification.
 */
export function notifyReceived(peerUid: string, text: string): void {
  if (!mayNotify()) return;
  const peer = useContacts.getState().peers.find((p) => p.uid === peerUid);
  if (peer && (peer.blocked || !peer.messageNotification)) return;
  const name = peer?.name ?? '';
  const withText = useSettings.getState().profile?.notificationText === true && text !== '';
  const note = withText
    ? new Notification(name || TITLE, { body: text })
    : new Notification(TITLE, { body: name ? `New message from ${name}` : 'New message' });
  shown.set(peerUid, [...(shown.get(peerUid) ?? []), note]);
}

/** Turned on, allowed by the browser, and the page is not in front of the user. */
function mayNotify(): boolean {
  if (!useSettings.getState().notifications || !document.hidden) return false;
  return typeof Notification !== 'undefined' && Notification.permission === 'granted';
}

/** Unread over the contacts that are not blocked (their messages are not shown). */
export function unreadTotal(peers: readonly PeerView[]): number {
  return peers.reduce((sum, p) => (p.blocked ? sum : sum + Math.max(0, p.unread)), 0);
}

/** "(3) Meow" while anything is unread, like most web mail and chat. */
export function titleFor(total: number): string {
  return total > 0 ? `(${total}) ${TITLE}` : TITLE;
}

function follow(peers: readonly PeerView[]): void {
  document.title = titleFor(unreadTotal(peers));
  const unread = new Map(peers.map((p) => [p.uid, p.blocked ? 0 : p.unread]));
  for (const [peerUid, notes] of shown) {
    if ((unread.get(peerUid) ?? 0) > 0) continue;
    for (const note of notes) note.close();
    shown.delete(peerUid);
  }
}

/**
 * Whether the contacts say what is unread: not while only the first screen after unlock is
 * listed (the title would count too few, and notifications of the contacts not listed yet
 * would close).
 */
const complete = (s: { loaded: boolean; peers: readonly PeerView[] }): boolean =>
  s.loaded || s.peers.length === 0;

/** Keeps the title and the notifications in step with the contacts; returns the stop. */
export function followUnread(): () => void {
  if (complete(useContacts.getState())) follow(useContacts.getState().peers);
  const off = useContacts.subscribe((state, before) => {
    const changed = state.peers !== before.peers || state.loaded !== before.loaded;
    if (changed && complete(state)) follow(state.peers);
  });
  return () => {
    off();
    document.title = TITLE;
  };
}
