/**
 * The relay side of `npm run start:web` (scripts/start-web.ts), kept out of main/ because only
 * scripts may import server/ (DESIGN.md §2):
 * - an embedded relay (server/relay.ts, embedded store under `<profile>/relay-data`) on
 *   loopback for a profile that names no relay. Its port is remembered there, so the URL the
 *   profile pinned keeps working across launches; if that port is taken, another is used and
 *   the profile's entry is moved to the new URL at unlock.
 * - `attachRelayOnUnlock`: once the session is unlocked, a profile without relays gets this
 *   one (card fetched and pinned through RelayClient.add, then engine.addServer).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiSession } from '../main/api/session';
import { normalizeRelayUrl, RelayClient } from '../main/client/relay';
import { defaultConfig } from '../server/config';
import { startRelay, type RunningRelay } from '../server/relay';

const PORT_FILE = 'webhost-port';

export interface EmbeddedRelay {
  readonly relay: RunningRelay;
  /** The URL of the previous launch when it had to change (that port was taken). */
  readonly movedFrom: string | undefined;
}

async function rememberedPort(dataDir: string): Promise<number | undefined> {
  try {
    const port = Number((await readFile(join(dataDir, PORT_FILE), 'utf8')).trim());
    return Number.isInteger(port) && port > 0 && port <= 65535 ? port : undefined;
  } catch {
    return undefined;
  }
}

function isAddressInUse(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'EADDRINUSE';
}

export async function startEmbeddedRelay(
  profileDir: string,
  log: (line: string) => void,
): Promise<EmbeddedRelay> {
  const dataDir = join(profileDir, 'relay-data');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const previous = await rememberedPort(dataDir);
  const start = (port: number): Promise<RunningRelay> =>
    startRelay(
      defaultConfig({
        port,
        host: '127.0.0.1',
        dataDir,
        name: 'meow embedded relay',
        log: (line) => {
          log(`embedded relay: ${line}`);
        },
      }),
    );
  let relay: RunningRelay;
  try {
    relay = await start(previous ?? 0);
  } catch (err) {
    if (previous === undefined || !isAddressInUse(err)) throw err;
    log(`embedded relay: port ${previous} is taken; using another one`);
    relay = await start(0);
  }
  const port = new URL(relay.url).port;
  await writeFile(join(dataDir, PORT_FILE), `${port}\n`);
  const movedFrom =
    previous !== undefined && String(previous) !== port
      ? `http://127.0.0.1:${previous}`
      : undefined;
  return { relay, movedFrom };
}

export interface AttachOptions {
  /** A URL of this same relay from an earlier launch: replaced by `relayUrl` where pinned. */
  readonly movedFrom?: string | undefined;
  readonly log: (line: string) => void;
}

export interface Attached {
  /** Stops watching unlocks. */
  off(): void;
  /** Resolves once the attempts started so far are done (added, skipped or logged). */
  settled(): Promise<void>;
}

/** Adds `relayUrl` to the profile at each unlock if it has no relay. */
export function attachRelayOnUnlock(
  session: ApiSession,
  relayUrl: string,
  options: AttachOptions,
): Attached {
  const url = normalizeRelayUrl(relayUrl);
  const moved = options.movedFrom === undefined ? undefined : normalizeRelayUrl(options.movedFrom);
  let chain: Promise<void> = Promise.resolve();
  const attach = async (): Promise<void> => {
    if ((await session.state()) !== 'unlocked') return;
    const servers = session.profile.servers;
    const stale = servers.find((s) => s.url === moved && moved !== url);
    if (stale === undefined && servers.length > 0) return;
    const added = await RelayClient.add(url);
    if (stale !== undefined) await session.profile.removeServer(stale.url);
    await session.engine.addServer(added.ref);
    options.log(
      `added relay ${added.ref.url} to the profile (key fingerprint ${added.fingerprint})`,
    );
  };
  const off = session.events.on('app.stateChanged', ({ state }) => {
    if (state !== 'unlocked') return;
    chain = chain.then(attach).catch((err: unknown) => {
      const why = err instanceof Error ? err.message : String(err);
      options.log(`could not add relay ${url} to the profile: ${why}`);
    });
  });
  return { off, settled: () => chain };
}
