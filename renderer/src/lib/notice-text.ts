/** Words for the notices the engine writes into a conversation (MessageView.notice). */
import type { ExpiryTimerNotice, NoticeView, RelayExpiredNotice } from '@meow/contract';
import { expiryLabel } from './expiry-text';

/**
 * e.g. "3 messages from Bob expired on the relay before this device fetched them", or
 * "Bob set disappearing messages to 1 hour".
 */
export function noticeText(notice: NoticeView, name: string): string {
  if (notice.kind === 'key_changed') {
    const whose = name.trim() === '' ? "This contact's" : `${name}'s`;
    return `${whose} security keys changed. Compare your safety codes again to verify them`;
  }
  if (notice.kind === 'expiry_timer') return timerText(notice, name);
  return relayText(notice, name);
}

function relayText(notice: RelayExpiredNotice, name: string): string {
  const from = name.trim() === '' ? '' : ` from ${name}`;
  const tail = 'on the relay before this device fetched them';
  if (notice.expired === 0) return `Some messages${from} may have expired ${tail}`;
  const what = notice.expired === 1 ? '1 message' : `${notice.expired} messages`;
  return `${notice.unknown ? 'At least ' : ''}${what}${from} expired ${tail}`;
}

function timerText(notice: ExpiryTimerNotice, name: string): string {
  const who = notice.by === 'me' ? 'You' : name.trim() || 'Your contact';
  if (notice.seconds === 0) return `${who} turned disappearing messages off`;
  return `${who} set disappearing messages to ${expiryLabel(notice.seconds)}`;
}

/** The conversation list's one line for it. */
export function noticePreview(notice: NoticeView): string {
  if (notice.kind === 'key_changed') return 'Security keys changed';
  if (notice.kind === 'expiry_timer') {
    return notice.seconds === 0
      ? 'Disappearing messages off'
      : `Disappearing messages: ${expiryLabel(notice.seconds)}`;
  }
  return notice.expired === 0 ? 'Some messages may have expired' : 'Messages expired on the relay';
}
