/** Renaming a contact: the name is yours only (it reaches your devices, never the contact). */
import { useEffect, useId, useRef, useState } from 'react';
import type { PeerView } from '@meow/contract';
import { useAction } from '../../lib/use-action';
import { contactActions } from '../../state/contact-actions';
import { ErrorText } from '../../ui/ErrorText';

export function RenameContact({ peer, onDone }: { peer: PeerView; onDone: () => void }) {
  const inputId = useId();
  const [name, setName] = useState(peer.name);
  const { busy, error, run } = useAction();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.select();
  }, []);
  const trimmed = name.trim();
  return (
    <form
      className="rename-contact"
      data-testid="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (trimmed === '') return;
        void run(async () => {
          await contactActions.rename(peer.uid, trimmed);
          onDone();
        });
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <label htmlFor={inputId}>Name for this contact</label>
      <input
        id={inputId}
        ref={input}
        value={name}
        maxLength={200}
        data-testid="rename-input"
        onChange={(e) => {
          setName(e.currentTarget.value);
        }}
      />
      <ErrorText error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy || trimmed === ''}>
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
