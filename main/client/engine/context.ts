/** What the engine's helpers and workers share (one per unlocked profile). */
import type { EventEmitter } from './events';
import type { KeyedQueue } from '../../../core/util/keyed-queue';
import type { PeerStorage } from '../../storage';
import type { meow } from '../../../proto';
import type { Peer } from '../model';
import type { Profile } from '../profile';
import type { ChannelCache } from './channels';
import type { RelayPool } from './relays';
import type { MessageSearch } from '../search';
import type { RelayHealth } from './relay-health';
import type { SealedHere } from './sealed-here';

export interface EngineContext {
  readonly profile: Profile;
  readonly events: EventEmitter;
  readonly queue: KeyedQueue;
  readonly relays: RelayPool;
  readonly now: () => number;
  /** Each peer's envelope channel, built once (channels.ts); pass it to every open and seal. */
  readonly channels: ChannelCache;
  /**
   * The in-memory search index (client/search). Inserts reach it by themselves (the message
   * database's observer); a feature that edits, deletes or expires a message's text calls
   * `search.upsert(rowId, peerUid, text)` / `search.remove(rowId)` after its commit, or
   * MessageDb's `tell` from its write method.
   */
  readonly search: MessageSearch;
  /** Whether the relays answer, and since when this run hears them (relay-health.ts). */
  readonly health: RelayHealth;
  /** The chat messages this device sealed on each contact's current session (sealed-here.ts). */
  readonly sealedHere: SealedHere;
  /** Tells the send worker a job was queued. */
  wakeSend(): void;
  /** Tells the poll worker the set of queues to pull changed. */
  wakePoll(): void;
  /** Applies received device syncs waiting in the sync inbox (sync-in.ts). */
  wakeInbox(): void;
  /** Tells the attachment worker a row was added or may move now (attachments/worker.ts). */
  wakeAttachments(): void;
  /** Sends the syncs recorded in the sync outbox (devices/sync-out.ts, devices/sync-dispatch.ts). */
  readonly syncs: Syncs;
  /**
   * Runs `task` after the current operation, outside its locks (e.g. syncing to a device from
   * inside that device's queue). `close()` waits for it; a failure is an 'error' event.
   */
  background(where: string, task: () => Promise<void>): void;
  /**
   * Handles entries of a contact as if pulled from its queue (inbound.ts `handleEntries`: hash
   * dedup, open, one transaction, acks); false when the contact is not this device's. Call
   * inside the contact's queue. A hook, so devices/ (entries a sibling handed on,
   * devices/unopened.ts) reaches the receive path without an import cycle.
   */
  receiveEntries(peerUid: string, entries: readonly meow.PackedUserMessage[]): Promise<boolean>;
  /** Diagnostics/tests: sees each device sync before it is applied (EngineOptions). */
  readonly inspectSync?: (fromDevice: string, payload: meow.DeviceSyncPayload) => void;
}

/** The sync dispatcher as the engine's helpers see it (devices/sync-dispatch.ts). */
export interface Syncs {
  /** Sends what is owed, soon. */
  wake(): void;
  /** Resolves once what was recorded before the call has been queued (never rejects). */
  flush(): Promise<void>;
  /** Records a reference and runs a change while the dispatcher leaves that reference alone. */
  around<T>(key: string, record: () => void, change: () => Promise<T>): Promise<T>;
}

/** Contacts live in PeerStorage, sibling devices in DeviceStorage (MULTI_DEVICE_SPEC). */
export function storeOf(ctx: EngineContext, peer: Pick<Peer, 'type'>): PeerStorage<Peer> {
  return peer.type === 'device' ? ctx.profile.devices : ctx.profile.peers;
}
