/**
 * The poll worker (DESIGN.md §5): one long-poll loop per server over the lookup keys of every
 * peer (offered peers too, so invitation answers arrive). Entries are handled in queue order,
 * a unit of up to UNIT_ENTRIES at a time through the peer's queue, and the relay cursor is
 * acked only after they were handled (stored, or rejected by code), so nothing is lost and bad
 * entries do not loop.
 */
import { isAppError } from '../../../../core/errors';
import { toB64 } from '../../b64';
import type { EngineContext } from '../context';
import type { ServerRef } from '../../model';
import type { QueueBatch, QueueRef } from '../../relay';
import type { meow } from '../../../../proto';
import { backoffMs } from './backoff';

export const LONG_POLL_MS = 25_000;

/**
 * Entries handled as one unit (one transaction, one ratchet write: client/engine/receive.ts).
 * Bounded so the peer's queue is not held for long (a sendText waits behind it), and so a crash
 * between a unit's transaction and its ratchet write leaves far fewer keys behind than the
 * ratchet's MAX_SKIP (1,000) whatever batch size the relay allows.
 */
export const UNIT_ENTRIES = 200;

type QueueAckRef = QueueRef & { readonly cursor: number };

export interface PolledQueue extends QueueRef {
  readonly peerUid: string;
}

export interface RequestJob {
  readonly server: ServerRef;
  readonly queues: readonly PolledQueue[];
}

/**
 * Handles a unit of entries of one peer, in queue order; reports failures itself. Resolves
 * false when the queue is no longer this device's (a handoff): nothing of it is acked.
 */
export type EntriesHandler = (
  peerUid: string,
  entries: readonly meow.PackedUserMessage[],
) => Promise<boolean>;

export interface PollSource {
  /** Per server, the queues to pull (GetRequestJobs). */
  getRequestJobs(): Promise<RequestJob[]>;
  readonly handleEntries: EntriesHandler;
}

export class PollWorker {
  private abort = new AbortController();
  private loops: Promise<void>[] = [];
  private stopped = false;
  /** Per lookup key: the last cursor handled (entries up to it are done in this run). */
  private readonly cursors = new Map<string, number>();
  /** Per relay URL: acks of handled entries whose ack call did not get through. */
  private readonly unacked = new Map<string, QueueAckRef[]>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly source: PollSource,
  ) {}

  async start(): Promise<void> {
    const jobs = await this.source.getRequestJobs();
    this.loops = jobs.map((job) => this.loop(job, this.abort.signal));
  }

  /** The set of queues changed (a new peer): restart the loops with the new key set. */
  refresh(): Promise<void> {
    // Chained so two quick refreshes cannot both start a set of loops.
    this.refreshing = this.refreshing.then(() => this.restart());
    return this.refreshing;
  }

  private refreshing: Promise<void> = Promise.resolve();

  private async restart(): Promise<void> {
    if (this.stopped) return;
    await this.halt();
    if (!this.isStopped()) await this.start();
  }

  /** A method, so the check is re-read after an await (no stale narrowing). */
  private isStopped(): boolean {
    return this.stopped;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.refreshing;
    await this.halt();
  }

  private async halt(): Promise<void> {
    this.abort.abort();
    await Promise.all(this.loops);
    this.abort = new AbortController();
    this.loops = [];
  }

  private async loop(job: RequestJob, signal: AbortSignal): Promise<void> {
    const server = job.server.url;
    let failures = 0;
    this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'running' });
    while (!signal.aborted && job.queues.length > 0) {
      try {
        await this.round(job, signal);
        if (failures > 0)
          this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'running' });
        failures = 0;
      } catch (err) {
        if (isAborted(signal)) break;
        const code = isAppError(err) ? err.code : 'INTERNAL';
        this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'backoff', code });
        await sleep(backoffMs(failures++), signal);
      }
    }
    this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'stopped' });
  }

  private async round(job: RequestJob, signal: AbortSignal): Promise<void> {
    const client = this.ctx.relays.client(job.server);
    const requests = job.queues.map((q) => ({
      ...q,
      after: this.cursors.get(toB64(q.lookupKey)) ?? 0,
    }));
    const batches = await client.pull(requests, { longPollMs: LONG_POLL_MS, signal });
    // Acks a restart of the loops cut off (handled, not acked yet) go with this round's.
    const acks = this.unacked.get(job.server.url) ?? [];
    this.unacked.delete(job.server.url);
    for (const [i, batch] of batches.entries()) {
      const queue = job.queues[i];
      if (!queue || batch.errorCode !== '' || batch.entries.length === 0) continue;
      if (!(await this.handleBatch(queue, batch))) {
        this.ctx.wakePoll(); // the queue set changed: pull without it
        continue;
      }
      acks.push({ lookupKey: queue.lookupKey, pullToken: queue.pullToken, cursor: batch.cursor });
    }
    if (acks.length === 0) return;
    try {
      await client.ack(acks, { signal });
    } catch (err) {
      // Kept for the next round (entries handled but left at the relay would otherwise stay
      // there, skipped by the cursor, until they expire).
      this.unacked.set(job.server.url, acks);
      throw err;
    }
  }

  /** False when the queue was handed to another device meanwhile (nothing may be acked). */
  private async handleBatch(queue: PolledQueue, batch: QueueBatch): Promise<boolean> {
    // Unreadable at the relay (null): skipped, and acked past with the rest.
    const messages = batch.entries.flatMap((e) => (e.message === null ? [] : [e.message]));
    for (let i = 0; i < messages.length; i += UNIT_ENTRIES) {
      const unit = messages.slice(i, i + UNIT_ENTRIES);
      const handled = await this.ctx.queue.run(queue.peerUid, () =>
        this.source.handleEntries(queue.peerUid, unit),
      );
      // Units before were handled (and are deduplicated by the new owner's envelope hashes).
      if (!handled) return false;
    }
    this.cursors.set(toB64(queue.lookupKey), batch.cursor);
    return true;
  }
}

function isAborted(signal: AbortSignal): boolean {
  return signal.aborted;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
