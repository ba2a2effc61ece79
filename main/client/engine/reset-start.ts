/**
 * Starting a session reset (peers/reset.ts; PROTOCOL.md §9 "Session reset"), inside the
 * contact's queue. The new session is stored (with `resetPending`) BEFORE the reset's sealed
 * bytes exist anywhere, then one transaction queues the reset's job with whatever must commit
 * with it; a crash in between is mended at start (`requeueResets`: the same reset sealed
 * again, which the contact takes once). What follows is session-reset.ts.
 */
import type { Peer } from '../model';
import { sealReset, startReset } from '../peers';
import type { EngineContext } from './context';
import { queueSealed } from './outbound';

/** Starts a new session with `peer`; `also` commits with the reset's job. */
export async function resetSession(
  ctx: EngineContext,
  peer: Peer,
  also?: () => void,
): Promise<Peer> {
  const next = startReset(peer, ctx.now());
  const packed = sealReset(next);
  await ctx.profile.peers.storePeer(peer.uid, next);
  queueSealed(ctx, next, packed, { kind: 'reset', ...(also ? { also } : {}) }, '');
  return next;
}

/**
 * Engine start: a reset stored but never queued (a crash in between) is queued now, with
 * `also` (the caller's follow-up for that contact) in the job's transaction.
 */
export async function requeueResets(
  ctx: EngineContext,
  also?: (peerUid: string) => void,
): Promise<void> {
  const queued = new Set(
    ctx.profile.messages
      .allJobs()
      .filter((j) => j.kind === 'reset')
      .map((j) => j.peerUid),
  );
  for (const peer of await ctx.profile.peers.listPeers()) {
    if (!peer.resetPending || queued.has(peer.uid)) continue;
    await ctx.queue.run(peer.uid, async () => {
      const now = await ctx.profile.peers.getPeer(peer.uid);
      if (!now?.resetPending) return;
      // What the first attempt would have committed with the job (a takeover's peer_update).
      const options = {
        kind: 'reset' as const,
        ...(also
          ? {
              also: () => {
                also(now.uid);
              },
            }
          : {}),
      };
      queueSealed(ctx, now, sealReset(now), options, '');
    });
  }
}
