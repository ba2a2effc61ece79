/**
 * Which pinned relay a pointer's `relay_url` names. A blob is fetched only from a relay this
 * device already knows, with the key it pinned: the recipient's own relays (where the sender
 * uploads: the relay its messages go to), the contact's, or one of the profile's. A pointer
 * naming any other host is not followed — it could point the device at a host of the sender's
 * choosing, to learn its address.
 */
import type { Peer, ServerRef } from '../../model';
import { normalizeRelayUrl } from '../../relay';
import type { EngineContext } from '../context';

export function relayRefFor(ctx: EngineContext, peer: Peer, url: string): ServerRef | undefined {
  const wanted = normalized(url);
  if (wanted === undefined) return undefined;
  const known = [...peer.myPullServers, ...peer.contactPullServers, ...ctx.profile.servers];
  return known.find((ref) => normalized(ref.url) === wanted);
}

function normalized(url: string): string | undefined {
  try {
    return normalizeRelayUrl(url);
  } catch {
    return undefined;
  }
}
