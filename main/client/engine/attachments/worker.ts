/**
 * The attachment worker: moves every row in a working state (`encrypting`, `uploading`,
 * `queued`) one step at a time — seal, upload, download — a few rows at once. Woken when a row
 * is added or asked for again, and by a timer for the next retry; started with the engine, so
 * what a crash or quit interrupted carries on where the rows say (each step is safe to run
 * again: upload.ts, download.ts).
 *
 * A failure either ends the row (a state that stays, with its code: the file is gone, the
 * relay refused it for good, the blob expired, the chunks do not match the digest) or is tried
 * again later with backoff (the relay unreachable or busy, a chunk not uploaded yet or one that
 * failed authentication, which is fetched again).
 */
import { isAppError } from '../../../../core/errors';
import { AttachmentFiles, type AttachmentRow, type AttachmentState } from '../../../storage';
import { blobRelayCode, RelayClientError } from '../../relay';
import type { EngineContext } from '../context';
import { backoffMs } from '../workers/backoff';
import { canAskSiblings, requestCopy } from '../../devices';
import { isBackfillCopy } from './backfill';
import { downloadFile } from './download';
import { announce } from './progress';
import { purgeAttachment, removeStrayFolders } from './purge';
import { sealFile, uploadFile } from './upload';

/** Rows moved at the same time in each lane. */
const LANE_SIZE = 3;
/** Due rows looked at per turn (some may be running, or their lane full). */
const LOOK_AHEAD = 32;

type Lane = 'seal' | 'transfer' | 'purge';

type Working = 'encrypting' | 'uploading' | 'queued' | 'purging' | 'deleting';
type Step = (
  ctx: EngineContext,
  files: AttachmentFiles,
  row: AttachmentRow,
  signal: AbortSignal,
) => Promise<void>;

const LANES: Readonly<Record<Working, Lane>> = {
  encrypting: 'seal',
  uploading: 'transfer',
  queued: 'transfer',
  purging: 'purge',
  deleting: 'purge',
};

/** What moves a row in each working state (the only states `dueAttachments` lists). */
const STEPS: Readonly<Record<Working, Step>> = {
  encrypting: sealFile,
  uploading: uploadFile,
  queued: downloadFile,
  purging: purgeAttachment,
  deleting: purgeAttachment,
};

export class AttachmentWorker {
  private files: Promise<AttachmentFiles> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** Ends the drain's wait for a running step: something new may start. */
  private nudge: (() => void) | undefined;
  private stopped = true;
  private timer: NodeJS.Timeout | undefined;
  private abort = new AbortController();
  /** The rows being moved now, each with what stops its step alone (cancel). */
  private readonly steps = new Map<string, AbortController>();

  constructor(private readonly ctx: EngineContext) {}

