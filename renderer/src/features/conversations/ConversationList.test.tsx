// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import type { PeerView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { connectEvents } from '../../state/events';
import { useNavigation } from '../../state/navigation';
import { useSession } from '../../state/session';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { ConversationList } from './ConversationList';

const fake = useFakeApi();
useLayoutSizes();

const alice = peer({
  uid: 'alice',
  name: 'Alice',
  unread: 3,
  lastMessage: message({ text: 'see you', outbound: false, state: 'received', createdAt: 3000 }),
});
const bob = peer({
  uid: 'bob',
  name: 'Bob Stone',
  lastMessage: message({ text: 'ok', createdAt: 2000 }),
});
const carol = peer({ uid: 'carol', name: 'Carol', step: 'offered' });
const dave = peer({ uid: 'dave', name: 'Dave', blocked: true, unread: 1200 });

function show(peers: PeerView[]) {
  fake.current.handle('peers.list', () => Promise.resolve(peers));
  useSession.setState({ state: 'unlocked' });
  void useContacts.getState().load();
  function Harness() {
    const api = fake.current.api;
    useEffect(() => connectEvents(api), [api]);
    return <ConversationList />;
  }
  return render(<Harness />);
}

const items = (): HTMLElement[] => screen.getAllByTestId('conversation-item');
const names = (): string[] => items().map((li) => li.dataset.peerUid ?? '');

describe('ConversationList', () => {
  it('lists every contact the engine returns, newest conversation first', async () => {
    show([carol, bob, dave, alice]);
    await waitFor(() => {
      expect(items()).toHaveLength(4);
    });
    expect(names()).toEqual(['alice', 'bob', 'carol', 'dave']);
    const carolItem = items()[2];
    expect(carolItem?.textContent).toMatch(/waiting for them to accept/);
    // A pending invitation is marked as one, not shown as just another contact.
    expect(carolItem?.querySelector('[data-testid="invitation-pending"]')?.textContent).toBe(
      'Invitation pending',
    );
    expect(items()[3]?.textContent).toMatch(/blocked/);
    expect(items()[0]?.textContent).toMatch(/see you/);
    expect(items()[1]?.textContent).toMatch(/You: ok/);
  });

  it('shows unread counts only where there are unread messages', async () => {
    show([alice, bob, dave]);
    await waitFor(() => {
      expect(items()).toHaveLength(3);
    });
    const [a, b, d] = items();
    expect(within(a as HTMLElement).getByTestId('unread-badge').textContent).toBe('3');
    expect(within(a as HTMLElement).getByLabelText('3 unread')).toBeTruthy();
    expect(within(b as HTMLElement).queryByTestId('unread-badge')).toBeNull();
    expect(within(d as HTMLElement).getByTestId('unread-badge').textContent).toBe('999+');
  });

  it('shows initials when a contact has no picture', async () => {
    show([bob]);
    await waitFor(() => {
      expect(items()).toHaveLength(1);
    });
    expect(within(items()[0] as HTMLElement).getByTestId('avatar').textContent).toBe('BS');
  });

  it('filters by name', async () => {
    show([alice, bob, carol]);
    await waitFor(() => {
      expect(items()).toHaveLength(3);
    });
    fireEvent.change(screen.getByTestId('conversation-search'), { target: { value: 'sto' } });
    expect(names()).toEqual(['bob']);
    fireEvent.change(screen.getByTestId('conversation-search'), { target: { value: 'zz' } });
    expect(screen.queryAllByTestId('conversation-item')).toHaveLength(0);
    expect(screen.getByText(/No one matches/)).toBeTruthy();
  });

  it('moves with the arrow keys and opens with Enter', async () => {
    show([alice, bob, carol]);
    await waitFor(() => {
      expect(items()).toHaveLength(3);
    });
    const list = screen.getByRole('listbox', { name: 'Conversations' });
    expect(items()[0]?.tabIndex).toBe(0);
    expect(items()[1]?.tabIndex).toBe(-1);
    (items()[0] as HTMLElement).focus();
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    fireEvent.keyDown(list, { key: 'End' });
    expect(document.activeElement).toBe(items()[2]);
    fireEvent.keyDown(list, { key: 'ArrowUp' });
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigation.getState().openPeer).toBe('bob');
    expect(items()[1]?.getAttribute('aria-selected')).toBe('true');
  });

  it('takes the new unread count from the event, without listing the contacts again', async () => {
    show([bob]);
    await waitFor(() => {
      expect(useContacts.getState().loaded).toBe(true);
    });
    const listings = fake.current.commands['peers.list'].mock.calls.length;
    const text = message({ uuid: 'x', text: 'hi', outbound: false, state: 'received' });
    act(() => {
      fake.current.emit('message.received', {
        peerUid: 'bob',
        uuid: 'x',
        type: 'text',
        text: 'hi',
        sent: 1,
        replyTo: '',
        message: text,
        peer: { ...bob, unread: 1, lastMessage: text },
      });
    });
    expect((await screen.findByTestId('unread-badge')).textContent).toBe('1');
    expect(fake.current.commands['peers.list']).toHaveBeenCalledTimes(listings);
  });

  it('says when there are no contacts yet', async () => {
    show([]);
    expect(await screen.findByText(/No contacts yet/)).toBeTruthy();
  });

  it('puts only the rows in view in the DOM, and keeps the keyboard on a row out of view', async () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      peer({ uid: `c${i}`, name: `Contact ${String(i).padStart(4, '0')}` }),
    );
    show(many);
    await waitFor(() => {
      expect(items().length).toBeGreaterThan(0);
    });
    expect(items().length).toBeLessThan(50);
    expect(items()[0]?.getAttribute('aria-setsize')).toBe('1000');
    const list = screen.getByRole('listbox', { name: 'Conversations' });
    // The scrollbar spans every row, not only those in the DOM.
    expect(parseFloat(list.style.getPropertyValue('--rows-height'))).toBeGreaterThan(1000 * 40);
    (items()[0] as HTMLElement).focus();
    fireEvent.keyDown(list, { key: 'End' });
    await waitFor(() => {
      expect((document.activeElement as HTMLElement).dataset.peerUid).toBe('c999');
    });
    expect(document.activeElement?.getAttribute('aria-posinset')).toBe('1000');
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(useNavigation.getState().openPeer).toBe('c999');
  });
});
