// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MessageView, SearchHitView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useMessages } from '../../state/messages';
import { useNavigation } from '../../state/navigation';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { Conversation } from '../conversation/Conversation';
import { ConversationList } from '../conversations/ConversationList';
import { Highlighted } from './Highlighted';

const fake = useFakeApi();

// jsdom has no layout: give every element a size so the virtualizer renders a window of rows.
useLayoutSizes();

const bob = peer({ uid: 'bob', name: 'Bob' });

/** 2,000 messages with Bob, oldest first; the hit is number 500. */
const all: MessageView[] = Array.from({ length: 2000 }, (_, i) =>
  message({
    uuid: `h${i}`,
    text: i === 500 ? 'the zebra crossing at noon' : `text ${i}`,
    createdAt: Date.UTC(2025, 0, 1) + i * 60_000,
    cursor: { createdAt: Date.UTC(2025, 0, 1) + i * 60_000, id: i + 1 },
  }),
);

const hit: SearchHitView = {
  peerUid: 'bob',
  uuid: 'h500',
  outbound: true,
  createdAt: all[500]?.createdAt ?? 0,
  cursor: all[500]?.cursor ?? { createdAt: 0, id: 0 },
  snippet: { text: 'the zebra crossing at noon', ranges: [[4, 9]] },
};

beforeEach(() => {
  useContacts.setState({ peers: [bob], loaded: true });
  useMessages.setState({ threads: {} });
  useNavigation.setState({ openPeer: null, screen: 'chats' });
  fake.current.handle('messages.search', () =>
    Promise.resolve({ hits: [hit], total: 1, complete: true }),
  );
  fake.current.handle('messages.list', (a) => {
    // Like the engine: newest first, strictly below `before` or just above `after`.
    const at = (c: { id: number } | undefined) => all.findIndex((m) => m.cursor.id === c?.id);
    if (a.after) {
      const newer = all.slice(at(a.after) + 1, at(a.after) + 1 + a.limit);
      const more = at(a.after) + 1 + a.limit < all.length;
      return Promise.resolve({
        messages: newer.reverse(),
        nextCursor: a.after,
        newerCursor: more ? (newer[0]?.cursor ?? null) : null,
      });
    }
    const older = a.before ? all.slice(0, at(a.before)) : all;
    const page = older.slice(-a.limit).reverse();
    const more = older.length > a.limit;
    return Promise.resolve({
      messages: page,
      nextCursor: more ? (page.at(-1)?.cursor ?? null) : null,
    });
  });
  fake.current.handle('messages.around', (a) => {
    const at = all.findIndex((m) => m.uuid === a.uuid);
    const page = all.slice(at - a.before, at + a.after + 1).reverse();
    return Promise.resolve({
      messages: page,
      nextCursor: page.at(-1)?.cursor ?? null,
      newerCursor: page[0]?.cursor ?? null,
    });
  });
});

describe('Highlighted', () => {
  it('marks the ranges and leaves the rest as plain text', () => {
    render(<Highlighted snippet={{ text: 'a <b>zebra</b> crossing', ranges: [[5, 10]] }} />);
    const snippet = screen.getByTestId('search-snippet');
    expect(snippet.textContent).toBe('a <b>zebra</b> crossing');
    expect(Array.from(snippet.querySelectorAll('mark')).map((m) => m.textContent)).toEqual([
      'zebra',
    ]);
    expect(snippet.querySelector('b')).toBeNull();
  });
});

describe('message search', () => {
  it('finds messages from the conversation list and jumps to one, loaded around it', async () => {
    render(<ConversationList />);
    fireEvent.change(screen.getByTestId('conversation-search'), { target: { value: 'zeb' } });
    const found = await screen.findByTestId('search-hit');
    expect(fake.current.commands['messages.search']).toHaveBeenCalledWith({
      query: 'zeb',
      limit: 50,
    });
    expect(found.textContent).toMatch(/Bob/);
    expect(found.querySelector('mark')?.textContent).toBe('zebra');
    fireEvent.click(found);
    expect(useNavigation.getState().openPeer).toBe('bob');
    await waitFor(() => {
      expect(useMessages.getState().threads.bob?.focus?.uuid).toBe('h500');
    });
    expect(fake.current.commands['messages.around']).toHaveBeenCalledWith({
      peerUid: 'bob',
      uuid: 'h500',
      before: 100,
      after: 100,
    });
    const thread = useMessages.getState().threads.bob;
    expect(thread?.messages[0]?.uuid).toBe('h400');
    expect(thread?.newerCursor).toEqual(all[600]?.cursor);
  });

  // jsdom does not scroll, so the list's scrolling to the hit is left to e2e; here the rows
  // around it are loaded and it is the thread's focus (what MessageList scrolls to).
  it('searches within a conversation and loads the list around the hit', async () => {
    render(<Conversation peerUid="bob" />);
    await screen.findByTestId('message-list');
    fireEvent.click(screen.getByTestId('conversation-search-toggle'));
    const field = screen.getByTestId('conversation-message-search');
    expect(document.activeElement).toBe(field);
    fireEvent.change(field, { target: { value: 'zebra' } });
    fireEvent.click(await screen.findByTestId('search-hit'));
    expect(fake.current.commands['messages.search']).toHaveBeenCalledWith({
      query: 'zebra',
      limit: 50,
      peerUid: 'bob',
    });
    await waitFor(() => {
      expect(useMessages.getState().threads.bob?.focus?.uuid).toBe('h500');
    });
    const list = screen.getByTestId('message-list');
    expect(list.dataset.count).toBe('201');
    expect(screen.queryByTestId('conversation-message-search')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('conversation-search-toggle'));
  });

  it('asks again while the index is still being built after unlock', async () => {
    let calls = 0;
    fake.current.handle('messages.search', () => {
      calls += 1;
      return Promise.resolve(
        calls === 1
          ? { hits: [], total: 0, complete: false }
          : { hits: [hit], total: 1, complete: true },
      );
    });
    render(<ConversationList />);
    fireEvent.change(screen.getByTestId('conversation-search'), { target: { value: 'zebra' } });
    expect(await screen.findByText(/still indexing/)).toBeTruthy();
    await screen.findByTestId('search-hit', {}, { timeout: 3000 });
    expect(calls).toBe(2);
    expect(screen.queryByText(/still indexing/)).toBeNull();
  });

  it('closes the in-conversation search with Escape', async () => {
    render(<Conversation peerUid="bob" />);
    await screen.findByTestId('message-list');
    fireEvent.click(screen.getByTestId('conversation-search-toggle'));
    fireEvent.keyDown(screen.getByTestId('conversation-message-search'), { key: 'Escape' });
    expect(screen.queryByTestId('conversation-message-search')).toBeNull();
  });
});