  start(): void {
    this.stopped = false;
    this.abort = new AbortController();
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      this.nudge?.(); // a new row starts now if its lane has room
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((err: unknown) => {
        const code = isAppError(err) ? err.code : 'INTERNAL';
        this.ctx.events.emit('error', { where: 'attachments', code });
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        } else this.schedule();
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort();
    await this.running;
  }

  /**
   * Stops the step moving `localId`, if one runs: the caller has already moved the row out of
   * its working state, so whatever the step still finishes changes nothing (conditional
   * transitions), and what it throws is dropped.
   */
  cancel(localId: string): void {
    this.steps.get(localId)?.abort();
  }

  private schedule(): void {
    if (this.stopped) return;
    const at = this.ctx.profile.messages.nextAttachmentDueAt();
    if (at === undefined) return;
    const wait = Math.max(0, at - this.ctx.now());
    this.timer = setTimeout(() => {
      this.wake();
    }, wait);
    this.timer.unref();
  }

  private async drain(): Promise<void> {
    if (!this.files) {
      this.files = AttachmentFiles.open(this.ctx.profile.dir);
      await removeStrayFolders(this.ctx, await this.files);
    }
    const files = await this.files;
    const active = new Map<string, { lane: Lane; run: Promise<void> }>();
    try {
      while (!this.stopped) {
        this.startDue(files, active);
        if (active.size === 0) return;
        const woken = new Promise<void>((resolve) => {
          this.nudge = resolve;
        });
        await Promise.race([woken, ...[...active.values()].map((a) => a.run)]);
        this.nudge = undefined;
      }
    } finally {
      await Promise.all([...active.values()].map((a) => a.run));
    }
  }

  /**
   * Starts what is due, up to LANE_SIZE per lane: sealing (a file the window is handing over
   * must not wait behind another message's long upload), transfers, purges. A slot is taken
   * again as soon as its step ends.
   */
  private startDue(
    files: AttachmentFiles,
    active: Map<string, { lane: Lane; run: Promise<void> }>,
  ) {
    const busy = (lane: Lane) => [...active.values()].filter((a) => a.lane === lane).length;
    const due = this.ctx.profile.messages.dueAttachments(this.ctx.now(), LOOK_AHEAD);
    for (const row of due) {
      const lane = LANES[row.state as Working];
      if (active.has(row.localId) || busy(lane) >= LANE_SIZE) continue;
      const run = this.move(files, row).finally(() => active.delete(row.localId));
      active.set(row.localId, { lane, run });
    }
  }

  /** One step of one row; every outcome moves the row or puts it off, so `drain` ends. */
  private async move(files: AttachmentFiles, row: AttachmentRow): Promise<void> {
    const step = new AbortController();
    this.steps.set(row.localId, step);
    const signal = AbortSignal.any([this.abort.signal, step.signal]);
    try {
      await STEPS[row.state as Working](this.ctx, files, row, signal);
    } catch (err) {
      // Aborted by stop() (the row is where it was) or by cancel() (the row was moved on).
      if (this.stopped || step.signal.aborted) return;
      // A file the relay no longer has: the siblings are asked for it (backfill.ts).
      const askSiblings = endStateFor(err) === 'expired' && (await canAskSiblings(this.ctx));
      this.fail(row, err, askSiblings);
      if (askSiblings) await this.ctx.syncs.flush(); // the request queued with the failure
    } finally {
      this.steps.delete(row.localId);
    }
  }

  private fail(row: AttachmentRow, err: unknown, askSiblings: boolean): void {
    const code = codeOf(err);
    const db = this.ctx.profile.messages;
    const end = endStateFor(err);
    if (end === undefined) {
      const wait = retryAfter(err) ?? backoffMs(row.attempts);
      db.markAttachmentAttempt(row.localId, row.state, this.ctx.now() + wait, code);
      announce(this.ctx, row, row.state, row.doneChunks, code);
      return;
    }
    if (row.state === 'purging' || row.state === 'deleting') {
      db.removeAttachment(row.localId); // the relay will not delete it: its TTL will
      return;
    }
    if (isBackfillCopy(row)) {
      // No message to fail: the copy goes (its sibling keeps "expired"; asking again may help).
      db.moveAttachmentState(row.localId, row.state, 'purging', code);
      return;
    }
    const moved = db.transaction(() => {
      if (!db.moveAttachmentState(row.localId, row.state, end, code)) return false;
      if (end === 'expired' && askSiblings && !row.outbound) requestCopy(this.ctx, row);
      // A file that cannot be sent fails its message: the user sees it and may send again.
      if (row.outbound) {
        db.updateState(row.peerUid, row.messageUuid, 'failed', { failureReason: code });
      }
      return true;
    });
    if (!moved) return; // the message was deleted meanwhile
    announce(this.ctx, row, end, row.doneChunks, code);
    if (row.outbound) {
      const payload = { peerUid: row.peerUid, uuid: row.messageUuid, state: 'failed' as const };
      this.ctx.events.emit('message.statusChanged', payload);
    }
  }
}

function codeOf(err: unknown): string {
  return blobRelayCode(err) ?? (isAppError(err) ? err.code : 'INTERNAL');
}

/** Relay refusals that will not change by trying again. */
const GIVE_UP: ReadonlySet<string> = new Set([
  'BLOB_HASH_MISMATCH',
  'BLOB_BAD_SIZE',
  'BLOB_BAD_INDEX',
  'BLOB_EXISTS',
  'BLOB_DENIED',
  'BLOB_TOO_LARGE',
]);

/** Our own failures that stay: the file, the pointer, an unknown relay, bad local data. */
const FINAL_CODES: ReadonlySet<string> = new Set([
  'ATTACHMENT_SOURCE_UNREADABLE',
  'ATTACHMENT_SOURCE_GONE',
  'ATTACHMENT_LENGTH_MISMATCH',
  'ATTACHMENT_TOO_LARGE',
  'ATTACHMENT_POINTER_INVALID',
  'ATTACHMENT_BAD_VERSION',
  'ATTACHMENT_RELAY_UNKNOWN',
  'RELAY_HTTPS_REQUIRED',
  'RELAY_KEY_CHANGED',
  'STORAGE_CORRUPT',
  'INVALID_ARGUMENT',
]);

function endStateFor(err: unknown): AttachmentState | undefined {
  const relay = blobRelayCode(err);
  if (relay === 'BLOB_EXPIRED' || relay === 'BLOB_NOT_FOUND') return 'expired';
  if (relay !== undefined && GIVE_UP.has(relay)) return 'failed';
  if (isAppError(err, 'ATTACHMENT_DIGEST_MISMATCH')) return 'damaged';
  if (isAppError(err) && FINAL_CODES.has(err.code)) return 'failed';
  return undefined;
}

function retryAfter(err: unknown): number | undefined {
  return err instanceof RelayClientError && err.retryAfterMs > 0 ? err.retryAfterMs : undefined;
}
