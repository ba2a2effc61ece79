/**
 * Editing one of our texts in place: Enter saves, Shift+Enter starts a new line, Escape
 * cancels. The box keeps the text on an error, which is shown as a sentence.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { errorText } from '../../lib/error-text';
import { ErrorText } from '../../ui/ErrorText';

export interface InlineEditorProps {
  readonly initial: string;
  readonly onSave: (text: string) => Promise<void>;
  readonly onCancel: () => void;
}

export function InlineEditor({ initial, onSave, onCancel }: InlineEditorProps) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    box.current?.focus();
  }, []);

  const save = (): void => {
    const value = text.trim();
    if (value === '' || busy) return;
    if (value === initial.trim()) {
      onCancel();
      return;
    }
    setBusy(true);
    setError(null);
    onSave(value).then(
      () => {
        setBusy(false);
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
      save();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form
      className="inline-editor"
      aria-label="Edit message"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Edited text
      </label>
      <textarea
        id={id}
        ref={box}
        rows={2}
        value={text}
        maxLength={64 * 1024}
        data-testid="edit-input"
        onChange={(e) => {
          setText(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
      />
      <ErrorText error={error} testId="edit-error" />
      <div className="row">
        <button type="button" onClick={onCancel} data-testid="edit-cancel">
          Cancel
        </button>
        <button
          type="submit"
          className="primary"
          disabled={busy || text.trim() === ''}
          data-testid="edit-save"
        >
          Save
        </button>
      </div>
    </form>
  );
}
