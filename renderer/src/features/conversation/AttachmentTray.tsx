/**
 * The composer's files: the paperclip (a hidden multiple-file input), and the tray above the
 * text box — pictures as small thumbnails, other files as name and size, each removable, × to
 * drop them all — with the sentence for any file that was refused (too large, more than 32).
 */
import { useRef } from 'react';
import { humanSize } from '../../lib/attachments';
import { useTray, type TrayItem } from '../../state/tray';
import { FileIcon, PaperclipIcon } from '../../ui/icons';

export interface AttachButtonProps {
  readonly peerUid: string;
  readonly disabled: boolean;
  /** Files were chosen (the caption box takes the focus). */
  readonly onAdded: () => void;
}

export function AttachButton({ peerUid, disabled, onAdded }: AttachButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="icon-button attach-button"
        aria-label="Attach files"
        title="Attach files"
        disabled={disabled}
        data-testid="attach-button"
        onClick={() => input.current?.click()}
      >
        <PaperclipIcon />
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        tabIndex={-1}
        data-testid="attach-input"
        onChange={(e) => {
          const files = Array.from(e.currentTarget.files ?? []);
          // Cleared, so choosing the same file again fires a change.
          e.currentTarget.value = '';
          if (files.length === 0) return;
          useTray.getState().add(peerUid, files);
          onAdded();
        }}
      />
    </>
  );
}

function TrayEntry({ item, onRemove }: { item: TrayItem; onRemove: () => void }) {
  const name = item.file.name || 'Pasted file';
  return (
    <li
      className={`tray-item${item.previewUrl ? ' tray-photo' : ''}`}
      data-testid="attachment-tray-item"
    >
      {item.previewUrl ? (
        <img src={item.previewUrl} alt={name} title={name} />
      ) : (
        <>
          <FileIcon />
          <span className="tray-file">
            <span className="tray-name" title={name}>
              {name}
            </span>
            <span className="muted">{humanSize(item.file.size)}</span>
          </span>
        </>
      )}
      <button
        type="button"
        className="tray-remove"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

const NO_ITEMS: readonly TrayItem[] = [];

export function AttachmentTray({ peerUid }: { peerUid: string }) {
  const items = useTray((s) => s.trays[peerUid] ?? NO_ITEMS);
  const refusal = useTray((s) => s.refusals[peerUid] ?? null);
  if (items.length === 0 && !refusal) return null;
  const tray = useTray.getState();
  const size = items.reduce((sum, i) => sum + i.file.size, 0);
  return (
    <div className="attachment-tray" data-testid="attachment-tray">
      {items.length > 0 && (
        <div className="tray-head">
          <span className="muted small">
            {items.length === 1 ? '1 file' : `${items.length} files`}, {humanSize(size)}
          </span>
          <button
            type="button"
            className="icon-button"
            aria-label="Remove all files"
            title="Remove all files (Escape)"
            data-testid="attachment-tray-clear"
            onClick={() => {
              tray.clear(peerUid);
            }}
          >
            ×
          </button>
        </div>
      )}
      {items.length > 0 && (
        <ul className="tray-items" aria-label="Files to send">
          {items.map((item) => (
            <TrayEntry
              key={item.id}
              item={item}
              onRemove={() => {
                tray.remove(peerUid, [item.id]);
              }}
            />
          ))}
        </ul>
      )}
      {refusal && (
        <p className="error-text small" role="alert" data-testid="attachment-refused">
          {refusal}
        </p>
      )}
    </div>
  );
}
