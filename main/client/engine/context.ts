/** What the engine's helpers and workers share (one per unlocked profile). */
import type { EventEmitter } from '../../api/events';
import type { Profile } from '../profile';
import type { KeyedQueue } from '../../../core/util/keyed-queue';
import type { RelayPool } from './relays';

export interface EngineContext {
  readonly profile: Profile;
  readonly events: EventEmitter;
  readonly queue: KeyedQueue;
  readonly relays: RelayPool;
  readonly now: () => number;
  /** Tells the send worker a job was queued. */
  wakeSend(): void;
  /** Tells the poll worker the set of queues to pull changed. */
  wakePoll(): void;
}
