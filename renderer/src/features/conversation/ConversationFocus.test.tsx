// @vitest-environment jsdom
/**
 * Focus when a conversation opens (issue 17, accessibility): it lands in the composer, so a
 * keyboard user does not tab past every message's Reply button to write.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MessageView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { Conversation } from './Conversation';

const fake = useFakeApi();

// jsdom has no layout: give every element a size so the virtualizer renders the rows.
useLayoutSizes();

const bob = peer({ uid: 'bob', name: 'Bob' });
const carol = peer({ uid: 'carol', name: 'Carol' });

/** Three messages in every conversation, each with its Reply button. */
function serveMessages(): void {
  fake.current.handle('messages.list', (args) => {
    const messages: MessageView[] = [0, 1, 2].map((i) =>
      message({
        uuid: `${args.peerUid}-${i}`,
        text: `${args.peerUid} says ${i}`,
        outbound: i % 2 === 0,
        state: i % 2 === 0 ? 'read' : 'received',
        createdAt: Date.UTC(2025, 0, 1) + i * 60_000,
        cursor: { createdAt: Date.UTC(2025, 0, 1) + i * 60_000, id: i + 1 },
      }),
    );
    return Promise.resolve({ messages: messages.reverse(), nextCursor: null });
  });
  fake.current.handle('messages.markRead', () => Promise.resolve(null));
  fake.current.handle('peers.list', () => Promise.resolve([bob, carol]));
}

function composer(): HTMLElement {
  return screen.getByRole('textbox', { name: /^Message to / });
}

describe('Conversation focus', () => {
  it('puts the focus in the composer when a conversation opens, and keeps it there', async () => {
    serveMessages();
    useContacts.setState({ peers: [bob, carol], loaded: true });
    const view = render(<Conversation peerUid="bob" />);
    expect(document.activeElement).toBe(composer());
    // The messages arriving do not take it away.
    await screen.findByText('bob says 2');
    expect(screen.getAllByRole('button', { name: 'Reply to this message' })).toHaveLength(3);
    expect(document.activeElement).toBe(composer());

    // Opening another conversation (what the list does) moves it to that one's composer.
    view.rerender(<Conversation peerUid="carol" />);
    await screen.findByText('carol says 2');
    expect(screen.getByLabelText('Message to Carol')).toBe(document.activeElement);
  });

  it('comes back to the composer after choosing a message to reply to and dropping it', async () => {
    serveMessages();
    useContacts.setState({ peers: [bob], loaded: true });
    render(<Conversation peerUid="bob" />);
    await screen.findByText('bob says 1');
    const reply = screen.getAllByRole('button', { name: 'Reply to this message' })[1];
    if (!reply) throw new Error('no reply button');
    reply.focus();
    fireEvent.click(reply);
    await screen.findByTestId('replying-to');
    expect(document.activeElement).toBe(composer());

    // The reply's Cancel button goes away with it: the focus must not be lost to <body>.
    screen.getByRole('button', { name: 'Cancel reply' }).focus();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel reply' }));
    await waitFor(() => {
      expect(screen.queryByTestId('replying-to')).toBeNull();
    });
    expect(document.activeElement).toBe(composer());
  });
});
