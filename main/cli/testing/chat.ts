/**
 * What the CLI chat suites share (main/cli/chat*.test.ts): `meow` runs, `meow watch` until an
 * event, and Alice and Bob with a finalized relationship through a relay process. The suites
 * are separate files so that vitest runs them side by side; each one sets up its own pair.
 */
import { execFile, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { entryArgs } from '../../../testkit/entries';

/**
 * The `meow` command: main/cli/main.ts, bundled for the run when it can be (testkit/entries.ts;
 * main/cli/cli.test.ts runs main/cli/bin.mjs itself).
 */
const MEOW = entryArgs('main/cli/main.ts');
const ENV = { ...process.env, MEOW_PASSWORD: 'correct horse battery' };

/** One `meow … --json` run to its end: its stdout; rejects with its stderr when it fails. */
export function meow(args: string[]): Promise<string> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [...MEOW, ...args, '--json'],
      { env: ENV, timeout: 60_000 },
      (err, stdout, stderr) => {
        if (err) fail(new Error(`meow ${args.join(' ')} failed: ${stderr}`, { cause: err }));
        else done(stdout);
      },
    );
  });
}

/** Runs `meow watch` until a JSON line with the given event appears, then stops it. */
export function watchUntil(profile: string, event: string): Promise<Record<string, unknown>> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...MEOW, 'watch', '--profile', profile, '--json'], {
      env: ENV,
    });
    let buffered = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`no ${event} from watch`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n').slice(0, -1)) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        if (parsed.event === event) {
          clearTimeout(timer);
          child.once('exit', () => {
            done(parsed);
          });
          child.kill('SIGTERM');
          return;
        }
      }
      buffered = buffered.slice(buffered.lastIndexOf('\n') + 1);
    });
  });
}

/** Alice and Bob, each a profile on the relay, with a finalized relationship. */
export interface Pair {
  readonly alice: string;
  readonly bob: string;
  /** Bob's uid at Alice, and Alice's uid at Bob. */
  readonly bobUid: string;
  readonly aliceUid: string;
}

/** Two profiles under `dir`: init, add the relay, invite, accept, finalized. */
export async function twoPeople(dir: string, relayUrl: string): Promise<Pair> {
  const alice = resolve(dir, 'alice');
  const bob = resolve(dir, 'bob');
  for (const [profile, nick] of [
    [alice, 'Alice'],
    [bob, 'Bob'],
  ] as const) {
    await meow(['init', '--nickname', nick, '--profile', profile]);
    await meow(['servers', 'add', relayUrl, '--profile', profile]);
  }
  const invitation = JSON.parse(await meow(['invite', '--name', 'Bob', '--profile', alice])) as {
    text: string;
    peerUid: string;
  };
  expect(invitation.text).toMatch(/^meow:1:/);
  const accepted = JSON.parse(
    await meow(['accept', '--text', invitation.text, '--name', 'Alice', '--profile', bob]),
  ) as { peerUid: string };

  const finalized = await watchUntil(alice, 'invitation.finalized');
  expect(finalized.peerUid).toBe(invitation.peerUid);
  return { alice, bob, bobUid: invitation.peerUid, aliceUid: accepted.peerUid };
}
