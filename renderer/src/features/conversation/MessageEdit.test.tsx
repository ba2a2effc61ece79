// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MessageView } from '@meow/contract';
import { useMessages } from '../../state/messages';
import { message, useFakeApi, valueOf } from '../../test/fake-api';
import { MeowError } from '../../transport/errors';
import { MessageBubble } from './MessageBubble';

const fake = useFakeApi();
const noop = (): void => undefined;
const ok = (): Promise<void> => Promise.resolve();

function renderWithActions(m: MessageView, onEdit = vi.fn(ok), onDelete = vi.fn(ok)) {
  render(
    <MessageBubble
      message={m}
      deviceName=""
      onReply={noop}
      onRetry={ok}
      onEdit={onEdit}
      onDelete={onDelete}
    />,
  );
  return { onEdit, onDelete };
}

describe('MessageBubble edit and delete', () => {
  it('marks an edited message and shows a deleted one as a placeholder', () => {
    renderWithActions(message({ text: 'new words', editedAt: Date.now() }));
    expect(screen.getByTestId('edited-mark').textContent).toBe('edited');
    renderWithActions(message({ text: '', deleted: true, editedAt: null }));
    expect(screen.getByTestId('message-deleted').textContent).toBe('This message was deleted');
    expect(screen.getAllByTestId('message')[1]?.dataset.deleted).toBe('true');
  });

  it('offers Edit and both deletes on a recent own text, only Delete for me otherwise', () => {
    renderWithActions(message({ createdAt: Date.now() - 60_000 }));
    fireEvent.click(screen.getByRole('button', { name: 'Message actions' }));
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete for everyone' })).toBeTruthy();
    // The menu takes the focus; Escape closes it and gives the focus back.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Message actions' }));
  });

  it('offers only Delete for me on a contact message or an old one', () => {
    renderWithActions(message({ outbound: false, state: 'received', createdAt: Date.now() }));
    fireEvent.click(screen.getByRole('button', { name: 'Message actions' }));
    expect(screen.getByRole('button', { name: 'Delete for me' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete for everyone' })).toBeNull();
  });

  it('edits in place: Escape cancels, Enter saves', async () => {
    const m = message({ text: 'typo' });
    const { onEdit } = renderWithActions(m);
    fireEvent.click(screen.getByRole('button', { name: 'Message actions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(valueOf('edit-input')).toBe('typo');
    fireEvent.keyDown(screen.getByTestId('edit-input'), { key: 'Escape' });
    expect(screen.queryByTestId('edit-input')).toBeNull();
    expect(onEdit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Message actions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.change(screen.getByTestId('edit-input'), { target: { value: 'fixed' } });
    fireEvent.keyDown(screen.getByTestId('edit-input'), { key: 'Enter' });
    await waitFor(() => {
      expect(onEdit).toHaveBeenCalledWith(m, 'fixed');
    });
    await waitFor(() => {
      expect(screen.queryByTestId('edit-input')).toBeNull();
    });
  });

  it('says why a delete was refused, as a sentence', async () => {
    const refuse = vi.fn(() =>
      Promise.reject(new MeowError('MESSAGE_DELETE_WINDOW_PASSED', 'too late')),
    );
    renderWithActions(message({ createdAt: Date.now() }), vi.fn(ok), refuse);
    fireEvent.click(screen.getByRole('button', { name: 'Message actions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete for everyone' }));
    expect(await screen.findByTestId('action-error')).toHaveProperty(
      'textContent',
      'Messages can be deleted for everyone only within 24 hours of sending. You can still delete it for yourself.',
    );
  });

  it('the store edits through messages.edit and reloads just that row', async () => {
    const m = message({ text: 'before' });
    fake.current.handle('messages.list', () =>
      Promise.resolve({ messages: [m], nextCursor: null }),
    );
    await useMessages.getState().loadLatest('peer-1');
    fake.current.handle('messages.edit', () => Promise.resolve(null));
    const edited = { ...m, text: 'after', editedAt: 5 };
    fake.current.handle('messages.list', () =>
      Promise.resolve({ messages: [edited], nextCursor: null }),
    );
    await useMessages.getState().edit('peer-1', m.uuid, 'after');
    expect(fake.current.commands['messages.edit']).toHaveBeenCalledWith({
      peerUid: 'peer-1',
      uuid: m.uuid,
      text: 'after',
    });
    expect(fake.current.commands['messages.list']).toHaveBeenLastCalledWith({
      peerUid: 'peer-1',
      limit: 1,
      before: { createdAt: m.cursor.createdAt, id: m.cursor.id + 1 },
    });
    expect(useMessages.getState().threads['peer-1']?.messages[0]?.text).toBe('after');
    // Deleted for me: the row leaves the thread.
    fake.current.handle('messages.delete', () => Promise.resolve(null));
    fake.current.handle('messages.list', () => Promise.resolve({ messages: [], nextCursor: null }));
    await useMessages.getState().remove('peer-1', m.uuid, false);
    expect(useMessages.getState().threads['peer-1']?.messages).toEqual([]);
  });
});
