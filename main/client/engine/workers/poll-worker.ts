/**
 * The poll worker (DESIGN.md §5): one long-poll loop per server over the lookup keys of every
 * peer (offered peers too, so invitation answers arrive) — or, with the `separatePolls`
 * setting, one per relationship per server, each on connections of its own (poll-jobs.ts).
 * Entries are handled in queue order, a unit of up to UNIT_ENTRIES at a time through the
 * peer's queue, and the relay cursor is acked only after they were handled (stored, or
 * rejected by code), so nothing is lost and bad entries do not loop. The acks ride on the
 * loop's next pull (the relay applies them before it reads or holds it): one request per
 * round instead of two; a loop that stops sends what it still owes in an ack of its own. A
 * gap the relay reports (entries expired unread) is noted before the batch's entries
 * (../gaps.ts).
 */
import { isAppError } from '../../../../core/errors';
import { toB64 } from '../../b64';
import type { EngineContext } from '../context';
import type { UnitHint } from '../receive';
import { gapToNote, noteGap, type GapQueue } from '../gaps';
import type { QueueBatch, QueueRef, RelayClient } from '../../relay';
import type { meow } from '../../../../proto';
import { backoffMs } from './backoff';
import { byRelationship, lanesOf, type PolledQueue, type RequestJob } from './poll-jobs';

export type { PolledQueue, RequestJob } from './poll-jobs';

export const LONG_POLL_MS = 25_000;

/**
 * Entries handled as one unit (one transaction, one ratchet write: client/engine/receive.ts).
 * As many as a relay hands out per pull by default (500), so a backlog costs one fsynced commit
 * and one ratchet write per pull. Bounded so the peer's queue is not held for long (a sendText
 * waits behind it), and so a crash between a unit's transaction and its ratchet write leaves
 * fewer keys behind than the ratchet's MAX_SKIP (1,000) whatever batch size the relay allows.
 */
export const UNIT_ENTRIES = 500;

/**
 * How long a stop (or a restart of the loops) lets the acks the loops still owe go out: entries
 * handled but left unacked would come back after a restart, or — if the device then stays
 * away past the relay's TTL — be reported as expired although they were stored.
 */
export const ACK_GRACE_MS = 2_000;

type QueueAckRef = QueueRef & { readonly cursor: number };

/** A queue on one relay (the same lookup key may live on several relays, each its own seq). */
function queueKey(relayUrl: string, lookupKey: Uint8Array): string {
  return `${relayUrl}\n${toB64(lookupKey)}`;
}

/**
 * Handles a unit of entries of one peer, in queue order; reports failures itself. Resolves
 * false when the queue is no longer this device's (a handoff): nothing of it is acked.
 */
export type EntriesHandler = (
  peerUid: string,
  entries: readonly meow.PackedUserMessage[],
  hint?: UnitHint,
) => Promise<boolean>;

/**
 * A pull sent before the entries of the previous reply were handled (a backlog: the relay said
 * `more`), so the relay reads and seals the next batch while this process decrypts and commits
 * the current one. It carries only acks of entries handled before it was sent, and is used
 * only if every queue's cursor is still the one it pulled after.
 */
interface Prefetch {
  readonly reply: Promise<QueueBatch[]>;
  readonly afters: readonly number[];
  readonly acks: readonly QueueAckRef[];
}

export interface PollSource {
  /** Per server, the queues to pull (GetRequestJobs). */
  getRequestJobs(): Promise<RequestJob[]>;
  readonly handleEntries: EntriesHandler;
}

export class PollWorker {
  private abort = new AbortController();
  /** Aborts acks only ACK_GRACE_MS after the loops were told to stop. */
  private ackAbort = new AbortController();
  private loops: Promise<void>[] = [];
  private stopped = false;
  /** Per queue (queueKey): the last cursor handled (entries up to it are done in this run). */
  private readonly cursors = new Map<string, number>();
  /**
   * Per queue (queueKey): the ack of handled entries not yet confirmed by the relay, and the
   * loop (job) whose next pull carries it.
   */
  private readonly unacked = new Map<string, { ack: QueueAckRef; job: RequestJob }>();
  /** Per loop (job): the next pull, already on its way (Prefetch). */
  private readonly prefetched = new Map<RequestJob, Prefetch>();

  constructor(
    private readonly ctx: EngineContext,
    private readonly source: PollSource,
  ) {}

