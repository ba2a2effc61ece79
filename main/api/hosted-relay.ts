/**
 * The profile side of a relay this computer hosts (relay-hosting.ts): the relay must be one of
 * the profile's servers, pinned like any other, so invitations and pairing codes carry it.
 */
import { isAppError } from '../../core/errors';
import { RelayClient } from '../client/relay';
import type { HostedRelayView } from './contract';
import type { Engine } from '../client/engine/engine';
import type { Profile } from '../client/profile';
import type { RelayHosting } from './relay-hosting';

/** What adopting needs of an unlocked session (not the session itself: it calls us). */
interface Unlocked {
  readonly profile: Profile;
  readonly engine: Engine;
}

type Mode = 'always' | 'if-none';

/**
 * Pins `relay` in the profile. An entry with the same relay key under another URL (the port
 * had to change, or the relay moved to the local network) is replaced. 'if-none' (at unlock)
 * adds it only to a profile without relays, as the browser launcher always did; 'always' is
 * the user choosing it.
 */
export async function adoptHostedRelay(
  s: Unlocked,
  relay: HostedRelayView,
  mode: Mode,
): Promise<void> {
  const added = await RelayClient.add(relay.url);
  const servers = s.profile.servers;
  if (servers.some((x) => x.url === added.ref.url)) return;
  const stale = servers.filter((x) => x.publicKey === added.ref.publicKey);
  if (mode === 'if-none' && stale.length === 0 && servers.length > 0) return;
  for (const old of stale) await s.profile.removeServer(old.url);
  await s.engine.addServer(added.ref);
}

export interface AtUnlock {
  readonly relayHosting: RelayHosting | undefined;
  /** A relay the host was started with (`start:web --relay`), for a profile without any. */
  readonly defaultRelayUrl: string | undefined;
}

/**
 * Called by the session at each unlock, before it says "unlocked": the UI then never sees a
 * profile without relays that is about to get one. A failure is reported as an 'error' event.
 */
export async function adoptAtUnlock(s: Unlocked, options: AtUnlock): Promise<void> {
  const relay = options.relayHosting?.status();
  await reporting(s, async () => {
    if (relay) await adoptHostedRelay(s, relay, 'if-none');
  });
  const url = options.defaultRelayUrl;
  await reporting(s, async () => {
    if (url === undefined || s.profile.servers.length > 0) return;
    await s.engine.addServer((await RelayClient.add(url)).ref);
  });
}

async function reporting(s: Unlocked, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const code = isAppError(err) ? err.code : 'INTERNAL';
    s.engine.events.emit('error', { where: 'relay.atUnlock', code });
  }
}
