// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AttachmentView, MessageView } from '@meow/contract';
import { attachmentView, message, useFakeApi } from '../../test/fake-api';
import { MessageBubble } from './MessageBubble';

const fake = useFakeApi();
const noop = (): void => undefined;

/** The bubble of `m`; `update` shows it again as the next attachment.updated left it. */
function show(m: MessageView, onRetry = (): Promise<void> => Promise.resolve()) {
  const bubble = (v: MessageView) => (
    <MessageBubble message={v} deviceName="" peerName="Bob" onReply={noop} onRetry={onRetry} />
  );
  const view = render(bubble(m));
  return {
    update(a: AttachmentView, over: Partial<MessageView> = {}): void {
      view.rerender(bubble({ ...m, ...over, attachments: [a] }));
    },
  };
}

const sending = (a: AttachmentView) =>
  message({ outbound: true, state: 'pending', text: '', attachments: [a] });
const received = (a: AttachmentView) =>
  message({ outbound: false, state: 'received', text: '', attachments: [a] });

describe('cancelling a transfer from its bubble', () => {
  it('cancels an upload: the file and the message say so, and Retry sends it again', async () => {
    fake.current.handle('attachments.cancel', () => Promise.resolve(null));
    const onRetry = vi.fn(() => Promise.resolve());
    const a = attachmentView({ state: 'uploading', doneChunks: 1, chunkCount: 4 });
    const bubble = show(sending(a), onRetry);
    const cancel = screen.getByRole('button', { name: 'Cancel upload' });
    expect(cancel.dataset.testid).toBe('attachment-cancel');
    expect(cancel.textContent).toBe('Cancel');
    fireEvent.click(cancel);
    await waitFor(() => {
      expect(fake.current.commands['attachments.cancel']).toHaveBeenCalledWith({
        localId: a.localId,
      });
    });
    // Until the engine's event: "Cancelling…", not pressed twice.
    const busy = screen.getByTestId('attachment-cancel');
    expect(busy.textContent).toBe('Cancelling…');
    expect((busy as HTMLButtonElement).disabled).toBe(true);

    bubble.update(
      { ...a, state: 'failed', error: 'ATTACHMENT_CANCELLED' },
      { state: 'failed', failureReason: 'ATTACHMENT_CANCELLED' },
    );
    expect(screen.queryByTestId('attachment-progress')).toBeNull();
    expect(screen.queryByTestId('attachment-cancel')).toBeNull();
    // Said once, beside Retry.
    expect(screen.queryByTestId('attachment-error')).toBeNull();
    expect(screen.getByTestId('failure-reason').textContent).toBe(
      'Not sent. You cancelled sending this file.',
    );
    expect(screen.queryByTestId('attachment-download')).toBeNull();
    fireEvent.click(screen.getByTestId('retry-button'));
    await waitFor(() => {
      expect(onRetry).toHaveBeenCalledTimes(1);
    });
  });

  it('offers Cancel while a file is still being prepared (sealed) for sending', () => {
    show(sending(attachmentView({ state: 'encrypting', doneChunks: 2, chunkCount: 10 })));
    expect(screen.getByText('Preparing… 20%')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel upload' })).toBeTruthy();
  });

  it('cancels a download: Download comes back, to go on from where it stopped', async () => {
    fake.current.handle('attachments.cancel', () => Promise.resolve(null));
    fake.current.handle('attachments.download', () => Promise.resolve(null));
    const a = attachmentView({ state: 'queued', doneChunks: 3, chunkCount: 12 });
    const bubble = show(received(a));
    expect(screen.getByText('Downloading… 25%')).toBeTruthy();
    expect(screen.queryByTestId('attachment-download')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel download' }));
    await waitFor(() => {
      expect(fake.current.commands['attachments.cancel']).toHaveBeenCalledWith({
        localId: a.localId,
      });
    });

    bubble.update({ ...a, state: 'on_request' });
    expect(screen.queryByTestId('attachment-progress')).toBeNull();
    expect(screen.queryByTestId('attachment-cancel')).toBeNull();
    expect(screen.queryByTestId('attachment-error')).toBeNull();
    fireEvent.click(screen.getByTestId('attachment-download'));
    await waitFor(() => {
      expect(fake.current.commands['attachments.download']).toHaveBeenCalledWith({
        localId: a.localId,
      });
    });
  });

  it('names a download by its state: a file sent from another of my devices downloads here', () => {
    const a = attachmentView({ state: 'queued', doneChunks: 1, chunkCount: 4 });
    show(message({ outbound: true, state: 'sent', text: '', attachments: [a] }));
    expect(screen.getByRole('button', { name: 'Cancel download' })).toBeTruthy();
  });

  it('says why in words when the cancel fails, and can be pressed again', async () => {
    fake.current.fail('attachments.cancel', 'STORAGE_LOCKED');
    show(received(attachmentView({ state: 'queued', doneChunks: 1, chunkCount: 4 })));
    fireEvent.click(screen.getByTestId('attachment-cancel'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Meow is locked. Unlock it and try again.',
    );
    const again = screen.getByRole('button', { name: 'Cancel download' });
    expect((again as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers no Cancel once nothing moves', () => {
    show(received(attachmentView({ state: 'ready' })));
    expect(screen.queryByTestId('attachment-cancel')).toBeNull();
  });
});
