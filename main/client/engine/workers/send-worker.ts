/**
 * The send worker (DESIGN.md §5 "Outbox"): drains due outbox jobs, pushing each job's sealed
 * bytes to its servers in order (failover). Accepted → completeJob + 'sent' in one
 * transaction; relay unreachable → exponential backoff with jitter for that peer's queue, the
 * message stays 'pending'; rejected → 'failed' with the relay's code.
 */
import { isAppError } from '../../../../core/errors';
import type { EngineContext } from '../context';
import { decodeJobPayload, type JobPayload } from '../jobs';
import { hasDevices, queueMessageSync } from '../../devices';
import { isRelayClientError } from '../../relay';
import type { OutboxJob } from '../../../storage';
import { backoffMs } from './backoff';

const BATCH = 1000;
const STORAGE_RETRY_MS = 5_000;

function errorCode(err: unknown): string {
  return isAppError(err) ? err.code : 'INTERNAL';
}

type Outcome =
  | { kind: 'sent' }
  | { kind: 'retry'; code: string; afterMs: number }
  | { kind: 'failed'; code: string };

export class SendWorker {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;
  private current: Promise<void> = Promise.resolve();

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
   * One pass over the due jobs, oldest first. A relay that cannot be reached defers only the
   * queues that need it: the failing job's peer waits as a whole (per-peer FIFO, see
   * storage/outbox.ts), other jobs for the same servers are deferred without another attempt
   * in this pass, and every other peer's jobs still go out.
   */
  private async drain(): Promise<void> {
    const jobs = this.ctx.profile.messages.nextDueJobs(this.ctx.now(), BATCH);
    const unreachable = new Map<string, Extract<Outcome, { kind: 'retry' }>>();
    const deferred = new Set<string>();
    for (const job of jobs) {
      if (this.stopped) return;
      if (deferred.has(job.peerUid)) continue;
      const payload = this.decode(job);
      if (!payload) continue;
      const serversKey = payload.servers.map((server) => server.url).join(' ');
      const known = unreachable.get(serversKey);
      const outcome = known ?? (await this.push(payload));
      if (outcome.kind !== 'retry') {
        await this.finish(job, payload.messageUuid, outcome);
        continue;
      }
      deferred.add(job.peerUid);
      this.defer(job, outcome);
      if (known) continue;
      unreachable.set(serversKey, outcome);
      const server = payload.servers[0]?.url ?? '';
      this.ctx.events.emit('worker.state', {
        worker: 'send',
        server,
        state: 'backoff',
        code: outcome.code,
      });
    }
  }

  private defer(job: OutboxJob, outcome: Extract<Outcome, { kind: 'retry' }>): void {
    // A rate-limited relay said how long to wait; never come back sooner than that.
    const wait = Math.max(backoffMs(job.attempts), outcome.afterMs);
    this.ctx.profile.messages.deferPeerJobs(job, this.ctx.now() + wait, outcome.code);
  }

  private decode(job: OutboxJob): JobPayload | undefined {
    try {
      return decodeJobPayload(job.payload);
    } catch {
      void this.finish(job, '', { kind: 'failed', code: 'STORAGE_CORRUPT' });
      return undefined;
    }
  }

  /** Tries each server in order; the first acceptance wins. */
  private async push(job: JobPayload): Promise<Outcome> {
    let last: Outcome = { kind: 'retry', code: 'RELAY_UNAVAILABLE', afterMs: 0 };
    for (const server of job.servers) {
      try {
        const client = this.ctx.relays.client(server);
        const [result] = await client.push([
          { destination: job.destination, payload: job.payload },
        ]);
        if (result?.accepted) return { kind: 'sent' };
        last = { kind: 'failed', code: result?.errorCode ?? 'RELAY_BAD_REPLY' };
      } catch (err) {
        if (isRelayClientError(err) && err.retryable)
          last = { kind: 'retry', code: err.code, afterMs: err.retryAfterMs };
        else last = { kind: 'failed', code: isAppError(err) ? err.code : 'INTERNAL' };
      }
    }
    return last;
  }

  /**
   * Completes the job and moves its message on; the new state's sync to the sibling devices is
   * recorded in the same transaction (sync-out.ts) and sent by the dispatcher.
   */
  private async finish(job: OutboxJob, uuid: string, outcome: Outcome): Promise<void> {
    const ctx = this.ctx;
    const db = ctx.profile.messages;
    const state = outcome.kind === 'sent' ? 'sent' : 'failed';
    const reason = outcome.kind === 'failed' ? outcome.code : undefined;
    const siblings = uuid !== '' && (await hasDevices(ctx));
    const changed = db.transaction(() => {
      db.completeJob(job.jobId);
      if (uuid === '') return false;
      const fields = reason ? { failureReason: reason } : { sentAt: ctx.now() };
      const moved = db.updateState(job.peerUid, uuid, state, fields);
      if (moved && siblings) queueMessageSync(ctx, job.peerUid, uuid);
      return moved;
    });
    if (changed) {
      const event = { peerUid: job.peerUid, uuid, state, ...(reason ? { reason } : {}) } as const;
      this.ctx.events.emit('message.statusChanged', event);
    }
    if (reason)
      this.ctx.events.emit('error', { where: 'send.job', code: reason, peerUid: job.peerUid });
    if (changed && siblings) ctx.syncs.wake();
  }
}
