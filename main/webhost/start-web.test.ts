import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { trackChild } from '../../testkit/children';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { PASSWORD } from '../client/engine/test-helpers';
import { ApiClient, makeFixtureStatic } from './testing';

/** `scripts/start-web.ts` as the user runs it, in a child process (real sockets, real relay). */
const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HOST_LINE = /^meow web host listening on (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))$/;
const RELAY_LINE = /^meow web host: embedded relay listening on (\S+) \(store: embedded .*\) key/;
/** The child ends itself when our end of its stdin closes (this process died without cleanup). */
const ORPHAN_WATCHDOG = `data:text/javascript,${encodeURIComponent(
  "process.stdin.on('end',()=>process.kill(process.pid,'SIGTERM'));process.stdin.resume();",
)}`;

interface Launched {
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function launch(args: readonly string[]): Launched {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'MEOW_PROFILE' && !k.startsWith('MEOW_')),
  );
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', ORPHAN_WATCHDOG, 'scripts/start-web.ts', '--no-open', ...args],
    { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  trackChild(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((done) =>
    child.once('exit', (code) => {
      done(code);
    }),
  );
  return { child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Resolves once the host printed its line (no sleeps: waits on the child's output). */
function ready(l: Launched): Promise<{ port: number; token: string; relayUrl: string }> {
  return new Promise((resolveReady, reject) => {
    const check = (): void => {
      const lines = l.stdout().split('\n');
      const host = lines.map((x) => HOST_LINE.exec(x)).find((m) => m !== null);
      if (!host) return;
      l.child.stdout?.off('data', check);
      const relay = lines.map((x) => RELAY_LINE.exec(x)).find((m) => m !== null);
      resolveReady({ port: Number(host[2]), token: host[3] ?? '', relayUrl: relay?.[1] ?? '' });
    };
    l.child.stdout?.on('data', check);
    void l.exited.then((code) => {
      reject(new Error(`start-web exited (${code}) before it was ready:\n${l.stderr()}`));
    });
  });
}

let dir: TempDir | undefined;
const children: Launched[] = [];
afterEach(async () => {
  for (const l of children.splice(0)) {
    if (l.child.exitCode === null && l.child.signalCode === null) l.child.kill('SIGKILL');
    await l.exited;
  }
  await dir?.cleanup();
});

function start(args: readonly string[]): Launched {
  const l = launch(args);
  children.push(l);
  return l;
}

describe('scripts/start-web.ts', () => {
  it('serves a profile, starts an embedded relay and adds it once the identity exists', async () => {
    dir = await makeTempDir('meow-start-web-');
    const args = [
      '--profile',
      join(dir.path, 'profile'),
      '--static',
      await makeFixtureStatic(dir.path),
    ];
    const first = start(args);
    const { port, token, relayUrl } = await ready(first);
    expect(relayUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = await ApiClient.connect(port, token);
    expect(await client.call('app.status')).toMatchObject({ result: { state: 'no-identity' } });
    const created = await client.call('identity.create', { nickname: 'Alice', password: PASSWORD });
    expect(created).toEqual({ ok: true, result: { state: 'unlocked' } });
    expect(await client.waitEvent('server.added')).toEqual({ url: relayUrl });
    const listed = await client.call('servers.list');
    expect(listed).toMatchObject({ ok: true, result: [{ url: relayUrl }] });
    // The relay works: an invitation through its shortcode store.
    const invite = await client.call('invitations.create', { name: 'Bob', viaShortcode: true });
    expect(invite.ok).toBe(true);
    expect(JSON.stringify(invite)).toMatch(/"shortcode":"[^"]+"/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect((await client.closed).code).toBe(1001);
    expect(first.stdout().match(/meow web host listening on/g)).toHaveLength(1);

    // Relaunched on the same profile: the same relay URL (its port is remembered), still pinned.
    const second = start(args);
    const again = await ready(second);
    expect(again.relayUrl).toBe(relayUrl);
    expect(again.token).not.toBe(token);
    const client2 = await ApiClient.connect(again.port, again.token);
    expect(await client2.call('identity.unlock', { password: PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(await client2.call('servers.list')).toMatchObject({ result: [{ url: relayUrl }] });
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('explains how to build the renderer when there is no build', async () => {
    dir = await makeTempDir('meow-start-web-');
    const l = start(['--profile', join(dir.path, 'profile'), '--static', join(dir.path, 'none')]);
    expect(await l.exited).toBe(1);
    expect(l.stderr()).toContain('npm run build:renderer');
    expect(l.stdout()).toBe('');
  });

  it('refuses bad arguments with the usage text', async () => {
    const l = start(['--port', 'eighty']);
    expect(await l.exited).toBe(2);
    expect(l.stderr()).toContain('usage: npm run start:web');
  });
});
