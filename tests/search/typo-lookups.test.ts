// Typo look-ups of one question: each unknown word looked up once whoever asks, stopping at edit
// distance 1 when that already gives enough neighbours, with the same neighbours as a full look-up.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildPassageIndex } from '../../src/search/passage-index.js';
import { closeWords, TypoLookups } from '../../src/search/query.js';

const index = buildPassageIndex(loadCorpus(path.join(import.meta.dirname, '../../corpus')));

/** The index with its vocabulary's fuzzy look-ups counted, by distance. */
function countingIndex() {
  const calls: number[] = [];
  const words = index.words;
  const counted = Object.create(words) as typeof words;
  counted.fuzzyGet = (word: string, distance: number) => {
    calls.push(distance);
    return words.fuzzyGet(word, distance);
  };
  return { index: { ...index, words: counted }, calls };
}

describe('TypoLookups', () => {
  it.each(['primakof', 'cooperaton', 'rapprochment', 'shanghia', 'democracyy', 'xylophone'])('gives the same first neighbours of "%s" as a full look-up', (word) => {
    const typos = new TypoLookups(index);
    for (const enough of [1, 2, 3]) expect(typos.near(word, 2, enough).slice(0, enough)).toEqual(closeWords(index, word, 2).slice(0, enough));
  });

  it('looks a word up once per question, and stops at distance 1 when that gives enough', () => {
    const { index: counted, calls } = countingIndex();
    const typos = new TypoLookups(counted);
    // "primakof" has a neighbour at distance 1 (primakov): distance 2 is never searched for one.
    typos.near('primakof', 2, 1);
    typos.near('primakof', 2, 1);
    typos.near('primakof', 1, 3);
    expect(calls).toEqual([1]);
    // "xylophone" has none at distance 1: one look-up at each distance, then none.
    typos.near('xylophone', 2, 1);
    typos.near('xylophone', 2, 3);
    expect(calls).toEqual([1, 1, 2]);
  });
});
