import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvents, PeerView } from '../api/contract';
import { EventEmitter } from '../api/events';
import type { PeerSummary } from './unread';
import { watchUnread } from './unread-watcher';
import { viewOf } from './testing/views';

/** A contact's row of peers.list. */
const view = (uid: string, unread: number, extra: Partial<PeerView> = {}): PeerView =>
  viewOf(
    { uid, name: uid.toUpperCase(), unread, blocked: false, messageNotification: true },
    extra,
  );

const summary = ({ uid, name, unread, blocked, messageNotification }: PeerView): PeerSummary => ({
  uid,
  name,
  unread,
  blocked,
  messageNotification,
});

const received = (peer: PeerView | null, uuid = 'u'): ApiEvents['message.received'] => ({
  peerUid: peer?.uid ?? 'a',
  uuid,
  type: 'text',
  text: 'x',
  sent: 0,
  replyTo: '',
  message: null,
  peer,
});

let events: EventEmitter<ApiEvents>;
let listed: PeerSummary[] | null;
let listPeers: ReturnType<typeof vi.fn<() => Promise<PeerSummary[] | null>>>;
let totals: number[];

beforeEach(() => {
  vi.useFakeTimers();
  events = new EventEmitter<ApiEvents>();
  listed = [summary(view('a', 1)), summary(view('b', 2))];
  listPeers = vi.fn(() => Promise.resolve(listed));
  totals = [];
});
afterEach(() => {
  vi.useRealTimers();
});

const start = () => watchUnread(events, listPeers, (t) => totals.push(t), 100);

describe('watchUnread', () => {
  it('lists once, then follows the rows events carry: a burst is one report, no listing', async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3]);
    for (let i = 1; i <= 50; i++) events.emit('message.received', received(view('a', i), `u${i}`));
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 52]);
    expect(listPeers).toHaveBeenCalledTimes(1);
    // Read on another device: the status change carries the row with nothing unread.
    events.emit('message.statusChanged', {
      peerUid: 'a',
      uuid: 'u50',
      state: 'read',
      message: null,
      peer: view('a', 0),
    });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 52, 2]);
    expect((await watcher.latest()).map((p) => [p.uid, p.unread])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
    expect(listPeers).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('takes the row a deleted or edited message carries (delete for me of an unread one reads it)', async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3]);
    events.emit('message.updated', { peerUid: 'b', uuid: 'u', message: null, peer: view('b', 1) });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 2]);
    expect(listPeers).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('a contact event without a row, or a removal, takes the contact out; a message event without one changes nothing', async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    events.emit('message.received', received(null));
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3]);
    events.emit('peer.updated', { peerUid: 'b', name: 'B', peer: null });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 1]);
    events.emit('peer.removed', { peerUid: 'a' });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 1, 0]);
    events.emit('peer.added', { peerUid: 'c', name: 'C', peer: view('c', 4, { blocked: true }) });
    await vi.advanceTimersByTimeAsync(100);
    expect(await watcher.latest()).toEqual([summary(view('c', 4, { blocked: true }))]);
    expect(totals).toEqual([3, 1, 0]); // blocked: its messages are not shown, nor counted
    expect(listPeers).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('lists again after a command or a lock; a row that arrives meanwhile is kept', async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    let answer: (peers: PeerSummary[] | null) => void = () => undefined;
    listPeers.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    );
    watcher.refresh(); // e.g. messages.markRead: no event says what changed
    await vi.advanceTimersByTimeAsync(100);
    expect(listPeers).toHaveBeenCalledTimes(2);
    events.emit('message.received', received(view('b', 7)));
    answer([summary(view('a', 0)), summary(view('b', 2))]); // read before b's new message
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 7]);
    listed = null; // locked
    events.emit('app.stateChanged', { state: 'locked' });
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 7, 0]);
    watcher.stop();
    events.emit('app.stateChanged', { state: 'unlocked' });
    await vi.advanceTimersByTimeAsync(100);
    expect(listPeers).toHaveBeenCalledTimes(3);
  });

  it("takes a command's answer row (messages read here) without listing", async () => {
    const watcher = start();
    await vi.advanceTimersByTimeAsync(100);
    watcher.put(view('b', 0));
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([3, 1]);
    expect(listPeers).toHaveBeenCalledTimes(1);
    watcher.stop();
  });

  it('treats a failing peers.list as nothing unread', async () => {
    listPeers.mockImplementation(() => Promise.reject(new Error('locked')));
    start();
    await vi.advanceTimersByTimeAsync(100);
    expect(totals).toEqual([0]);
  });
});
