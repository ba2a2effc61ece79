/**
 * Unlock answers the contact list before the rest of the engine's start-up (issue 18):
 * Engine.open() before "unlocked", Engine.resume() after the first peers.list, before any
 * command that needs it, and never for a profile locked before either.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { startInProcessRelay } from '../../testkit/relay-inprocess';
import { Engine } from '../client/engine/engine';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';
import { createDispatcher } from './dispatcher';
import { ApiSession } from './session';

let dir: TempDir | undefined;
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const fn of cleanups.splice(0).reverse()) await fn();
  await dir?.cleanup();
});

/** A locked profile with a relay; the rest of start-up waits for the list (no fallback). */
async function lockedSession(): Promise<ApiSession> {
  dir = await makeTempDir('meow-start-order-');
  const relay = await startInProcessRelay();
  cleanups.push(() => relay.close());
  const profileDir = join(dir.path, 'profile');
  const first = new ApiSession(profileDir, { argon: CHEAP_ARGON, defaultRelayUrl: relay.url });
  await first.create('Alice', PASSWORD);
  await first.close();
  const session = new ApiSession(profileDir, { startRestAfterMs: 600_000 });
  cleanups.push(() => session.close());
  return session;
}

/** Counts Engine.resume() calls; `called` resolves at the first. */
function watchResume(): { calls: () => number; called: Promise<void> } {
  const original = Engine.prototype.resume; // eslint-disable-line @typescript-eslint/unbound-method
  let calls = 0;
  let resolveCalled: () => void = () => undefined;
  const called = new Promise<void>((resolve) => {
    resolveCalled = resolve;
  });
  vi.spyOn(Engine.prototype, 'resume').mockImplementation(function (this: Engine) {
    calls += 1;
    resolveCalled();
    return original.call(this);
  });
  return { calls: () => calls, called };
}

describe('start-up order', () => {
  it('answers peers.list before the rest of start-up, which follows it', async () => {
    const session = await lockedSession();
    const resume = watchResume();
    const dispatch = createDispatcher(session);
    expect(await dispatch('identity.unlock', { password: PASSWORD })).toMatchObject({ ok: true });
    const listed = await dispatch('peers.list', {});
    expect(listed).toEqual({ ok: true, result: [] });
    expect(resume.calls()).toBe(0);
    await resume.called;
    expect(resume.calls()).toBe(1);
  });

  it('runs the rest of start-up first for a command that needs it', async () => {
    const session = await lockedSession();
    const resume = watchResume();
    const dispatch = createDispatcher(session);
    await dispatch('identity.unlock', { password: PASSWORD });
    expect(await dispatch('profile.get', {})).toMatchObject({ ok: true });
    expect(resume.calls()).toBe(0);
    const invited = await dispatch('invitations.create', { name: 'Bob' });
    expect(invited).toMatchObject({ ok: true });
    expect(resume.calls()).toBe(1);
    await dispatch('peers.list', {});
    expect(await dispatch('invitations.create', { name: 'Carol' })).toMatchObject({ ok: true });
    expect(resume.calls()).toBe(1);
  });

  it('locks a profile whose start-up never went past open()', async () => {
    const session = await lockedSession();
    const resume = watchResume();
    const dispatch = createDispatcher(session);
    await dispatch('identity.unlock', { password: PASSWORD });
    expect(await dispatch('identity.lock', {})).toEqual({
      ok: true,
      result: { state: 'locked' },
    });
    expect(await dispatch('identity.unlock', { password: PASSWORD })).toMatchObject({ ok: true });
    expect(resume.calls()).toBe(0);
  });
});
