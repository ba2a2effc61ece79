/**
 * A relay in this process, for client tests that need what a relay process cannot give: an
 * injected clock (queue expiry without waiting out the 14-day TTL) or the relay's keys (a relay
 * tap, main/client/engine/testing/relay-tap.ts). Code under main/ may not import server/
 * (eslint, DESIGN.md §2), so its tests come through here.
 */
import type { RelayConfig, RelayLimits } from '../server/config';
import { removeDir, tempDir, testConfig } from '../server/http/testing/relays';
import { startRelay, type RunningRelay } from '../server/relay';

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
  /** Certificate and key files: the relay serves https:// (testkit/tls.ts makes a pair). */
  readonly tls?: RelayConfig['tls'];
}

export async function startInProcessRelay(
  options: InProcessRelayOptions = {},
): Promise<InProcessRelay> {
  const dataDir = await tempDir();
  const config = testConfig(dataDir, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const relay = await startRelay(options.tls ? { ...config, tls: options.tls } : config);
  return {
    relay,
    url: relay.url,
    close: async () => {
      await relay.close();
      await removeDir(dataDir);
    },
  };
}
