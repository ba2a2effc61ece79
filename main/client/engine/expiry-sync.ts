/**
 * Disappearing messages on a sibling device (PROTOCOL.md §9 "Disappearing messages"): a timer
 * change row arriving by `msg` sync moves this device's copy of the contact too, so the
 * setting does not depend on the `peer_update` alone (which is built from the primary's store
 * when sent). Imports only types and the pure rules, so devices/ can call it without a cycle.
 */
import type { meow } from '../../../proto';
import type { ExpiryTimer } from '../model';
import type { EngineContext } from './context';
import { EXPIRY_TIMER_TYPE, isExpirySeconds, timerBeats, timerOf } from './expiry-fields';

/** The setting a stored timer change row announced, seen from this user's side. */
function rowTimer(row: meow.IDbMessage): ExpiryTimer | undefined {
  const change = row.timerChange;
  if (row.type !== EXPIRY_TIMER_TYPE || !change) return undefined;
  const seconds = change.seconds ?? 0;
  const version = change.version ?? 0;
  if (version <= 0 || !isExpirySeconds(seconds)) return undefined;
  return { seconds, version, by: row.outbound ? 'me' : 'contact' };
}

/** After a synced row was stored: take its setting if it is newer than ours. */
export async function adoptRowTimer(
  ctx: EngineContext,
  peerUid: string,
  row: meow.IDbMessage,
): Promise<void> {
  const announced = rowTimer(row);
  if (!announced) return;
  await ctx.queue.run(peerUid, async () => {
    const peer = await ctx.profile.peers.getPeer(peerUid);
    if (peer?.type !== 'peer' || !timerBeats(announced, timerOf(peer))) return;
    await ctx.profile.peers.storePeer(peerUid, { ...peer, expiry: announced });
    ctx.events.emit('peer.updated', { peerUid, name: peer.name });
  });
}
