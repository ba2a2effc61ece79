// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NoticeView } from '@meow/contract';
import { noticeText } from '../../lib/notice-text';
import { message, peer, useFakeApi } from '../../test/fake-api';
import { useLayoutSizes } from '../../test/layout';
import { ConversationList } from '../conversations/ConversationList';
import { useContacts } from '../../state/contacts';
import { MessageBubble } from './MessageBubble';

useFakeApi();
useLayoutSizes(); // the conversation list renders the rows in view
const noop = (): void => undefined;
const retryOk = (): Promise<void> => Promise.resolve();

function notice(expired: number, unknown = false): NoticeView {
  return { kind: 'relay_expired', expired, unknown };
}

function renderNotice(n: NoticeView) {
  const m = message({ outbound: false, state: 'read', text: 'fallback', notice: n });
  render(
    <MessageBubble message={m} deviceName="" peerName="Bob" onReply={noop} onRetry={retryOk} />,
  );
  return screen.getByTestId('notice');
}

describe('a notice in the conversation', () => {
  it('is a centred line naming the contact, not a bubble', () => {
    const line = renderNotice(notice(3));
    expect(line.getAttribute('role')).toBe('note');
    expect(line.className).toBe('notice-line');
    expect(line.textContent).toContain(
      '3 messages from Bob expired on the relay before this device fetched them',
    );
    expect(screen.queryByTestId('message')).toBeNull();
    expect(within(line).queryByRole('button')).toBeNull(); // no Reply, no Retry
    expect(screen.queryByTestId('message-status')).toBeNull();
  });

  it('words one message, an unknown count and a lower bound', () => {
    expect(noticeText(notice(1), 'Bob')).toBe(
      '1 message from Bob expired on the relay before this device fetched them',
    );
    expect(noticeText(notice(0, true), 'Bob')).toBe(
      'Some messages from Bob may have expired on the relay before this device fetched them',
    );
    expect(noticeText(notice(2, true), '')).toBe(
      'At least 2 messages expired on the relay before this device fetched them',
    );
  });

  it("says when the contact's keys changed", () => {
    const line = renderNotice({ kind: 'key_changed', expired: 0, unknown: false });
    expect(line.getAttribute('data-kind')).toBe('key_changed');
    expect(line.textContent).toContain(
      "Bob's security keys changed. Compare your safety codes again to verify them",
    );
  });

  it('previews as a notice in the conversation list, not as a message from the contact', () => {
    const last = message({ outbound: false, state: 'read', text: 'fallback', notice: notice(2) });
    useContacts.setState({ peers: [peer({ name: 'Bob', lastMessage: last })], loaded: true });
    render(<ConversationList />);
    const item = screen.getByTestId('conversation-item');
    expect(item.textContent).toContain('Messages expired on the relay');
    expect(item.textContent).not.toContain('fallback');
  });
});
