/**
 * A relay must not tell a device sync from chat by its size (PROTOCOL.md §4 "Content
 * buckets"): a chat text, every `msg` sync that mirrors it (outbound in each state, inbound
 * received and read, with and without reply_to) and its `forward` seal to the same length.
 * Everything is built by the app's own builders and stored rows come from a real MessageDb.
 *
 * Every text length from 0 to 4,096 bytes (ASCII, then multi-byte UTF-8) is padded by the real
 * `padUserMessage` that `sealUserMessage` runs; a spread of lengths (bucket edges, length
 * prefix edges, 100 kB, a clock after 2059) is stored in the real database and sealed with
 * real ratchet sessions, asserting the relay-visible payload lengths.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentLength,
  PAD_ALLOWANCE,
  padUserMessage,
  paddedLength,
  PAD_MAX_BUCKET,
  sealUserMessage,
  USER_ENVELOPE_OVERHEAD,
} from '../../../core/envelope';
import { makePair, type Side } from '../../../core/envelope/testing';
import { ErrorCodes } from '../../../core/errors';
import { decodeProto, encodeProto } from '../../../core/wire';
import { meow } from '../../../proto';
import type { MessageDb, StoredMessage } from '../../storage';
import { freshMessageDbs, must } from '../../storage/testing/helpers';
import { textMessage } from '../engine/messaging';
import { forContact } from '../engine/outbound';
import { inboundRow } from '../engine/receive';
import { syncUserMessage } from './codec';
import { forwardSyncOf } from './forward';
import { forwardedRow } from './forward-in';
import { encodeSyncPayload, messageSyncOf } from './sync-out';

const { fresh } = freshMessageDbs();

/** The longest failure reason a `failed` message can carry: an error code. */
const LONGEST_REASON = [...ErrorCodes].sort((a, b) => b.length - a.length)[0] ?? '';

/** One relay-visible message and what it is. */
interface Sealable {
  readonly label: string;
  readonly message: meow.IUserMessage;
  /** Sealed to the contact (chat) or to a sibling device (a sync). */
  readonly toContact: boolean;
}

/** A conversation's clock and the rows one text leaves in a real message database. */
interface World {
  readonly db: MessageDb;
  readonly now: () => number;
  readonly tick: () => void;
}

async function world(start = Date.now()): Promise<World> {
  const { db, clock } = await fresh();
  clock.tick(start - clock.now());
  return {
    db,
    now: clock.now,
    tick: () => {
      clock.tick(137);
    },
  };
}

/** The device_sync UserMessage the dispatcher seals for a recorded sync (sync-dispatch.ts). */
function dispatched(
  type: 'msg' | 'forward',
  sync: { fields: object; dedupId: string },
  now: number,
): meow.IUserMessage {
  const bytes = encodeSyncPayload(type, sync.fields, sync.dedupId);
  return syncUserMessage(decodeProto(meow.DeviceSyncPayload, bytes), now);
}

function msgSync(w: World, label: string, stored: StoredMessage | undefined): Sealable {
  const sync = messageSyncOf(stored?.peerUid ?? '', must(stored, label));
  return { label: `msg ${label}`, message: dispatched('msg', sync, w.now()), toContact: false };
}

/** Written on the primary: sealed for the contact, synced pending → sent → delivered → read. */
function writtenOnPrimary(w: World, text: string, replyTo: string): Sealable[] {
  const peer = randomUUID();
  const { message, dbMessage } = textMessage(randomUUID(), text, replyTo, w.now());
  const uuid = message.status?.uuid ?? '';
  const chat = { label: 'chat', message: forContact(message, w.now()), toContact: true };
  w.db.insertMessage(peer, dbMessage);
  const out = [chat, msgSync(w, 'pending', w.db.getMessage(peer, uuid))];
  const steps = [
    ['sent', { sentAt: 0 }],
    ['delivered', { deliveredAt: 0 }],
    ['read', { readAt: 0 }],
  ] as const;
  for (const [state, field] of steps) {
    w.tick();
    const at = Object.fromEntries(Object.keys(field).map((k) => [k, w.now()]));
    w.db.updateState(peer, uuid, state, at);
    out.push(msgSync(w, state, w.db.getMessage(peer, uuid)));
  }
  return out;
}

/**
 * Written on a sibling: stored `pending_forward` (synced), forwarded to the primary, which
 * stores its own row (synced) and seals the message for the contact; a forward that cannot
 * go fails with the longest reason (synced).
 */
