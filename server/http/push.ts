import { grantsSend, LOOKUP_KEY_BYTES } from '../../core/lookup';
import { encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RelayLimits } from '../config';
import type { RelayStore } from '../store/types';

/** A message that passed the per-message checks, waiting for its queue's one store call. */
interface Accepted {
  readonly index: number;
  readonly stored: Uint8Array;
}

/**
 * Pushes (PROTOCOL.md §7–§8). Knowing a queue's address is not enough to write to it: each
 * message must carry the queue's send capability (`grantsSend`, one SHA-256), which only the
 * owner's contacts hold. The relay stores the message without it — destination and payload
 * only — so a puller never learns the token, and `max_message_bytes` and the queue's byte limit
 * apply to exactly what is stored. A full queue refuses (QUEUE_FULL); nothing is ever evicted.
 *
 * The messages for one queue go to the store in one call (`enqueueAll`: one script on Redis,
 * one batch write on the embedded store), in request order, so sequence numbers follow it; the
 * queues of one request are written concurrently.
 */
export async function runPushes(
  store: RelayStore,
  messages: readonly meow.IPackedUserMessage[],
  limits: RelayLimits,
  now: number,
): Promise<meow.IPushResult[]> {
  const results: meow.IPushResult[] = [];
  const byQueue = new Map<string, { key: Uint8Array; accepted: Accepted[] }>();
  messages.forEach((message, index) => {
    const checked = check(message, limits);
    if (!('stored' in checked)) {
      results[index] = checked;
      return;
    }
    const id = Buffer.from(checked.destination).toString('latin1');
    const queue = byQueue.get(id) ?? { key: checked.destination, accepted: [] };
    byQueue.set(id, queue);
    queue.accepted.push({ index, stored: checked.stored });
  });
  await Promise.all(
    [...byQueue.values()].map(async ({ key, accepted }) => {
      const stored = await store.enqueueAll(
        key,
        accepted.map((a) => a.stored),
        now,
      );
      accepted.forEach(({ index }, i) => {
        results[index] = stored[i]?.ok
          ? { accepted: true }
          : { accepted: false, errorCode: 'QUEUE_FULL', retryAfterMs: limits.queueFullRetryMs };
      });
    }),
  );
  return results;
}

/** The per-message checks; what to store, or why not. */
function check(
  message: meow.IPackedUserMessage,
  limits: RelayLimits,
): { destination: Uint8Array; stored: Uint8Array } | meow.IPushResult {
  const destination = message.destination ?? new Uint8Array(0);
  if (destination.length !== LOOKUP_KEY_BYTES) {
    return { accepted: false, errorCode: 'BAD_DESTINATION' };
  }
  if (!grantsSend(destination, message.sendToken ?? new Uint8Array(0))) {
    return { accepted: false, errorCode: 'NO_CAPABILITY' };
  }
  const stored = encodeProto(meow.PackedUserMessage, {
    destination,
    payload: message.payload ?? new Uint8Array(0),
  });
  if (stored.length > limits.maxMessageBytes) {
    return { accepted: false, errorCode: 'MESSAGE_TOO_LARGE' };
  }
  return { destination, stored };
}
