/**
 * The profile bench/ui.bench.ts opens in the browser: Alice (a real Profile, cheap Argon, temp
 * dir) with two real contacts, each made through the product's invitation flow against the
 * relay (so both are finalized peers with keys and ratchets, exactly like contacts a user
 * added), then a history written straight into Alice's MessageDb in large transactions:
 * `big` messages with the first contact, `small` with the second. The contacts' own profiles
 * are only needed for the handshake and are removed right after it.
 */
import { Engine } from '../../main/client/engine/engine';
import { CHEAP_ARGON, PASSWORD } from '../../main/client/engine/test-helpers';
import type { ServerRef } from '../../main/client/model';
import { Profile } from '../../main/client/profile';
import { makeTempDir, type TempDir } from '../../testkit/tmp';
import { Party, when } from './latency-party';
import { conversation, dbMessage } from './ui-messages';

const TRANSACTION_ROWS = 10_000;
const HANDSHAKE_TIMEOUT_MS = 30_000;

export interface SeededContact {
  readonly name: string;
  readonly peerUid: string;
  readonly messages: number;
  /** uuid of the newest message (the one the conversation opens at). */
  readonly newestUuid: string;
  /** Calendar days the conversation spans (day separators). */
  readonly days: number;
}

export interface SeededProfile {
  readonly dir: TempDir;
  readonly big: SeededContact;
  readonly small: SeededContact;
  /** ms spent writing the messages (all conversations). */
  readonly writeMs: number;
}

async function addContact(alice: Engine, name: string, server: ServerRef): Promise<string> {
  const party = await Party.create(name, server, 'ui');
  try {
    const invitation = await alice.invite({ name });
    const finalized = when(
      alice.events,
      'invitation.finalized',
      (e) => e.peerUid === invitation.peerUid,
      HANDSHAKE_TIMEOUT_MS,
    );
    await party.engine.accept({ text: invitation.text });
    await finalized;
    return invitation.peerUid;
  } finally {
    await party.dispose();
  }
}

function dayCount(times: readonly number[]): number {
  return new Set(times.map((t) => new Date(t).toDateString())).size;
}

/** Writes `count` messages for `peerUid`, TRANSACTION_ROWS per transaction. */
function writeConversation(
  profile: Profile,
  name: string,
  peerUid: string,
  count: number,
  seed: number,
  newestAt: number,
): SeededContact {
  const messages = conversation(count, seed, newestAt);
  for (let start = 0; start < messages.length; start += TRANSACTION_ROWS) {
    const chunk = messages.slice(start, start + TRANSACTION_ROWS);
    profile.messages.transaction(() => {
      for (const m of chunk) profile.messages.insertMessage(peerUid, dbMessage(m));
    });
  }
  const newest = messages.at(-1);
  if (!newest) throw new Error(`no messages for ${name}`);
  return {
    name,
    peerUid,
    messages: count,
    newestUuid: newest.uuid,
    days: dayCount(messages.map((m) => m.createdAt)),
  };
}

export async function seedProfile(
  server: ServerRef,
  counts: { readonly big: number; readonly small: number },
): Promise<SeededProfile> {
  const dir = await makeTempDir('meow-bench-ui-alice-');
  try {
    const profile = await Profile.create(dir.path, {
      nickname: 'Alice',
      password: PASSWORD,
      argon: CHEAP_ARGON,
    });
    try {
      await profile.addServer(server);
      const engine = new Engine(profile);
      let bobUid: string;
      let carolUid: string;
      try {
        await engine.start();
        bobUid = await addContact(engine, 'Bob', server);
        carolUid = await addContact(engine, 'Carol', server);
      } finally {
        await engine.close();
      }
      const now = Date.now();
      const start = performance.now();
      // Bob's conversation is the most recent one, so it is first in the list.
      const big = writeConversation(profile, 'Bob', bobUid, counts.big, 1, now - 60_000);
      const small = writeConversation(profile, 'Carol', carolUid, counts.small, 2, now - 600_000);
      return { dir, big, small, writeMs: performance.now() - start };
    } finally {
      await profile.close();
    }
  } catch (err) {
    await dir.cleanup();
    throw err;
  }
}
