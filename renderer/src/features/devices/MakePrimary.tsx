/**
 * "Make this device primary": asks the devices that talk to a contact (or to every contact) to
 * hand the relationship over to this one. The move itself comes later, once per contact, as a
 * `peer.primaryChanged` event; until then nothing on screen pretends it has happened.
 */
import { useState } from 'react';
import { errorText } from '../../lib/error-text';
import { useContacts } from '../../state/contacts';
import { useDevices } from '../../state/devices';
import { ErrorText } from '../../ui/ErrorText';

function askedText(requested: number, all: boolean): string {
  if (requested === 0) {
    return all
      ? 'This device already talks to all your contacts'
      : 'This device already talks to this contact';
  }
  if (!all) return 'Asked — it moves here once your other device hands it over';
  const contacts = requested === 1 ? '1 contact' : `${requested} contacts`;
  return `Asked for ${contacts} — each moves here once its device hands it over`;
}

interface Props {
  /** One contact; none = every contact. */
  readonly peerUid?: string;
  readonly label: string;
  readonly testId: string;
}

export function MakePrimaryButton({ peerUid, label, testId }: Props) {
  const [busy, setBusy] = useState(false);
  const [asked, setAsked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onClick = (): void => {
    setBusy(true);
    setAsked(null);
    setError(null);
    useDevices
      .getState()
      .makePrimary(peerUid)
      .then(
        (requested) => {
          setBusy(false);
          setAsked(askedText(requested, peerUid === undefined));
        },
        (err: unknown) => {
          setBusy(false);
          setError(errorText(err));
        },
      );
  };

  return (
    <div className="stack make-primary">
      <button type="button" disabled={busy} data-testid={testId} onClick={onClick}>
        {label}
      </button>
      {asked && (
        <p className="muted small" role="status" data-testid={`${testId}-asked`}>
          {asked}
        </p>
      )}
      <ErrorText error={error} testId={`${testId}-error`} />
    </div>
  );
}

/** On the devices screen: shown while some contact talks to another of your devices. */
export function MakePrimaryForAll() {
  const elsewhere = useContacts((s) => s.peers.filter((p) => p.primaryDeviceUid !== '').length);
  if (elsewhere === 0) return null;
  return (
    <section className="card stack" aria-labelledby="primary-title">
      <h3 id="primary-title">Talk to your contacts from this device</h3>
      <p className="muted" data-testid="primary-elsewhere">
        {elsewhere === 1 ? '1 contact talks' : `${elsewhere} contacts talk`} to you through another
        of your devices; messages you write here go through it.
      </p>
      <MakePrimaryButton
        label="Make this device primary for all contacts"
        testId="make-primary-all"
      />
    </section>
  );
}
