/**
 * What a crash (or an older version) can leave half done, finished at start-up by
 * `Engine.resume()`. Two steps, because the workers start between them: the first must run
 * before anything is sent or polled, the second queues work the started workers then carry.
 */
import { handOnStrandedEntries, queuePeerSync, resumeHandoffs } from '../devices';
import { queueOwedAcks } from './acks';
import type { EngineContext } from './context';
import { repairStuckMessages } from './repair';
import { requeueResets } from './reset-start';
import { resendAddressUpdates } from './rotation';
import { answerOwedResets } from './session-reset';
import { UNOPENED_RETENTION_MS } from './unopened';

/** Before the workers start: interrupted handoffs, stranded entries, resets and stuck rows. */
export async function finishInterrupted(ctx: EngineContext): Promise<void> {
  await resumeHandoffs(ctx); // a handoff a crash interrupted (devices/handoff.ts)
  // Entries kept unopened: older ones go; those of a contact whose primary moved meanwhile
  // (a crash before they were handed on) go to it (devices/unopened.ts).
  ctx.profile.messages.pruneUnopened(ctx.now() - UNOPENED_RETENTION_MS);
  await handOnStrandedEntries(ctx);
  // A session reset stored but not queued (reset-start.ts), with the claim's peer_update.
  await requeueResets(ctx, (uid) => {
    queuePeerSync(ctx, uid);
  });
  await repairStuckMessages(ctx); // rows a crash (or an older version) left hanging
}

/** Once the send worker runs: what a crash kept from being queued or answered. */
export async function queueOwedWork(ctx: EngineContext): Promise<void> {
  await queueOwedAcks(ctx); // acks a crash kept from being queued (acks.ts)
  await answerOwedResets(ctx); // a contact's reset taken but not answered (session-reset.ts)
  await resendAddressUpdates(ctx); // queue rotations not confirmed yet (rotation.ts)
}
