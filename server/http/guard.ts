import { RelayError } from '../errors';
import { AdmissionRefused, type RelayStore } from '../store/types';

/**
 * A store call that has not answered after this long is treated as a store outage: the client
 * gets 503 UNAVAILABLE and retries, instead of hanging while a Redis client queues commands
 * for a server that is gone.
 */
export const STORE_TIMEOUT_MS = 5_000;

/** What an outage answer suggests: a store reconnects within a second or two. */
export const UNAVAILABLE_RETRY_MS = 2_000;

function unavailable(): RelayError {
  return new RelayError('UNAVAILABLE', 'the relay store is unavailable', UNAVAILABLE_RETRY_MS);
}

export async function guarded<T>(call: () => Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(unavailable());
    }, timeoutMs);
  });
  try {
    return await Promise.race([call(), timeout]);
  } catch (err) {
    // Refused ops are the admission's business (handler.ts): they keep their type.
    if (err instanceof AdmissionRefused) throw err;
    throw err instanceof RelayError ? err : unavailable();
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The store as the HTTP layer uses it: every failure (a thrown error, a rejected promise, a
 * call that hangs) becomes RelayError UNAVAILABLE, so "store down" is always a 503 and never
 * mistaken for a relay bug (500).
 */
export function guardStore(store: RelayStore, timeoutMs = STORE_TIMEOUT_MS): RelayStore {
  return {
    enqueue: (key, message, now) => guarded(() => store.enqueue(key, message, now), timeoutMs),
    enqueueAll: (key, messages, now) =>
      guarded(() => store.enqueueAll(key, messages, now), timeoutMs),
    read: (key, after, max, now) => guarded(() => store.read(key, after, max, now), timeoutMs),
    ack: (key, cursor, now) => guarded(() => store.ack(key, cursor, now), timeoutMs),
    watch: (keys, onWake) => {
      try {
        return store.watch(keys, onWake);
      } catch {
        throw unavailable();
      }
    },
    createInvitation: (inv) => guarded(() => store.createInvitation(inv), timeoutMs),
    getInvitation: (code, now) => guarded(() => store.getInvitation(code, now), timeoutMs),
    deleteInvitation: (code) => guarded(() => store.deleteInvitation(code), timeoutMs),
    hit: (bucket, windowMs, now, by) =>
      guarded(() => store.hit(bucket, windowMs, now, by), timeoutMs),
    remember: (id, ttlMs, now) => guarded(() => store.remember(id, ttlMs, now), timeoutMs),
    admit: (request, now) => guarded(() => store.admit(request, now), timeoutMs),
    afterAdmission: (id, token) => {
      const view = store.afterAdmission(id, token);
      return view && guardStore(view, timeoutMs);
    },
    close: () => store.close(),
  };
}
