/** The servers.* commands that involve the relay's identity: adding with a fingerprint, and
 * the relay this computer hosts (hosted-relay.ts). */
import { AppError } from '../../core/errors';
import { RelayClient } from '../client/relay';
import type { CommandArgs, CommandResults } from './contract';
import { adoptHostedRelay } from './hosted-relay';
import type { ApiSession } from './session';
import { serverView } from './views';

function hosting(s: ApiSession) {
  const found = s.relayHosting;
  if (!found) {
    throw new AppError('INVALID_ARGUMENT', 'this app cannot host a relay (use the desktop app)');
  }
  return found;
}

/** Fingerprints compare without spaces or case: "3F2A 91C0…" is "3f2a91c0…". */
function sameFingerprint(a: string, b: string): boolean {
  const plain = (x: string) => x.replace(/\s+/g, '').toLowerCase();
  return plain(a) === plain(b);
}

export const hostedRelayHandlers = {
  'servers.add': async (
    s: ApiSession,
    a: CommandArgs<'servers.add'>,
  ): Promise<CommandResults['servers.add']> => {
    const added = await RelayClient.add(a.url);
    if (a.fingerprint !== undefined && !sameFingerprint(a.fingerprint, added.fingerprint)) {
      throw new AppError(
        'RELAY_FINGERPRINT_MISMATCH',
        `the relay at ${added.ref.url} has fingerprint ${added.fingerprint}, not the one given`,
      );
    }
    await s.engine.addServer(added.ref);
    return serverView(added.ref);
  },
  'servers.hosted': (s: ApiSession): Promise<CommandResults['servers.hosted']> =>
    Promise.resolve({
      available: s.relayHosting !== undefined,
      relay: s.relayHosting?.status() ?? null,
    }),
  'servers.host': async (
    s: ApiSession,
    a: CommandArgs<'servers.host'>,
  ): Promise<CommandResults['servers.host']> => {
    const relayHosting = hosting(s);
    // Unlocked first: the relay is started for this profile's servers.
    if ((await s.state()) !== 'unlocked') {
      throw new AppError('STORAGE_LOCKED', 'unlock the profile first');
    }
    const relay = await relayHosting.start(a.scope);
    await adoptHostedRelay(s, relay, 'always');
    return relay;
  },
  'servers.stopHosting': async (s: ApiSession): Promise<null> => {
    await hosting(s).stop();
    return null;
  },
};
