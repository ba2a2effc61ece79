/**
 * The contact's options in the conversation header: rename, block or unblock, verify, clear the
 * conversation, delete the contact — or, for an invitation nobody accepted yet, cancel it.
 * A disclosure (a button and the list of actions it shows), so Tab and Enter reach everything;
 * what cannot be undone asks first (ConfirmDialog).
 */
import { useRef, useState } from 'react';
import type { PeerView } from '@meow/contract';
import { useAction } from '../../lib/use-action';
import { contactActions } from '../../state/contact-actions';
import { ConfirmDialog } from './ConfirmDialog';
import { RenameContact } from './RenameContact';
import { SafetyCode } from './SafetyCode';

type Confirmable = 'block' | 'clear' | 'delete' | 'cancel';
type Panel = 'menu' | 'rename' | 'verify' | Confirmable | null;

interface Confirmation {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly run: () => Promise<unknown>;
}

function confirmation(kind: Confirmable, peer: PeerView): Confirmation {
  const name = peer.name || 'this contact';
  switch (kind) {
    case 'block':
      return {
        title: `Block ${name}?`,
        body: `Messages from ${name} will be dropped on all your devices, and ${name} gets no delivery or read receipts from you. You cannot send to ${name} until you unblock. ${name} is not told.`,
        confirmLabel: 'Block',
        run: () => contactActions.setBlocked(peer.uid, true),
      };
    case 'clear':
      return {
        title: `Delete the conversation with ${name}?`,
        body: `Every message in it is deleted on all your devices. ${name} stays in your contacts and keeps their copy.`,
        confirmLabel: 'Delete conversation',
        run: () => contactActions.clearConversation(peer.uid),
      };
    case 'delete':
      return {
        title: `Delete ${name}?`,
        body: `${name} and your conversation are deleted on all your devices, and nothing more from ${name} is received. To talk again, send a new invitation.`,
        confirmLabel: 'Delete contact',
        run: () => contactActions.deleteContact(peer.uid),
      };
    case 'cancel':
      return {
        title: `Cancel the invitation for ${name}?`,
        body: 'The invitation is removed on all your devices and its code stops working. Someone who accepts it later will not reach you.',
        confirmLabel: 'Cancel invitation',
        run: () => contactActions.cancelInvitation(peer.uid),
      };
  }
}

function MenuItems({ peer, open }: { peer: PeerView; open: (p: Panel) => void }) {
  const action = useAction();
  const pending = peer.step === 'offered';
  const item = (label: string, testId: string, onClick: () => void, danger = false) => (
    <li>
      <button
        type="button"
        className={danger ? 'danger' : undefined}
        data-testid={testId}
        disabled={action.busy}
        onClick={onClick}
      >
        {label}
      </button>
    </li>
  );
  return (
    <ul className="contact-menu-items" id={`contact-menu-${peer.uid}`}>
      {item('Rename', 'menu-rename', () => {
        open('rename');
      })}
      {pending &&
        item(
          'Cancel invitation',
          'menu-cancel-invitation',
          () => {
            open('cancel');
          },
          true,
        )}
      {!pending &&
        item(peer.verified ? 'Verified — safety code' : 'Verify safety code', 'menu-verify', () => {
          open('verify');
        })}
      {!pending &&
        (peer.blocked
          ? item('Unblock', 'menu-unblock', () => {
              void action.run(async () => {
                await contactActions.setBlocked(peer.uid, false);
                open(null);
              });
            })
          : item(
              'Block',
              'menu-block',
              () => {
                open('block');
              },
              true,
            ))}
      {!pending &&
        item(
          'Delete conversation',
          'menu-clear',
          () => {
            open('clear');
          },
          true,
        )}
      {!pending &&
        item(
          'Delete contact',
          'menu-delete',
          () => {
            open('delete');
          },
          true,
        )}
    </ul>
  );
}

function ConfirmPanel({
  kind,
  peer,
  onDone,
}: {
  kind: Confirmable;
  peer: PeerView;
  onDone: () => void;
}) {
  const c = confirmation(kind, peer);
  const { busy, error, run } = useAction();
  return (
    <ConfirmDialog
      title={c.title}
      body={c.body}
      confirmLabel={c.confirmLabel}
      busy={busy}
      error={error}
      onCancel={onDone}
      onConfirm={() => {
        void run(async () => {
          await c.run();
          onDone();
        });
      }}
    />
  );
}

export function ContactMenu({ peer }: { peer: PeerView }) {
  const [panel, setPanel] = useState<Panel>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // Closing a panel gives the focus back to the button that opened it.
  const close = () => {
    setPanel(null);
    toggle.current?.focus();
  };
  return (
    <div
      className="contact-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && panel === 'menu') {
          e.preventDefault();
          e.stopPropagation();
          close();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        aria-expanded={panel === 'menu'}
        aria-controls={`contact-menu-${peer.uid}`}
        data-testid="contact-menu-button"
        onClick={() => {
          setPanel(panel === 'menu' ? null : 'menu');
        }}
      >
        Contact options
      </button>
      {panel === 'menu' && (
        <MenuItems
          peer={peer}
          open={(p) => {
            if (p === null) close();
            else setPanel(p);
          }}
        />
      )}
      {panel === 'rename' && <RenameContact peer={peer} onDone={close} />}
      {panel === 'verify' && <SafetyCode peer={peer} onDone={close} />}
      {(panel === 'block' || panel === 'clear' || panel === 'delete' || panel === 'cancel') && (
        <ConfirmPanel kind={panel} peer={peer} onDone={close} />
      )}
    </div>
  );
}

/** Under the name in the header: verified, a key change to check, or blocked. */
export function ContactStatus({ peer }: { peer: PeerView }) {
  if (peer.keyChanged) {
    return (
      <p className="key-changed small" role="alert" data-testid="key-changed">
        {peer.name}&apos;s security keys changed. Compare safety codes again (Contact options →
        Verify safety code).
      </p>
    );
  }
  if (!peer.verified && !peer.blocked) return null;
  return (
    <p className="muted small contact-status">
      {peer.verified && (
        <span className="verified-mark" data-testid="verified-mark">
          ✓ Verified
        </span>
      )}
      {peer.blocked && <span data-testid="blocked-mark">Blocked</span>}
    </p>
  );
}
