// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessageView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useDevices } from '../../state/devices';
import { PAGE_SIZE } from '../../state/messages';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { MeowError } from '../../transport/errors';
import { Conversation } from './Conversation';

const fake = useFakeApi();

// jsdom has no layout: give every element a size so the virtualizer renders a window of rows.
useLayoutSizes();

/** `n` messages oldest → newest, one a minute. */
function history(n: number, over: Partial<MessageView> = {}): MessageView[] {
  const start = Date.UTC(2025, 0, 1);
  return Array.from({ length: n }, (_, i) =>
    message({
      uuid: `h${i}`,
      text: `text ${i}`,
      createdAt: start + i * 60_000,
      cursor: { createdAt: start + i * 60_000, id: i + 1 },
      ...over,
    }),
  );
}

/** messages.list over `all` (oldest first), newest-first pages like the engine. */
function serve(all: MessageView[]): void {
  fake.current.handle('messages.list', (args) => {
    const before = args.before;
    const older = before
      ? all.filter(
          (m) =>
            m.cursor.createdAt < before.createdAt ||
            (m.cursor.createdAt === before.createdAt && m.cursor.id < before.id),
        )
      : all;
    const page = older.slice(-args.limit).reverse();
    const last = page[page.length - 1];
    const nextCursor = older.length > args.limit && last ? last.cursor : null;
    return Promise.resolve({ messages: page, nextCursor });
  });
}

function setup(p = peer({ uid: 'bob', name: 'Bob' })) {
  useContacts.setState({ peers: [p], loaded: true });
  return render(<Conversation peerUid={p.uid} />);
}

describe('Conversation', () => {
  it('loads the newest page of 200 and renders only a window of it', async () => {
    const all = history(100_000);
    serve(all);
    setup();
    await screen.findByTestId('message-list');
    expect(fake.current.commands['messages.list']).toHaveBeenCalledWith({
      peerUid: 'bob',
      limit: PAGE_SIZE,
    });
    const list = screen.getByTestId('message-list');
    expect(Number(list.dataset.count)).toBeGreaterThanOrEqual(PAGE_SIZE);
    // Virtualized: far fewer rows in the DOM than loaded.
    const bubbles = screen.getAllByTestId('message');
    expect(bubbles.length).toBeGreaterThan(0);
    expect(bubbles.length).toBeLessThan(60);
    expect(screen.getAllByTestId('day-separator').length).toBeGreaterThan(0);
  });

  it('fetches older pages with the cursor when near the top', async () => {
    const all = history(450);
    serve(all);
    setup();
    await screen.findByTestId('message-list');
    const list = screen.getByTestId('message-list');
    await act(async () => {
      list.scrollTop = 0;
      fireEvent.scroll(list);
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(fake.current.commands['messages.list'].mock.calls.length).toBeGreaterThanOrEqual(2);
    });
    const call = fake.current.commands['messages.list'].mock.calls[1]?.[0];
    expect(call?.before).toEqual(all[250]?.cursor);
  });

  it('sends with Enter, keeps Shift+Enter as a newline, and clears only on success', async () => {
    serve([]);
    fake.current.handle('messages.send', () => Promise.resolve({ uuid: 'new' }));
    setup();
    const box = await screen.findByTestId('composer-input');
    fireEvent.change(box, { target: { value: 'hello' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(fake.current.commands['messages.send']).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => {
      expect(fake.current.commands['messages.send']).toHaveBeenCalledWith({
        peerUid: 'bob',
        text: 'hello',
      });
    });
    await waitFor(() => {
      expect((box as HTMLTextAreaElement).value).toBe('');
    });
  });

  it('keeps the typed text and shows why when sending fails', async () => {
    serve([]);
    fake.current.fail('messages.send', 'PEER_NOT_READY');
    setup();
    const box = await screen.findByTestId('composer-input');
    fireEvent.change(box, { target: { value: 'do not lose me' } });
    fireEvent.click(screen.getByTestId('send-button'));
    expect((await screen.findByTestId('composer-error')).textContent).toBe(
      'This contact has not finished connecting yet. Wait until they accept your invitation.',
    );
    expect((box as HTMLTextAreaElement).value).toBe('do not lose me');
  });

  it('marks visible inbound messages read', async () => {
    serve(history(3, { outbound: false, state: 'received' }));
    fake.current.handle('messages.markRead', () => Promise.resolve(null));
    fake.current.handle('peers.list', () => Promise.resolve([]));
    setup();
    await waitFor(() => {
      expect(fake.current.commands['messages.markRead']).toHaveBeenCalledTimes(3);
    });
    expect(fake.current.commands['messages.markRead']).toHaveBeenCalledWith({
      peerUid: 'bob',
      uuid: 'h0',
    });
  });

  it('names the device that forwards pending_forward messages', async () => {
    useDevices.setState({
      devices: [
        {
          uid: 'd1',
          name: 'Desk',
          step: 'finalized',
          code: null,
          pairedAt: 1,
          primaryFor: ['bob'],
          lastSeenAt: null,
          syncWaiting: 0,
          expiresAt: null,
        },
      ],
    });
    serve(history(1, { state: 'pending_forward' }));
    setup(peer({ uid: 'bob', name: 'Bob', primaryDeviceUid: 'd1' }));
    expect((await screen.findByTestId('pending-forward-note')).textContent).toBe(
      'Waiting for your other device Desk to send it',
    );
  });

  it('shows a load error without losing the composer', async () => {
    fake.current.handle('messages.list', () =>
      Promise.reject(new MeowError('STORAGE_LOCKED', 'x')),
    );
    setup();
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Meow is locked. Unlock it and try again.',
    );
    expect(screen.getByTestId('composer-input')).toBeTruthy();
  });
});
