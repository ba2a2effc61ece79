/**
 * A relay in this process, for client tests that need what a relay process cannot give: an
 * injected clock (queue expiry without waiting out the 14-day TTL) or the relay's keys (a relay
 * tap, main/client/engine/testing/relay-tap.ts). Code under main/ may not import server/
 * (eslint, DESIGN.md §2), so its tests come through here.
 */
import type { RelayLimits } from '../server/config';
import { removeDir, startTestRelay, tempDir } from '../server/http/testing/relays';
import type { RunningRelay } from '../server/relay';

export type { RelayLimits, RunningRelay };

export interface InProcessRelay {
  readonly relay: RunningRelay;
  readonly url: string;
  /** Closes the relay and removes its data folder. */
  close(): Promise<void>;
}

export interface InProcessRelayOptions {
  /** The relay's clock (default Date.now). */
  readonly now?: () => number;
  /** e.g. a short `maxLongPollMs`, so a held poll answers within a test's patience. */
  readonly limits?: Partial<RelayLimits>;
}

export async function startInProcessRelay(
  options: InProcessRelayOptions = {},
): Promise<InProcessRelay> {
  const dataDir = await tempDir();
  const relay = await startTestRelay({
    dataDir,
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    relay,
    url: relay.url,
    close: async () => {
      await relay.close();
      await removeDir(dataDir);
    },
  };
}
