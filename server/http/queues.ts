import { provesLookupKey } from '../../core/lookup';
import type { meow } from '../../proto';
import type { RelayLimits } from '../config';
import type { ReadResult, RelayStore } from '../store/types';
import { encodeChat, type EncodedBatch } from './batches';

/**
 * Ack and pull against the store (DESIGN.md §4; pushes: push.ts). Reading or acking a queue
 * needs its pull token (two SHA-256 per key, `provesLookupKey`). A failed proof touches nothing:
 * no read, no ack, no cursor change.
 */
/** Keys read from the store at once; bounds the relay memory one pull can claim. */
const READ_CONCURRENCY = 256;

export async function runAcks(
  store: RelayStore,
  acks: readonly meow.IQueueAck[],
  now: number,
): Promise<meow.IAckResult[]> {
  return Promise.all(
    acks.map(async (ack): Promise<meow.IAckResult> => {
      const key = ack.lookupKey ?? new Uint8Array(0);
      if (!provesLookupKey(key, ack.pullToken ?? new Uint8Array(0))) {
        return { ok: false, errorCode: 'BAD_PROOF' };
      }
      await store.ack(key, ack.cursor ?? 0, now);
      return { ok: true };
    }),
  );
}

/** One pull request and whether its proof held. */
export interface PullPlan {
  readonly request: meow.IPullRequest;
  readonly key: Uint8Array;
  readonly after: number;
  readonly authorized: boolean;
}

export function planPulls(requests: readonly meow.IPullRequest[]): PullPlan[] {
  return requests.map((request) => {
    const key = request.lookupKey ?? new Uint8Array(0);
    return {
      request,
      key,
      after: request.after ?? 0,
      authorized: provesLookupKey(key, request.pullToken ?? new Uint8Array(0)),
    };
  });
}

/** Per authorized plan (by index), what the store returned; `undefined` = not read. */
export type PullResults = (ReadResult | undefined)[];

/**
 * Reads every authorized queue within the reply budget: at most `maxEntriesPerPull` entries and
 * about 4 × `maxBodyBytes` of messages in one reply (always at least one entry, so any message
 * that could be pushed can be pulled). Keys earlier in the request are served first.
 */
export async function readQueues(
  store: RelayStore,
  plans: readonly PullPlan[],
  limits: RelayLimits,
  now: number,
): Promise<PullResults> {
  const results: PullResults = plans.map(() => undefined);
  const budget = { entries: limits.maxEntriesPerPull, bytes: 4 * limits.maxBodyBytes, taken: 0 };
  const indexes = plans.flatMap((plan, index) => (plan.authorized ? [index] : []));
  for (let start = 0; start < indexes.length && budget.entries > 0 && budget.bytes > 0;) {
    const chunk = indexes.slice(start, start + READ_CONCURRENCY);
    start += chunk.length;
    const reads = await Promise.all(
      chunk.map((index) => {
        const plan = plans[index] as PullPlan;
        const wanted = plan.request.maxEntries || limits.maxEntriesPerPull;
        return store.read(plan.key, plan.after, Math.min(wanted, budget.entries), now);
      }),
    );
    chunk.forEach((index, i) => {
      results[index] = takeWithinBudget(reads[i] as ReadResult, budget);
    });
  }
  return results;
}

/** Keeps the leading entries that fit the remaining budget; trimmed results say `more`. */
function takeWithinBudget(
  read: ReadResult,
  budget: { entries: number; bytes: number; taken: number },
): ReadResult {
  let count = 0;
  for (const entry of read.entries) {
    const fits = budget.taken === 0 || entry.message.length <= budget.bytes;
    if (budget.entries === 0 || !fits) break;
    budget.entries -= 1;
    budget.bytes -= entry.message.length;
    budget.taken += 1;
    count += 1;
  }
  return count < read.entries.length
    ? { ...read, entries: read.entries.slice(0, count), more: true }
    : read;
}

export function hasEntries(results: PullResults): boolean {
  return results.some((r) => r !== undefined && r.entries.length > 0);
}

/**
 * The reply batches, one per pull request in request order, encoded as FromServerMessage's
 * `chat` records with the stored entries spliced in (batches.ts). `cursor` is the highest seq
 * returned, or the request's `after` when nothing is; an authorized key the budget did not
 * reach gets `more = true` so the client pulls again. `expired` and `expired_unknown` report
 * what the TTL removed after `after` before anyone acked it (store/codec.ts gapFields).
 */
export function assembleBatches(plans: readonly PullPlan[], results: PullResults): Uint8Array {
  return encodeChat(
    plans.map((plan, index): EncodedBatch => {
      if (!plan.authorized) {
        return {
          head: { lookupKey: plan.key, cursor: plan.after, errorCode: 'BAD_PROOF' },
          entries: [],
        };
      }
      const read = results[index];
      if (!read)
        return { head: { lookupKey: plan.key, cursor: plan.after, more: true }, entries: [] };
      const last = read.entries[read.entries.length - 1];
      const head = {
        lookupKey: plan.key,
        cursor: last ? last.seq : plan.after,
        more: read.more,
        expired: read.expired,
        expiredUnknown: read.expiredUnknown,
      };
      return { head, entries: read.entries };
    }),
  );
}
