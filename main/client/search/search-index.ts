/**
 * An in-memory inverted index of message texts (docs/ARCHITECTURE.md "Search"): folded tokens
 * (tokenize.ts) → posting lists of internal document numbers. Nothing here is ever written to
 * disk; it is rebuilt from the sealed rows after every unlock.
 *
 * Every upsert takes a fresh document number, so posting lists only ever grow at their end and
 * stay sorted without any sorting. A replaced or removed document is only marked dead and
 * skipped; once dead documents pile up the lists are compacted (renumbered) in one pass.
 * Queries AND their tokens: exact tokens by intersecting sorted lists (smallest first, binary
 * search in the others), the token being typed by the union of every term starting with it
 * (terms are bucketed by their first two characters to find those fast). The first keystrokes
 * would union thousands of lists, so every document is also posted under the first one and
 * first two characters of its tokens: a one- or two-character prefix is one list, like a
 * word. Hits come newest first (createdAt, then row id).
 */
import { indexTerms, type QueryTerms } from './tokenize';

const DEAD = -1;
const MIN_COMPACT = 1024;
/** Prefixes up to this length have lists of their own. */
const SHORT_PREFIX = 2;

export interface IndexQuery {
  readonly terms: QueryTerms;
  /** Only this conversation. */
  readonly peerUid?: string;
  readonly limit: number;
}

export interface IndexResult {
  /** Message row ids, newest first, at most `limit`. */
  readonly rowIds: number[];
  /** How many messages match in all. */
  readonly total: number;
}

export interface IndexStats {
  readonly messages: number;
  readonly terms: number;
  readonly postings: number;
}

function bucketOf(term: string): string {
  return term.slice(0, 2);
}

/** Whether the sorted `list` contains `value`. */
function contains(list: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid] ?? 0;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** A list with dead documents dropped and the live ones renumbered. */
function renumbered(list: readonly number[], renumber: Int32Array): number[] {
  const next: number[] = [];
  for (const d of list) {
    const to = renumber[d] ?? DEAD;
    if (to !== DEAD) next.push(to);
  }
  return next;
}

export class SearchIndex {
  private postings = new Map<string, number[]>();
  /** Documents by the first one and two characters of their tokens. */
  private prefixes = new Map<string, number[]>();
  private readonly buckets = new Map<string, string[]>();
  /** Per document number: its row id, its conversation (index into `peers`, DEAD), its time. */
  private docRow: number[] = [];
  private docPeer: number[] = [];
  private docTime: number[] = [];
  private readonly rowToDoc = new Map<number, number>();
  private readonly peerIds = new Map<string, number>();
  private dead = 0;
  private postingCount = 0;

  /** Indexes (or re-indexes) a message; `createdAt` defaults to the indexed one, else now. */
  upsert(rowId: number, peerUid: string, text: string, createdAt?: number): void {
    const old = this.rowToDoc.get(rowId);
    const time = createdAt ?? (old === undefined ? Date.now() : (this.docTime[old] ?? 0));
    if (old !== undefined) this.kill(old);
    const terms = indexTerms(text);
    if (terms.length === 0) {
      this.rowToDoc.delete(rowId);
      return;
    }
    const doc = this.docRow.length;
    this.docRow.push(rowId);
    this.docPeer.push(this.peerId(peerUid));
    this.docTime.push(time);
    this.rowToDoc.set(rowId, doc);
    const short = new Set<string>();
    for (const term of terms) {
      this.post(term, doc);
      for (let n = 1; n <= SHORT_PREFIX && n <= term.length; n++) short.add(term.slice(0, n));
    }
    for (const prefix of short) {
      const list = this.prefixes.get(prefix);
      if (list) list.push(doc);
      else this.prefixes.set(prefix, [doc]);
    }
  }

  /** Forgets a message (no-op when it is not indexed). */
  remove(rowId: number): void {
    const doc = this.rowToDoc.get(rowId);
    if (doc === undefined) return;
    this.rowToDoc.delete(rowId);
    this.kill(doc);
  }

  has(rowId: number): boolean {
    return this.rowToDoc.has(rowId);
  }

  clear(): void {
    this.postings = new Map();
    this.prefixes = new Map();
    this.buckets.clear();
    this.docRow = [];
    this.docPeer = [];
    this.docTime = [];
    this.rowToDoc.clear();
    this.peerIds.clear();
    this.dead = 0;
    this.postingCount = 0;
  }

  stats(): IndexStats {
    return { messages: this.rowToDoc.size, terms: this.postings.size, postings: this.postingCount };
  }

  search(query: IndexQuery): IndexResult {
    const peer = query.peerUid === undefined ? undefined : this.peerIds.get(query.peerUid);
    if (query.peerUid !== undefined && peer === undefined) return { rowIds: [], total: 0 };
    return this.newest(this.matching(query.terms), peer, query.limit);
  }

  private peerId(peerUid: string): number {
    let id = this.peerIds.get(peerUid);
    if (id === undefined) {
      id = this.peerIds.size;
      this.peerIds.set(peerUid, id);
    }
    return id;
  }

  private post(term: string, doc: number): void {
    const list = this.postings.get(term);
    this.postingCount++;
    if (list) {
      list.push(doc);
      return;
    }
    this.postings.set(term, [doc]);
    const key = bucketOf(term);
    const bucket = this.buckets.get(key);
    if (bucket) bucket.push(term);
    else this.buckets.set(key, [term]);
  }

  private kill(doc: number): void {
    if (this.docPeer[doc] === DEAD) return;
    this.docPeer[doc] = DEAD;
    this.dead++;
    if (this.dead >= MIN_COMPACT && this.dead * 4 >= this.docRow.length) this.compact();
  }

