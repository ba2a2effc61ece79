import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvents } from '../api/contract';
import { EventEmitter } from '../api/events';
import {
  notificationContent,
  readConversations,
  shouldNotify,
  totalUnread,
  watchUnread,
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

afterEach(() => {
  vi.useRealTimers();
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

describe('watchUnread', () => {
  it('coalesces bursts of events into one peers.list and reports changes only', async () => {
    vi.useFakeTimers();
    const events = new EventEmitter<ApiEvents>();
    let peers: PeerSummary[] | null = null;
    const listPeers = vi.fn(() => Promise.resolve(peers));
    const totals: number[] = [];
    const watcher = watchUnread(events, listPeers, (t) => totals.push(t), 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([0]); // locked: nothing unread

    peers = [peer('a', 1)];
    for (let i = 0; i < 50; i++) {
      events.emit('message.received', {
        peerUid: 'a',
        uuid: `u${i}`,
        type: 'text',
        text: 'x',
        sent: 0,
        replyTo: '',
        message: null,
        peer: null,
      });
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(listPeers).toHaveBeenCalledTimes(2);
    expect(totals).toEqual([0, 1]);

    watcher.refresh(); // same total: no report
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([0, 1]);
    expect((await watcher.latest()).map((p) => p.uid)).toEqual(['a']);

    peers = [];
    events.emit('app.stateChanged', { state: 'locked' });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([0, 1, 0]);

    watcher.stop();
    events.emit('message.received', {
      peerUid: 'a',
      uuid: 'z',
      type: 'text',
      text: 'x',
      sent: 0,
      replyTo: '',
      message: null,
      peer: null,
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(listPeers).toHaveBeenCalledTimes(4);
  });

  it('treats a failing peers.list as nothing unread', async () => {
    vi.useFakeTimers();
    const totals: number[] = [];
    watchUnread(
      new EventEmitter<ApiEvents>(),
      () => Promise.reject(new Error('locked')),
      (t) => totals.push(t),
      10,
    );
    await vi.advanceTimersByTimeAsync(10);
    expect(totals).toEqual([0]);
  });
});
