// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { MessageView, PeerView } from '@meow/contract';
import { ConversationList } from '../features/conversations/ConversationList';
import { Conversation } from '../features/conversation/Conversation';
import { attachmentView, message, peer, useFakeApi } from '../test/fake-api';
import { useLayoutSizes } from '../test/layout';
import { useContacts } from './contacts';
import { connectEvents } from './events';
import { useMessages } from './messages';
import { useSession } from './session';

const fake = useFakeApi();

// jsdom has no layout: give every element a size so the virtualizer renders a window of rows.
useLayoutSizes({ clientHeight: 800, clientWidth: 400, offsetHeight: 40, offsetWidth: 400 });

const start = Date.UTC(2025, 0, 1, 9);
const at = (i: number, over: Partial<MessageView> = {}): MessageView =>
  message({
    uuid: `m${i}`,
    text: `text ${i}`,
    createdAt: start + i * 60_000,
    cursor: { createdAt: start + i * 60_000, id: i },
    state: 'read',
    ...over,
  });

/** Bob's conversation open next to the contact list, with the app's event wiring. */
async function show(history: MessageView[], bob: PeerView): Promise<void> {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('peers.list', () => Promise.resolve([bob]));
  fake.current.handle('devices.list', () => Promise.resolve([]));
  fake.current.handle('messages.list', () =>
    Promise.resolve({ messages: [...history].reverse(), nextCursor: null }),
  );
  fake.current.handle('messages.markRead', (a) =>
    Promise.resolve({ ...bob, uid: a.peerUid, unread: 0 }),
  );
  await useContacts.getState().load();
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return (
      <>
        <ConversationList />
        <Conversation peerUid="bob" />
      </>
    );
  }
  render(<Harness />);
  await waitFor(() => {
    expect(useMessages.getState().threads.bob?.loaded).toBe(true);
  });
}

/** The rows on screen, oldest first, by uuid. */
const rows = (): string[] => screen.getAllByTestId('message').map((el) => el.dataset.uuid ?? '');
const stateOf = (uuid: string): string | undefined =>
  screen.getAllByTestId('message').find((el) => el.dataset.uuid === uuid)?.dataset.state;

const listCalls = (): number =>
  fake.current.commands['messages.list'].mock.calls.length +
  fake.current.commands['peers.list'].mock.calls.length;