  /** Document numbers matching every term (ascending; dead ones included). */
  private matching(terms: QueryTerms): number[] {
    const exact = terms.exact;
    let prefix = terms.prefix;
    const lists: number[][] = [];
    for (const term of exact) {
      const list = this.postings.get(term);
      if (!list) return [];
      lists.push(list);
    }
    if (prefix !== undefined && prefix.length <= SHORT_PREFIX) {
      const list = this.prefixes.get(prefix);
      if (!list) return [];
      lists.push(list);
      prefix = undefined;
    }
    lists.sort((a, b) => a.length - b.length);
    const expanded = prefix === undefined ? [] : this.termsStartingWith(prefix);
    if (prefix !== undefined && expanded.length === 0) return [];
    const [first, ...rest] = lists;
    if (!first) return this.union(expanded);
    let docs = first;
    for (const list of rest) docs = docs.filter((d) => contains(list, d));
    if (expanded.length === 0 || docs.length === 0) return docs;
    return this.withAnyOf(docs, expanded);
  }

  /** Every indexed term starting with `prefix`. */
  private termsStartingWith(prefix: string): string[] {
    if (prefix.length >= 2) {
      const bucket = this.buckets.get(bucketOf(prefix)) ?? [];
      return prefix.length === 2 ? bucket : bucket.filter((t) => t.startsWith(prefix));
    }
    const out: string[] = [];
    for (const [key, bucket] of this.buckets) if (key.startsWith(prefix)) out.push(...bucket);
    return out;
  }

  /** The union of the terms' lists, ascending. */
  private union(terms: readonly string[]): number[] {
    const lists = terms.map((t) => this.postings.get(t) ?? []);
    if (lists.length === 1) return lists[0] ?? [];
    const marks = new Uint8Array(this.docRow.length);
    for (const list of lists) for (const d of list) marks[d] = 1;
    const out: number[] = [];
    for (let d = 0; d < marks.length; d++) if (marks[d] === 1) out.push(d);
    return out;
  }

  /** The `docs` having at least one of `terms`: probes each list, or marks them all. */
  private withAnyOf(docs: number[], terms: readonly string[]): number[] {
    const lists = terms.map((t) => this.postings.get(t) ?? []);
    const total = lists.reduce((n, l) => n + l.length, 0);
    if (docs.length * lists.length * 16 < total) {
      return docs.filter((d) => lists.some((l) => contains(l, d)));
    }
    const marks = new Uint8Array(this.docRow.length);
    for (const list of lists) for (const d of list) marks[d] = 1;
    return docs.filter((d) => marks[d] === 1);
  }

  /**
   * The `limit` newest live documents of `docs` in the conversation `peer` (any if undefined),
   * by createdAt then row id, as row ids; and how many match in all.
   */
  private newest(docs: readonly number[], peer: number | undefined, limit: number): IndexResult {
    const { docTime: time, docRow: row, docPeer } = this;
    const newer = (a: number, b: number) => {
      const ta = time[a] ?? 0;
      const tb = time[b] ?? 0;
      return ta !== tb ? ta > tb : (row[a] ?? 0) > (row[b] ?? 0);
    };
    // Kept sorted newest first; most documents are older than the last kept one and cost one
    // comparison (documents are mostly numbered in time order: walk from the newest).
    const top: number[] = [];
    let total = 0;
    for (let i = docs.length - 1; i >= 0; i--) {
      const d = docs[i] ?? 0;
      const p = docPeer[d] ?? DEAD;
      if (p === DEAD || (peer !== undefined && p !== peer)) continue;
      total++;
      const lastKept = top[top.length - 1];
      if (top.length >= limit && lastKept !== undefined && !newer(d, lastKept)) continue;
      let at = top.length;
      while (at > 0 && newer(d, top[at - 1] ?? 0)) at--;
      top.splice(at, 0, d);
      if (top.length > limit) top.pop();
    }
    return { rowIds: top.map((d) => row[d] ?? 0), total };
  }

  /** Drops dead documents and renumbers the live ones (order kept, so lists stay sorted). */
  private compact(): void {
    const renumber = new Int32Array(this.docRow.length).fill(DEAD);
    const docRow: number[] = [];
    const docPeer: number[] = [];
    const docTime: number[] = [];
    for (let d = 0; d < this.docRow.length; d++) {
      const peer = this.docPeer[d] ?? DEAD;
      if (peer === DEAD) continue;
      renumber[d] = docRow.length;
      this.rowToDoc.set(this.docRow[d] ?? 0, docRow.length);
      docRow.push(this.docRow[d] ?? 0);
      docPeer.push(peer);
      docTime.push(this.docTime[d] ?? 0);
    }
    let postings = 0;
    const emptied = new Set<string>();
    for (const [term, list] of this.postings) {
      const next = renumbered(list, renumber);
      postings += next.length;
      if (next.length > 0) this.postings.set(term, next);
      else emptied.add(term);
    }
    for (const term of emptied) this.postings.delete(term);
    for (const [key, list] of this.prefixes) {
      const next = renumbered(list, renumber);
      if (next.length > 0) this.prefixes.set(key, next);
      else this.prefixes.delete(key);
    }
    for (const [key, bucket] of this.buckets) {
      const rest = bucket.filter((t) => !emptied.has(t));
      if (rest.length > 0) this.buckets.set(key, rest);
      else this.buckets.delete(key);
    }
    this.docRow = docRow;
    this.docPeer = docPeer;
    this.docTime = docTime;
    this.dead = 0;
    this.postingCount = postings;
  }
}
