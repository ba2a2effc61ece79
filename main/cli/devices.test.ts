/**
 * `meow devices …` end to end: two profiles (Alice's desktop and a new laptop) pair through a
 * real relay process, each command a real `meow` process, as a user would run them from two
 * terminals.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryArgs } from '../../testkit/entries';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';

/**
 * The `meow` command: main/cli/main.ts, bundled for the run when it can be (testkit/entries.ts;
 * main/cli/cli.test.ts runs main/cli/bin.mjs itself).
 */
const MEOW = entryArgs('main/cli/main.ts');
const ENV = { ...process.env, MEOW_PASSWORD: 'correct horse battery' };

type Json = Record<string, unknown>;

/** One `meow … --json` run to its end; rejects with its stderr when it fails. */
function meow(args: string[]): Promise<unknown> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [...MEOW, ...args, '--json'],
      { env: ENV, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err) fail(new Error(`meow ${args.join(' ')} failed: ${stderr}`, { cause: err }));
        else done(JSON.parse(stdout));
      },
    );
  });
}

/** A `meow … --json` run that keeps going: read its results one line at a time. */
class Running {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly exit: Promise<{ code: number | null; stderr: string }>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [...MEOW, ...args, '--json'], { env: ENV });
    this.lines = createInterface({ input: this.child.stdout })[Symbol.asyncIterator]();
    let stderr = '';
    this.child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    this.exit = new Promise((done) => {
      this.child.once('exit', (code) => {
        done({ code, stderr });
      });
    });
  }

  /** Its exit code and what it printed on stderr (the error, with --json as JSON). */
  ended(): Promise<{ code: number | null; stderr: string }> {
    return this.exit;
  }

  /** The next result this command printed. */
  async next(): Promise<Json> {
    const line = await this.lines.next();
    if (line.done) throw new Error('the command ended without another result');
    return JSON.parse(line.value) as Json;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

interface DeviceLine {
  deviceUid: string;
  name: string;
  step: string;
  code: string | null;
  lastSeenAt: number | null;
  syncWaiting: number;
  primaryFor: string[];
}

const devicesOf = async (profile: string) =>
  (await meow(['devices', 'list', '--profile', profile])) as DeviceLine[];

describe('meow devices: pair a new device from the command line', () => {
  let relay: RelayProcess;
  let tmp: TempDir;
  const running: Running[] = [];
  beforeAll(async () => {
    relay = await startRelayProcess();
    tmp = await makeTempDir('meow-cli-devices-');
  });
  afterAll(async () => {
    for (const r of running) r.kill();
    await relay.stop();
    await tmp.cleanup();
  });

  function start(args: string[]): Running {
    const r = new Running(args);
    running.push(r);
    return r;
  }

  /** Alice's desktop and a fresh profile for the new laptop, both with the relay. */
  async function profiles(suffix: string): Promise<[string, string]> {
    const desktop = resolve(tmp.path, `desktop${suffix}`);
    const laptop = resolve(tmp.path, `laptop${suffix}`);
    await Promise.all([
      meow(['init', '--nickname', 'Alice', '--profile', desktop]),
      meow(['init', '--nickname', 'new laptop', '--profile', laptop]),
    ]);
    await Promise.all(
      [desktop, laptop].map((dir) => meow(['servers', 'add', relay.url, '--profile', dir])),
    );
    return [desktop, laptop];
  }

  // Each step is a real process that unlocks its profile: more time than the default.
  it('pair, join, compare the codes, confirm; list shows both sides paired; revoke', async () => {
    const [desktop, laptop] = await profiles('');

    const pair = start(['devices', 'pair', '--name', 'Desktop', '--profile', desktop]);
    const { text } = await pair.next();
    expect(text).toMatch(/^meow:1:/);
    const join = start(['devices', 'join', String(text), '--name', 'Laptop', '--profile', laptop]);
    const joined = await join.next();
    const answered = await pair.next(); // the code on the existing device's screen
    expect(answered).toMatchObject({ name: 'Laptop', code: joined.code });
    // No terminal to ask: the pairing waits for `confirm`.
    expect(await pair.ended()).toEqual({ code: 0, stderr: '' });

    const laptopUid = String(answered.deviceUid);
    const [waiting] = await devicesOf(desktop);
    expect(waiting).toMatchObject({ deviceUid: laptopUid, step: 'confirming', code: joined.code });
    expect(waiting?.lastSeenAt).toEqual(expect.any(Number)); // its answer

    expect(await meow(['devices', 'confirm', laptopUid, '--profile', desktop])).toEqual({
      deviceUid: laptopUid,
      confirmed: true,
      syncWaiting: 0,
    });
    const paired = await join.next();
    expect(paired).toMatchObject({ deviceUid: joined.deviceUid, paired: true });
    expect(await join.ended()).toEqual({ code: 0, stderr: '' });

    // One process at a time per profile (its stores are locked while open).
    const laptopSide = async () =>
      [await devicesOf(laptop), await meow(['unlock', '--profile', laptop])] as const;
    const [[atDesktop], [[atLaptop], unlocked]] = await Promise.all([
      devicesOf(desktop),
      laptopSide(),
    ]);
    expect(atDesktop).toMatchObject({ deviceUid: laptopUid, name: 'Laptop', step: 'finalized' });
    expect(atLaptop).toMatchObject({ deviceUid: joined.deviceUid, step: 'finalized' });
    expect(atLaptop?.lastSeenAt).toEqual(expect.any(Number));
    expect(unlocked).toMatchObject({ nickname: 'Alice' });

    expect(await meow(['devices', 'revoke', laptopUid, '--profile', desktop])).toMatchObject({
      deviceUid: laptopUid,
      revoked: true,
    });
    expect(await devicesOf(desktop)).toEqual([]);
  }, 120_000);

  it('joins by typed short code; rejects a pairing whose codes differ; refuses unknown devices', async () => {
    const [desktop, laptop] = await profiles('2');

    const pair = start(['devices', 'pair', '--profile', desktop]);
    const { shortcode, password, serverUrl } = await pair.next();
    const typed = ['--shortcode', String(shortcode), '--invite-password', String(password)];
    const join = start([
      'devices',
      'join',
      ...typed,
      '--server',
      String(serverUrl),
      '--profile',
      laptop,
    ]);
    await join.next();
    const { deviceUid } = await pair.next();
    expect((await pair.ended()).code).toBe(0);
    expect(await meow(['devices', 'reject', String(deviceUid), '--profile', desktop])).toEqual({
      deviceUid,
      rejected: true,
    });
    expect(await devicesOf(desktop)).toEqual([]);
    // The new device learns it, and stops waiting.
    const { code, stderr } = await join.ended();
    expect(code).toBe(1);
    expect(JSON.parse(stderr)).toMatchObject({ error: { code: 'DEVICE_NOT_CONFIRMABLE' } });

    await expect(
      meow(['devices', 'confirm', 'no-such-device', '--profile', desktop]),
    ).rejects.toThrow(/error":\{"code":"DEVICE_NOT_CONFIRMABLE"/);
  }, 120_000);
});
