/**
 * Settings → Servers: the relay this computer hosts — whether it runs, for whom, the address
 * other devices and contacts use and its fingerprint; start, move to another scope, stop.
 * Everything shown is the engine's answer (`servers.hosted`), reloaded after each change.
 */
import type { HostedRelayView, RelayScope } from '@meow/contract';
import { useState } from 'react';
import { useAction } from '../../lib/use-action';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';
import { ScopePicker } from '../relay/ScopePicker';
import { scopeLabel } from '../relay/scopes';

function Running({ relay }: { relay: HostedRelayView }) {
  return (
    <div className="stack" data-testid="hosted-relay">
      <p>
        Running for <strong data-testid="hosted-relay-scope">{scopeLabel(relay.scope)}</strong>
      </p>
      <p className="small">
        Address{' '}
        <span className="mono" data-testid="hosted-relay-url">
          {relay.url}
        </span>
        <br />
        Fingerprint{' '}
        <span className="mono" data-testid="hosted-relay-fingerprint">
          {relay.fingerprint}
        </span>
      </p>
      <p className="muted small">
        Invitations and pairing codes made here carry this address. Your devices and contacts reach
        you through it only while Meow runs on this computer.
      </p>
    </div>
  );
}

interface ActionsProps {
  readonly running: boolean;
  readonly moving: boolean;
  readonly busy: boolean;
  readonly confirmStop: boolean;
  readonly setConfirmStop: (on: boolean) => void;
  readonly start: () => void;
  readonly stop: () => void;
}

function Actions({
  running,
  moving,
  busy,
  confirmStop,
  setConfirmStop,
  start,
  stop,
}: ActionsProps) {
  return (
    <div className="row">
      {(!running || moving) && (
        <button
          type="button"
          className="primary"
          disabled={busy}
          data-testid="hosted-relay-start"
          onClick={start}
        >
          {running ? 'Move the relay' : 'Start the relay'}
        </button>
      )}
      {running && confirmStop && (
        <>
          <button
            type="button"
            className="danger"
            disabled={busy}
            data-testid="hosted-relay-stop-confirm"
            onClick={stop}
          >
            Yes, stop it
          </button>
          <button
            type="button"
            onClick={() => {
              setConfirmStop(false);
            }}
          >
            Cancel
          </button>
        </>
      )}
      {running && !confirmStop && (
        <button
          type="button"
          className="danger"
          data-testid="hosted-relay-stop"
          onClick={() => {
            setConfirmStop(true);
          }}
        >
          Stop
        </button>
      )}
    </div>
  );
}

export function HostedRelaySettings() {
  const hosted = useSettings((s) => s.hosted);
  const running = hosted?.relay ?? null;
  const [chosen, setScope] = useState<RelayScope | null>(null);
  const scope = chosen ?? running?.scope ?? 'local-network';
  const [confirmStop, setConfirmStop] = useState(false);
  const { busy, error, run } = useAction(() => {
    setConfirmStop(false);
  });
  if (!hosted?.available) return null;

  const settings = useSettings.getState();
  const moving = running !== null && running.scope !== scope;

  return (
    <section className="card stack" aria-labelledby="hosted-title">
      <h3 id="hosted-title">Relay on this computer</h3>
      {running ? (
        <Running relay={running} />
      ) : (
        <p className="muted" data-testid="hosted-relay-off">
          Not running. Host one for a home without any server: your laptop and desktop reach each
          other through this computer.
        </p>
      )}
      <ScopePicker value={scope} onChange={setScope} name="settings-scope" />
      {moving && (
        <p className="muted small" role="note">
          Its address changes: contacts who already have the old one cannot reach you until you
          invite them again.
        </p>
      )}
      <ErrorText error={error} testId="hosted-relay-error" />
      <Actions
        running={running !== null}
        moving={moving}
        busy={busy}
        confirmStop={confirmStop}
        setConfirmStop={setConfirmStop}
        start={() => void run(() => settings.hostRelay(scope))}
        stop={() => void run(() => settings.stopHosting())}
      />
      {confirmStop && (
        <p className="muted small" role="note">
          While it is stopped, devices and contacts that use it cannot reach you. It stays off after
          a restart.
        </p>
      )}
    </section>
  );
}
