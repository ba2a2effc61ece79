/** What an Engine is started with, and what a user may change on a contact. */
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import type { RelayClientOptions } from '../relay';
import type { EngineContext } from './context';

export interface EngineOptions {
  readonly relay?: RelayClientOptions;
  readonly now?: () => number;
  /** Away longer than this → ask a sibling device for the history missed (catch-up.ts). */
  readonly catchUpAfterMs?: number;
  /** How long a device pairing may wait for its answer and confirmation; default 10 minutes. */
  readonly pairingLifetimeMs?: number;
  /** How much longer a joining device waits for the confirmation; default 1 minute. */
  readonly pairingGraceMs?: number;
  /** A contact's primary not heard from for this long is taken over; default 72 hours. */
  readonly takeoverAfterMs?: number;
  /** A revoked primary that has not handed its contacts over in this is taken over; 10 min. */
  readonly revokedWaitMs?: number;
  /**
   * Diagnostics and tests only: see each device sync before it is applied, and each entry
   * pulled from a relay before it is handled. They carry secrets (peer keys): never log them.
   */
  readonly inspectSync?: EngineContext['inspectSync'];
  readonly inspectEntry?: (peerUid: string, entry: meow.PackedUserMessage) => void;
}

/** What a user may change on a contact (synced to sibling devices as `peer_update`). */
export type PeerPatch = Partial<
  Pick<Peer, 'name' | 'blocked' | 'visible' | 'messageNotification' | 'sendProcessingAck'>
>;
