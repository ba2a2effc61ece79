/**
 * Invite someone: a QR code of the invitation text (plus the text to copy), and optionally a
 * short code + password stored on your relay for a limited time (with a countdown).
 */
import { useCallback, useId, useState, type SyntheticEvent } from 'react';
import type { CommandResults } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { useContacts } from '../../state/contacts';
import { useNavigation } from '../../state/navigation';
import { CopyField } from '../../ui/CopyField';
import { Countdown } from '../../ui/Countdown';
import { ErrorText } from '../../ui/ErrorText';
import { Field } from '../../ui/Field';
import { QrImage } from '../../ui/QrImage';
import { getApi } from '../../transport/api';

type Invitation = CommandResults['invitations.create'];

const EXPIRY_CHOICES = [
  { seconds: 600, label: '10 minutes' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86_400, label: '1 day' },
  { seconds: 7 * 86_400, label: '7 days' },
] as const;

/** Relays answer in ms; tolerate seconds. */
const toMs = (t: number): number => (t < 1e12 ? t * 1000 : t);

function InvitationResult({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const [expired, setExpired] = useState(false);
  const onExpired = useCallback(() => {
    setExpired(true);
  }, []);
  return (
    <div className="stack" data-testid="invitation-result">
      <p>Show this QR code to your contact, or send them the text through a channel you trust.</p>
      <QrImage text={invitation.text} label="Invitation QR code" testId="invitation-qr" />
      <CopyField label="Invitation text" value={invitation.text} testId="invitation-text" />
      {invitation.shortcode && (
        <div className="shortcode card" role="group" aria-label="Shortcode invitation">
          <p>Or read out this code and password (they also need to pick your server):</p>
          <dl>
            <dt>Code</dt>
            <dd className="mono" data-testid="invitation-shortcode">
              {invitation.shortcode}
            </dd>
            <dt>Password</dt>
            <dd className="mono" data-testid="invitation-password">
              {invitation.password}
            </dd>
          </dl>
          {invitation.expiresAt !== null && (
            <Countdown until={toMs(invitation.expiresAt)} onExpired={onExpired} />
          )}
          {expired && <p className="error-text">This code has expired. Create a new invitation.</p>}
        </div>
      )}
      <p className="muted">They appear in your conversations as soon as they accept.</p>
      <div className="row">
        <button
          type="button"
          onClick={() => {
            useNavigation.getState().openChat(invitation.peerUid);
          }}
        >
          Open conversation
        </button>
        <button type="button" onClick={onDone}>
          New invitation
        </button>
      </div>
    </div>
  );
}

export function CreateInvitation() {
  const expiryId = useId();
  const [name, setName] = useState('');
  const [viaShortcode, setViaShortcode] = useState(true);
  const [expirySeconds, setExpirySeconds] = useState(3600);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const args = viaShortcode
        ? { name: name.trim(), viaShortcode: true, expirySeconds }
        : { name: name.trim() };
      setInvitation(await getApi().commands['invitations.create'](args));
      void useContacts.getState().load();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  if (invitation) {
    return (
      <InvitationResult
        invitation={invitation}
        onDone={() => {
          setInvitation(null);
          setName('');
        }}
      />
    );
  }

  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label="Create an invitation">
      <Field
        label="Their name (only you see it)"
        value={name}
        maxLength={200}
        data-testid="invite-name"
        onChange={(e) => {
          setName(e.currentTarget.value);
        }}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={viaShortcode}
          data-testid="invite-shortcode"
          onChange={(e) => {
            setViaShortcode(e.currentTarget.checked);
          }}
        />
        Also make a short code and password
      </label>
      {viaShortcode && (
        <div className="field">
          <label htmlFor={expiryId}>The short code expires after</label>
          <select
            id={expiryId}
            value={expirySeconds}
            onChange={(e) => {
              setExpirySeconds(Number(e.currentTarget.value));
            }}
          >
            {EXPIRY_CHOICES.map((c) => (
              <option key={c.seconds} value={c.seconds}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <ErrorText error={error} testId="invite-error" />
      <button type="submit" className="primary" disabled={busy} data-testid="invite-create">
        {busy ? 'Creating…' : 'Create invitation'}
      </button>
    </form>
  );
}
