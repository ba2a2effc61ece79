import { describe, expect, it } from 'vitest';
import { SearchIndex } from './search-index';
import { snippetOf } from './snippet';
import { indexTerms, queryTerms } from './tokenize';

function find(index: SearchIndex, query: string, peerUid?: string, limit = 50): number[] {
  const terms = queryTerms(query);
  return index.search({ terms, limit, ...(peerUid ? { peerUid } : {}) }).rowIds;
}

describe('tokenize', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(indexTerms('Crème BRÛLÉE, naïve café! 42x')).toEqual([
      'creme',
      'brulee',
      'naive',
      'cafe',
      '42x',
    ]);
    // Decomposed input (e + combining acute) folds like the precomposed one.
    expect(indexTerms('Cafe\u0301')).toEqual(['cafe']);
    expect(indexTerms('ﬁne Straße')).toEqual(['fine', 'straße']);
    expect(indexTerms('a a A')).toEqual(['a']);
  });

  it('makes each ideograph a token and cuts very long tokens', () => {
    expect(indexTerms('東京 tower')).toEqual(['東', '京', 'tower']);
    expect(indexTerms('x'.repeat(100))).toEqual(['x'.repeat(48)]);
  });

  it('takes the last word as a prefix only while it is being typed', () => {
    expect(queryTerms('Hello wor')).toEqual({ exact: ['hello'], prefix: 'wor' });
    expect(queryTerms('hello world ')).toEqual({ exact: ['hello', 'world'], prefix: undefined });
    expect(queryTerms('  ')).toEqual({ exact: [], prefix: undefined });
    expect(queryTerms('ÉCL')).toEqual({ exact: [], prefix: 'ecl' });
  });
});

describe('SearchIndex', () => {
  function sample(): SearchIndex {
    const index = new SearchIndex();
    index.upsert(1, 'bob', 'Lunch at the café tomorrow?', 100);
    index.upsert(2, 'bob', 'Sure, the usual cafe', 200);
    index.upsert(3, 'carol', 'Cafeteria is closed today', 300);
    index.upsert(4, 'carol', 'See you tomorrow then', 400);
    return index;
  }

  it('finds whole words regardless of case and accents, newest first', () => {
    const index = sample();
    expect(find(index, 'cafe ')).toEqual([2, 1]);
    expect(find(index, 'CAFÉ ')).toEqual([2, 1]);
    expect(find(index, 'tomorrow ')).toEqual([4, 1]);
    expect(find(index, 'nothing ')).toEqual([]);
  });

  it('matches the word being typed as a prefix', () => {
    const index = sample();
    expect(find(index, 'caf')).toEqual([3, 2, 1]);
    expect(find(index, 'c')).toEqual([3, 2, 1]);
    expect(find(index, 'cafet')).toEqual([3]);
    expect(find(index, 'cafx')).toEqual([]);
  });

  it('ANDs the words and filters by conversation', () => {
    const index = sample();
    expect(find(index, 'cafe tomorrow')).toEqual([1]);
    expect(find(index, 'the caf')).toEqual([2, 1]);
    expect(find(index, 'the tom')).toEqual([1]);
    expect(find(index, 'to', 'carol')).toEqual([4, 3]);
    expect(find(index, 'to', 'nobody')).toEqual([]);
  });

  it('forgets removed messages and re-indexes replaced ones', () => {
    const index = sample();
    index.remove(2);
    expect(find(index, 'cafe ')).toEqual([1]);
    index.upsert(1, 'bob', 'Dinner instead');
    expect(find(index, 'cafe ')).toEqual([]);
    expect(find(index, 'dinner')).toEqual([1]);
    // The replaced text keeps the message's place in time.
    index.upsert(5, 'bob', 'dinner again', 50);
    expect(find(index, 'dinner')).toEqual([1, 5]);
    index.remove(99);
    expect(index.stats().messages).toBe(4);
  });

  it('counts every match while returning at most the limit', () => {
    const index = new SearchIndex();
    for (let i = 1; i <= 30; i++) index.upsert(i, 'bob', `note ${i}`, i);
    const result = index.search({ terms: queryTerms('note '), limit: 5 });
    expect(result.rowIds).toEqual([30, 29, 28, 27, 26]);
    expect(result.total).toBe(30);
  });

  it('stays correct across compaction after many removals', () => {
    const index = new SearchIndex();
    for (let i = 1; i <= 3000; i++) index.upsert(i, i % 2 ? 'a' : 'b', `word${i % 7} common`, i);
    for (let i = 1; i <= 2500; i++) index.remove(i);
    expect(index.stats().messages).toBe(500);
    expect(find(index, 'common', undefined, 1000)).toHaveLength(500);
    expect(find(index, 'word3 common', 'a', 1000)).toEqual(
      Array.from({ length: 500 }, (_, k) => 3000 - k).filter((i) => i % 7 === 3 && i % 2 === 1),
    );
    expect(find(index, 'word1')).toHaveLength(50);
    index.upsert(3001, 'a', 'fresh', 3001);
    expect(find(index, 'fre')).toEqual([3001]);
  });
});

describe('snippetOf', () => {
  it('marks the matched words in the original text', () => {
    const s = snippetOf('Lunch at the Café?', queryTerms('cafe lun'));
    expect(s.text).toBe('Lunch at the Café?');
    expect(s.ranges).toEqual([
      [0, 5],
      [13, 17],
    ]);
  });

  it('cuts a long text around the first match', () => {
    const text = `${'lorem ipsum '.repeat(30)}the needle is here ${'dolor sit '.repeat(30)}`;
    const s = snippetOf(text, queryTerms('needle '), 80);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const [range] = s.ranges;
    expect(range && s.text.slice(range[0], range[1])).toBe('needle');
  });
});
