/** What applying one received sync does inside the inbox commit, and after it (sync-in.ts). */
import type { Emitted } from '../engine/events';

export interface Applied {
  /** Runs inside the transaction that records the sync as applied; returns what to emit. */
  readonly commit?: () => Emitted[];
  /** Runs after that commit (sending, waking workers). */
  readonly after?: () => Promise<void>;
}
