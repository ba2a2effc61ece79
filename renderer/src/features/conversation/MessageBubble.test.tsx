// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MessageStateView } from '@meow/contract';
import { useMessages } from '../../state/messages';
import { message, useFakeApi } from '../../test/fake-api';
import { MeowError } from '../../transport/errors';
import { MessageBubble } from './MessageBubble';

const fake = useFakeApi();
const noop = (): void => undefined;
const retryOk = (): Promise<void> => Promise.resolve();

function renderBubble(state: MessageStateView, over: Parameters<typeof message>[0] = {}) {
  const m = message({ state, outbound: state !== 'received', ...over });
  const { container } = render(
    <MessageBubble message={m} deviceName="Laptop" onReply={noop} onRetry={retryOk} />,
  );
  const bubble = container.querySelector<HTMLElement>('[data-testid="message"]');
  if (!bubble) throw new Error('no bubble');
  return { m, bubble };
}

describe('MessageBubble statuses', () => {
  it.each([
    ['pending', 'Waiting to be sent'],
    ['sent', 'Sent'],
    ['delivered', 'Delivered'],
    ['read', 'Read'],
  ] as const)('shows %s with its label', (state, label) => {
    const { bubble } = renderBubble(state);
    expect(bubble.dataset.state).toBe(state);
    const badge = within(bubble).getByTestId('message-status');
    expect(badge.dataset.state).toBe(state);
    expect(badge.getAttribute('aria-label')).toBe(label);
    expect(badge.getAttribute('title')).toBe(label);
    expect(within(bubble).queryByTestId('retry-button')).toBeNull();
  });

  it('explains pending_forward: waiting for the named other device', () => {
    const { bubble } = renderBubble('pending_forward');
    const badge = within(bubble).getByTestId('message-status');
    const explanation = 'Waiting for your other device Laptop to send it';
    expect(badge.dataset.state).toBe('pending_forward');
    expect(badge.getAttribute('aria-label')).toBe(explanation);
    expect(badge.getAttribute('title')).toBe(explanation);
    expect(within(bubble).getByTestId('pending-forward-note').textContent).toBe(explanation);
    // A distinct icon from pending (clock).
    const forwardIcon = badge.innerHTML;
    renderBubble('pending');
    const pending = screen.getAllByTestId('message-status')[1];
    expect(pending?.innerHTML).not.toBe(forwardIcon);
  });

  it('shows no status on inbound messages', () => {
    const { bubble } = renderBubble('received');
    expect(bubble.dataset.outbound).toBe('false');
    expect(within(bubble).queryByTestId('message-status')).toBeNull();
  });

  it('shows a failed message with its reason and a Retry button', async () => {
    const m = message({ state: 'failed', failureReason: 'RELAY_UNAVAILABLE' });
    const onRetry = vi.fn(() => Promise.resolve());
    render(<MessageBubble message={m} deviceName="" onReply={noop} onRetry={onRetry} />);
    expect(screen.getByTestId('message').dataset.state).toBe('failed');
    expect(screen.getByTestId('message-status').getAttribute('aria-label')).toBe('Not sent');
    expect(screen.getByTestId('failure-reason').textContent).toMatch(/Cannot reach the server/);
    fireEvent.click(screen.getByTestId('retry-button'));
    await waitFor(() => {
      expect(onRetry).toHaveBeenCalledWith(m);
    });
  });

  it('offers no Retry for a file the window no longer holds: only attaching it again helps', () => {
    const { bubble } = renderBubble('failed', { failureReason: 'ATTACHMENT_SOURCE_GONE' });
    expect(within(bubble).getByTestId('failure-reason').textContent).toBe(
      'Not sent. Meow no longer has this file. Attach it again to send it.',
    );
    expect(within(bubble).queryByTestId('retry-button')).toBeNull();
  });

  it('keeps the failed message and says why when Retry itself fails', async () => {
    const m = message({ state: 'failed', failureReason: null });
    const onRetry = vi.fn(() => Promise.reject(new MeowError('STORAGE_LOCKED', 'locked')));
    render(<MessageBubble message={m} deviceName="" onReply={noop} onRetry={onRetry} />);
    expect(screen.getByTestId('failure-reason').textContent).toBe(
      'Not sent. Retry; if it fails again, check your connection.',
    );
    fireEvent.click(screen.getByTestId('retry-button'));
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Meow is locked. Unlock it and try again.',
    );
    expect(screen.getByTestId('retry-button')).toHaveProperty('disabled', false);
  });

  it('Retry through the store calls messages.retry and reloads the conversation', async () => {
    const failed = message({ state: 'failed', failureReason: 'RELAY_REJECTED' });
    fake.current.handle('messages.retry', () => Promise.resolve(null));
    fake.current.handle('messages.list', () =>
      Promise.resolve({ messages: [{ ...failed, state: 'pending' }], nextCursor: null }),
    );
    await useMessages.getState().retry('peer-1', failed.uuid);
    expect(fake.current.commands['messages.retry']).toHaveBeenCalledWith({
      peerUid: 'peer-1',
      uuid: failed.uuid,
    });
    expect(useMessages.getState().threads['peer-1']?.messages[0]?.state).toBe('pending');
  });

  it('quotes the message it replies to and offers Reply', () => {
    const original = message({ text: 'the original' });
    const reply = message({ replyTo: original.uuid, outbound: false, state: 'received' });
    const onReply = vi.fn();
    render(
      <MessageBubble
        message={reply}
        replied={original}
        deviceName=""
        onReply={onReply}
        onRetry={retryOk}
      />,
    );
    expect(screen.getByTestId('reply-quote').textContent).toBe('the original');
    fireEvent.click(screen.getByRole('button', { name: 'Reply to this message' }));
    expect(onReply).toHaveBeenCalledWith(reply);
  });
});
