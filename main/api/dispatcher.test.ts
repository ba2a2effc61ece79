import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { CHEAP_ARGON } from '../client/engine/test-helpers';
import { commandArgs, type CommandName } from './contract';
import { createDispatcher } from './dispatcher';
import { COMMAND_NAMES } from './names';
import { ApiSession } from './session';

/** One valid argument object per command (used to derive malformed ones). */
const VALID: Record<CommandName, Record<string, unknown>> = {
  'app.status': {},
  'identity.create': { nickname: 'Alice', password: 'correct horse' },
  'identity.unlock': { password: 'correct horse' },
  'identity.lock': {},
  'identity.changePassword': { oldPassword: 'a', newPassword: 'correct horse 2' },
  'profile.get': {},
  'profile.update': { nickname: 'A' },
  'servers.list': {},
  'servers.health': {},
  'servers.add': { url: 'http://127.0.0.1:1' },
  'servers.remove': { url: 'http://127.0.0.1:1' },
  'servers.hosted': {},
  'servers.host': { scope: 'this-computer' },
  'servers.stopHosting': {},
  'peers.list': {},
  'peers.update': { peerUid: 'p1', name: 'x' },
  'peers.setExpiry': { peerUid: 'p1', seconds: 300 },
  'invitations.create': { name: 'Bob' },
  'invitations.accept': { text: 'meow:1:abc' },
  'messages.list': { peerUid: 'p1', limit: 10 },
  'messages.search': { query: 'hi', limit: 10 },
  'messages.around': { peerUid: 'p1', uuid: 'u1', before: 5, after: 5 },
  'messages.send': { peerUid: 'p1', text: 'hi' },
  'messages.markRead': { peerUid: 'p1', uuid: 'u1' },
  'messages.retry': { peerUid: 'p1', uuid: 'u1' },
  'messages.edit': { peerUid: 'p1', uuid: 'u1', text: 'hi' },
  'messages.delete': { peerUid: 'p1', uuid: 'u1', forEveryone: true },
  'devices.list': {},
  'devices.invite': {},
  'devices.join': { text: 'meow:1:abc' },
  'devices.confirm': { deviceUid: 'd1' },
  'devices.reject': { deviceUid: 'd1' },
  'devices.revoke': { deviceUid: 'd1' },
  'devices.requestHistory': {},
  'devices.makePrimary': {},
  'peers.delete': { peerUid: 'p1' },
  'peers.clearConversation': { peerUid: 'p1' },
  'peers.safetyCode': { peerUid: 'p1' },
  'peers.verify': { peerUid: 'p1', verified: true },
  'invitations.cancel': { peerUid: 'p1' },
  'attachments.send': {
    peerUid: 'p1',
    files: [{ name: 'a.txt', mimeType: 'text/plain', size: 1 }],
  },
  'attachments.write': { localId: 'l1', data: 'AA==' },
  'attachments.download': { localId: 'l1' },
  'attachments.cancel': { localId: 'l1' },
  'attachments.link': { localId: 'l1', name: 'a.txt' },
  'attachments.read': { localId: 'l1', offset: 0, length: 1 },
};

/** Malformed variants of a valid argument object: each must be refused. */
function malformed(valid: Record<string, unknown>): unknown[] {
  const out: unknown[] = [42, 'text', [valid], { ...valid, extra: 1 }];
  for (const key of Object.keys(valid)) {
    const { [key]: _dropped, ...missing } = valid;
    out.push(missing, { ...valid, [key]: 123_456_789_012 }, { ...valid, [key]: { nested: 1 } });
  }
  return out;
}

let dir: TempDir | undefined;
let session: ApiSession | undefined;
afterEach(async () => {
  await session?.close();
  await dir?.cleanup();
});

async function fresh() {
  dir = await makeTempDir('meow-api-');
  session = new ApiSession(dir.path, { argon: CHEAP_ARGON });
  return createDispatcher(session);
}

describe('API dispatcher', () => {
  it('lists every command of the contract in names.ts', () => {
    expect([...COMMAND_NAMES].sort()).toEqual(Object.keys(commandArgs).sort());
  });

  it.each(COMMAND_NAMES.map((c) => [c]))('%s rejects malformed arguments', async (command) => {
    const dispatch = await fresh();
    for (const args of malformed(VALID[command])) {
      const response = await dispatch(command, args);
      // Some "malformed" variants are valid for optional fields; those must still not crash.
      if (response.ok) continue;
      expect(response.error.code, JSON.stringify(args)).toMatch(/^[A-Z_]+$/);
    }
    for (const args of [42, 'text', [{}], { ...VALID[command], unexpected: true }]) {
      const response = await dispatch(command, args);
      expect(response, JSON.stringify(args)).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    // Nothing was created by any of them.
    expect(await session?.state()).toBe('no-identity');
  });

  it('refuses unknown commands and prototype tricks', async () => {
    const dispatch = await fresh();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 7, null]) {
      const response = await dispatch(name, {});
      expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });

  it('creates, locks and unlocks an identity; a wrong password is a clear error', async () => {
    const dispatch = await fresh();
    expect(await dispatch('app.status', {})).toMatchObject({
      ok: true,
      result: { state: 'no-identity' },
    });
    expect(await dispatch('messages.send', { peerUid: 'p', text: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_LOCKED' },
    });
    expect(await dispatch('identity.create', VALID['identity.create'])).toMatchObject({
      ok: true,
      result: { state: 'unlocked' },
    });
    expect(await dispatch('profile.get', {})).toMatchObject({
      ok: true,
      result: { nickname: 'Alice' },
    });
    expect(await dispatch('identity.lock', {})).toMatchObject({
      ok: true,
      result: { state: 'locked' },
    });
    expect(await dispatch('identity.unlock', { password: 'wrong password' })).toMatchObject({
      ok: false,
      error: { code: 'IDENTITY_BAD_PASSWORD' },
    });
    expect(await dispatch('identity.unlock', VALID['identity.unlock'])).toMatchObject({
      ok: true,
      result: { state: 'unlocked' },
    });
    expect(await dispatch('peers.list', {})).toEqual({ ok: true, result: [] });
    expect(await dispatch('devices.list', {})).toEqual({ ok: true, result: [] });
  });
});
