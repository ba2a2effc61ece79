/**
 * Test hooks around commits that are visible before they are on disk (MessageDb
 * `transactionSyncedLater`): hold the on-disk step of one commit, and record the ratchet writes
 * that must wait for it (receive.test.ts, devices/sync-direct.test.ts).
 */
import { vi } from 'vitest';
import type { MessageDb, PeerStorage } from '../../../storage';

/**
 * Holds the WAL sync of the commits whose result mentions `text` (an event's text) until
 * `release`; every other commit goes to disk as usual. Undone by vi.restoreAllMocks().
 */
export function holdSyncOf(db: MessageDb, text: string): { release: () => void } {
  const commit = db.transactionSyncedLater.bind(db);
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const mentions = (result: unknown): boolean =>
    JSON.stringify({ result }).includes(JSON.stringify(text));
  vi.spyOn(db, 'transactionSyncedLater').mockImplementation((fn) => {
    const { result, durable } = commit(fn);
    return { result, durable: mentions(result) ? durable.then(() => held) : durable };
  });
  return {
    release: () => {
      release();
    },
  };
}

/** The uids `store.storePeer` is called with, in call order (the writes still happen). */
export function recordPeerWrites<T>(store: PeerStorage<T>): string[] {
  const uids: string[] = [];
  const storePeer = store.storePeer.bind(store);
  vi.spyOn(store, 'storePeer').mockImplementation((uid: string, peer: T) => {
    uids.push(uid);
    return storePeer(uid, peer);
  });
  return uids;
}
