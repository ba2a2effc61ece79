/**
 * Tokens for the in-memory message search (search-index.ts). A token is a run of letters and
 * digits, folded so that case and accents do not matter: NFKD, combining marks dropped,
 * lower-cased ("Éclair" → "eclair", "ﬁne" → "fine"). Han, Hiragana and Katakana are written
 * without spaces, so each of their characters is a token of its own; a query for "東京" then
 * asks for both characters. Tokens longer than MAX_TOKEN (URLs, keys pasted as text) are cut.
 */

export const MAX_TOKEN = 48;
/** Letters, digits and the combining marks of a decomposed letter. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const MARKS = /\p{M}/gu;
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const IDEOGRAPHS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Printable ASCII and whitespace: nothing to decompose, lower-casing is enough. */
const ASCII = /^[ -~\t\n\r]*$/;

/** Case- and accent-folded form of a piece of text (may change its length). */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

function pushTokens(folded: string, out: string[]): void {
  if (!IDEOGRAPH.test(folded)) {
    out.push(folded.length > MAX_TOKEN ? folded.slice(0, MAX_TOKEN) : folded);
    return;
  }
  // Ideographs become single-character tokens; the letters around them stay words.
  for (const part of folded.replace(IDEOGRAPHS, ' $& ').split(' ')) {
    if (part !== '') out.push(part.length > MAX_TOKEN ? part.slice(0, MAX_TOKEN) : part);
  }
}

/** The distinct tokens of a message text, for indexing. */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const match of fold(text).matchAll(WORD)) pushTokens(match[0].replace(MARKS, ''), out);
  return [...new Set(out.filter((t) => t !== ''))];
}

export interface QueryTerms {
  /** Tokens that must occur as whole tokens. */
  readonly exact: readonly string[];
  /** The last token while it is being typed: some token must start with it. */
  readonly prefix: string | undefined;
}

/**
 * What a query asks for: every token must match (AND); the last one matches as a prefix unless
 * the query ends with a separator (the user finished typing that word).
 */
export function queryTerms(query: string): QueryTerms {
  const tokens: string[] = [];
  for (const match of fold(query).matchAll(WORD)) pushTokens(match[0].replace(MARKS, ''), tokens);
  const words = tokens.filter((t) => t !== '');
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(query);
  const last = typing ? words.pop() : undefined;
  const exact = [...new Set(words)];
  return { exact, prefix: last !== undefined && !exact.includes(last) ? last : undefined };
}

export interface TokenSpan {
  /** The folded token. */
  readonly term: string;
  /** Where it is in the original text (UTF-16 offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** The tokens of a text with their places in it (for highlighting; not used to index). */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const at = match.index;
    if (!IDEOGRAPH.test(word)) {
      spans.push({ term: fold(word), start: at, end: at + word.length });
      continue;
    }
    let offset = 0;
    for (const part of word.replace(IDEOGRAPHS, ' $& ').split(' ')) {
      if (part === '') continue;
      const start = word.indexOf(part, offset);
      offset = start + part.length;
      spans.push({ term: fold(part), start: at + start, end: at + offset });
    }
  }
  return spans.filter((s) => s.term !== '');
}
