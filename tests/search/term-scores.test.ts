import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassageIndex, miniSearchOptions } from '../../src/search/passage-index.js';
import { termScores, writeTermScores } from '../../src/search/term-scores.js';

type IndexDocument = { id: number; text: string; context: string; label: string };

/** What MiniSearch's own search gives for one exact term: [id, score] best first. */
function viaSearch<T>(miniSearch: MiniSearch<T>, term: string, only?: ReadonlySet<number>): [number, number][] {
  return miniSearch
    .search(term, {
      prefix: false,
      fuzzy: false,
      tokenize: (text: string) => [text],
      processTerm: (text: string) => text,
      ...(only === undefined ? {} : { boostDocument: (id: number) => (only.has(id) ? 1 : 0) }),
    })
    .map((result) => [result.id as number, result.score]);
}

describe('termScores', () => {
  it('gives every term of the essay the ids, order and scores (to the bit) of MiniSearch search, whole or restricted', () => {
    const index = buildPassageIndex(loadCorpus('corpus'));
    const only = new Set(index.passages.map((_, id) => id).filter((id) => id % 3 !== 1));
    const terms = [...index.documentFrequency.keys()];
    expect(terms.length).toBeGreaterThan(500);
    for (const term of terms) {
      expect([...termScores(index.miniSearch, term)], term).toEqual(viaSearch(index.miniSearch, term));
      expect([...termScores(index.miniSearch, term, only)], term).toEqual(viaSearch(index.miniSearch, term, only));
    }
    expect([...termScores(index.miniSearch, 'zzznotaterm')]).toEqual([]);
  });

  it('matches a MiniSearch built by addAll, terms in several fields, and falls back to search after a discard', () => {
    const words = ['salt', 'harbour', 'lamp', 'ice', 'boat', 'keeper'];
    const documents: IndexDocument[] = Array.from({ length: 60 }, (_, id) => ({
      id: id * 2 + 1,
      text: words.filter((_, w) => (id + w) % 3 !== 0).concat(id % 4 === 0 ? ['salt', 'salt'] : []).join(' '),
      context: id % 5 === 0 ? 'harbour salt' : '',
      label: id % 7 === 0 ? 'lamp' : '',
    }));
    // Twins: search() prunes a discarded document's postings as it meets them, so only first
    // searches after a discard compare, each on its own copy.
    const [miniSearch, twin] = [0, 1].map(() => {
      const made = new MiniSearch<IndexDocument>(miniSearchOptions() as ConstructorParameters<typeof MiniSearch<IndexDocument>>[0]);
      made.addAll(documents);
      return made;
    }) as [MiniSearch<IndexDocument>, MiniSearch<IndexDocument>];
    const only = new Set(documents.filter((_, i) => i % 2 === 0).map((document) => document.id));
    for (const term of words) {
      expect([...termScores(miniSearch, term)], term).toEqual(viaSearch(twin, term));
      expect([...termScores(miniSearch, term, only)], term).toEqual(viaSearch(twin, term, only));
    }
    miniSearch.discard(5);
    twin.discard(5);
    for (const term of words) expect([...termScores(miniSearch, term)], term).toEqual(viaSearch(twin, term));
  });
});

describe('writeTermScores', () => {
  /** termScores' scores over `divisor`, by document id, 0 elsewhere. */
  const expected = (scores: Map<number, number>, divisor: number, size: number): Float64Array => {
    const dense = new Float64Array(size);
    for (const [id, score] of scores) dense[id] = score / divisor;
    return dense;
  };

  it('writes every essay term\'s scores over the divisor by passage id, and 0 where the term is absent', () => {
    const index = buildPassageIndex(loadCorpus('corpus'));
    for (const term of [...index.documentFrequency.keys(), 'zzznotaterm']) {
      const written = new Float64Array(index.documentCount);
      writeTermScores(index.miniSearch, term, 2.5, written);
      expect(written, term).toEqual(expected(termScores(index.miniSearch, term), 2.5, index.documentCount));
    }
  });

  it('falls back to search after a discard, as termScores does', () => {
    const documents: IndexDocument[] = Array.from({ length: 20 }, (_, id) => ({
      id,
      text: id % 3 === 0 ? 'salt harbour salt' : 'harbour lamp',
      context: '',
      label: '',
    }));
    const [miniSearch, twin] = [0, 1].map(() => {
      const made = new MiniSearch<IndexDocument>(miniSearchOptions() as ConstructorParameters<typeof MiniSearch<IndexDocument>>[0]);
      made.addAll(documents);
      made.discard(3);
      return made;
    }) as [MiniSearch<IndexDocument>, MiniSearch<IndexDocument>];
    const written = new Float64Array(documents.length);
    writeTermScores(miniSearch, 'salt', 3, written);
    expect(written).toEqual(expected(termScores(twin, 'salt'), 3, documents.length));
    expect(written[3]).toBe(0);
    expect(written[6]).toBeGreaterThan(0);
  });
});
