import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { CHEAP_ARGON, PASSWORD } from '../client/engine/test-helpers';
import { startWebHost, type WebHost } from './host';
import { MAX_FRAME_BYTES } from './socket';
import { ApiClient, makeFixtureStatic, refusedStatus } from './testing';

const dirs: TempDir[] = [];
const hosts: WebHost[] = [];
const clients: ApiClient[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  for (const h of hosts.splice(0)) await h.close();
  for (const d of dirs.splice(0)) await d.cleanup();
});

async function launch(): Promise<{ host: WebHost; profileDir: string }> {
  const dir = await makeTempDir('meow-webhost-');
  dirs.push(dir);
  const profileDir = join(dir.path, 'profile');
  const host = await startWebHost({
    profileDir,
    staticDir: await makeFixtureStatic(dir.path),
    sessionOptions: { argon: CHEAP_ARGON },
    log: () => undefined,
  });
  hosts.push(host);
  return { host, profileDir };
}

async function connect(host: WebHost): Promise<ApiClient> {
  const client = await ApiClient.connect(host.port, host.token);
  clients.push(client);
  return client;
}

describe('browser host: the API socket', () => {
  it('prints a loopback URL carrying a 32-byte token in its fragment', async () => {
    const { host } = await launch();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('refuses a missing or wrong token (401) and a foreign or missing Origin (403)', async () => {
    const { host } = await launch();
    const { port, token } = host;
    expect(await refusedStatus(port, token, { token: null })).toBe(401);
    expect(await refusedStatus(port, token, { token: '' })).toBe(401);
    expect(await refusedStatus(port, token, { token: `${token}x` })).toBe(401);
    expect(await refusedStatus(port, token, { token: token.slice(1) })).toBe(401);
    expect(await refusedStatus(port, token, { origin: 'http://evil.example' })).toBe(403);
    expect(await refusedStatus(port, token, { origin: `http://evil.example:${port}` })).toBe(403);
    expect(await refusedStatus(port, token, { origin: `https://127.0.0.1:${port}` })).toBe(403);
    expect(await refusedStatus(port, token, { origin: 'http://127.0.0.1:1' })).toBe(403);
    expect(await refusedStatus(port, token, { origin: 'null' })).toBe(403);
    expect(await refusedStatus(port, token, { origin: null })).toBe(403);
    // The host's other loopback name is its own origin too.
    const local = await ApiClient.connect(port, token, { origin: `http://localhost:${port}` });
    clients.push(local);
    expect(await local.call('app.status')).toMatchObject({ ok: true });
  });

  it('round-trips commands and forwards session events', async () => {
    const { host, profileDir } = await launch();
    const client = await connect(host);
    expect(await client.call('app.status')).toEqual({
      ok: true,
      result: { state: 'no-identity', profileDir },
    });
    const created = await client.call('identity.create', { nickname: 'Alice', password: PASSWORD });
    expect(created).toEqual({ ok: true, result: { state: 'unlocked' } });
    expect(await client.waitEvent('app.stateChanged')).toEqual({ state: 'unlocked' });
    expect(await client.call('profile.get')).toMatchObject({
      ok: true,
      result: { nickname: 'Alice', status: '' },
    });
    // Every connected socket gets the events.
    const second = await connect(host);
    expect(await second.call('profile.update', { status: 'hi' })).toMatchObject({ ok: true });
    await client.waitEvent('profile.updated');
    await second.waitEvent('profile.updated');
    expect(await client.call('identity.lock')).toEqual({ ok: true, result: { state: 'locked' } });
    await second.waitEvent('app.stateChanged', (e) => e.state === 'locked');
  });

  it('answers bad commands and arguments with errors, keeping the socket', async () => {
    const { host } = await launch();
    const client = await connect(host);
    expect(await client.call('no.such')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await client.call('identity.create', { nickname: 'A' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await client.call('profile.get')).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_LOCKED' },
    });
    const noCommand = await client.sendFrame(JSON.stringify({ id: 99 }), 99);
    expect(noCommand).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await client.call('app.status')).toMatchObject({ ok: true });
  });

  it('closes a socket that sends malformed frames (1008/1003/1009) and keeps serving', async () => {
    const { host } = await launch();
    const cases: [frame: string | Buffer, code: number, reason: RegExp][] = [
      ['{not json', 1008, /not JSON/],
      ['[1,2]', 1008, /expected/],
      ['"text"', 1008, /expected/],
      ['{"command":"app.status"}', 1008, /"id"/],
      ['{"id":-1,"command":"app.status"}', 1008, /"id"/],
      ['{"id":"1","command":"app.status"}', 1008, /"id"/],
      [Buffer.from([1, 2, 3]), 1003, /binary/],
      ['x'.repeat(MAX_FRAME_BYTES + 1), 1009, /.*/],
    ];
    for (const [frame, code, reason] of cases) {
      const client = await connect(host);
      client.ws.send(frame);
      const closed = await client.closed;
      expect(closed.code, String(frame).slice(0, 40)).toBe(code);
      expect(closed.reason, String(frame).slice(0, 40)).toMatch(reason);
    }
    const healthy = await connect(host);
    expect(await healthy.call('app.status')).toMatchObject({ ok: true });
  });

  it('runs two hosts on two profile folders side by side', async () => {
    const a = await launch();
    const b = await launch();
    expect(a.host.port).not.toBe(b.host.port);
    expect(a.host.token).not.toBe(b.host.token);
    // One host's token opens nothing on the other.
    expect(await refusedStatus(b.host.port, a.host.token, {})).toBe(401);
    const ca = await connect(a.host);
    const cb = await connect(b.host);
    await ca.call('identity.create', { nickname: 'Alice', password: PASSWORD });
    await cb.call('identity.create', { nickname: 'Bob', password: PASSWORD });
    expect(await ca.call('profile.get')).toMatchObject({ result: { nickname: 'Alice' } });
    expect(await cb.call('profile.get')).toMatchObject({ result: { nickname: 'Bob' } });
    expect(await ca.call('app.status')).toMatchObject({ result: { profileDir: a.profileDir } });
    expect(await cb.call('app.status')).toMatchObject({ result: { profileDir: b.profileDir } });
    // Each socket saw exactly its own host's state change.
    expect(ca.events.filter((e) => e.event === 'app.stateChanged')).toHaveLength(1);
    expect(cb.events.filter((e) => e.event === 'app.stateChanged')).toHaveLength(1);
    await a.host.close();
    hosts.splice(hosts.indexOf(a.host), 1);
    expect(await ca.closed).toMatchObject({ code: 1001 });
    expect(await cb.call('profile.get')).toMatchObject({ ok: true });
  });

  it('closes sockets, server and session on close(), and refuses afterwards', async () => {
    const { host, profileDir } = await launch();
    const client = await connect(host);
    await client.call('identity.create', { nickname: 'Alice', password: PASSWORD });
    await host.close();
    hosts.length = 0;
    expect((await client.closed).code).toBe(1001);
    await expect(ApiClient.connect(host.port, host.token)).rejects.toThrow();
    expect(host.session.profileDir).toBe(profileDir);
    expect(await host.session.state()).toBe('locked');
    await host.close(); // idempotent
  });
});
