/** Words for the notices the engine writes into a conversation (MessageView.notice). */
import type { NoticeView } from '@meow/contract';

/** e.g. "3 messages from Bob expired on the relay before this device fetched them". */
export function noticeText(notice: NoticeView, name: string): string {
  if (notice.kind === 'key_changed') {
    const whose = name.trim() === '' ? "This contact's" : `${name}'s`;
    return `${whose} security keys changed. Compare your safety codes again to verify them`;
  }
  const from = name.trim() === '' ? '' : ` from ${name}`;
  const tail = 'on the relay before this device fetched them';
  if (notice.expired === 0) return `Some messages${from} may have expired ${tail}`;
  const what = notice.expired === 1 ? '1 message' : `${notice.expired} messages`;
  return `${notice.unknown ? 'At least ' : ''}${what}${from} expired ${tail}`;
}

/** The conversation list's one line for it. */
export function noticePreview(notice: NoticeView): string {
  if (notice.kind === 'key_changed') return 'Security keys changed';
  return notice.expired === 0 ? 'Some messages may have expired' : 'Messages expired on the relay';
}
