/**
 * The message box: Enter sends, Shift+Enter starts a new line, Escape drops the reply. The
 * text is cleared only once the engine has accepted it; on an error it stays for another try.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageView } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { ErrorText } from '../../ui/ErrorText';

export interface ComposerProps {
  readonly peerUid: string;
  readonly peerName: string;
  readonly replyTo: MessageView | null;
  readonly onCancelReply: () => void;
  readonly onSend: (text: string, replyTo: string | undefined) => Promise<void>;
  readonly disabled?: boolean;
}

const MAX_CHARS = 64 * 1024;

/** Unsent text per conversation, kept while the app runs (switching chats loses nothing). */
const drafts = new Map<string, string>();

/** Forget every draft (on lock). */
export function clearDrafts(): void {
  drafts.clear();
}

export function Composer(props: ComposerProps) {
  const { peerUid, peerName, replyTo, onCancelReply, onSend, disabled } = props;
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setTextState] = useState(() => drafts.get(peerUid) ?? '');
  const setText = (next: string | ((current: string) => string)): void => {
    setTextState((current) => {
      const value = typeof next === 'function' ? next(current) : next;
      if (value === '') drafts.delete(peerUid);
      else drafts.set(peerUid, value);
      return value;
    });
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // The focus comes here when a conversation opens (this composer is keyed by it: a keyboard
  // user should not have to tab past every message's Reply button), when a message is chosen
  // to reply to, and when the reply is dropped (its Cancel button is gone).
  useEffect(() => {
    box.current?.focus();
  }, [replyTo]);

  const send = (): void => {
    const value = text.trim();
    if (value === '' || busy || disabled) return;
    setBusy(true);
    setError(null);
    onSend(value, replyTo?.uuid).then(
      () => {
        setBusy(false);
        setText((current) => (current.trim() === value ? '' : current));
        onCancelReply();
        box.current?.focus();
      },
      (err: unknown) => {
        setBusy(false);
        setError(errorText(err));
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      send();
    } else if (e.key === 'Escape' && replyTo) {
      e.preventDefault();
      onCancelReply();
    }
  };

  return (
    <form
      className="composer"
      aria-label="Write a message"
      onSubmit={(e) => {
        e.preventDefault();
        send();
      }}
    >
      {replyTo && (
        <div className="replying" data-testid="replying-to">
          <span>
            Replying to: <q>{replyTo.text.slice(0, 120)}</q>
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Cancel reply"
            onClick={onCancelReply}
          >
            ✕
          </button>
        </div>
      )}
      <ErrorText error={error} testId="composer-error" />
      <div className="row">
        <label htmlFor={id} className="visually-hidden">
          Message to {peerName}
        </label>
        <textarea
          id={id}
          ref={box}
          rows={2}
          value={text}
          maxLength={MAX_CHARS}
          placeholder={
            disabled ? 'You can write once the contact is connected' : `Message ${peerName}`
          }
          disabled={disabled}
          data-testid="composer-input"
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
        />
        <button
          type="submit"
          className="primary"
          disabled={busy || disabled || text.trim() === ''}
          data-testid="send-button"
        >
          Send
        </button>
      </div>
    </form>
  );
}
