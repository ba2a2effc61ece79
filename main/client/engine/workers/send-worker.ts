/**
 * The send worker (DESIGN.md §5 "Outbox"): drains due outbox jobs, pushing their sealed bytes
 * to their servers in order (failover), a peer's jobs several per relay request (push-batch.ts).
 * Accepted → completeJob + 'sent', a batch's results in one transaction; relay unreachable →
 * exponential backoff with jitter for that peer's queue, the message stays 'pending'; the
 * contact's queue full (QUEUE_FULL) → that peer's queue waits at least as long as the relay
 * asked, the message stays 'pending'; rejected → 'failed' with the relay's code
 * (NO_CAPABILITY, without asking a relay, when we hold no send token).
 */
import { isAppError } from '../../../../core/errors';
import type { EngineContext } from '../context';
import { decodeJobPayload, type JobPayload } from '../jobs';
import { hasDevices, queueMessageSync } from '../../devices';
import type { OutboxJob } from '../../../storage';
import { backoffMs } from './backoff';
import { batchesOf, pushBatch, serversKey as serversOf, type Outcome } from './push-batch';

const BATCH = 1000;
const STORAGE_RETRY_MS = 5_000;

function errorCode(err: unknown): string {
  return isAppError(err) ? err.code : 'INTERNAL';
}

type Deferral = Extract<Outcome, { kind: 'retry' | 'full' }>;

export class SendWorker {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();
  /** Relays a push failed to reach (said in 'backoff'), until a push through them goes out. */
  private readonly failing = new Set<string>();

  constructor(private readonly ctx: EngineContext) {}

  start(): void {
    this.wake();
  }

  /** Drains now (or right after the current round). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.current = this.loop().finally(() => {
      this.running = false;
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.current;
  }

  private async loop(): Promise<void> {
    try {
      do {
        this.again = false;
        await this.drain();
      } while (this.shouldRunAgain());
      this.schedule();
    } catch (err) {
      // Storage went away (closing, a disk error): the jobs stay queued for a later round.
      this.ctx.events.emit('error', { where: 'send.job', code: errorCode(err) });
      this.retryLater();
    }
  }

  /** A method, so the flags are re-read after the awaits in drain (no stale narrowing). */
  private shouldRunAgain(): boolean {
    return this.again && !this.stopped;
  }

