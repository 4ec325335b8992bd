import { describe, expect, it } from 'vitest';
import { corpusPassages, resultsForIds, scoredResultsById } from '../../bench/passages.js';
import { scoreQuestionSet } from '../../src/answers/evaluate.js';
import type { Corpus } from '../../src/corpus/types.js';

const corpus: Corpus = {
  readings: [
    {
      id: 'essay',
      file: 'essay.md',
      title: 'An essay',
      author: 'Someone',
      paragraphs: [
        { reading: 'essay', number: 1, text: 'First paragraph about trade.', footnotes: [], line: 3 },
        { reading: 'essay', number: 2, text: 'Second paragraph about borders.¹', footnotes: [1], line: 5 },
      ],
      footnotes: [{ reading: 'essay', number: 1, text: 'A source on borders.', citedBy: [2], line: 9 }],
      warnings: [],
    },
  ],
};

describe('corpusPassages', () => {
  it('lists every paragraph then every footnote with reading-scoped ids', () => {
    expect(corpusPassages(corpus).map((p) => p.id)).toEqual(['essay#p1', 'essay#p2', 'essay#f1']);
  });
});

describe('scoring a peer through the project scorer', () => {
  const byId = scoredResultsById(corpus);
  const questions = [{ question: 'source on borders', expect: [{ kind: 'footnote' as const, startsWith: 'A source on' }] }];

  it('counts the footnote itself as a hit', () => {
    const score = scoreQuestionSet('set', questions, () => resultsForIds(['essay#p1', 'essay#f1'], byId));
    expect(score.outcomes[0]?.rank).toBe(2);
  });

  it('counts a paragraph showing the expected footnote as a hit', () => {
    const score = scoreQuestionSet('set', questions, () => resultsForIds(['essay#p2'], byId));
    expect(score.recallAt1).toBe(1);
  });

  it('does not count a paragraph that cites another footnote or none', () => {
    const score = scoreQuestionSet('set', questions, () => resultsForIds(['essay#p1'], byId));
    expect(score.recallAt3).toBe(0);
    expect(score.mrr).toBe(0);
  });

  it('refuses an id that is not a passage of the corpus', () => {
    expect(() => resultsForIds(['essay#p9'], byId)).toThrow(/essay#p9/);
  });
});
