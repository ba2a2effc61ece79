/**
 * Synthetic message texts for bench/search.bench.ts, reproducible from a seed. Chat needs a
 * realistic vocabulary for a search bench: bench/lib/ui-messages.ts has ~130 everyday words
 * (every one of them in thousands of messages); here each word is drawn from those everyday
 * words 70 % of the time, else from 40,000 made-up words with a Zipf distribution (a few
 * frequent, most rare, some with accents), so queries meet both huge and tiny posting lists.
 */
import { mulberry32, type Rng } from '../../testkit/prng';
import { chatText } from './ui-messages';

const SYLLABLES = (
  'ka lo mi ne su ta ri po ve da fi gu ho ja ke lu ma no pe qui ra se ti vo wa xe yo za ' +
  'bra cle dri fro gla pla sto tri zé lé mè ço ñu ür ö'
).split(' ');
const INVENTED_WORDS = 40_000;
const INVENTED_SHARE = 0.3;

export interface Corpus {
  /** Message texts, oldest first. */
  readonly texts: string[];
  /** Invented words by how many texts contain them. */
  readonly counts: Map<string, number>;
}

function invented(rng: Rng): string[] {
  const words = new Set<string>();
  while (words.size < INVENTED_WORDS) {
    const parts = 2 + Math.floor(rng() * 3);
    let w = '';
    for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rng() * SYLLABLES.length)] ?? '';
    words.add(w);
  }
  return [...words];
}

/** Cumulative Zipf weights (s = 1) over `n` ranks. */
function zipf(n: number): Float64Array {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1);
  for (let r = 0; r < n; r++) cumulative[r] = (cumulative[r] ?? 0) / sum;
  return cumulative;
}

function rank(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function corpus(count: number, seed: number): Corpus {
  const rng = mulberry32(seed);
  const vocabulary = invented(rng);
  const weights = zipf(vocabulary.length);
  const texts: string[] = [];
  const counts = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const seen = new Set<string>();
    const words = chatText(rng)
      .split(' ')
      .map((w) => {
        if (rng() >= INVENTED_SHARE) return w;
        const word = vocabulary[rank(weights, rng())] ?? 'x';
        seen.add(word);
        return word;
      });
    for (const w of seen) counts.set(w, (counts.get(w) ?? 0) + 1);
    texts.push(words.join(' '));
  }
  return { texts, counts };
}

/** An invented word found in between `min` and `max` texts (the rare words of the queries). */
export function wordSeen(c: Corpus, min: number, max: number, skip = 0): string {
  let skipped = 0;
  for (const [word, n] of c.counts) {
    if (n < min || n > max || word.length < 6) continue;
    if (skipped++ < skip) continue;
    return word;
  }
  throw new Error(`no word in ${min}..${max} texts`);
}
