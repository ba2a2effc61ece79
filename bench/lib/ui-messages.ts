/**
 * Synthetic chat history for bench/ui.bench.ts, reproducible from a seed: alternating bursts of
 * inbound and outbound texts of realistic lengths (mostly a few words, some paragraphs, a few
 * long multi-line ones), a few replies, timestamps spread over many days so the conversation
 * has day separators. Everything is already read (outbound: read by the contact; inbound: read
 * by us), so opening the conversation sends no read receipts and every round sees the same
 * messages.
 */
import { randomUUID } from 'node:crypto';
import type { meow } from '../../proto';
import { mulberry32, type Rng } from '../../testkit/prng';

const WORDS = (
  'the a to and you I it is that of in for on we this be have was are with just so but not ' +
  'what do can it’s get like all if ok me my your about know no yes now then there one will ' +
  'at up out time think see when how going good more tomorrow today tonight meeting train ' +
  'coffee lunch dinner weekend photo call later sure thanks sorry great nice maybe really ' +
  'work home back still already again soon here want need make take look sounds plan idea ' +
  'project deadline review message phone laptop email office minutes hour week morning ' +
  'evening place bring remember forgot love haha lol 😂 👍 🙂 ❤️ ?'
).split(' ');

export interface SeedMessage {
  readonly uuid: string;
  readonly outbound: boolean;
  readonly text: string;
  readonly createdAt: number;
  readonly replyTo: string;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function sentence(rng: Rng, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rng, WORDS));
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Word counts: 45 % 1–6 words, 35 % 7–20, 15 % 21–60 (a paragraph), 5 % 61–200 over up to
 * four lines. Averages ≈ 80 characters, like the texts of a busy chat.
 */
export function chatText(rng: Rng): string {
  const r = rng();
  if (r < 0.45) return sentence(rng, 1 + Math.floor(rng() * 6));
  if (r < 0.8) return sentence(rng, 7 + Math.floor(rng() * 14));
  if (r < 0.95) return sentence(rng, 21 + Math.floor(rng() * 40));
  const lines = 1 + Math.floor(rng() * 4);
  const parts: string[] = [];
  for (let i = 0; i < lines; i++) parts.push(sentence(rng, 15 + Math.floor(rng() * 45)));
  return parts.join('\n');
}

/**
 * Gaps between messages (going back in time): 90 % within a burst (3–120 s), 10 % between
 * bursts (20 min – 3 h): ≈ 130 messages a day, so 100,000 messages span about two years.
 */
function gapMs(rng: Rng): number {
  if (rng() < 0.9) return Math.round(3_000 + rng() * 117_000);
  return Math.round(20 * 60_000 + rng() * 160 * 60_000);
}

/** `count` messages, oldest first, the newest at `newestAt`. */
export function conversation(count: number, seed: number, newestAt: number): SeedMessage[] {
  const rng = mulberry32(seed);
  const times: number[] = [];
  let at = newestAt;
  for (let i = 0; i < count; i++) {
    times.push(at);
    at -= gapMs(rng);
  }
  times.reverse();
  const messages: SeedMessage[] = [];
  let outbound = rng() < 0.5;
  for (const createdAt of times) {
    // Bursts: the same side writes two or three in a row about half the time.
    if (rng() < 0.45) outbound = !outbound;
    const earlier =
      messages.length > 5 && rng() < 0.03 ? messages.at(-2 - Math.floor(rng() * 4)) : undefined;
    messages.push({
      uuid: randomUUID(),
      outbound,
      text: chatText(rng),
      createdAt,
      replyTo: earlier?.uuid ?? '',
    });
  }
  return messages;
}

/** The DbMessage the engine would have stored for `m` once it was read. */
export function dbMessage(m: SeedMessage): meow.IDbMessage {
  const sent = m.outbound ? m.createdAt + 150 : m.createdAt - 400;
  return {
    outbound: m.outbound,
    type: 'text',
    text: m.text,
    status: { uuid: m.uuid, sent, replyToUuid: m.replyTo },
    state: 'read',
    createdAt: m.createdAt,
    deliveredAt: m.outbound ? m.createdAt + 900 : 0,
    readAt: m.createdAt + 60_000,
  };
}
