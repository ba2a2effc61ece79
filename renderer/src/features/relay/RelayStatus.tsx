/**
 * "Meow cannot reach relay X": above the conversations while a relay the engine talks to does
 * not answer (ours, or a contact's that messages are pushed to), and on each relay's row in
 * Settings. From the engine's `servers.health` (state/relay-health.ts), so a reload shows the
 * same. A failure younger than GRACE_MS is not shown: one lost request is retried at once.
 */
import { useEffect, useState } from 'react';
import { errorSentence, type RelayHealthView } from '@meow/contract';
import { timeLabel } from '../../lib/thread';
import { relayName, unreachable, useRelayHealth } from '../../state/relay-health';

export const GRACE_MS = 3_000;
/** While a relay is down: the clock the grace is measured on, and a fresh look at the engine. */
const TICK_MS = 1_000;
const RELOAD_EVERY_TICKS = 30;

/** Why, in words: the engine's code as a sentence (main/api/error-words.ts). */
export function healthReason(code: string): string {
  return code === 'RELAY_UNAVAILABLE' || code === ''
    ? 'Your internet connection or the relay may be down.'
    : errorSentence(code);
}

/** The relays down for longer than the grace, kept current while any is down. */
function useRelaysDown(): RelayHealthView[] {
  const relays = useRelayHealth((s) => s.relays);
  const down = unreachable(relays);
  const [now, setNow] = useState(() => Date.now());
  const anyDown = down.length > 0;
  useEffect(() => {
    if (!anyDown) return;
    setNow(Date.now());
    let ticks = 0;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (++ticks % RELOAD_EVERY_TICKS === 0) void useRelayHealth.getState().load();
    }, TICK_MS);
    return () => {
      clearInterval(timer);
    };
  }, [anyDown]);
  return down.filter((r) => now - r.since >= GRACE_MS);
}

export function RelayStatusBanner() {
  const down = useRelaysDown();
  const [first] = down;
  if (!first) return null;
  const what = down.length === 1 ? relayName(first.url) : `${down.length} relays`;
  return (
    <div className="relay-status" role="status" data-testid="relay-status">
      <strong>
        Meow cannot reach {what} (since {timeLabel(first.since)}).
      </strong>{' '}
      {healthReason(first.code)} Messages you write wait on this computer and go out when it answers
      again.
    </div>
  );
}

/** One relay's line in Settings: reachable, or since when it is not and why. */
export function RelayHealthLine({ url }: { url: string }) {
  const health = useRelayHealth((s) => s.relays.find((r) => r.url === url));
  if (!health) return null;
  return health.state === 'ok' ? (
    <span className="small muted" data-testid="server-health" data-state="ok">
      Connected
    </span>
  ) : (
    <span className="small error-text" data-testid="server-health" data-state="unreachable">
      Not reachable since {timeLabel(health.since)}. {healthReason(health.code)}
    </span>
  );
}
