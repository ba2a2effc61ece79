/**
 * The profile bench/ui.bench.ts opens in the browser: Alice (a real Profile, cheap Argon, temp
 * dir) with two real contacts, each made through the product's invitation flow against the
 * relay (so both are finalized peers with keys and ratchets, exactly like contacts a user
 * added), then a history written straight into Alice's MessageDb in large transactions:
 * `big` messages with the first contact, `small` with the second. The contacts' own profiles
 * are only needed for the handshake and are removed right after it.
 *
 * `contacts` (bench/lib/ui-unlock.ts: 1,000) fills the contact list up to that many: the others
 * are copies of the second contact's stored record under their own uid, name and lookup secret
 * (so each has a queue of its own on the relay, as real contacts do), each with one message.
 * Making them through the invitation flow would take an hour; the engine and the UI treat a
 * copy like any finalized contact. `seedEmptyProfile`: Alice alone, no contact, no message.
 */
import { randomUUID } from 'node:crypto';
import { randomBytes } from '../../core/crypto';
import { LOOKUP_SECRET_BYTES } from '../../core/lookup';
import { toB64 } from '../../main/client/b64';
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
  /** How many places before the newest message `uuid` is (undefined: not in this one). */
  placesBack(uuid: string): number | undefined;
}

export interface SeededProfile {
  readonly dir: TempDir;
  readonly big: SeededContact;
  readonly small: SeededContact;
  /** ms spent writing the messages (all conversations). */
  readonly writeMs: number;
  /** Contacts in the list (2 unless `contacts` asked for more). */
  readonly contacts: number;
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
  const back = new Map(messages.map((m, i) => [m.uuid, messages.length - 1 - i]));
  return {
    name,
    peerUid,
    messages: count,
    newestUuid: newest.uuid,
    days: dayCount(messages.map((m) => m.createdAt)),
    placesBack: (uuid) => back.get(uuid),
  };
}

/** `count` more contacts, copies of `templateUid`'s record, one message each (see above). */
async function addCopies(
  profile: Profile,
  templateUid: string,
  count: number,
  newestAt: number,
): Promise<void> {
  const template = await profile.peers.getPeer(templateUid);
  if (!template) throw new Error('the template contact is missing');
  for (let i = 0; i < count; i++) {
    const uid = randomUUID();
    const name = `Contact ${String(i + 1).padStart(4, '0')}`;
    const myLookupSecret = toB64(randomBytes(LOOKUP_SECRET_BYTES));
    await profile.peers.storePeer(uid, { ...template, uid, name, myLookupSecret });
    // Older than Bob's and Carol's conversations: theirs stay first in the list.
    writeConversation(profile, name, uid, 1, 100 + i, newestAt - (i + 1) * 3_600_000);
  }
}

/** Alice with a relay and nothing else, like a profile just created. */
export async function seedEmptyProfile(server: ServerRef): Promise<TempDir> {
  const dir = await makeTempDir('meow-bench-ui-empty-');
  try {
    const profile = await Profile.create(dir.path, {
      nickname: 'Alice',
      password: PASSWORD,
      argon: CHEAP_ARGON,
    });
    try {
      await profile.addServer(server);
    } finally {
      await profile.close();
    }
    return dir;
  } catch (err) {
    await dir.cleanup();
    throw err;
  }
}

export async function seedProfile(
  server: ServerRef,
  counts: { readonly big: number; readonly small: number; readonly contacts?: number },
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
      const contacts = Math.max(2, counts.contacts ?? 2);
      await addCopies(profile, carolUid, contacts - 2, now - 600_000);
      return { dir, big, small, writeMs: performance.now() - start, contacts };
    } finally {
      await profile.close();
    }
  } catch (err) {
    await dir.cleanup();
    throw err;
  }
}
