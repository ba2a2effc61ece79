/**
 * What the API needs from a host that can run a relay on this computer (main/hosting/
 * own-relay.ts implements it; the CLI has none). Kept here, as an interface, so the API never
 * imports relay code: the host hands it to the session (SessionOptions.relayHosting).
 */
import type { HostedRelayView, RelayScope } from './contract';

export type { RelayScope };
export type HostedRelay = HostedRelayView;

export interface RelayHosting {
  /** The running relay, or null. */
  status(): HostedRelay | null;
  /** Starts it in `scope`, or moves it there (same keys); remembered for the next launch. */
  start(scope: RelayScope): Promise<HostedRelay>;
  /** Stops it and forgets the choice. */
  stop(): Promise<void>;
}
