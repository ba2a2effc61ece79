/**
 * The conversation's disappearing-message timer, in its header: a native select (keyboard and
 * screen-reader friendly as it is), its visible label the same as its accessible name. Either
 * side may change it; the change reaches every device of both people (peers.setExpiry).
 */
import { useId, useState } from 'react';
import type { PeerView } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { EXPIRY_CHOICES, expiryLabel, type ExpirySeconds } from '../../lib/expiry-text';
import { getApi } from '../../transport/api';
import { useContacts } from '../../state/contacts';

function asChoice(value: string): ExpirySeconds | undefined {
  return EXPIRY_CHOICES.find((s) => String(s) === value);
}

export function DisappearingPicker({ peer }: { peer: PeerView }) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (value: string): void => {
    const seconds = asChoice(value);
    if (seconds === undefined) return;
    setBusy(true);
    setError(null);
    getApi()
      .commands['peers.setExpiry']({ peerUid: peer.uid, seconds })
      .then(() => useContacts.getState().load())
      .catch((err: unknown) => {
        setError(errorText(err));
      })
      .finally(() => {
        setBusy(false);
      });
  };
  return (
    <div className="disappearing-picker" data-testid="disappearing-picker">
      <label htmlFor={id}>Disappearing messages</label>
      <select
        id={id}
        value={String(peer.expiry.seconds)}
        disabled={busy || peer.step !== 'finalized'}
        data-testid="disappearing-select"
        onChange={(e) => {
          change(e.target.value);
        }}
      >
        {EXPIRY_CHOICES.map((s) => (
          <option key={s} value={String(s)}>
            {expiryLabel(s)}
          </option>
        ))}
      </select>
      {error && (
        <span className="error-text" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
