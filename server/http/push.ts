import { grantsSend, LOOKUP_KEY_BYTES } from '../../core/lookup';
import { encodeProto } from '../../core/wire';
import { meow } from '../../proto';
import type { RelayLimits } from '../config';
import type { RelayStore } from '../store/types';

/**
 * Pushes (PROTOCOL.md §7–§8). Knowing a queue's address is not enough to write to it: each
 * message must carry the queue's send capability (`grantsSend`, one SHA-256), which only the
 * owner's contacts hold. The relay stores the message without it — destination and payload
 * only — so a puller never learns the token, and `max_message_bytes` and the queue's byte limit
 * apply to exactly what is stored. A full queue refuses (QUEUE_FULL); nothing is ever evicted.
 */
export async function runPushes(
  store: RelayStore,
  messages: readonly meow.IPackedUserMessage[],
  limits: RelayLimits,
  now: number,
): Promise<meow.IPushResult[]> {
  // All enqueues are issued at once (on Redis they pipeline on one connection); both stores
  // serve calls for one key in call order, so sequence numbers follow the request order.
  return Promise.all(
    messages.map(async (message): Promise<meow.IPushResult> => {
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
      const result = await store.enqueue(destination, stored, now);
      if (!result.ok) {
        return { accepted: false, errorCode: 'QUEUE_FULL', retryAfterMs: limits.queueFullRetryMs };
      }
      return { accepted: true };
    }),
  );
}
