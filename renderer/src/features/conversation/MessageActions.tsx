/**
 * A message's actions (Edit, Delete for me, Delete for everyone) behind one "Message actions"
 * button: a menu of plain buttons, reachable by Tab, closed with Escape (focus goes back to
 * the button). Edit and Delete for everyone are offered on our own texts only, and Delete for
 * everyone only within the 24 hours the engine allows (PROTOCOL.md §9 "Edit and delete").
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { MessageView } from '@meow/contract';

/** The engine refuses a delete for everyone after this (DELETE_WINDOW_MS). */
export const DELETE_WINDOW_MS = 24 * 3_600_000;

export interface MessageActionsProps {
  readonly message: MessageView;
  readonly onEdit: () => void;
  readonly onDelete: (forEveryone: boolean) => void;
  readonly now?: () => number;
}

export function canEdit(m: MessageView): boolean {
  return m.outbound && !m.deleted && m.notice === null;
}

export function canDeleteForEveryone(m: MessageView, now: number): boolean {
  return canEdit(m) && now - m.createdAt <= DELETE_WINDOW_MS;
}

export function MessageActions({ message, onEdit, onDelete, now = Date.now }: MessageActionsProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (open) menu.current?.querySelector('button')?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    toggle.current?.focus();
  };
  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="message-actions" onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="icon-button actions-button"
        aria-label="Message actions"
        title="Message actions"
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        data-testid="message-actions"
        onClick={() => {
          setOpen((o) => !o);
        }}
      >
        ⋯
      </button>
      {open && (
        <div ref={menu} id={id} className="actions-menu" role="group" aria-label="Message actions">
          {canEdit(message) && (
            <button type="button" onClick={pick(onEdit)} data-testid="action-edit">
              Edit
            </button>
          )}
          <button
            type="button"
            onClick={pick(() => {
              onDelete(false);
            })}
            data-testid="action-delete-me"
          >
            Delete for me
          </button>
          {canDeleteForEveryone(message, now()) && (
            <button
              type="button"
              className="danger"
              onClick={pick(() => {
                onDelete(true);
              })}
              data-testid="action-delete-everyone"
            >
              Delete for everyone
            </button>
          )}
        </div>
      )}
    </div>
  );
}
