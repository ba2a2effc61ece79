/** Test helpers for the engine integration tests: profiles, engines, event waits. */
import type { EngineEvents, EventEmitter } from './events';
import { makeTempDir, type TempDir } from '../../../testkit/tmp';
import { Profile } from '../profile';
import type { ServerRef } from '../model';
import { Engine, type EngineOptions } from './engine';

export const CHEAP_ARGON = { opsLimit: 1, memLimitBytes: 8 * 1024 * 1024 };
export const PASSWORD = 'correct horse battery staple';

export interface Side {
  readonly dir: TempDir;
  profile: Profile;
  engine: Engine;
  /** True between stopSide and openSide. */
  stopped?: boolean;
}

/** A profile with its engine started; `server` undefined = no relay yet (a joining device). */
export async function makeSide(
  nickname: string,
  server: ServerRef | undefined,
  options: EngineOptions = {},
): Promise<Side> {
  const dir = await makeTempDir('meow-engine-');
  const profile = await Profile.create(dir.path, {
    nickname,
    password: PASSWORD,
    argon: CHEAP_ARGON,
  });
  if (server) await profile.addServer(server);
  const engine = new Engine(profile, options);
  await engine.start();
  return { dir, profile, engine };
}

/** Closes the engine and profile (a device going offline); `openSide` brings it back. */
export async function stopSide(side: Side): Promise<void> {
  await side.engine.close();
  await side.profile.close();
  side.stopped = true;
}

/** `beforeStart`: to listen to what the engine does while it starts (e.g. a takeover). */
export async function openSide(
  side: Side,
  options: EngineOptions = {},
  beforeStart?: (engine: Engine) => void,
): Promise<void> {
  side.profile = await Profile.unlock(side.dir.path, PASSWORD);
  side.engine = new Engine(side.profile, options);
  side.stopped = false;
  beforeStart?.(side.engine);
  await side.engine.start();
}

/** Closes the engine and profile, then opens both again (a process restart). */
export async function restartSide(side: Side, options: EngineOptions = {}): Promise<void> {
  await stopSide(side);
  await openSide(side, options);
}

export async function closeSide(side: Side | undefined): Promise<void> {
  if (!side) return;
  if (!side.stopped) await stopSide(side);
  await side.dir.cleanup();
}

/** Resolves once `count` events matching `match` were emitted (counted from now). */
export function waitForEvents<K extends keyof EngineEvents>(
  events: EventEmitter,
  name: K,
  match: (payload: EngineEvents[K]) => boolean,
  count = 1,
  timeoutMs = 30_000,
): Promise<EngineEvents[K][]> {
  return new Promise((resolve, reject) => {
    const seen: EngineEvents[K][] = [];
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out waiting for ${count} ${name} (got ${seen.length})`));
    }, timeoutMs);
    const off = events.on(name, (payload) => {
      if (!match(payload)) return;
      seen.push(payload);
      if (seen.length < count) return;
      clearTimeout(timer);
      off();
      resolve(seen);
    });
  });
}

/** `a` invites `b` by pasted text and waits for the finalization; [b's uid at a, a's uid at b]. */
export async function connect(a: Side, b: Side, name = 'contact'): Promise<[string, string]> {
  const invitation = await a.engine.invite({ name });
  const finalized = waitForEvents(a.engine.events, 'invitation.finalized', (e) => {
    return e.peerUid === invitation.peerUid;
  });
  const aAtB = await b.engine.accept({ text: invitation.text });
  await finalized;
  return [invitation.peerUid, aAtB];
}

/** `connect` named for the usual pair: Alice (`a`) invites Bob (`b`). */
export async function connectAliceBob(
  a: Side,
  b: Side,
): Promise<{ bobAtAlice: string; aliceAtBob: string }> {
  const [bobAtAlice, aliceAtBob] = await connect(a, b, 'Bob');
  return { bobAtAlice, aliceAtBob };
}

/** The texts `side` received from `peerUid`, oldest first. */
export function inboundTexts(side: Side, peerUid: string, limit = 500): string[] {
  return side.engine
    .listMessages(peerUid, { limit })
    .messages.filter((m) => !m.outbound)
    .map((m) => m.message.text)
    .reverse();
}