function writtenOnSibling(w: World, text: string, replyTo: string): Sealable[] {
  const [peer, primaryPeer] = [randomUUID(), randomUUID()];
  const { message, dbMessage } = textMessage(randomUUID(), text, replyTo, w.now());
  const uuid = message.status?.uuid ?? '';
  w.db.insertMessage(peer, { ...dbMessage, state: 'pending_forward' });
  const out = [msgSync(w, 'pending_forward', w.db.getMessage(peer, uuid))];
  const sync = forwardSyncOf(message, peer, w.now());
  out.push({ label: 'forward', message: dispatched('forward', sync, w.now()), toContact: false });
  w.tick();
  const forwarded = decodeProto(meow.UserMessage, sync.fields.forwardPayload);
  w.db.insertMessage(primaryPeer, forwardedRow(forwarded, w.now()));
  out.push(msgSync(w, 'forwarded pending', w.db.getMessage(primaryPeer, uuid)));
  const sealed = { label: 'chat via the primary', message: forContact(forwarded, w.now()) };
  out.push({ ...sealed, toContact: true });
  w.db.updateState(peer, uuid, 'failed', { failureReason: LONGEST_REASON });
  out.push(msgSync(w, 'failed', w.db.getMessage(peer, uuid)));
  return out;
}

/** Received from the contact (who wrote it the same way), stored, synced, then read. */
function receivedFromContact(w: World, text: string, replyTo: string): Sealable[] {
  const peer = randomUUID();
  const { message } = textMessage(randomUUID(), text, replyTo, w.now());
  const wire = encodeProto(meow.UserMessage, forContact(message, w.now()));
  const received = decodeProto(meow.UserMessage, wire);
  const uuid = received.status?.uuid ?? '';
  w.db.insertMessage(peer, inboundRow(received, w.now()));
  const out: Sealable[] = [{ label: "contact's chat", message: received, toContact: true }];
  out.push(msgSync(w, 'received', w.db.getMessage(peer, uuid)));
  w.tick();
  w.db.markRead(peer, uuid, w.now());
  out.push(msgSync(w, 'inbound read', w.db.getMessage(peer, uuid)));
  return out;
}

/**
 * Everything the relay may see of one text, for both reply_to cases. In one transaction: the
 * rows are the same, only one fsync instead of dozens.
 */
function everyCopyOf(w: World, text: string): Sealable[] {
  return w.db.transaction(() =>
    ['', randomUUID()].flatMap((replyTo) => [
      ...writtenOnPrimary(w, text, replyTo),
      ...writtenOnSibling(w, text, replyTo),
      ...receivedFromContact(w, text, replyTo),
    ]),
  );
}

/** A copy of one text, rebuilt around another text. */
type Retext = (text: string) => Sealable;

/**
 * Every copy of a template text, rebuilt around any other text with the template's stored
 * rows (a row's body is its DbMessage, text included verbatim; the last test checks this
 * against rows really stored): cheap enough for every length.
 */
function retexters(copies: readonly Sealable[]): Retext[] {
  return copies.map((copy) => {
    const m = copy.message;
    if (m.type !== 'device_sync') return (text) => ({ ...copy, message: { ...m, text } });
    const payload = decodeProto(meow.DeviceSyncPayload, m.appdata ?? new Uint8Array(0));
    const forwarded =
      payload.syncType === 'forward'
        ? decodeProto(meow.UserMessage, payload.forwardPayload)
        : undefined;
    // One decoded payload per copy, its text replaced before each encoding.
    return (text) => {
      if (forwarded) {
        forwarded.text = text;
        payload.forwardPayload = encodeProto(meow.UserMessage, forwarded);
      } else if (payload.dbMessage) payload.dbMessage.text = text;
      const appdata = encodeProto(meow.DeviceSyncPayload, payload);
      return { ...copy, message: { ...m, appdata } };
    };
  });
}

/** Bucket of the text's content plus the allowance (capped at the largest bucket). */
function expectedBucket(bytes: number): number {
  return paddedLength(Math.min(bytes + PAD_ALLOWANCE, PAD_MAX_BUCKET - 1));
}

/**
 * The copies of one text whose padded length is not the bucket of the text's bytes plus the
 * allowance, with their content and framing (encoded size minus the text's bytes).
 * (Collected rather than asserted one by one: 200,000 `expect`s would take far longer.)
 */
