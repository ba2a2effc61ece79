/**
 * A relay this computer hosts for its own profile (issue 15: "a relay the user can actually
 * reach, from the first run"). The hosts (Electron, the browser host) own one per profile
 * folder and hand it to the API session as its `RelayHosting`; Settings and onboarding start,
 * switch and stop it through `servers.host` / `servers.stopHosting`.
 *
 * - Two scopes: `this-computer` listens on 127.0.0.1 only; `local-network` listens on every
 *   interface and announces the address other machines at home reach (local-address.ts), so a
 *   laptop and a desktop need no server anywhere. Plain http is fine there: every request is
 *   boxed to the relay key the devices pin (docs/DEPLOYING.md says what a LAN observer sees).
 * - The choice is remembered in `<profile>/relay-host.json` (scope and port, nothing secret)
 *   and the relay is started again at the next launch, before the profile is unlocked, so a
 *   paired device can reach it while this one still shows the password screen.
 * - Data (embedded store, relay keys) lives in `<profile>/relay-data`, so the fingerprint the
 *   devices and contacts pinned stays the same across launches. The same port is asked for
 *   again; if another program took it, another port is used (the API moves the profile's
 *   entry, found by the relay key, to the new URL).
 *
 * This is the one module of main/ that starts relay code (server/), in this process: a home
 * relay for a few devices costs little CPU, and the app's own lifetime is the relay's.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../core/errors';
import type { HostedRelay, RelayHosting, RelayScope } from '../api/relay-hosting';
import { writeFileAtomic } from '../storage/atomic-file';
import { defaultConfig } from '../../server/config';
import { startRelay, type RunningRelay } from '../../server/relay';
import { freePort, localNetworkAddress } from './local-address';

const CONFIG_FILE = 'relay-host.json';
export const RELAY_DATA_DIR = 'relay-data';

interface SavedHosting {
  readonly scope: RelayScope;
  readonly port: number;
}

export interface OwnRelayOptions {
  readonly log: (line: string) => void;
  /** The address announced for `local-network` (tests); default: localNetworkAddress(). */
  readonly lanAddress?: () => string | undefined;
}

function isScope(value: unknown): value is RelayScope {
  return value === 'this-computer' || value === 'local-network';
}

function isPort(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 65535;
}

function isAddressInUse(err: unknown): boolean {
  return err instanceof Error && 'code' in err && err.code === 'EADDRINUSE';
}

/** `[fd00::2]` in a URL, `192.168.1.4` as is. */
function urlHost(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

export class OwnRelay implements RelayHosting {
  private running: { relay: RunningRelay; scope: RelayScope } | undefined;
  /** Serializes start/stop so two windows cannot start two relays on one data folder. */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    readonly profileDir: string,
    private readonly options: OwnRelayOptions,
  ) {}

  status(): HostedRelay | null {
    if (!this.running) return null;
    const { relay, scope } = this.running;
    return {
      scope,
      url: relay.card.url || relay.url,
      fingerprint: relay.fingerprint,
    };
  }

  /** At launch: starts the relay the user chose earlier, if any. Never throws (logs instead). */
  async resume(): Promise<HostedRelay | null> {
    const saved = await this.saved();
    if (!saved) return null;
    try {
      return await this.start(saved.scope);
    } catch (err) {
      this.options.log(`could not start the relay on this computer: ${describe(err)}`);
      return null;
    }
  }

  /** Starts the relay in `scope`, or moves it there (same data, same keys). */
  start(scope: RelayScope): Promise<HostedRelay> {
    return this.serialized(async () => {
      if (this.running?.scope === scope) return this.current();
      const saved = await this.saved();
      // Before the running one stops: no local-network address leaves it running as it was.
      const announce = scope === 'local-network' ? this.lanAddress() : '127.0.0.1';
      await this.closeRunning();
      const relay = await this.listen(scope, announce, saved?.port);
      this.running = { relay, scope };
      await this.save({ scope, port: Number(new URL(relay.url).port) });
      this.options.log(`relay on this computer (${scope}) at ${relay.card.url || relay.url}`);
      return this.current();
    });
  }

  /** Stops it and forgets the choice (the next launch starts none). Idempotent. */
  stop(): Promise<void> {
    return this.serialized(async () => {
      await this.closeRunning();
      await rm(join(this.profileDir, CONFIG_FILE), { force: true });
    });
  }

  /** Stops it for this launch only (app quit): the choice stays for the next one. */
  close(): Promise<void> {
    return this.serialized(() => this.closeRunning());
  }

  private current(): HostedRelay {
    const view = this.status();
    if (!view) throw new AppError('INTERNAL', 'the relay on this computer is not running');
    return view;
  }

  private async listen(
    scope: RelayScope,
    announce: string,
    port: number | undefined,
  ): Promise<RunningRelay> {
    const dataDir = join(this.profileDir, RELAY_DATA_DIR);
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    // '::' takes IPv4 too (dual stack), so either kind of announced address answers.
    const host = scope === 'local-network' ? '::' : '127.0.0.1';
    const start = (p: number) =>
      startRelay(
        defaultConfig({
          port: p,
          host,
          dataDir,
          name: 'meow relay on this computer',
          // The card names the URL others use, so the port is known before the start.
          publicUrl: `http://${urlHost(announce)}:${p}`,
          log: (line) => {
            this.options.log(`relay: ${line}`);
          },
        }),
      );
    if (port !== undefined) {
      try {
        return await start(port);
      } catch (err) {
        if (!isAddressInUse(err)) throw err;
        this.options.log(`port ${port} is taken; the relay moves to another one`);
      }
    }
    return start(await freePort(host));
  }

  private lanAddress(): string {
    const address = (this.options.lanAddress ?? localNetworkAddress)();
    if (address === undefined) {
      throw new AppError(
        'RELAY_NO_NETWORK',
        'this computer is not connected to a local network (no network address to offer)',
      );
    }
    return address;
  }

  private async closeRunning(): Promise<void> {
    const running = this.running;
    this.running = undefined;
    await running?.relay.close();
  }

  private async saved(): Promise<SavedHosting | undefined> {
    try {
      const parsed: unknown = JSON.parse(
        await readFile(join(this.profileDir, CONFIG_FILE), 'utf8'),
      );
      if (typeof parsed !== 'object' || parsed === null) return undefined;
      const { scope, port } = parsed as Record<string, unknown>;
      return isScope(scope) && isPort(port) ? { scope, port } : undefined;
    } catch {
      return undefined;
    }
  }

  private async save(saved: SavedHosting): Promise<void> {
    await mkdir(this.profileDir, { recursive: true, mode: 0o700 });
    const bytes = new TextEncoder().encode(`${JSON.stringify(saved)}\n`);
    await writeFileAtomic(join(this.profileDir, CONFIG_FILE), bytes);
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
