/**
 * Onboarding, right after the identity exists and while the profile has no relay: messages
 * need one, so ask — a relay someone runs (its address, and the fingerprint its operator
 * published), or one hosted by this computer (for this computer only, or for the local
 * network: a laptop and a desktop at home with no server anywhere). "Later" leads to
 * Settings → Servers.
 */
import type { RelayScope } from '@meow/contract';
import { useState, type SyntheticEvent } from 'react';
import { useAction } from '../../lib/use-action';
import { useSettings } from '../../state/settings';
import { ErrorText } from '../../ui/ErrorText';
import {
  EMPTY_RELAY_ADDRESS,
  RelayAddressFields,
  typedFingerprint,
} from '../relay/RelayAddressFields';
import { ScopePicker } from '../relay/ScopePicker';

type Mode = 'address' | 'host';

export function ChooseRelay() {
  const canHost = useSettings((s) => s.hosted?.available ?? false);
  const [mode, setMode] = useState<Mode>('address');
  const [address, setAddress] = useState(EMPTY_RELAY_ADDRESS);
  const [scope, setScope] = useState<RelayScope>('local-network');
  const { busy, error, run } = useAction();
  const submit = (e: SyntheticEvent): void => {
    e.preventDefault();
    const settings = useSettings.getState();
    void run(() =>
      mode === 'host'
        ? settings.hostRelay(scope)
        : settings.addServer(address.url.trim(), typedFingerprint(address)),
    );
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="relay-title">
      <h2 id="relay-title">Choose a relay</h2>
      <p className="muted">
        Your messages travel through a relay: a small server that sees only sealed envelopes. Use
        one you trust, or let this computer run one.
      </p>
      {canHost && (
        <div className="segmented" role="group" aria-label="Relay">
          <button
            type="button"
            aria-pressed={mode === 'address'}
            data-testid="relay-mode-address"
            onClick={() => {
              setMode('address');
            }}
          >
            Use a relay address
          </button>
          <button
            type="button"
            aria-pressed={mode === 'host'}
            data-testid="relay-mode-host"
            onClick={() => {
              setMode('host');
            }}
          >
            Host one on this computer
          </button>
        </div>
      )}
      {mode === 'address' ? (
        <RelayAddressFields
          value={address}
          onChange={setAddress}
          testIds={{ url: 'relay-choice-url', fingerprint: 'relay-choice-fingerprint' }}
        />
      ) : (
        <ScopePicker value={scope} onChange={setScope} name="onboarding-scope" />
      )}
      <ErrorText error={error} testId="relay-choice-error" />
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={busy || (mode === 'address' && address.url.trim() === '')}
          data-testid="relay-choice-submit"
        >
          {busy ? 'Connecting…' : mode === 'host' ? 'Start the relay' : 'Use this relay'}
        </button>
        <button
          type="button"
          data-testid="relay-choice-later"
          onClick={() => {
            useSettings.getState().decideRelayLater();
          }}
        >
          Later
        </button>
      </div>
      <p className="muted small">
        Until you choose one you cannot invite anyone. Settings → Servers has the same choices.
      </p>
    </form>
  );
}
