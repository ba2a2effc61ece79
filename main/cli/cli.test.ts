import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';

/** Runs the real `meow` command (main/cli/bin.mjs) as a user would. */
function meow(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [resolve('main/cli/bin.mjs'), ...args],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (err, stdout, stderr) => {
        done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('meow CLI (profile and servers)', () => {
  let relay: RelayProcess;
  let tmp: TempDir;
  const pw = { MEOW_PASSWORD: 'correct horse battery' };

  beforeAll(async () => {
    relay = await startRelayProcess();
    tmp = await makeTempDir('meow-cli-');
  });
  afterAll(async () => {
    await relay.stop();
    await tmp.cleanup();
  });

  it('creates a profile, pins a relay showing the fingerprint the relay printed, and lists it', async () => {
    const profile = ['--profile', tmp.path];
    const init = await meow(['init', '--nickname', 'Alice', ...profile, '--json'], pw);
    expect(init.code).toBe(0);
    expect((JSON.parse(init.stdout) as { nickname: string }).nickname).toBe('Alice');

    const added = await meow(['servers', 'add', relay.url, ...profile, '--json'], pw);
    expect(added.stderr).toBe('');
    expect((JSON.parse(added.stdout) as { fingerprint: string }).fingerprint).toBe(
      relay.fingerprint,
    );

    const list = await meow(['servers', 'list', ...profile, '--json'], pw);
    const pinned = (JSON.parse(added.stdout) as { url: string }).url;
    expect((JSON.parse(list.stdout) as { url: string }[]).map((s) => s.url)).toEqual([pinned]);
  });

  it('refuses a wrong password in words and exit 1, and usage errors with exit 2', async () => {
    const profile = ['--profile', tmp.path];
    const wrong = await meow(['unlock', ...profile], { MEOW_PASSWORD: 'not the password' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim()).toBe('Wrong password. Type it again.');
    const json = await meow(['unlock', ...profile, '--json'], { MEOW_PASSWORD: 'not it' });
    expect(JSON.parse(json.stderr)).toMatchObject({
      error: { code: 'IDENTITY_BAD_PASSWORD', text: 'Wrong password. Type it again.' },
    });
    expect((await meow(['frobnicate'], pw)).code).toBe(2);
    expect((await meow(['init', '--profile', tmp.path], pw)).stderr).toContain('--nickname');
    const unreachable = await meow(['servers', 'add', 'http://127.0.0.1:9', ...profile], pw);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^Cannot reach the server\. Check the address/);
  });
});