describe('events patch the stores without listing again', () => {
  it('received, stored, status, edit, delete for me and expiry: zero list calls', async () => {
    const bob = peer({ uid: 'bob', name: 'Bob', lastMessage: at(2) });
    await show([at(1), at(2)], bob);
    const before = listCalls();

    // Received while reading: appended in order, the contact's row from the event.
    const incoming = at(4, { outbound: false, state: 'received', text: 'hello' });
    act(() => {
      fake.current.emit('message.received', {
        peerUid: 'bob',
        uuid: 'm4',
        type: 'text',
        text: 'hello',
        sent: incoming.createdAt,
        replyTo: '',
        message: incoming,
        peer: { ...bob, unread: 1, lastMessage: incoming },
      });
    });
    // A sibling device's message from earlier goes in between, by cursor.
    const synced = at(3, { text: 'from my laptop' });
    act(() => {
      fake.current.emit('message.stored', {
        peerUid: 'bob',
        uuid: 'm3',
        outbound: true,
        state: 'read',
        message: synced,
        peer: { ...bob, lastMessage: incoming },
      });
    });
    await waitFor(() => {
      expect(rows()).toEqual(['m1', 'm2', 'm3', 'm4']);
    });

    // My message moves on: the row is replaced by the event's.
    const mine = at(5, { state: 'sent', text: 'mine' });
    act(() => {
      fake.current.emit('message.statusChanged', {
        peerUid: 'bob',
        uuid: 'm5',
        state: 'pending',
        message: { ...mine, state: 'pending' },
        peer: { ...bob, lastMessage: mine },
      });
      fake.current.emit('message.statusChanged', {
        peerUid: 'bob',
        uuid: 'm5',
        state: 'delivered',
        message: { ...mine, state: 'delivered' },
        peer: { ...bob, lastMessage: { ...mine, state: 'delivered' } },
      });
    });
    await waitFor(() => {
      expect(stateOf('m5')).toBe('delivered');
    });
    expect(rows()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);

    // Edited by Bob, then deleted for me, then a disappearing one expires.
    act(() => {
      fake.current.emit('message.updated', {
        peerUid: 'bob',
        uuid: 'm4',
        message: { ...incoming, text: 'hello!', editedAt: incoming.createdAt + 1 },
        peer: null,
      });
    });
    expect(await screen.findByText('hello!')).toBeTruthy();
    act(() => {
      fake.current.emit('message.updated', {
        peerUid: 'bob',
        uuid: 'm3',
        message: null,
        peer: bob,
      });
      fake.current.emit('message.expired', { peerUid: 'bob', uuid: 'm1', peer: bob });
    });
    await waitFor(() => {
      expect(rows()).toEqual(['m2', 'm4', 'm5']);
    });

    expect(listCalls()).toBe(before);
  });

  it("the contact list follows the events' rows: unread, rename, removal", async () => {
    const bob = peer({ uid: 'bob', name: 'Bob', lastMessage: at(1) });
    await show([at(1)], bob);
    useMessages.getState().forget('bob'); // only the list matters here
    const before = listCalls();
    act(() => {
      fake.current.emit('peer.updated', {
        peerUid: 'bob',
        name: 'Bobby',
        peer: { ...bob, name: 'Bobby' },
      });
    });
    expect((await screen.findAllByText('Bobby')).length).toBeGreaterThan(0);
    const carol = peer({ uid: 'carol', name: 'Carol' });
    act(() => {
      fake.current.emit('peer.added', { peerUid: 'carol', name: 'Carol', peer: carol });
    });
    expect((await screen.findAllByText('Carol')).length).toBeGreaterThan(0);
    act(() => {
      fake.current.emit('peer.updated', { peerUid: 'carol', name: 'Carol', peer: null });
    });
    await waitFor(() => {
      expect(useContacts.getState().peers.map((p) => p.uid)).toEqual(['bob']);
    });
    expect(listCalls()).toBe(before);
  });

  it('attachment.updated patches the bubble like message.updated: progress, then Download', async () => {
    const file = attachmentView({ localId: 'a1', state: 'queued', doneChunks: 1, chunkCount: 4 });
    const incoming = at(1, { outbound: false, state: 'received', text: '', attachments: [file] });
    const bob = peer({ uid: 'bob', name: 'Bob', lastMessage: incoming });
    await show([incoming], bob);
    const before = listCalls();
    expect(screen.getByTestId('attachment-progress').getAttribute('aria-valuenow')).toBe('25');
    const update = (a: typeof file): void => {
      act(() => {
        fake.current.emit('attachment.updated', {
          peerUid: 'bob',
          uuid: 'm1',
          localId: 'a1',
          position: 0,
          state: a.state,
          doneChunks: a.doneChunks,
          chunkCount: a.chunkCount,
          message: { ...incoming, attachments: [a] },
          peer: bob,
        });
      });
    };
    update({ ...file, doneChunks: 3 });
    await waitFor(() => {
      expect(screen.getByTestId('attachment-progress').getAttribute('aria-valuenow')).toBe('75');
    });
    update({ ...file, state: 'failed', error: 'RELAY_UNAVAILABLE' });
    await waitFor(() => {
      expect(screen.getByTestId('attachment').dataset.state).toBe('failed');
    });
    expect(screen.queryByTestId('attachment-progress')).toBeNull();
    expect(screen.getByTestId('attachment-download')).toBeTruthy();
    expect(listCalls()).toBe(before);
  });
});
