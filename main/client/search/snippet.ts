/**
 * The part of a message shown for a search hit, with the ranges to highlight: every token the
 * query matched (a whole token for the one being typed). The renderer splits the text at the
 * ranges (no HTML is built from message text).
 */
import { tokenSpans, type QueryTerms } from './tokenize';

export interface Snippet {
  /** An excerpt of the message ("…" where it was cut). */
  readonly text: string;
  /** [start, end) UTF-16 offsets into `text`, ascending, not overlapping. */
  readonly ranges: [number, number][];
}

export const SNIPPET_LENGTH = 160;
/** How much text is kept before the first match. */
const LEAD = 40;
const ELLIPSIS = '…';

function matches(term: string, terms: QueryTerms): boolean {
  return (
    terms.exact.includes(term) || (terms.prefix !== undefined && term.startsWith(terms.prefix))
  );
}

/** Moves `at` forward to the start of a word, unless that is far away. */
function wordStart(text: string, at: number): number {
  if (at === 0) return 0;
  const space = text.indexOf(' ', at - 1);
  return space !== -1 && space < at + 15 ? space + 1 : at;
}

export function snippetOf(text: string, terms: QueryTerms, length = SNIPPET_LENGTH): Snippet {
  const hits = tokenSpans(text).filter((s) => matches(s.term, terms));
  const first = hits[0]?.start ?? 0;
  const start = text.length <= length ? 0 : wordStart(text, Math.max(0, first - LEAD));
  const end = Math.min(text.length, start + length);
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const shift = head.length - start;
  const ranges: [number, number][] = [];
  for (const hit of hits) {
    if (hit.start < start || hit.end > end) continue;
    ranges.push([hit.start + shift, hit.end + shift]);
  }
  return { text: head + text.slice(start, end) + tail, ranges };
}
