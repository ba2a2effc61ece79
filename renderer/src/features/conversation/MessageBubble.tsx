/**
 * One message: quoted reply, text, time, status; a failed one explains why and offers Retry.
 * A notice (written by the app, e.g. messages expired on the relay) is a centred line instead.
 */
import { memo, useState } from 'react';
import type { MessageView } from '@meow/contract';
import { errorText, failureText } from '../../lib/error-text';
import { timeLabel } from '../../lib/thread';
import { timeLeft } from '../../lib/expiry-text';
import { NoticeLine } from './NoticeLine';
import { StatusBadge } from './StatusBadge';

export interface MessageBubbleProps {
  readonly message: MessageView;
  /** The message this one replies to, when it is loaded. */
  readonly replied?: MessageView | undefined;
  /** Name of the device that sends for this contact (pending_forward). */
  readonly deviceName: string;
  /** The contact's name, for notices ("3 messages from Bob …"). */
  readonly peerName?: string;
  readonly onReply: (message: MessageView) => void;
  readonly onRetry: (message: MessageView) => Promise<void>;
}

function FailedNote({ message, onRetry }: Pick<MessageBubbleProps, 'message' | 'onRetry'>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const retry = (): void => {
    setBusy(true);
    setError(null);
    onRetry(message).then(
      () => {
        setBusy(false);
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };
  return (
    <div className="failure" data-testid="message-failure">
      <span data-testid="failure-reason">{failureText(message.failureReason)}</span>
      <button type="button" onClick={retry} disabled={busy} data-testid="retry-button">
        {busy ? 'Retrying…' : 'Retry'}
      </button>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A disappearing message: a small timer mark, its remaining time in words for everyone. */
function ExpiryMark({ expiresAt }: { expiresAt: number }) {
  const left = timeLeft(expiresAt, Date.now());
  return (
    <span className="expiry-mark" data-testid="expiry-mark" title={`Disappears in ${left}`}>
      <span aria-hidden="true">⏱</span> {left}
    </span>
  );
}

export const MessageBubble = memo(function MessageBubble({
  message,
  replied,
  deviceName,
  peerName = '',
  onReply,
  onRetry,
}: MessageBubbleProps) {
  if (message.notice)
    return <NoticeLine message={message} notice={message.notice} peerName={peerName} />;
  const side = message.outbound ? 'out' : 'in';
  return (
    <div
      className={`bubble-row ${side}`}
      data-testid="message"
      data-state={message.state}
      data-uuid={message.uuid}
      data-outbound={message.outbound ? 'true' : 'false'}
    >
      <div className="bubble">
        {message.replyTo !== '' && (
          <blockquote className="reply-quote" data-testid="reply-quote">
            {replied ? replied.text : 'Reply to an earlier message'}
          </blockquote>
        )}
        <p className="bubble-text">{message.text}</p>
        <div className="bubble-meta">
          <time dateTime={new Date(message.createdAt).toISOString()}>
            {timeLabel(message.createdAt)}
          </time>
          {message.expiresAt !== null && <ExpiryMark expiresAt={message.expiresAt} />}
          {message.outbound && <StatusBadge state={message.state} deviceName={deviceName} />}
        </div>
        {message.state === 'pending_forward' && (
          <p className="forward-note" data-testid="pending-forward-note">
            Waiting for your other device {deviceName} to send it
          </p>
        )}
        {message.state === 'failed' && <FailedNote message={message} onRetry={onRetry} />}
      </div>
      <button
        type="button"
        className="icon-button reply-button"
        aria-label="Reply to this message"
        title="Reply"
        onClick={() => {
          onReply(message);
        }}
      >
        ↩
      </button>
    </div>
  );
});
