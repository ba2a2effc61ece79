// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeerView, ProfileView } from '@meow/contract';
import { peer } from '../test/fake-api';
import { followUnread, notifyReceived, titleFor, unreadTotal } from './attention';
import { useContacts } from './contacts';
import { useSettings } from './settings';

/** The browser's Notification, recorded. */
class FakeNotification {
  static permission = 'granted';
  static made: FakeNotification[] = [];
  closed = false;
  constructor(
    readonly title: string,
    readonly options: { body: string },
  ) {
    FakeNotification.made.push(this);
  }
  close() {
    this.closed = true;
  }
}

const profile: ProfileView = {
  nickname: 'Alice',
  status: '',
  defaultAvatar: '',
  avatars: [],
  separatePolls: false,
  notificationText: false,
  autoDownloadMiB: 20,
};
const bob = peer({ uid: 'bob', name: 'Bob', unread: 2 });
const carol = peer({ uid: 'carol', name: 'Carol', unread: 1 });
const setPeers = (peers: PeerView[]) => {
  useContacts.setState({ peers, loaded: true });
};

let stop: (() => void) | undefined;
beforeEach(() => {
  FakeNotification.made = [];
  vi.stubGlobal('Notification', FakeNotification);
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
  useSettings.setState({ notifications: true, profile });
  setPeers([bob, carol]);
});
afterEach(() => {
  stop?.();
  stop = undefined;
  vi.unstubAllGlobals();
});

describe('attention in the browser host', () => {
  it('counts unread outside blocked contacts, for the title', () => {
    expect(unreadTotal([bob, carol, peer({ uid: 'x', blocked: true, unread: 9 })])).toBe(3);
    expect(titleFor(3)).toBe('(3) Meow');
    expect(titleFor(0)).toBe('Meow');
  });

  it('never shows the text unless the user opted in', () => {
    notifyReceived('bob', 'the secret plan');
    expect(FakeNotification.made.map((n) => [n.title, n.options.body])).toEqual([
      ['Meow', 'New message from Bob'],
    ]);
    useSettings.setState({ profile: { ...profile, notificationText: true } });
    notifyReceived('bob', 'the secret plan');
    expect(FakeNotification.made[1]?.options.body).toBe('the secret plan');
    expect(FakeNotification.made[1]?.title).toBe('Bob');
  });

  it('closes the notifications and lowers the title once a conversation is read anywhere', () => {
    stop = followUnread();
    expect(document.title).toBe('(3) Meow');
    notifyReceived('bob', 'x');
    notifyReceived('carol', 'y');
    // Read on another device: the contacts reload (events.ts) shows Bob at 0.
    setPeers([{ ...bob, unread: 0 }, carol]);
    expect(document.title).toBe('(1) Meow');
    expect(FakeNotification.made.map((n) => n.closed)).toEqual([true, false]);
    setPeers([
      { ...bob, unread: 0 },
      { ...carol, unread: 0 },
    ]);
    expect(document.title).toBe('Meow');
    expect(FakeNotification.made.every((n) => n.closed)).toBe(true);
  });
});
