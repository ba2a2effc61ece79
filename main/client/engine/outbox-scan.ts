/**
 * What the outboxes hold for a message (start-up repair and retry): whether its send job or
 * its forward to the primary is still queued. Reads every job: only at start and on a retry.
 */
import type { EngineContext } from './context';
import { decodeJobPayload } from './jobs';

/** Uuids of the messages whose send job is queued. */
export function queuedMessageUuids(ctx: EngineContext): Set<string> {
  const out = new Set<string>();
  for (const job of ctx.profile.messages.allJobs()) {
    if (job.kind !== 'message') continue;
    try {
      out.add(decodeJobPayload(job.payload).messageUuid);
    } catch {
      // A corrupt job fails its message when the send worker reaches it.
    }
  }
  return out;
}

/** Uuids of the messages whose forward waits in the sync outbox or the outbox. */
export function forwardedUuids(ctx: EngineContext): Set<string> {
  const db = ctx.profile.messages;
  const out = new Set<string>();
  for (const job of db.allJobs()) {
    const match = /_fwd\.([^.]+)\./.exec(job.jobId);
    if (job.kind === 'device_sync' && match?.[1]) out.add(match[1]);
  }
  for (let after = 0; ;) {
    const rows = db.syncOutPage(after, 500);
    const last = rows[rows.length - 1];
    if (!last) break;
    after = last.id;
    for (const row of rows) {
      if (row.kind !== 'payload' || !row.payload) continue;
      const match = /^fwd\.([^.]+)\./.exec(row.dedupId);
      if (match?.[1]) out.add(match[1]);
    }
  }
  return out;
}