function problems(copies: readonly Sealable[], textBytes: number): string[] {
  const want = expectedBucket(textBytes);
  const out: string[] = [];
  for (const c of copies) {
    const padded = padUserMessage(c.message).length;
    if (padded === want) continue;
    const content = contentLength(c.message);
    const framing = encodeProto(meow.UserMessage, c.message).length - textBytes;
    out.push(`${c.label}, ${textBytes} B: content ${content}, framing ${framing}, ${padded}`);
  }
  return out;
}

const MULTI = ['é', '€', '🐱', 'ж', '한', '𝄞'];

/** A text of exactly `bytes` UTF-8 bytes, multi-byte characters but for at most 3 ASCII. */
function multiByteText(bytes: number): string {
  const whole = MULTI.join('');
  let text = whole.repeat(Math.floor(bytes / Buffer.byteLength(whole)));
  let length = Buffer.byteLength(text);
  for (const next of MULTI) {
    const size = Buffer.byteLength(next);
    if (length + size > bytes) break;
    text += next;
    length += size;
  }
  return text + 'x'.repeat(bytes - length);
}

const asciiText = (bytes: number) => 'a'.repeat(bytes);

describe('a chat text, its msg syncs and its forward pad to one bucket', () => {
  for (const [name, make] of [
    ['ASCII', asciiText],
    ['multi-byte UTF-8', multiByteText],
  ] as const) {
    it(`for every ${name} text of 0 to 4,096 bytes`, async () => {
      const w = await world();
      const template = retexters(everyCopyOf(w, ''));
      expect(template.length).toBe(26);
      const found: string[] = [];
      for (let bytes = 0; bytes <= 4096; bytes++) {
        const text = make(bytes);
        if (Buffer.byteLength(text) !== bytes) found.push(`text of ${bytes} B is not`);
        found.push(
          ...problems(
            template.map((retext) => retext(text)),
            bytes,
          ),
        );
      }
      expect(found).toEqual([]);
    });
  }
});

/** Lengths where a bucket or a length prefix changes, and a few beyond 16 KiB. */
function spread(): number[] {
  const edges = [0, 1, 2, 42, 127, 128, 1000, 3000, 4096, 16_383, 16_384, 100_000];
  for (const bucket of [512, 1024, 2048, 4096, 8192, 16_384, 32_768]) {
    for (const d of [-1, 0, 1]) edges.push(bucket - 1 - PAD_ALLOWANCE + d);
  }
  return [...new Set(edges)].filter((b) => b >= 0).sort((a, b) => a - b);
}

/** Seals one copy on a real session: the contact's, or a sibling device's. */
function sealedLength(copy: Sealable, sessions: { contact: Side; device: Side }): number {
  const from = copy.toContact ? sessions.contact : sessions.device;
  const sealed = sealUserMessage(copy.message, from.channel, from.ratchet);
  from.ratchet = sealed.ratchet;
  return sealed.packed.payload.length;
}

describe('sealed, a chat text and every copy of it are the same size at the relay', () => {
  const clocks = [
    ['now', Date.now()],
    ['after 2059', Date.UTC(2100, 0, 1)],
  ] as const;
  for (const [when, start] of clocks) {
    it(`stored and sealed for real, a spread of lengths, clock ${when}`, async () => {
      const w = await world(start);
      const sessions = { contact: makePair().inviter, device: makePair().answerer };
      for (const bytes of spread()) {
        for (const text of [asciiText(bytes), multiByteText(bytes)]) {
          const copies = everyCopyOf(w, text);
          expect(problems(copies, bytes)).toEqual([]);
          expect(copies.filter((c) => contentLength(c.message) !== bytes)).toEqual([]);
          const want = expectedBucket(bytes) + USER_ENVELOPE_OVERHEAD;
          const sealed = copies.map((c) => [c.label, sealedLength(c, sessions)]);
          expect(sealed, `${bytes} B`).toEqual(copies.map((c) => [c.label, want]));
        }
      }
    });
  }

  it('the stored rows of the every-length test are the real ones', async () => {
    const w = await world();
    const template = retexters(everyCopyOf(w, ''));
    for (const bytes of [5, 300, 4000]) {
      const text = multiByteText(bytes);
      const real = everyCopyOf(w, text);
      const lengths = (copies: Sealable[]) =>
        copies.map((c) => [c.label, encodeProto(meow.UserMessage, c.message).length]);
      expect(lengths(template.map((retext) => retext(text)))).toEqual(lengths(real));
    }
  });
});
