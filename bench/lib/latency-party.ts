/**
 * One user (or one device of a user) of bench/latency.bench.ts and bench/sync.bench.ts: a real
 * Profile (cheap Argon, temp dir) and a real Engine, which can be stopped and reopened like a
 * process restart, plus small event helpers.
 */
import type { EngineEvents, EventEmitter } from '../../main/api/events';
import { Engine } from '../../main/client/engine/engine';
import { CHEAP_ARGON, PASSWORD } from '../../main/client/engine/test-helpers';
import type { ServerRef } from '../../main/client/model';
import { Profile } from '../../main/client/profile';
import { makeTempDir, type TempDir } from '../../testkit/tmp';

export class Party {
  private profileOpen: Profile | undefined;
  private engineOpen: Engine | undefined;

  private constructor(
    readonly name: string,
    private readonly dir: TempDir,
  ) {}

  /**
   * `server` undefined: no relay yet (a device that joins by pairing learns it from its
   * sibling). `bench` names the temp dir: meow-bench-<bench>-<name>-….
   */
  static async create(
    name: string,
    server: ServerRef | undefined,
    bench = 'latency',
  ): Promise<Party> {
    const dir = await makeTempDir(`meow-bench-${bench}-${name.toLowerCase()}-`);
    const party = new Party(name, dir);
    try {
      party.profileOpen = await Profile.create(dir.path, {
        nickname: name,
        password: PASSWORD,
        argon: CHEAP_ARGON,
      });
      if (server) await party.profileOpen.addServer(server);
      party.engineOpen = new Engine(party.profileOpen);
      await party.engineOpen.start();
    } catch (err) {
      await party.dispose();
      throw err;
    }
    return party;
  }

  get engine(): Engine {
    if (!this.engineOpen) throw new Error(`${this.name}: engine is closed`);
    return this.engineOpen;
  }

  /** Stops the engine's workers (the profile stays open). */
  async stopEngine(): Promise<void> {
    const engine = this.engineOpen;
    this.engineOpen = undefined;
    await engine?.close();
  }

  /** Closes the engine and the profile (the app quits). */
  async stop(): Promise<void> {
    await this.stopEngine();
    const profile = this.profileOpen;
    this.profileOpen = undefined;
    await profile?.close();
  }

  /**
   * Opens the profile again (Profile.unlock) and starts a new Engine; `beforeStart` may subscribe
   * to the new engine's events before its workers run.
   */
  async reopen(beforeStart: (engine: Engine) => void = () => undefined): Promise<void> {
    await this.stop();
    this.profileOpen = await Profile.unlock(this.dir.path, PASSWORD);
    const engine = new Engine(this.profileOpen);
    this.engineOpen = engine;
    beforeStart(engine);
    await engine.start();
  }

  /** Stops everything and removes the temp dir. Safe to call more than once. */
  async dispose(): Promise<void> {
    try {
      await this.stop();
    } finally {
      await this.dir.cleanup();
    }
  }
}

/**
 * Resolves with performance.now() taken inside the listener when the `count`-th event matching
 * `match` is emitted (counted from now); rejects after `timeoutMs`.
 */
export function when<K extends keyof EngineEvents>(
  events: EventEmitter,
  name: K,
  match: (payload: EngineEvents[K]) => boolean,
  timeoutMs: number,
  count = 1,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${count} ${name} events (got ${seen})`));
    }, timeoutMs);
    const off = events.on(name, (payload) => {
      if (!match(payload) || ++seen < count) return;
      const at = performance.now();
      clearTimeout(timer);
      off();
      resolve(at);
    });
  });
}

/** A chat text of exactly `bytes` ASCII bytes, unique per `label`. */
export function chatText(label: string, bytes: number): string {
  return `${label} `.padEnd(bytes, 'M');
}
