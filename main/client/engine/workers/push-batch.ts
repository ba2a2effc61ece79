/**
 * Pushing several outbox jobs of one peer in one relay request (PushRequest.messages is
 * repeated; the relay answers one PushResult per message, in order). The send worker
 * (send-worker.ts) cuts a peer's due jobs into batches that share their servers; each batch
 * goes to the servers in order (failover), a later server getting only what the earlier ones
 * did not accept. A relay that takes fewer messages per request than we sent (its
 * max_messages_per_push, or its body limit) gets the batch in halves.
 */
import { isAppError } from '../../../../core/errors';
import { SEND_TOKEN_BYTES } from '../../../../core/lookup';
import type { ServerRef } from '../../model';
import { isRelayClientError, type PushResult, type RelayClient } from '../../relay';
import type { JobPayload } from '../jobs';

/** The relay's default max_messages_per_push (server/config.ts). */
export const MAX_PUSH_MESSAGES = 100;
/** Payload bytes per request: half the relay's default 2 MiB body, room for the envelope. */
export const MAX_PUSH_BYTES = 1024 * 1024;

export type Outcome =
  | { kind: 'sent' }
  /** The relays cannot be reached: every queue that needs them waits. */
  | { kind: 'retry'; code: string; afterMs: number }
  /** The contact's queue is full: only this contact's jobs wait, for it to read. */
  | { kind: 'full'; afterMs: number }
  | { kind: 'failed'; code: string };

/** The request was too large for this relay: try it in smaller pieces. */
const TOO_LARGE = new Set(['TOO_MANY_MESSAGES', 'BODY_TOO_LARGE']);

/**
 * Cuts `jobs` (one peer's, in queue order) into runs of consecutive jobs with the same
 * servers, each within MAX_PUSH_MESSAGES and MAX_PUSH_BYTES (a larger job goes alone).
 * `probe`: the first job goes alone (its queue was held back: a relay down, or the contact's
 * queue full). A relay answers each message of a request, so once the contact's queue is full
 * a batch would be refused item by item, and one refused for its size could see a smaller one
 * behind it taken: probing with one message first keeps the queue's order while it is full.
 */
export function batchesOf<T extends { payload: JobPayload }>(
  jobs: readonly T[],
  probe = false,
): T[][] {
  const out: T[][] = [];
  if (probe && jobs[0]) out.push([jobs[0]]);
  let current: T[] = [];
  let bytes = 0;
  let servers = '';
  for (const job of probe ? jobs.slice(1) : jobs) {
    const key = job.payload.servers.map((s) => `${s.url} ${s.publicKey}`).join('\n');
    const size = job.payload.payload.length;
    const fits =
      current.length < MAX_PUSH_MESSAGES && bytes + size <= MAX_PUSH_BYTES && key === servers;
    if (!fits && current.length > 0) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(job);
    bytes += size;
    servers = key;
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function serversKey(job: JobPayload): string {
  return job.servers.map((server) => server.url).join(' ');
}

/**
 * Tries each server in order with what is still not accepted; one outcome per job, in order.
 * A full queue on one relay outranks a failure on another: the message is fine and will fit
 * once the contact reads.
 */
export async function pushBatch(
  jobs: readonly JobPayload[],
  client: (server: ServerRef) => RelayClient,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = jobs.map(() => ({
    kind: 'retry',
    code: 'RELAY_UNAVAILABLE',
    afterMs: 0,
  }));
  const full = new Map<number, Outcome>();
  // Every relay would refuse a job without the contact's token: ask none.
  let open: number[] = [];
  jobs.forEach((job, i) => {
    if (job.sendToken.length === SEND_TOKEN_BYTES) open.push(i);
    else outcomes[i] = { kind: 'failed', code: 'NO_CAPABILITY' };
  });
  for (const server of jobs[0]?.servers ?? []) {
    if (open.length === 0) break;
    const batch = open.map((i) => jobs[i] as JobPayload);
    const results = await pushTo(client(server), batch);
    open = open.filter((i, n) => {
      const outcome = results[n] ?? outcomes[i];
      if (!outcome) return false;
      outcomes[i] = outcome;
      if (outcome.kind === 'full') full.set(i, outcome);
      return outcome.kind !== 'sent';
    });
  }
  // Not accepted anywhere, but full on some relay: full wins (see above).
  for (const i of open) {
    const outcome = full.get(i);
    if (outcome) outcomes[i] = outcome;
  }
  return outcomes;
}

/** One server, every job in as few requests as it takes: one outcome per job. */
async function pushTo(client: RelayClient, jobs: readonly JobPayload[]): Promise<Outcome[]> {
  try {
    const results = await client.push(
      jobs.map((job) => ({
        destination: job.destination,
        sendToken: job.sendToken,
        payload: job.payload,
      })),
    );
    return jobs.map((_, i) => resultOutcome(results[i]));
  } catch (err) {
    if (jobs.length > 1 && isRelayClientError(err) && TOO_LARGE.has(err.relayCode)) {
      const half = Math.ceil(jobs.length / 2);
      const first = await pushTo(client, jobs.slice(0, half));
      return [...first, ...(await pushTo(client, jobs.slice(half)))];
    }
    const outcome = errorOutcome(err);
    return jobs.map(() => outcome);
  }
}

function resultOutcome(result: PushResult | undefined): Outcome {
  if (result?.accepted) return { kind: 'sent' };
  if (result?.errorCode === 'QUEUE_FULL')
    return { kind: 'full', afterMs: result.retryAfterMs ?? 0 };
  return { kind: 'failed', code: result?.errorCode ?? 'RELAY_BAD_REPLY' };
}

function errorOutcome(err: unknown): Outcome {
  if (isRelayClientError(err) && err.retryable) {
    return { kind: 'retry', code: err.code, afterMs: err.retryAfterMs };
  }
  // Still off after adopting the relay's clock: say so, not just "rejected" (the user can fix
  // the clock and retry).
  if (isRelayClientError(err) && err.relayCode === 'CLOCK_SKEW') {
    return { kind: 'failed', code: 'CLOCK_SKEW' };
  }
  return { kind: 'failed', code: isAppError(err) ? err.code : 'INTERNAL' };
}
