/** Root: connects events, follows the session, applies the theme, picks onboarding or the app. */
import { useEffect } from 'react';
import { AwaitingConfirmation } from './features/devices/AwaitingConfirmation';
import { Onboarding, RelayStep } from './features/onboarding/Onboarding';
import { Shell } from './features/Shell';
import { useContacts } from './state/contacts';
import { connectEvents, reloadAll } from './state/events';
import { usePairing } from './state/pairing';
import { clearPrivateState } from './state/reset';
import { clearDrafts } from './features/conversation/Composer';
import { useSession } from './state/session';
import { useSettings } from './state/settings';
import { getApi, onConnectionStatus } from './transport/api';

function useTheme(): void {
  const theme = useSettings((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/**
 * This device's join ended (rejected, lapsed, started over) on an account with nothing else in
 * it: back to the join screen, never an empty-looking account.
 */
function useBackToJoin(state: string): void {
  const ended = usePairing((s) => s.join.ended !== null);
  const empty = useContacts((s) => s.loaded && s.peers.length === 0);
  useEffect(() => {
    if (state === 'unlocked' && ended && empty) useSession.getState().setJoining(true);
  }, [state, ended, empty]);
}

function ConnectionBanner() {
  const connection = useSession((s) => s.connection);
  if (connection !== 'reconnecting' && connection !== 'closed') return null;
  return (
    <div className="banner" role="status" data-testid="connection-banner">
      {connection === 'closed' ? 'Disconnected from Meow.' : 'Reconnecting to Meow…'}
    </div>
  );
}

export function App() {
  const state = useSession((s) => s.state);
  const joining = useSession((s) => s.joining);
  const loadError = useSession((s) => s.loadError);
  const needsRelay = useSettings(
    (s) => s.serversLoaded && s.servers.length === 0 && s.hosted !== null && !s.relayLater,
  );
  useTheme();
  useBackToJoin(state);

  useEffect(() => {
    const session = useSession.getState();
    const offEvents = connectEvents(getApi());
    const offStatus = onConnectionStatus((status) => {
      const before = useSession.getState().connection;
      useSession.getState().setConnection(status);
      // Events may have been missed while the socket was down: reload everything.
      if (status === 'open' && before === 'reconnecting') {
        void useSession.getState().refresh().then(reloadAll);
      }
    });
    void session.refresh();
    return () => {
      offEvents();
      offStatus();
    };
  }, []);

  useEffect(() => {
    if (state === 'unlocked') reloadAll();
    else if (state !== 'loading') {
      clearPrivateState();
      clearDrafts();
    }
  }, [state]);

  let body;
  if (state === 'loading') {
    body = (
      <main className="onboarding" aria-busy={!loadError}>
        {loadError ? (
          <div className="card stack">
            <p role="alert">{loadError}</p>
            <button type="button" onClick={() => void useSession.getState().refresh()}>
              Try again
            </button>
          </div>
        ) : (
          <p className="muted" role="status">
            Starting Meow…
          </p>
        )}
      </main>
    );
  } else if (state !== 'unlocked' || joining) body = <Onboarding />;
  else if (needsRelay) body = <RelayStep />;
  else
    body = (
      <>
        <AwaitingConfirmation />
        <Shell />
      </>
    );

  return (
    <>
      <ConnectionBanner />
      {body}
    </>
  );
}
