/**
 * One profile folder as the API sees it (DESIGN.md §1): no identity yet, locked, or unlocked
 * with its engine running. Hosts (Electron, browser host) own one session each and forward its
 * events to their UI. Several sessions on different folders may run side by side.
 */
import { FileLinks } from './file-links';
import { access } from 'node:fs/promises';
import type { Argon2idParams } from '../../core/crypto';
import { AppError, isAppError } from '../../core/errors';
import { Engine, type EngineOptions } from '../client/engine/engine';
import { Profile, profilePaths } from '../client/profile';
import type { ApiEvents, AppState, CommandName } from './contract';
import { EventForwarder } from './event-forwarder';
import { EventEmitter } from './events';
import { adoptAtUnlock } from './hosted-relay';
import type { RelayHosting } from './relay-hosting';
import { DeferredStart } from './deferred-start';

/**
 * Commands answered from what `Engine.open()` guarantees, before the rest of start-up
 * (`Engine.resume()`) has run: reads, and the session's own transitions. Any other command
 * runs the rest of start-up first (at once, if it has not begun) and waits for it.
 */
const EARLY_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>([
  'app.status',
  'identity.create',
  'identity.unlock',
  'identity.lock',
  'profile.get',
  'servers.list',
  'servers.health',
  'servers.hosted',
  'peers.list',
  'devices.list',
  'messages.list',
  'messages.around',
  'messages.search',
]);

export interface SessionOptions {
  readonly engine?: EngineOptions;
  /** Argon2id cost for new identities (tests pass cheap parameters). */
  readonly argon?: Argon2idParams;
  /** A host that can run a relay on this computer (main/hosting/own-relay.ts). */
  readonly relayHosting?: RelayHosting;
  /** Added at unlock to a profile without relays (`npm run start:web -- --relay URL`). */
  readonly defaultRelayUrl?: string;
  /** The latest the rest of start-up waits for a first contact list (deferred-start.ts). */
  readonly startRestAfterMs?: number;
}

export class ApiSession {
  readonly events = new EventEmitter<ApiEvents>();
  /** One-time download links to files on this device (file-links.ts). */
  readonly fileLinks = new FileLinks();
  private opened:
    | { profile: Profile; engine: Engine; forwarder: EventForwarder; rest: DeferredStart }
    | undefined;
  /** Serializes create/unlock/lock so two windows cannot open the stores twice. */
  private transition: Promise<unknown> = Promise.resolve();

  constructor(
    readonly profileDir: string,
    private readonly options: SessionOptions = {},
  ) {}

  async state(): Promise<AppState> {
    if (this.opened) return 'unlocked';
    try {
      await access(profilePaths(this.profileDir).identity);
      return 'locked';
    } catch {
      return 'no-identity';
    }
  }

  create(nickname: string, password: string): Promise<AppState> {
    return this.serialized(async () => {
      if ((await this.state()) !== 'no-identity') {
        throw new AppError('IDENTITY_EXISTS', 'this profile folder already has an identity');
      }
      const argon = this.options.argon;
      const profile = await Profile.create(this.profileDir, {
        nickname,
        password,
        ...(argon ? { argon } : {}),
      });
      return this.open(profile);
    });
  }

  unlock(password: string): Promise<AppState> {
    return this.serialized(async () => {
      if (this.opened) return 'unlocked';
      return this.open(await Profile.unlock(this.profileDir, password));
    });
  }

  lock(): Promise<AppState> {
    return this.serialized(async () => {
      await this.closeEngine();
      const state = await this.state();
      this.events.emit('app.stateChanged', { state });
      return state;
    });
  }

  /** The running engine; IDENTITY_LOCKED-like failure when there is none. */
  get engine(): Engine {
    if (!this.opened) throw new AppError('STORAGE_LOCKED', 'unlock the profile first');
    return this.opened.engine;
  }

  get profile(): Profile {
    if (!this.opened) throw new AppError('STORAGE_LOCKED', 'unlock the profile first');
    return this.opened.profile;
  }

  /**
   * Before a command: unless it is one of EARLY_COMMANDS, the engine's start-up must have
   * finished (it is started now if it has not begun). Rejects if that start-up failed.
   */
  async ready(command: CommandName): Promise<void> {
    if (EARLY_COMMANDS.has(command)) return;
    await this.opened?.rest.now();
  }

  /**
   * The contact list was answered: the rest of start-up begins once the reply is on its way
   * (issue 18: with 1,000 contacts it used to come first, and the list waited seconds for it).
   */
  contactsListed(): void {
    this.opened?.rest.soon();
  }

  get relayHosting(): RelayHosting | undefined {
    return this.options.relayHosting;
  }

  async close(): Promise<void> {
    await this.serialized(() => this.closeEngine());
  }

  /**
   * Opens the engine as far as listing needs (`Engine.open()`) and reports the profile
   * unlocked; the rest of start-up runs after the UI's first contact list (`contactsListed`),
   * before any command that needs it (`ready`), or after START_REST_MS at the latest.
   */
  private async open(profile: Profile): Promise<AppState> {
    const engine = new Engine(profile, this.options.engine);
    // The engine's events, with the views of the messages and contacts they are about.
    const forwarder = new EventForwarder(engine, profile, (name, payload) => {
      this.events.emit(name, payload as never);
    });
    try {
      await engine.open();
    } catch (err) {
      forwarder.close();
      await engine.close();
      await profile.close();
      throw err;
    }
    const rest = new DeferredStart(
      () => engine.resume(),
      (err) => {
        engine.events.emit('error', { where: 'engine.start', code: errorCode(err) });
      },
      this.options.startRestAfterMs,
    );
    this.opened = { profile, engine, forwarder, rest };
    await adoptAtUnlock(this.opened, {
      relayHosting: this.options.relayHosting,
      defaultRelayUrl: this.options.defaultRelayUrl,
    });
    this.events.emit('app.stateChanged', { state: 'unlocked' });
    return 'unlocked';
  }

  private async closeEngine(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (!opened) return;
    opened.rest.cancel();
    opened.forwarder.close();
    await opened.engine.close();
    await opened.profile.close();
  }

  private serialized<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.transition.then(fn, fn);
    this.transition = next.catch(() => undefined);
    return next;
  }
}

const errorCode = (err: unknown): string => (isAppError(err) ? err.code : 'INTERNAL');
