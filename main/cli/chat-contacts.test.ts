import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelayProcess, type RelayProcess } from '../../testkit/relay-process';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { meow, twoPeople, watchUntil } from './testing/chat';

/**
 * A contact from the command line (`meow`, main/cli/main.ts): disappearing messages, safety
 * codes, rename, verify, block, delete, and an invitation cancelled. Messages themselves are
 * main/cli/chat.test.ts, which runs beside this file.
 */
describe('meow CLI: managing a contact and invitations', () => {
  let relay: RelayProcess;
  let tmp: TempDir;
  beforeAll(async () => {
    relay = await startRelayProcess();
    tmp = await makeTempDir('meow-cli-contacts-');
  });
  afterAll(async () => {
    await relay.stop();
    await tmp.cleanup();
  });

  it('sets disappearing messages, compares safety codes, renames, verifies, blocks and deletes', async () => {
    const { alice, bob, bobUid, aliceUid } = await twoPeople(tmp.path, relay.url);

    // Disappearing messages: Alice sets one hour; Bob's device learns it.
    const timer = JSON.parse(await meow(['disappear', bobUid, '1h', '--profile', alice])) as {
      seconds: number;
    };
    expect(timer.seconds).toBe(3_600);
    await watchUntil(bob, 'peer.updated');
    const contacts = JSON.parse(await meow(['peers', '--profile', bob])) as {
      expirySeconds: number;
    }[];
    expect(contacts.map((c) => c.expirySeconds)).toEqual([3_600]);

    // Managing the contact: the safety codes match, then rename, verify, block, delete.
    const codeAt = async (dir: string, uid: string) =>
      (
        JSON.parse(await meow(['contact', 'safety-code', uid, '--profile', dir])) as {
          code: string;
        }
      ).code;
    expect(await codeAt(alice, bobUid)).toBe(await codeAt(bob, aliceUid));
    await meow(['contact', 'rename', bobUid, 'Robert', '--profile', alice]);
    await meow(['contact', 'verify', bobUid, '--profile', alice]);
    await meow(['contact', 'block', bobUid, '--profile', alice]);
    const listed = JSON.parse(await meow(['peers', '--profile', alice])) as Record<
      string,
      unknown
    >[];
    expect(listed).toMatchObject([{ name: 'Robert', blocked: true, verified: true }]);
    // Refused at once: the command ends with the refusal, not after the send's wait (600 s).
    const started = Date.now();
    const blocked = meow(['send', bobUid, 'blocked', '--timeout', '600', '--profile', alice]);
    await expect(blocked).rejects.toThrow(/blocked/);
    expect(Date.now() - started).toBeLessThan(30_000);
    await meow(['contact', 'delete', bobUid, '--profile', alice]);
    expect(JSON.parse(await meow(['peers', '--profile', alice]))).toEqual([]);
  }, 300_000); // about twenty runs of the CLI, each unlocking a profile

  it('cancels an invitation nobody accepted', async () => {
    const carol = resolve(tmp.path, 'carol');
    await meow(['init', '--nickname', 'Carol', '--profile', carol]);
    await meow(['servers', 'add', relay.url, '--profile', carol]);
    const invitation = JSON.parse(
      await meow(['invite', '--name', 'Dan', '--via-shortcode', '--profile', carol]),
    ) as { peerUid: string; shortcode: string };
    expect(invitation.shortcode).toBeTruthy();
    const cancelled = JSON.parse(
      await meow(['invite', 'cancel', invitation.peerUid, '--profile', carol]),
    ) as { shortcodeDeleted: boolean };
    expect(cancelled.shortcodeDeleted).toBe(true);
    expect(JSON.parse(await meow(['peers', '--profile', carol]))).toEqual([]);
  }, 120_000);
});
