/** Relays: each with the fingerprint to compare out of band; add by URL; remove. */
import { useState, type SyntheticEvent } from 'react';
import type { ServerView } from '@meow/contract';
import { errorText } from '../../lib/error-text';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';
import { RelayHealthLine } from '../relay/RelayStatus';
import {
  EMPTY_RELAY_ADDRESS,
  RelayAddressFields,
  typedFingerprint,
} from '../relay/RelayAddressFields';

function ServerRow({ server }: { server: ServerView }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = (): void => {
    useSettings
      .getState()
      .removeServer(server.url)
      .catch((err: unknown) => {
        setError(errorText(err));
      });
  };
  return (
    <li className="server-row" data-testid="server-row">
      <div>
        <span className="server-url">{server.url}</span>
        <span className="small muted">
          Fingerprint{' '}
          <span className="mono" data-testid="server-fingerprint">
            {server.fingerprint}
          </span>
        </span>
        <RelayHealthLine url={server.url} />
        <ErrorText error={error} />
      </div>
      {confirming ? (
        <div
          className="row"
          role="group"
          aria-label={`Confirm removing ${server.url}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <button type="button" className="danger" onClick={remove} autoFocus>
            Yes, remove
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="danger"
          aria-label={`Remove server ${server.url}`}
          onClick={() => {
            setConfirming(true);
          }}
        >
          Remove
        </button>
      )}
    </li>
  );
}

export function ServerSettings() {
  const servers = useSettings((s) => s.servers);
  const [address, setAddress] = useState(EMPTY_RELAY_ADDRESS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<ServerView | null>(null);

  const add = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setAdded(null);
    try {
      const settings = useSettings.getState();
      setAdded(await settings.addServer(address.url.trim(), typedFingerprint(address)));
      setAddress(EMPTY_RELAY_ADDRESS);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="servers-title">
      <h3 id="servers-title">Servers</h3>
      <p className="muted small">
        Compare a server's fingerprint with the one its operator publishes.
      </p>
      <ul className="server-list" data-testid="server-list">
        {servers.map((s) => (
          <ServerRow key={s.url} server={s} />
        ))}
      </ul>
      {servers.length === 0 && <p className="muted">No servers yet.</p>}
      <form className="row align-end" onSubmit={(e) => void add(e)}>
        <RelayAddressFields
          value={address}
          onChange={setAddress}
          testIds={{ url: 'server-url', fingerprint: 'server-fingerprint-input' }}
        />
        <button type="submit" disabled={busy || address.url.trim() === ''} data-testid="server-add">
          {busy ? 'Adding…' : 'Add server'}
        </button>
      </form>
      <ErrorText error={error} testId="server-error" />
      {added && (
        <p role="status">
          Added {added.url}. Fingerprint <span className="mono">{added.fingerprint}</span>
        </p>
      )}
    </section>
  );
}
