/** A line the app wrote into the conversation (not a message from anyone): centred, muted. */
import type { MessageView, NoticeView } from '@meow/contract';
import { noticeText } from '../../lib/notice-text';
import { timeLabel } from '../../lib/thread';

export function NoticeLine({
  message,
  notice,
  peerName,
}: {
  message: MessageView;
  notice: NoticeView;
  peerName: string;
}) {
  return (
    <div
      className="notice-line"
      role="note"
      data-testid="notice"
      data-uuid={message.uuid}
      data-kind={notice.kind}
    >
      <span>
        {noticeText(notice, peerName)}
        <time dateTime={new Date(message.createdAt).toISOString()}>
          {' · '}
          {timeLabel(message.createdAt)}
        </time>
      </span>
    </div>
  );
}