  private retryLater(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.wake();
    }, STORAGE_RETRY_MS);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    const at = this.ctx.profile.messages.nextJobDueAt();
    if (at === undefined) return;
    this.timer = setTimeout(
      () => {
        this.wake();
      },
      Math.max(0, at - this.ctx.now()),
    );
  }

  /**
   * One pass over the due jobs, oldest first. Each peer's due jobs go out in batches (one relay
   * request for up to MAX_PUSH_MESSAGES, push-batch.ts), in queue order, and each batch's
   * results are recorded in one transaction. A relay that cannot be reached defers only the
   * queues that need it: the failing job's peer waits as a whole (per-peer FIFO, see
   * storage/outbox.ts), other jobs for the same servers are deferred without another attempt
   * in this pass, and every other peer's jobs still go out.
   */
  private async drain(): Promise<void> {
    const jobs = this.ctx.profile.messages.nextDueJobs(this.ctx.now(), BATCH);
    const unreachable = new Map<string, Extract<Outcome, { kind: 'retry' }>>();
    for (const peerJobs of byPeer(jobs).values()) {
      if (this.stopped) return;
      await this.drainPeer(peerJobs, unreachable);
    }
  }

  /**
   * One peer's due jobs, batch after batch. A batch's results are committed while the next
   * batch is on its way (the commit's fsync and the relay's work overlap): a crash in between
   * only pushes those jobs again, and the receiver drops a copy by its envelope hash.
   */
  private async drainPeer(
    peerJobs: readonly OutboxJob[],
    unreachable: Map<string, Extract<Outcome, { kind: 'retry' }>>,
  ): Promise<void> {
    const held = (peerJobs[0]?.attempts ?? 0) > 0;
    let unfinished: Finished[] = [];
    for (const batch of batchesOf(this.decodeAll(peerJobs), held)) {
      if (this.stopped) break;
      const first = batch[0];
      if (!first) continue;
      const serversKey = serversOf(first.payload);
      const known = unreachable.get(serversKey);
      const pushing = known
        ? Promise.resolve(batch.map(() => known))
        : pushBatch(
            batch.map((b) => b.payload),
            (server) => this.ctx.relays.forRelationship(server, first.job.peerUid),
          );
      if (unfinished.length > 0) {
        await new Promise(setImmediate); // the request leaves before the commit holds the thread
        await this.finish(unfinished);
      }
      const { done, deferral } = this.classify(batch, await pushing);
      unfinished = done;
      const server = first.payload.servers[0]?.url ?? '';
      if (!deferral) {
        this.reached(server);
        continue;
      }
      if (known || deferral.kind === 'full') break; // the relay is fine: others go on
      unreachable.set(serversKey, deferral);
      this.failing.add(server);
      this.ctx.events.emit('worker.state', {
        worker: 'send',
        server,
        state: 'backoff',
        code: deferral.code,
      });
      break; // this peer waits as a whole
    }
    await this.finish(unfinished);
  }

  /**
   * A batch went out: the relay that failed before answers again (relay-health.ts). With
   * several servers a later one may have taken it (failover); the first is then called
   * reachable too early, which hides nothing the user needs: the messages went out.
   */
  private reached(server: string): void {
    if (!this.failing.delete(server)) return;
    this.ctx.events.emit('worker.state', { worker: 'send', server, state: 'running' });
  }

  /**
   * Sorts one batch's outcomes: accepted and failed jobs are to be finished; the first job
   * that must wait defers its peer's queue at once, and that deferral is returned.
   */
  private classify(batch: readonly Decoded[], outcomes: readonly Outcome[]) {
    const done: Finished[] = [];
    let deferral: Deferral | undefined;
    batch.forEach(({ job, payload }, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      if (outcome.kind === 'sent' || outcome.kind === 'failed') {
        done.push({ job, uuid: payload.messageUuid, outcome });
      } else if (!deferral) {
        deferral = outcome;
        this.defer(job, outcome);
      }
    });
    return { done, deferral };
  }

  private defer(job: OutboxJob, outcome: Deferral): void {
    // A rate-limited relay or a full queue said how long to wait; never come back sooner.
    const wait = Math.max(backoffMs(job.attempts), outcome.afterMs);
    const code = outcome.kind === 'full' ? 'QUEUE_FULL' : outcome.code;
    this.ctx.profile.messages.deferPeerJobs(job, this.ctx.now() + wait, code);
  }

  /** The jobs whose payload reads; an unreadable one fails its job (STORAGE_CORRUPT). */
  private decodeAll(jobs: readonly OutboxJob[]): Decoded[] {
    const out: Decoded[] = [];
    for (const job of jobs) {
      try {
        out.push({ job, payload: decodeJobPayload(job.payload) });
      } catch {
        void this.finish([{ job, uuid: '', outcome: { kind: 'failed', code: 'STORAGE_CORRUPT' } }]);
      }
    }
    return out;
  }

  /**
   * Completes the jobs and moves their messages on, in one transaction; each new state's sync
   * to the sibling devices is recorded in it too (sync-out.ts) and sent by the dispatcher. It
   * commits without an fsync, off the thread's critical path (MessageDb `redoableTransaction`).
   */
  private async finish(done: readonly Finished[]): Promise<void> {
    if (done.length === 0) return;
    const ctx = this.ctx;
    const db = ctx.profile.messages;
    const siblings = done.some((d) => d.uuid !== '') && (await hasDevices(ctx));
    // Redoable (no fsync): lost to a power cut, the jobs are pushed again and the receiver
    // drops the copies by their envelope hashes; the states and syncs follow again.
    const changed = db.redoableTransaction(() =>
      done.filter(({ job, uuid, outcome }) => {
        db.completeJob(job.jobId);
        if (uuid === '') return false;
        const state = outcome.kind === 'sent' ? 'sent' : 'failed';
        const fields =
          outcome.kind === 'failed' ? { failureReason: outcome.code } : { sentAt: ctx.now() };
        const moved = moveIfStored(() => db.updateState(job.peerUid, uuid, state, fields));
        if (moved && siblings) queueMessageSync(ctx, job.peerUid, uuid);
        return moved;
      }),
    );
    const moved = new Set(changed);
    for (const d of done) {
      const { peerUid } = d.job;
      const reason = d.outcome.kind === 'failed' ? d.outcome.code : undefined;
      if (moved.has(d)) {
        const state = reason ? 'failed' : 'sent';
        const event = { peerUid, uuid: d.uuid, state, ...(reason ? { reason } : {}) } as const;
        ctx.events.emit('message.statusChanged', event);
      }
      if (reason) ctx.events.emit('error', { where: 'send.job', code: reason, peerUid });
    }
    if (moved.size > 0 && siblings) ctx.syncs.wake();
  }
}

interface Decoded {
  readonly job: OutboxJob;
  readonly payload: JobPayload;
}

interface Finished {
  readonly job: OutboxJob;
  readonly uuid: string;
  readonly outcome: Extract<Outcome, { kind: 'sent' | 'failed' }>;
}

/** Due jobs by peer, each peer's in queue order; peers in the order of their oldest job. */
function byPeer(jobs: readonly OutboxJob[]): Map<string, OutboxJob[]> {
  const out = new Map<string, OutboxJob[]>();
  for (const job of jobs) {
    const list = out.get(job.peerUid);
    if (list) list.push(job);
    else out.set(job.peerUid, [job]);
  }
  return out;
}

/** Its row may be gone (the user cleared the conversation while it was on its way): no move. */
function moveIfStored(move: () => boolean): boolean {
  try {
    return move();
  } catch (err) {
    if (isAppError(err, 'STORAGE_NOT_FOUND')) return false;
    throw err;
  }
}