  /** Reads the setting each time: switching it takes effect at the next refresh. */
  async start(): Promise<void> {
    const jobs = await this.source.getRequestJobs();
    const separate = this.ctx.profile.settings.separatePolls;
    const loops = separate ? byRelationship(jobs) : jobs;
    // The send worker follows the same setting (its pushes go on the contact's lane).
    this.ctx.relays.separateLanes = separate;
    this.ctx.relays.retainLanes(lanesOf(loops));
    this.loops = loops.map((job) => this.loop(job, this.abort.signal));
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
    this.ctx.relays.closeLanes();
  }

  private async halt(): Promise<void> {
    this.abort.abort();
    const acks = this.ackAbort;
    const grace = setTimeout(() => {
      acks.abort();
    }, ACK_GRACE_MS);
    await Promise.all(this.loops);
    await this.flushUnacked(acks.signal);
    clearTimeout(grace);
    this.abort = new AbortController();
    this.ackAbort = new AbortController();
    this.loops = [];
  }

  /** Sends the acks the stopped loops still owe, each loop's on its own client (its lane). */
  private async flushUnacked(signal: AbortSignal): Promise<void> {
    const byJob = new Map<RequestJob, QueueAckRef[]>();
    for (const { ack, job } of this.unacked.values()) {
      byJob.set(job, [...(byJob.get(job) ?? []), ack]);
    }
    await Promise.all(
      [...byJob].map(async ([job, acks]) => {
        try {
          await this.client(job).ack(acks, { signal });
          for (const ack of acks) this.unacked.delete(queueKey(job.server.url, ack.lookupKey));
        } catch {
          // Kept: the next start's first pull carries them.
        }
      }),
    );
  }

