/**
 * How far a transfer got: kept in the row (so a reloaded window shows it) and announced as
 * `attachment.updated`, at most every PROGRESS_EVERY_MS while chunks flow, and at each state
 * change.
 */
import type { AttachmentRow, AttachmentState } from '../../../storage';
import type { EngineContext } from '../context';

/** Chunks in flight per transfer: enough to fill a link, few enough not to crowd the relay. */
export const PARALLEL_CHUNKS = 3;
const PROGRESS_EVERY_MS = 250;

export class Progress {
  private lastAt = 0;

  constructor(
    private readonly ctx: EngineContext,
    private readonly row: AttachmentRow,
    private done = 0,
    /** Once aborted (the transfer was cancelled or the engine stops), nothing more is told. */
    private readonly signal?: AbortSignal,
  ) {}

  add(chunks: number): void {
    this.done += chunks;
    if (this.signal?.aborted === true) return;
    const now = Date.now();
    if (now - this.lastAt < PROGRESS_EVERY_MS && this.done < this.row.chunkCount) return;
    this.lastAt = now;
    this.ctx.profile.messages.setAttachmentProgress(this.row.localId, this.done);
    this.announce(this.row.state, this.done);
  }

  announce(state: AttachmentState, done: number, error?: string): void {
    announce(this.ctx, this.row, state, done, error);
  }
}

export function announce(
  ctx: EngineContext,
  row: AttachmentRow,
  state: AttachmentState,
  doneChunks: number,
  error?: string,
): void {
  // A copy made for a sibling (backfill.ts) belongs to no message shown here.
  if (row.secrets.backfillDevice !== undefined) return;
  ctx.events.emit('attachment.updated', {
    peerUid: row.peerUid,
    uuid: row.messageUuid,
    localId: row.localId,
    position: row.position,
    state,
    doneChunks,
    chunkCount: row.chunkCount,
    ...(error === undefined ? {} : { error }),
  });
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure rejects (others finish). */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const item = items[next++] as T;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}
