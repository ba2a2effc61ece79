/**
 * What the commands that need the engine share (chat-commands.ts, device-commands.ts): each
 * unlocks the profile, runs the engine's workers for as long as the command needs the
 * network, and closes everything before returning.
 */
import { AppError } from '../../core/errors';
import type { EngineEvents } from '../api/events';
import { Engine } from '../client/engine/engine';
import { Profile } from '../client/profile';
import type { CommandContext } from './context';

export function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.options[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

export function need(value: string | undefined, what: string): string {
  if (value === undefined) throw new AppError('INVALID_ARGUMENT', `missing ${what}`);
  return value;
}

/** --timeout in ms; commands that wait for a person (pairing) default to longer. */
export function timeoutMs(ctx: CommandContext, defaultSeconds = 30): number {
  const s = Number(str(ctx, 'timeout') ?? defaultSeconds);
  if (!Number.isFinite(s) || s <= 0)
    throw new AppError('INVALID_ARGUMENT', '--timeout must be seconds > 0');
  return s * 1000;
}

export async function withEngine(
  ctx: CommandContext,
  run: boolean,
  fn: (e: Engine) => Promise<void>,
): Promise<void> {
  const profile = await Profile.unlock(ctx.profileDir, await ctx.password());
  const engine = new Engine(profile);
  try {
    if (run) await engine.start();
    await fn(engine);
  } finally {
    await engine.close();
    await profile.close();
  }
}

/**
 * Resolves with the first event of `name` that satisfies `match`, or rejects after `ms`
 * (RELAY_UNAVAILABLE: what did not arrive is an answer from the other side). Aborting
 * `cancel` ends the wait at once, rejecting with the abort's reason: its timer would otherwise
 * keep the process alive for `ms` after the command failed.
 */
export function nextEvent<K extends keyof EngineEvents>(
  engine: Engine,
  name: K,
  match: (e: EngineEvents[K]) => boolean,
  ms: number,
  timeoutMessage = `no ${name} within ${ms / 1000} s`,
  cancel?: AbortSignal,
): Promise<EngineEvents[K]> {
  return new Promise((resolve, reject) => {
    const end = () => {
      clearTimeout(timer);
      off();
      cancel?.removeEventListener('abort', cancelled);
    };
    const cancelled = () => {
      end();
      const reason: unknown = cancel?.reason;
      reject(
        reason instanceof Error ? reason : new AppError('INTERNAL', `stopped waiting for ${name}`),
      );
    };
    const timer = setTimeout(() => {
      end();
      reject(new AppError('RELAY_UNAVAILABLE', timeoutMessage));
    }, ms);
    const off = engine.events.on(name, (e) => {
      if (!match(e)) return;
      end();
      resolve(e);
    });
    cancel?.addEventListener('abort', cancelled, { once: true });
  });
}

/** Polls `done` every 100 ms, for states no event announces (a queue drained at the relay). */
export async function until(
  done: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new AppError('RELAY_UNAVAILABLE', what);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the outbox has nothing due (the CLI's "sent" for answers). */
export function drainOutbox(engine: Engine, ms: number): Promise<void> {
  const empty = () => engine.profile.messages.nextJobDueAt() === undefined;
  return until(empty, ms, 'the answer is still queued');
}
