// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PeerView } from '@meow/contract';
import { useContacts } from '../../state/contacts';
import { useNavigation } from '../../state/navigation';
import { useSession } from '../../state/session';
import { peer, useFakeApi } from '../../test/fake-api';
import { ContactMenu, ContactStatus } from './ContactMenu';

const fake = useFakeApi();

async function show(bob: PeerView) {
  useSession.setState({ state: 'unlocked' });
  fake.current.handle('peers.list', () => Promise.resolve([bob]));
  await useContacts.getState().load();
  render(<ContactMenu peer={bob} />);
}

const open = () => {
  fireEvent.click(screen.getByTestId('contact-menu-button'));
};

describe('the contact menu', () => {
  it('offers the actions of a contact, and asks before deleting it', async () => {
    const bob = peer({ uid: 'bob', name: 'Bob' });
    await show(bob);
    expect(screen.getByTestId('contact-menu-button').getAttribute('aria-expanded')).toBe('false');
    open();
    expect(screen.getByTestId('contact-menu-button').getAttribute('aria-expanded')).toBe('true');
    for (const id of ['menu-rename', 'menu-verify', 'menu-block', 'menu-clear', 'menu-delete']) {
      expect(screen.getByTestId(id)).toBeTruthy();
    }
    expect(screen.queryByTestId('menu-cancel-invitation')).toBeNull();

    useNavigation.getState().openChat('bob');
    fake.current.handle('peers.delete', () => Promise.resolve(null));
    fireEvent.click(screen.getByTestId('menu-delete'));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toMatch(/Delete Bob\?/);
    // The safe choice has the focus; nothing was deleted yet.
    expect(document.activeElement).toBe(screen.getByTestId('confirm-no'));
    expect(fake.current.commands['peers.delete']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => {
      expect(fake.current.commands['peers.delete']).toHaveBeenCalledWith({ peerUid: 'bob' });
    });
    await waitFor(() => {
      expect(useNavigation.getState().openPeer).toBeNull();
    });
  });

  it('closes the menu with Escape and gives the focus back to its button', async () => {
    await show(peer({ uid: 'bob', name: 'Bob' }));
    open();
    fireEvent.keyDown(screen.getByTestId('menu-rename'), { key: 'Escape' });
    expect(screen.queryByTestId('menu-rename')).toBeNull();
    const button = screen.getByTestId('contact-menu-button');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('cancels with Escape, and shows a refusal as a sentence', async () => {
    await show(peer({ uid: 'bob', name: 'Bob' }));
    open();
    fireEvent.click(screen.getByTestId('menu-block'));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    open();
    fireEvent.click(screen.getByTestId('menu-clear'));
    fake.current.fail('peers.clearConversation', 'PEER_NOT_FOUND', 'no such contact');
    fireEvent.click(screen.getByTestId('confirm-yes'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'That contact no longer exists. It may have been deleted on another device.',
    );
  });

  it('offers only rename and cancel for a pending invitation', async () => {
    await show(peer({ uid: 'carol', name: 'Carol', step: 'offered' }));
    open();
    expect(screen.queryByTestId('menu-block')).toBeNull();
    expect(screen.queryByTestId('menu-delete')).toBeNull();
    fake.current.handle('invitations.cancel', () => Promise.resolve({ shortcodeDeleted: true }));
    fireEvent.click(screen.getByTestId('menu-cancel-invitation'));
    fireEvent.click(screen.getByTestId('confirm-yes'));
    await waitFor(() => {
      expect(fake.current.commands['invitations.cancel']).toHaveBeenCalledWith({
        peerUid: 'carol',
      });
    });
  });

  it('renames from a form, and shows the safety code to verify', async () => {
    await show(peer({ uid: 'bob', name: 'Bob' }));
    open();
    fake.current.handle('peers.update', (a) => Promise.resolve(peer({ uid: 'bob', name: a.name })));
    fireEvent.click(screen.getByTestId('menu-rename'));
    fireEvent.change(screen.getByLabelText('Name for this contact'), {
      target: { value: 'Bobby' },
    });
    fireEvent.submit(screen.getByTestId('rename-form'));
    await waitFor(() => {
      expect(fake.current.commands['peers.update']).toHaveBeenCalledWith({
        peerUid: 'bob',
        name: 'Bobby',
      });
    });

    const code = '12345 '.repeat(12).trim();
    fake.current.handle('peers.safetyCode', () =>
      Promise.resolve({ code, qr: `meow-safety:1:${'12345'.repeat(12)}` }),
    );
    fake.current.handle('peers.verify', () =>
      Promise.resolve(peer({ uid: 'bob', verified: true })),
    );
    await waitFor(() => {
      expect(screen.queryByTestId('rename-form')).toBeNull();
    });
    open();
    fireEvent.click(screen.getByTestId('menu-verify'));
    expect((await screen.findByTestId('safety-digits')).textContent).toBe(code);
    fireEvent.click(screen.getByTestId('mark-verified'));
    await waitFor(() => {
      expect(fake.current.commands['peers.verify']).toHaveBeenCalledWith({
        peerUid: 'bob',
        verified: true,
      });
    });
  });

  it('marks a verified contact, and warns when its keys changed', () => {
    const { rerender } = render(<ContactStatus peer={peer({ name: 'Bob', verified: true })} />);
    expect(screen.getByTestId('verified-mark').textContent).toBe('✓ Verified');
    rerender(<ContactStatus peer={peer({ name: 'Bob', keyChanged: true })} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Bob's security keys changed/);
  });
});
