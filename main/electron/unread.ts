/**
 * What the badge, the tray and system notifications show, decided without Electron: the
 * unread total (the same numbers the conversation list shows) and whether a received message
 * deserves a notification. unread-watcher.ts keeps the numbers current.
 */
import type { PeerView } from '../api/contract';

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

/**
 * Commands after which the unread total may have changed without an engine event (reading a
 * message here emits none). Reads never change it: listing a page of messages while scrolling
 * used to list every contact again (with their last messages) for the badge, about 100 ms of
 * the main process per page with 1,000 contacts.
 */
const READS = new Set([
  'peers.list',
  'peers.safetyCode',
  'messages.list',
  'messages.search',
  'messages.around',
]);

/**
 * Commands whose every effect on the unread counts comes as an event the unread watcher
 * applies: `peer.removed` (peers.delete), `conversation.cleared` with the contact's row
 * (peers.clearConversation), `message.updated` with it (messages.delete; deleting an unread
 * message for me reads it). Listing every contact after them only repeated what the event said.
 */
const TOLD_BY_EVENTS = new Set(['peers.delete', 'peers.clearConversation', 'messages.delete']);

export function mayChangeUnread(command: string): boolean {
  return (
    /^(messages|peers|identity)\./.test(command) &&
    !READS.has(command) &&
    !TOLD_BY_EVENTS.has(command)
  );
}

/** Commands whose answer is the contact's row as peers.list lists it now (contract.ts). */
const ANSWERED_WITH_ROW = new Set([
  'messages.markRead',
  'peers.update',
  'peers.setExpiry',
  'peers.verify',
]);

/**
 * The contact's row in a command's answer, if the command answers with one: the unread
 * watcher takes it instead of listing every contact again (reading messages sends one
 * `messages.markRead` per screenful).
 */
export function contactRowOf(command: string, result: unknown): PeerView | undefined {
  if (!ANSWERED_WITH_ROW.has(command) || typeof result !== 'object' || result === null) {
    return undefined;
  }
  return typeof (result as { uid?: unknown }).uid === 'string' ? (result as PeerView) : undefined;
}
