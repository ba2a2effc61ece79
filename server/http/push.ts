import { constantTimeEqual } from '../../core/crypto';
import { grantsSend, LOOKUP_KEY_BYTES } from '../../core/lookup';
import type { meow } from '../../proto';
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
  const granted = new Grants();
  messages.forEach((message, index) => {
    const checked = check(message, limits, granted);
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

/**
 * The send capabilities of one request that held, by destination. A batch to one queue carries
 * the same token in every message; `grantsSend` is a pure function of (destination, token), so
 * a token equal to one that already held for that destination needs no new SHA-256: one per
 * queue and token instead of one per message, with the same answer for every message.
 */
class Grants {
  private readonly held = new Map<string, Uint8Array>();

  check(destination: Uint8Array, sendToken: Uint8Array): boolean {
    const id = Buffer.from(destination.buffer, destination.byteOffset, 32).toString('latin1');
    const known = this.held.get(id);
    if (known && constantTimeEqual(known, sendToken)) return true;
    if (!grantsSend(destination, sendToken)) return false;
    this.held.set(id, sendToken);
    return true;
  }
}

/** The per-message checks; what to store, or why not. */
function check(
  message: meow.IPackedUserMessage,
  limits: RelayLimits,
  granted: Grants,
): { destination: Uint8Array; stored: Uint8Array } | meow.IPushResult {
  const destination = message.destination ?? new Uint8Array(0);
  if (destination.length !== LOOKUP_KEY_BYTES) {
    return { accepted: false, errorCode: 'BAD_DESTINATION' };
  }
  if (!granted.check(destination, message.sendToken ?? new Uint8Array(0))) {
    return { accepted: false, errorCode: 'NO_CAPABILITY' };
  }
  const stored = storedForm(destination, message.payload ?? new Uint8Array(0));
  if (stored.length > limits.maxMessageBytes) {
    return { accepted: false, errorCode: 'MESSAGE_TOO_LARGE' };
  }
  return { destination, stored };
}

/**
 * What is stored: PackedUserMessage{destination = 1, payload = 2} in protobuf's encoding, the
 * bytes protobufjs writes for it (field 1, then field 2 unless empty: tag, length, bytes),
 * written directly: one allocation instead of a writer, forks and a copy per message.
 */
export function storedForm(destination: Uint8Array, payload: Uint8Array): Uint8Array {
  const payloadField = payload.length === 0 ? 0 : 1 + varintSize(payload.length) + payload.length;
  const out = new Uint8Array(2 + destination.length + payloadField);
  out[0] = 0x0a; // field 1, length-delimited
  out[1] = destination.length; // 32: one varint byte
  out.set(destination, 2);
  if (payloadField === 0) return out;
  let at = 2 + destination.length;
  out[at++] = 0x12; // field 2, length-delimited
  for (let n = payload.length; ; n >>>= 7) {
    if (n < 0x80) {
      out[at++] = n;
      break;
    }
    out[at++] = (n & 0x7f) | 0x80;
  }
  out.set(payload, at);
  return out;
}

function varintSize(n: number): number {
  let size = 1;
  for (let rest = n >>> 7; rest > 0; rest >>>= 7) size += 1;
  return size;
}
