/**
 * An inline confirmation for an action that cannot be undone: the question, what it does, and
 * two buttons. Focus starts on "Cancel" (the safe choice); Escape cancels.
 */
import { useEffect, useId, useRef } from 'react';
import { ErrorText } from '../../ui/ErrorText';

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirmLabel: string;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const bodyId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="confirm-dialog"
      data-testid="confirm-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={titleId}>{title}</h3>
      <p id={bodyId}>{body}</p>
      <ErrorText error={error} />
      <div className="row">
        <button
          type="button"
          className="danger"
          disabled={busy}
          data-testid="confirm-yes"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} data-testid="confirm-no" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
