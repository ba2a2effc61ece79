import { afterEach, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { CHEAP_ARGON } from '../client/engine/test-helpers';
import { createDispatcher } from './dispatcher';
import { ApiSession } from './session';

/**
 * Settings of this device (`separatePolls`, `notificationText`, `autoDownloadMiB`), through
 * profile.update / ProfileView.
 */
let dir: TempDir | undefined;
let session: ApiSession | undefined;
afterEach(async () => {
  await session?.close();
  await dir?.cleanup();
});

it('keeps separatePolls (default off) apart from the synced profile, across a lock', async () => {
  dir = await makeTempDir('meow-api-');
  session = new ApiSession(dir.path, { argon: CHEAP_ARGON });
  const dispatch = createDispatcher(session);
  const password = 'correct horse';
  await dispatch('identity.create', { nickname: 'Alice', password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { nickname: 'Alice', separatePolls: false },
  });
  expect(await dispatch('profile.update', { separatePolls: true })).toMatchObject({
    ok: true,
    result: { nickname: 'Alice', separatePolls: true },
  });
  expect(await dispatch('profile.update', { nickname: 'Alice B' })).toMatchObject({
    ok: true,
    result: { nickname: 'Alice B', separatePolls: true },
  });
  await dispatch('identity.lock', {});
  await dispatch('identity.unlock', { password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { nickname: 'Alice B', separatePolls: true },
  });
  expect(await dispatch('profile.update', { separatePolls: 'yes' })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT' },
  });
});

it('keeps notificationText (default off: no message text in notifications) for this device', async () => {
  dir = await makeTempDir('meow-api-');
  session = new ApiSession(dir.path, { argon: CHEAP_ARGON });
  const dispatch = createDispatcher(session);
  const password = 'correct horse';
  await dispatch('identity.create', { nickname: 'Alice', password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { notificationText: false, separatePolls: false },
  });
  expect(await dispatch('profile.update', { notificationText: true })).toMatchObject({
    ok: true,
    result: { nickname: 'Alice', notificationText: true, separatePolls: false },
  });
  await dispatch('identity.lock', {});
  await dispatch('identity.unlock', { password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { notificationText: true },
  });
  expect(await dispatch('profile.update', { notificationText: 1 })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_ARGUMENT' },
  });
});

it('keeps autoDownloadMiB (default 20, 0 = never, at most 100) for this device', async () => {
  dir = await makeTempDir('meow-api-');
  session = new ApiSession(dir.path, { argon: CHEAP_ARGON });
  const dispatch = createDispatcher(session);
  const password = 'correct horse';
  await dispatch('identity.create', { nickname: 'Alice', password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { autoDownloadMiB: 20, notificationText: false, separatePolls: false },
  });
  expect(await dispatch('profile.update', { autoDownloadMiB: 0 })).toMatchObject({
    ok: true,
    result: { nickname: 'Alice', autoDownloadMiB: 0, notificationText: false },
  });
  expect(await dispatch('profile.update', { notificationText: true })).toMatchObject({
    ok: true,
    result: { autoDownloadMiB: 0, notificationText: true },
  });
  expect(await dispatch('profile.update', { autoDownloadMiB: 100 })).toMatchObject({
    ok: true,
    result: { autoDownloadMiB: 100 },
  });
  await dispatch('identity.lock', {});
  await dispatch('identity.unlock', { password });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { autoDownloadMiB: 100, notificationText: true },
  });
  for (const bad of [101, -1, 2.5, '20', null]) {
    expect(await dispatch('profile.update', { autoDownloadMiB: bad })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
  }
  // The engine checks on its own too (the CLI and tests reach it without the contract).
  await expect(session.engine.updateSettings({ autoDownloadMiB: 7.5 })).rejects.toMatchObject({
    code: 'INVALID_ARGUMENT',
  });
  expect(await dispatch('profile.get', {})).toMatchObject({
    ok: true,
    result: { autoDownloadMiB: 100 },
  });
});
