/**
 * The message box: Enter sends, Shift+Enter starts a new line, Escape drops the chosen files,
 * then the reply. Files come from the paperclip, a paste or a drop onto the conversation
 * (Conversation.tsx) into the tray above the box; with files, the text is their caption and
 * all of it goes as one message. The text and the files are cleared only once the engine has
 * accepted the message; on an error they stay for another try.
 */
import { useEffect, useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { MessageView } from '@meow/contract';
import { gistOf } from '../../lib/attachments';
import { errorText } from '../../lib/error-text';
import { useTray, type TrayItem } from '../../state/tray';
import { ErrorText } from '../../ui/ErrorText';
import { AttachButton, AttachmentTray } from './AttachmentTray';

export interface ComposerProps {
  readonly peerUid: string;
  readonly peerName: string;
  readonly replyTo: MessageView | null;
  readonly onCancelReply: () => void;
  readonly onSend: (text: string, replyTo: string | undefined) => Promise<void>;
  /** One message with these files; `caption` may be ''. */
  readonly onSendFiles: (
    files: readonly File[],
    caption: string,
    replyTo: string | undefined,
  ) => Promise<void>;
  readonly disabled?: boolean;
}

const NO_FILES: readonly TrayItem[] = [];

const MAX_CHARS = 64 * 1024;

/** Unsent text per conversation, kept while the app runs (switching chats loses nothing). */
const drafts = new Map<string, string>();

/** Forget every draft (on lock). */
export function clearDrafts(): void {
  drafts.clear();
}

function placeholder(peerName: string, disabled: boolean, withFiles: boolean): string {
  if (disabled) return 'You can write once the contact is connected';
  return withFiles ? 'Add a caption' : `Message ${peerName}`;
}

export function Composer(props: ComposerProps) {
  const { peerUid, peerName, replyTo, onCancelReply, onSend, onSendFiles, disabled } = props;
  const files = useTray((s) => s.trays[peerUid] ?? NO_FILES);
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

  const empty = text.trim() === '' && files.length === 0;
  const send = (): void => {
    const value = text.trim();
    if (empty || busy || disabled) return;
    setBusy(true);
    setError(null);
    const sending = files;
    const sent =
      sending.length > 0
        ? onSendFiles(
            sending.map((i) => i.file),
            value,
            replyTo?.uuid,
          )
        : onSend(value, replyTo?.uuid);
    sent.then(
      () => {
        setBusy(false);
        // The draft too, should this chat have been left meanwhile (photos take a moment).
        if (drafts.get(peerUid)?.trim() === value) drafts.delete(peerUid);
        setText((current) => (current.trim() === value ? '' : current));
        // Only what was sent: files added meanwhile stay for the next message.
        useTray.getState().remove(
          peerUid,
          sending.map((i) => i.id),
        );
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
    } else if (e.key === 'Escape' && files.length > 0) {
      e.preventDefault();
      useTray.getState().clear(peerUid);
    } else if (e.key === 'Escape' && replyTo) {
      e.preventDefault();
      onCancelReply();
    }
  };

  /** Files on the clipboard (a copied picture or files) go to the tray, not into the text. */
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>): void => {
    const pasted = Array.from(e.clipboardData.files);
    if (pasted.length === 0 || disabled) return;
    e.preventDefault();
    useTray.getState().add(peerUid, pasted);
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
            Replying to: <q>{gistOf(replyTo).slice(0, 120)}</q>
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
      <AttachmentTray peerUid={peerUid} />
      <ErrorText error={error} testId="composer-error" />
      <div className="row composer-row">
        <AttachButton
          peerUid={peerUid}
          disabled={disabled === true}
          onAdded={() => box.current?.focus()}
        />
        <label htmlFor={id} className="visually-hidden">
          Message to {peerName}
        </label>
        <textarea
          id={id}
          ref={box}
          rows={2}
          value={text}
          maxLength={MAX_CHARS}
          placeholder={placeholder(peerName, disabled === true, files.length > 0)}
          disabled={disabled}
          data-testid="composer-input"
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
        />
        <button
          type="submit"
          className="primary"
          disabled={busy || disabled || empty}
          aria-busy={busy}
          data-testid="send-button"
        >
          {busy && files.length > 0 ? 'Sending…' : 'Send'}
        </button>
      </div>
    </form>
  );
}
