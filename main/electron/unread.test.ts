import { describe, expect, it } from 'vitest';
import {
  contactRowOf,
  mayChangeUnread,
  notificationContent,
  readConversations,
  shouldNotify,
  totalUnread,
  type PeerSummary,
} from './unread';

const peer = (uid: string, unread: number, extra: Partial<PeerSummary> = {}): PeerSummary => ({
  uid,
  name: uid.toUpperCase(),
  unread,
  blocked: false,
  messageNotification: true,
  ...extra,
});

describe('unread total and notification rules', () => {
  it('sums unread over contacts that are not blocked', () => {
    expect(totalUnread([])).toBe(0);
    expect(totalUnread([peer('a', 2), peer('b', 3), peer('c', 5, { blocked: true })])).toBe(5);
  });

  it.each([
    [false, peer('a', 1), true],
    [true, peer('a', 1), false],
    [false, undefined, false],
    [false, peer('a', 1, { blocked: true }), false],
    [false, peer('a', 1, { messageNotification: false }), false],
  ])('focused=%s peer=%j → notify=%s', (focused, p, expected) => {
    expect(shouldNotify(focused, p)).toBe(expected);
  });

  it('finds the notified conversations that were read (or blocked, or gone)', () => {
    const peers = [peer('a', 0), peer('b', 2), peer('c', 1, { blocked: true })];
    expect(readConversations(peers, ['a', 'b', 'c', 'gone'])).toEqual(['a', 'c', 'gone']);
    expect(readConversations([], [])).toEqual([]);
  });

  it('puts the message text in a notification only when given (opted in) and for one message', () => {
    expect(notificationContent(peer('bob', 1), 1, 'hi')).toEqual({ title: 'BOB', body: 'hi' });
    expect(notificationContent(peer('bob', 1), 2, 'hi').body).toBe('2 new messages');
    expect(notificationContent(peer('bob', 1), 1, '').body).toBe('New message');
  });

  it('never puts the message text in a notification by default', () => {
    expect(notificationContent(peer('bob', 1))).toEqual({ title: 'BOB', body: 'New message' });
    expect(notificationContent(peer('bob', 1), 3).body).toBe('3 new messages');
    expect(notificationContent(peer('bob', 1, { name: '' })).title).toBe('Meow');
  });
});

describe('a contact row in a command answer', () => {
  it('is taken from the commands that answer with one, and only a row', () => {
    const row = { uid: 'bob', name: 'Bob', unread: 0 };
    expect(contactRowOf('messages.markRead', row)).toBe(row);
    expect(contactRowOf('peers.update', row)).toBe(row);
    expect(contactRowOf('messages.markRead', null)).toBeUndefined(); // not listed: list again
    expect(contactRowOf('messages.send', { uuid: 'x' })).toBeUndefined();
    expect(contactRowOf('peers.list', [row])).toBeUndefined();
  });
});

describe('which commands refresh the unread total', () => {
  it('those that may change it, never a read', () => {
    for (const command of ['messages.markRead', 'peers.update', 'identity.lock', 'messages.send']) {
      expect(mayChangeUnread(command)).toBe(true);
    }
    // Their events carry the rows (or the removal) the unread watcher applies.
    for (const command of ['messages.delete', 'peers.delete', 'peers.clearConversation']) {
      expect(mayChangeUnread(command)).toBe(false);
    }
    for (const command of ['messages.list', 'messages.around', 'messages.search', 'peers.list']) {
      expect(mayChangeUnread(command)).toBe(false);
    }
    expect(mayChangeUnread('profile.get')).toBe(false);
  });
});
