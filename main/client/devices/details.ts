/**
 * What the device list tells about each sibling beyond its pairing: when we last heard from
 * it, and how many syncs for it the relay has not accepted yet (so a user can see that a
 * device is behind, and why: it has been away, or this one cannot reach the relay).
 */
import type { Peer } from '../model';
import type { EngineContext } from '../engine/context';
import { isPaired } from './sync-out';

export interface DeviceDetails {
  /** When anything last arrived from it (ms); null if nothing has yet. */
  readonly lastSeenAt: number | null;
  /** Syncs owed to it that no relay has accepted yet (sync outbox rows + queued jobs). */
  readonly syncWaiting: number;
}

export function deviceDetails(ctx: EngineContext, device: Peer): DeviceDetails {
  return {
    lastSeenAt: device.lastSeenAt ?? null,
    // A device still pairing is owed only the rows that name it (sync-dispatch.ts planOf).
    syncWaiting: ctx.profile.messages.deviceSyncsWaiting(device.uid, isPaired(device)),
  };
}
