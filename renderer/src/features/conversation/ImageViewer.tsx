/**
 * A photo at full size over the app: a modal dialog with Save and Close. Escape, Close or a
 * click beside the picture closes it; focus starts on Close, stays inside while it is open
 * and goes back where it was.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

export interface ImageViewerProps {
  readonly url: string;
  /** Describes the picture ("Photo from Bob"). */
  readonly label: string;
  readonly onSave: () => void;
  readonly onClose: () => void;
}

export function ImageViewer({ url, label, onSave, onClose }: ImageViewerProps) {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    close.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab') return;
    // The two buttons are all there is to reach: Tab goes round them.
    const buttons = Array.from(dialog.current?.querySelectorAll('button') ?? []);
    const first = buttons[0];
    const last = buttons[buttons.length - 1];
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return createPortal(
    <div
      className="image-viewer-backdrop"
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        className="image-viewer"
        data-testid="image-viewer"
        onKeyDown={onKeyDown}
      >
        <div className="image-viewer-bar">
          <button type="button" data-testid="image-viewer-save" onClick={onSave}>
            Save
          </button>
          <button
            type="button"
            ref={close}
            className="icon-button"
            aria-label="Close"
            data-testid="image-viewer-close"
            onClick={onClose}
          >
            ✕
          </button>
        </div>
        <img src={url} alt={label} />
      </div>
    </div>,
    document.body,
  );
}
