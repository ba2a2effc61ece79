// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { noticeText } from '../../lib/notice-text';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { DisappearingPicker } from './DisappearingPicker';
import { MessageBubble } from './MessageBubble';

const api = useFakeApi();
const noop = (): void => undefined;
const retryOk = (): Promise<void> => Promise.resolve();

describe('disappearing messages in the conversation', () => {
  it('shows the current timer in a labelled select and sets a new one', async () => {
    const bob = peer({ name: 'Bob', expiry: { seconds: 3_600, by: 'contact' } });
    api.current.handle('peers.setExpiry', (a) =>
      Promise.resolve({ ...bob, expiry: { seconds: a.seconds, by: 'me' } }),
    );
    api.current.handle('peers.list', () => Promise.resolve([bob]));
    render(<DisappearingPicker peer={bob} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Disappearing messages');
    expect(select.value).toBe('3600');
    expect(Array.from(select.options, (o) => o.textContent)).toEqual([
      'Off',
      '5 minutes',
      '1 hour',
      '1 day',
      '1 week',
    ]);
    fireEvent.change(select, { target: { value: '300' } });
    await waitFor(() => {
      expect(api.current.commands['peers.setExpiry']).toHaveBeenCalledWith({
        peerUid: bob.uid,
        seconds: 300,
      });
    });
  });

  it('says who changed the timer, as a notice line', () => {
    expect(noticeText({ kind: 'expiry_timer', seconds: 3_600, by: 'contact' }, 'Bob')).toBe(
      'Bob set disappearing messages to 1 hour',
    );
    expect(noticeText({ kind: 'expiry_timer', seconds: 0, by: 'me' }, 'Bob')).toBe(
      'You turned disappearing messages off',
    );
  });

  it('marks a disappearing message with the time it has left', () => {
    const m = message({ expiresAt: Date.now() + 5 * 60_000 });
    render(
      <MessageBubble message={m} deviceName="" peerName="Bob" onReply={noop} onRetry={retryOk} />,
    );
    expect(screen.getByTestId('expiry-mark').textContent).toContain('5 min');
  });
});
