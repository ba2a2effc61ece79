/**
 * One message: quoted reply, photos and files (Attachments.tsx), text (their caption), time,
 * status; a failed one explains why and offers Retry.
 * An edited one says "edited"; a deleted one is a placeholder ("This message was deleted").
 * Its actions (Edit, Delete for me, Delete for everyone: MessageActions.tsx) sit beside it,
 * and Edit turns the text into a box in place (InlineEditor.tsx).
 * A notice (written by the app, e.g. messages expired on the relay) is a centred line instead.
 */
import { memo, useState } from 'react';
import type { MessageView } from '@meow/contract';
import { gistOf } from '../../lib/attachments';
import { errorText, failureText } from '../../lib/error-text';
import { timeLabel } from '../../lib/thread';
import { MessageAttachments } from './Attachments';
import { InlineEditor } from './InlineEditor';
import { MessageActions } from './MessageActions';
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
  /** Edit and delete; without them the bubble offers no such actions. */
  readonly onEdit?: (message: MessageView, text: string) => Promise<void>;
  readonly onDelete?: (message: MessageView, forEveryone: boolean) => Promise<void>;
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
  // A file the window was handing over and no longer can: only attaching it again helps.
  const retryable = message.failureReason !== 'ATTACHMENT_SOURCE_GONE';
  return (
    <div className="failure" data-testid="message-failure">
      <span data-testid="failure-reason">{failureText(message.failureReason)}</span>
      {retryable && (
        <button type="button" onClick={retry} disabled={busy} data-testid="retry-button">
          {busy ? 'Retrying…' : 'Retry'}
        </button>
      )}
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** The text, the deleted placeholder, or the box editing the text in place. */
function BubbleText({
  message,
  editing,
  onEdit,
  onDone,
}: {
  message: MessageView;
  editing: boolean;
  onEdit: MessageBubbleProps['onEdit'];
  onDone: () => void;
}) {
  if (message.deleted) {
    return (
      <p className="bubble-text deleted-text" data-testid="message-deleted">
        This message was deleted
      </p>
    );
  }
  if (!editing || !onEdit) {
    // Photos or files without a caption: nothing below them but the time.
    if (message.text === '' && message.attachments.length > 0) return null;
    return <p className="bubble-text">{message.text}</p>;
  }
  return (
    <InlineEditor
      initial={message.text}
      onSave={async (text) => {
        await onEdit(message, text);
        onDone();
      }}
      onCancel={onDone}
    />
  );
}

/** Above the text: the message it replies to, then its photos and files. */
function BubbleTop({
  message,
  replied,
  peerName,
}: {
  message: MessageView;
  replied: MessageView | undefined;
  peerName: string;
}) {
  if (message.deleted) return null;
  return (
    <>
      {message.replyTo !== '' && (
        <blockquote className="reply-quote" data-testid="reply-quote">
          {replied ? gistOf(replied) : 'Reply to an earlier message'}
        </blockquote>
      )}
      {message.attachments.length > 0 && (
        <MessageAttachments message={message} peerName={peerName} />
      )}
    </>
  );
}

/** Time, "edited", and for our own messages the status. */
function BubbleMeta({ message, deviceName }: { message: MessageView; deviceName: string }) {
  return (
    <div className="bubble-meta">
      <time dateTime={new Date(message.createdAt).toISOString()}>
        {timeLabel(message.createdAt)}
      </time>
      {message.editedAt !== null && !message.deleted && (
        <span
          className="edited-mark"
          data-testid="edited-mark"
          title={`Edited ${new Date(message.editedAt).toLocaleString()}`}
        >
          edited
        </span>
      )}
      {message.expiresAt !== null && <ExpiryMark expiresAt={message.expiresAt} />}
      {message.outbound && <StatusBadge state={message.state} deviceName={deviceName} />}
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
  onEdit,
  onDelete,
}: MessageBubbleProps) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (message.notice)
    return <NoticeLine message={message} notice={message.notice} peerName={peerName} />;
  const side = message.outbound ? 'out' : 'in';
  const remove = (forEveryone: boolean): void => {
    setError(null);
    onDelete?.(message, forEveryone).catch((err: unknown) => {
      setError(errorText(err));
    });
  };
  return (
    <div
      className={`bubble-row ${side}`}
      data-testid="message"
      data-state={message.state}
      data-uuid={message.uuid}
      data-outbound={message.outbound ? 'true' : 'false'}
      data-deleted={message.deleted ? 'true' : 'false'}
    >
      <div className="bubble">
        <BubbleTop message={message} replied={replied} peerName={peerName} />
        <BubbleText
          message={message}
          editing={editing}
          onEdit={onEdit}
          onDone={() => {
            setEditing(false);
          }}
        />
        <BubbleMeta message={message} deviceName={deviceName} />
        {message.state === 'pending_forward' && (
          <p className="forward-note" data-testid="pending-forward-note">
            Waiting for your other device {deviceName} to send it
          </p>
        )}
        {message.state === 'failed' && !message.deleted && (
          <FailedNote message={message} onRetry={onRetry} />
        )}
        {error && (
          <span className="error-text" role="alert" data-testid="action-error">
            {error}
          </span>
        )}
      </div>
      {onDelete && (
        <MessageActions
          message={message}
          onEdit={() => {
            setEditing(true);
          }}
          onDelete={remove}
        />
      )}
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
