/**
 * Tokens for the in-memory message search (search-index.ts). A token is a run of letters and
 * digits, folded so that case and accents do not matter: NFKD, combining marks dropped,
 * lower-cased ("Éclair" → "eclair", "ﬁne" → "fine"). Han, Hiragana and Katakana are written
 * without spaces, so each of their characters is a token of its own; a query for "東京" then
 * asks for both characters. Tokens longer than MAX_TOKEN (URLs, keys pasted as text) are cut.
 *
 * One hand-written scanner serves indexing, queries and highlighting, so the three always
 * agree; ASCII (most chat text) never reaches a Unicode regex or `normalize`.
 */

export const MAX_TOKEN = 48;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const MARKS = /\p{M}/gu;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Case- and accent-folded form of a piece of text (may change its length). */
export function fold(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 128) {
      return text.normalize('NFKD').replace(MARKS, '').toLowerCase();
    }
  }
  return text.toLowerCase();
}

/** Called per token: its place in the text (UTF-16, end exclusive) and folded form. */
type OnToken = (term: string, start: number, end: number) => void;

function emit(text: string, start: number, end: number, ascii: boolean, on: OnToken): void {
  const raw = text.slice(start, end);
  const term = ascii ? raw.toLowerCase() : fold(raw);
  if (term === '') return;
  on(term.length > MAX_TOKEN ? term.slice(0, MAX_TOKEN) : term, start, end);
}

const SEPARATOR = 0;
const ASCII_WORD = 1;
const WORD = 2;
const IDEOGRAPH_CHAR = 3;

/** What the character `ch` (one code point) is, for the scanner. */
function kindOf(ch: string, code: number): number {
  if (code < 128) {
    const lower = code | 32;
    return (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122) ? ASCII_WORD : SEPARATOR;
  }
  if (!WORD_CHAR.test(ch)) return SEPARATOR;
  return IDEOGRAPH.test(ch) ? IDEOGRAPH_CHAR : WORD;
}

/** Walks the tokens of `text` in order. */
export function scanTokens(text: string, on: OnToken): void {
  let start = -1;
  let ascii = true;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    const kind = kindOf(code < 128 ? '' : text.slice(i, i + width), code);
    if (kind === SEPARATOR || kind === IDEOGRAPH_CHAR) {
      if (start !== -1) emit(text, start, i, ascii, on);
      start = -1;
      if (kind === IDEOGRAPH_CHAR) emit(text, i, i + width, false, on);
    } else if (start === -1) {
      start = i;
      ascii = kind === ASCII_WORD;
    } else if (kind !== ASCII_WORD) ascii = false;
    i += width;
  }
  if (start !== -1) emit(text, start, text.length, ascii, on);
}

/** The distinct tokens of a message text, for indexing. */
export function indexTerms(text: string): string[] {
  const terms = new Set<string>();
  scanTokens(text, (term) => terms.add(term));
  return [...terms];
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
  const words: string[] = [];
  let lastEnd = -1;
  scanTokens(query, (term, _start, end) => {
    words.push(term);
    lastEnd = end;
  });
  const typing = lastEnd === query.length && words.length > 0;
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

/** The tokens of a text with their places in it (for highlighting). */
export function tokenSpans(text: string): TokenSpan[] {
  const spans: TokenSpan[] = [];
  scanTokens(text, (term, start, end) => spans.push({ term, start, end }));
  return spans;
}
