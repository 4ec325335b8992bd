// The index is made with MiniSearch.loadJS from the term counts the analysis already made; it
// must be exactly what MiniSearch's own addAll makes from the same passages (toJSON equal).
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { parseReading } from '../../src/corpus/parse-reading.js';
import type { Corpus } from '../../src/corpus/types.js';
import { analyzeReading, buildPassageIndex, buildScopeIndex, listPassages, miniSearchOptions, passageFieldTerms } from '../../src/search/passage-index.js';

const essay = loadCorpus(path.join(import.meta.dirname, '../../corpus'));
const second = parseReading('# Arctic Shipping\n\nA. Writer\n\nIce routes open for Murmansk ships.<sup>1</sup>\n\nThe port authority counts ships.\n\n---\n\n<sup>1</sup> Murmansk port authority report, 2020.\n', 'arctic-shipping.md', 'arctic-shipping');

function addAllBuild(corpus: Corpus): MiniSearch {
  const miniSearch = new MiniSearch(miniSearchOptions());
  miniSearch.addAll(
    listPassages(corpus).map((passage, id) => {
      const [text, context, label] = passageFieldTerms(corpus, passage);
      return { id, text: text.join(' '), context: context.join(' '), label: label.join(' ') };
    }),
  );
  return miniSearch;
}

describe('the passage index', () => {
  it('built with loadJS from term counts equals the addAll build, on the essay', () => {
    expect(buildPassageIndex(essay).miniSearch.toJSON()).toEqual(addAllBuild(essay).toJSON());
  });

  it('built for a scope of two readings equals the addAll build of both', () => {
    const corpus: Corpus = { readings: [second, ...essay.readings] };
    const scope = buildScopeIndex(corpus.readings, corpus.readings.map(analyzeReading));
    expect(scope.miniSearch.toJSON()).toEqual(addAllBuild(corpus).toJSON());
    expect(scope.documentCount).toBe(listPassages(corpus).length);
    // Document frequencies are the scope's own: the sum over its readings.
    expect(scope.documentFrequency.get('murmansk')).toBe(2);
  });
});
