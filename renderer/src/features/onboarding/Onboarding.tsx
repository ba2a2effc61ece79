/** Before the app: create an identity, join as a new device, or unlock. */
import { useEffect, useState } from 'react';
import { showRoute } from '../../state/route';
import { useSession } from '../../state/session';
import { ChooseRelay } from './ChooseRelay';
import { CreateIdentity } from './CreateIdentity';
import { JoinAsDevice } from './JoinAsDevice';
import { Unlock } from './Unlock';

export function Onboarding() {
  const state = useSession((s) => s.state);
  const joining = useSession((s) => s.joining);
  const [mode, setMode] = useState<'create' | 'join'>(joining ? 'join' : 'create');
  const scanning = state !== 'locked' && (joining || mode === 'join');
  useEffect(() => {
    showRoute(scanning ? 'onboarding-join' : 'onboarding');
  }, [scanning]);

  return (
    <main className="onboarding" aria-labelledby="brand">
      <h1 id="brand" className="brand">
        Meow
      </h1>
      {state === 'locked' ? (
        <Unlock />
      ) : (
        <>
          {!joining && (
            <div className="segmented" role="group" aria-label="Get started">
              <button
                type="button"
                aria-pressed={mode === 'create'}
                data-testid="mode-create"
                onClick={() => {
                  setMode('create');
                }}
              >
                New identity
              </button>
              <button
                type="button"
                aria-pressed={mode === 'join'}
                data-testid="mode-join"
                onClick={() => {
                  setMode('join');
                }}
              >
                Join as a new device
              </button>
            </div>
          )}
          {mode === 'create' && !joining ? <CreateIdentity /> : <JoinAsDevice />}
        </>
      )}
    </main>
  );
}

/** The step after the identity, while the profile has no relay (ChooseRelay.tsx). */
export function RelayStep() {
  useEffect(() => {
    showRoute('onboarding-relay');
  }, []);
  return (
    <main className="onboarding" aria-labelledby="brand">
      <h1 id="brand" className="brand">
        Meow
      </h1>
      <ChooseRelay />
    </main>
  );
}
