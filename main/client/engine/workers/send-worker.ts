/**
 * The send worker (DESIGN.md §5 "Outbox"): drains due outbox jobs, pushing each job's sealed
 * bytes to its servers in order (failover). Accepted → completeJob + 'sent' in one
 * transaction; relay unreachable → exponential backoff with jitter for that peer's queue, the
 * message stays 'pending'; the contact's queue full (QUEUE_FULL) → that peer's queue waits at
 * least as long as the relay asked, the message stays 'pending'; rejected → 'failed' with the
 * relay's code (NO_CAPABILITY, without asking a relay, when we hold no send token).
 */
import { isAppError } from '../../../../core/errors';
import type { EngineContext } from '../context';
import { SEND_TOKEN_BYTES } from '../../../../core/lookup';
import type { ServerRef } from '../../model';
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
  /** The relays cannot be reached: every queue that needs them waits. */
  | { kind: 'retry'; code: string; afterMs: number }
  /** The contact's queue is full: only this contact's jobs wait, for it to read. */
  | { kind: 'full'; afterMs: number }
  | { kind: 'failed'; code: string };
type Deferral = Extract<Outcome, { kind: 'retry' | 'full' }>;

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
      const outcome = known ?? (await this.push(payload, job.peerUid));
      if (outcome.kind === 'sent' || outcome.kind === 'failed') {
        await this.finish(job, payload.messageUuid, outcome);
        continue;
      }
      deferred.add(job.peerUid);
      this.defer(job, outcome);
      if (known || outcome.kind === 'full') continue; // the relay is fine: others go on
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

  private defer(job: OutboxJob, outcome: Deferral): void {
    // A rate-limited relay or a full queue said how long to wait; never come back sooner.
    const wait = Math.max(backoffMs(job.attempts), outcome.afterMs);
    const code = outcome.kind === 'full' ? 'QUEUE_FULL' : outcome.code;
    this.ctx.profile.messages.deferPeerJobs(job, this.ctx.now() + wait, code);
  }

  private decode(job: OutboxJob): JobPayload | undefined {
    try {
      return decodeJobPayload(job.payload);
    } catch {
      void this.finish(job, '', { kind: 'failed', code: 'STORAGE_CORRUPT' });
      return undefined;
    }
  }

  /**
   * Tries each server in order; the first acceptance wins. A full queue on one relay outranks
   * a failure on another: the message is fine and will fit once the contact reads.
   */
  private async push(job: JobPayload, peerUid: string): Promise<Outcome> {
    // Every relay would refuse it (a peer stored without the contact's token): ask none.
    if (job.sendToken.length !== SEND_TOKEN_BYTES) return { kind: 'failed', code: 'NO_CAPABILITY' };
    let last: Outcome = { kind: 'retry', code: 'RELAY_UNAVAILABLE', afterMs: 0 };
    let full: Outcome | undefined;
    for (const server of job.servers) {
      last = await this.pushTo(server, job, peerUid);
      if (last.kind === 'sent') return last;
      if (last.kind === 'full') full = last;
    }
    return full ?? last;
  }

  private async pushTo(server: ServerRef, job: JobPayload, peerUid: string): Promise<Outcome> {
    try {
      const message = {
        destination: job.destination,
        sendToken: job.sendToken,
        payload: job.payload,
      };
      // With separate connections, on the contact's own lane (PROTOCOL.md §7).
      const client = this.ctx.relays.forRelationship(server, peerUid);
      const [result] = await client.push([message]);
      if (result?.accepted) return { kind: 'sent' };
      if (result?.errorCode === 'QUEUE_FULL') {
        return { kind: 'full', afterMs: result.retryAfterMs ?? 0 };
      }
      return { kind: 'failed', code: result?.errorCode ?? 'RELAY_BAD_REPLY' };
    } catch (err) {
      if (isRelayClientError(err) && err.retryable) {
        return { kind: 'retry', code: err.code, afterMs: err.retryAfterMs };
      }
      // Still off after adopting the relay's clock: say so, not just "rejected" (the user can
      // fix the clock and retry).
      if (isRelayClientError(err) && err.relayCode === 'CLOCK_SKEW') {
        return { kind: 'failed', code: 'CLOCK_SKEW' };
      }
      return { kind: 'failed', code: isAppError(err) ? err.code : 'INTERNAL' };
    }
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
      const moved = moveIfStored(() => db.updateState(job.peerUid, uuid, state, fields));
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

/** Its row may be gone (the user cleared the conversation while it was on its way): no move. */
function moveIfStored(move: () => boolean): boolean {
  try {
    return move();
  } catch (err) {
    if (isAppError(err, 'STORAGE_NOT_FOUND')) return false;
    throw err;
  }
}