  /**
   * 'running' is said once the relay answered: the loop's first round, and the first after a
   * failure, pull without being held (a probe), so that a relay which is back is known at once
   * rather than when a long-poll runs out (the UI's "can't reach the relay" goes with it).
   */
  private async loop(job: RequestJob, signal: AbortSignal): Promise<void> {
    const server = job.server.url;
    let failures = 0;
    let probing = true;
    while (!signal.aborted && job.queues.length > 0) {
      try {
        await this.round(job, signal, probing);
        if (probing)
          this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'running' });
        failures = 0;
        probing = false;
      } catch (err) {
        // Pulled after cursors that a failed round did not reach: never used.
        this.prefetched.delete(job);
        if (isAborted(signal)) break;
        const code = isAppError(err) ? err.code : 'INTERNAL';
        this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'backoff', code });
        probing = true;
        await sleep(backoffMs(failures++), signal);
      }
    }
    this.prefetched.delete(job);
    this.ctx.events.emit('worker.state', { worker: 'poll', server, state: 'stopped' });
  }

  /** A lane's own client, or the relay's shared one. */
  private client(job: RequestJob): RelayClient {
    if (job.lane === undefined) return this.ctx.relays.client(job.server);
    return this.ctx.relays.lane(job.server, job.lane);
  }

  /** One pull and its entries; `probe`: a pull the relay answers at once, without holding it. */
  private async round(job: RequestJob, signal: AbortSignal, probe: boolean): Promise<void> {
    const url = job.server.url;
    const afters = job.queues.map((q) => this.cursors.get(queueKey(url, q.lookupKey)) ?? 0);
    const ahead = this.prefetched.get(job);
    this.prefetched.delete(job);
    const { reply, acks } =
      ahead && sameCursors(ahead.afters, afters)
        ? ahead
        : this.pull(job, afters, signal, probe ? 0 : LONG_POLL_MS);
    const batches = await reply;
    // Applied (the relay acks before it reads): no longer owed, unless a newer one replaced it.
    for (const ack of acks) {
      const key = queueKey(url, ack.lookupKey);
      if (this.unacked.get(key)?.ack === ack) this.unacked.delete(key);
    }
    this.prefetch(job, batches, afters, signal);
    for (const [i, batch] of batches.entries()) {
      const queue = job.queues[i];
      if (!queue || batch.errorCode !== '') continue;
      if (!(await this.handleBatch(url, queue, batch))) {
        this.prefetched.delete(job);
        this.ctx.wakePoll(); // the queue set changed: pull without it
        continue;
      }
      const cursor = ackCursor(batch);
      const key = queueKey(url, queue.lookupKey);
      // Owed until a pull (or, on a stop, an ack) carries it: entries handled but left at the
      // relay would otherwise stay there, skipped by the cursor, until they expire.
      if (cursor !== undefined) this.unacked.set(key, { ack: { ...refOf(queue), cursor }, job });
    }
  }

  /** A pull after the cursors `afters` (per queue of the job), with the acks owed so far. */
  private pull(
    job: RequestJob,
    afters: readonly number[],
    signal: AbortSignal,
    longPollMs = LONG_POLL_MS,
  ): Prefetch {
    const requests = job.queues.map((q, i) => ({ ...q, after: afters[i] ?? 0 }));
    // What the previous rounds handled goes with this pull: only this job's queues, so a
    // lane's request names no other relationship's queue.
    const acks = this.owedAcks(job.server.url, job.queues);
    const reply = this.client(job).pull(requests, { longPollMs, signal, acks });
    return { reply, afters, acks };
  }

  /**
   * A backlog (some queue has `more`): the next pull leaves now, after the cursors this reply
   * will reach once handled, so the relay works on it while this one is handled. Its failure
   * is seen only when (and if) it is used.
   */
  private prefetch(
    job: RequestJob,
    batches: readonly QueueBatch[],
    afters: readonly number[],
    signal: AbortSignal,
  ): void {
    if (signal.aborted || !batches.some((b) => b.errorCode === '' && b.more)) return;
    const next = job.queues.map((_, i) => {
      const batch = batches[i];
      const handled = batch && batch.errorCode === '' && batch.entries.length > 0;
      return handled ? batch.cursor : (afters[i] ?? 0);
    });
    const ahead = this.pull(job, next, signal);
    ahead.reply.catch(() => undefined); // awaited by the next round, or dropped unused
    this.prefetched.set(job, ahead);
  }

  private owedAcks(relayUrl: string, queues: readonly PolledQueue[]): QueueAckRef[] {
    return queues.flatMap((q) => {
      const owed = this.unacked.get(queueKey(relayUrl, q.lookupKey));
      return owed ? [owed.ack] : [];
    });
  }

  /** False when the queue was handed to another device meanwhile (nothing may be acked). */
  private async handleBatch(
    relayUrl: string,
    queue: PolledQueue,
    batch: QueueBatch,
  ): Promise<boolean> {
    const gap = { expired: batch.expired, unknown: batch.expiredUnknown };
    const gapQueue: GapQueue = { relayUrl, lookupKey: queue.lookupKey, peerUid: queue.peerUid };
    // Not read this time (the reply's budget ran out first): no gap fields, not "no gap".
    const unread = batch.more && batch.entries.length === 0;
    if (!unread && gapToNote(this.ctx, gapQueue, gap)) {
      // In the peer's queue and before its entries: the notice comes before what followed it.
      const ours = await this.ctx.queue.run(queue.peerUid, () => noteGap(this.ctx, gapQueue, gap));
      if (!ours) return false;
    }
    if (batch.entries.length === 0) return true;
    // Unreadable at the relay (null): skipped, and acked past with the rest.
    const messages = batch.entries.flatMap((e) => (e.message === null ? [] : [e.message]));
    for (let i = 0; i < messages.length; i += UNIT_ENTRIES) {
      const unit = messages.slice(i, i + UNIT_ENTRIES);
      const hint = { more: batch.more || i + UNIT_ENTRIES < messages.length };
      const handled = await this.ctx.queue.run(queue.peerUid, () =>
        this.source.handleEntries(queue.peerUid, unit, hint),
      );
      // Units before were handled (and are deduplicated by the new owner's envelope hashes).
      if (!handled) return false;
    }
    this.cursors.set(queueKey(relayUrl, queue.lookupKey), batch.cursor);
    return true;
  }
}

function sameCursors(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((cursor, i) => cursor === b[i]);
}

function refOf(queue: PolledQueue): QueueRef {
  return { lookupKey: queue.lookupKey, pullToken: queue.pullToken };
}

/**
 * What to ack for a handled batch: its cursor when it had entries; past a gap with nothing
 * after it (those entries are gone, so this removes nothing), which ends the relay's report
 * of it (PROTOCOL.md §8 "Expiry and gaps"); else nothing.
 */
export function ackCursor(batch: QueueBatch): number | undefined {
  if (batch.entries.length > 0) return batch.cursor;
  if (batch.more || batch.expired === 0) return undefined;
  const past = batch.cursor + batch.expired;
  return Number.isSafeInteger(past) ? past : undefined;
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
