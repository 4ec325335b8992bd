import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSlips, seededRandom, withOneSlip } from '../../src/answers/slips.js';
import type { EvalQuestion, ScoredResult } from '../../src/answers/evaluate.js';
import { editDistance } from '../../src/search/edit-distance.js';

describe('withOneSlip', () => {
  it('makes the same slip for the same seed', () => {
    const a = withOneSlip('why did russia turn towards china', seededRandom(7));
    const b = withOneSlip('why did russia turn towards china', seededRandom(7));
    expect(a).toEqual(b);
    expect(a?.question).not.toBe('why did russia turn towards china');
  });

  it('leaves a question without a word of five letters alone', () => {
    expect(withOneSlip('why is it so?', seededRandom(1))).toBeUndefined();
  });

  it('changes one longer word by exactly one slip, keeping its first and last letters', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 6 }), fc.integer(), (words, seed) => {
        const question = words.join(' ');
        const slipped = withOneSlip(question, seededRandom(seed));
        if (!words.some((word) => word.length >= 5)) return slipped === undefined;
        const after = slipped?.question.split(' ') ?? [];
        const changed = words.flatMap((word, i): [string, string][] => (word === after[i] ? [] : [[word, after[i] ?? '']]));
        if (changed.length !== 1) return false;
        const [before, now] = changed[0] ?? ['', ''];
        return editDistance(before, now) === 1 && before.charAt(0) === now.charAt(0) && before.at(-1) === now.at(-1);
      }),
    );
  });
});

describe('scoreSlips', () => {
  const paragraph = (text: string): ScoredResult => ({ kind: 'paragraph', text });
  const questions: EvalQuestion[] = [
    { question: 'the pipeline', expect: [{ kind: 'paragraph', startsWith: 'Pipeline' }] },
    { question: 'population', expect: [{ kind: 'paragraph', startsWith: 'Population' }] },
    { question: 'never found', expect: [{ kind: 'paragraph', startsWith: 'Elsewhere' }] },
  ];

  it('counts only questions first as written, and how many stay first with a slip', () => {
    // A search that finds the pipeline however it is spelt (a slip never touches the first
    // letter), but the population only spelt right.
    const search = (q: string): ScoredResult[] => [
      ...(q.startsWith('the p') ? [paragraph('Pipeline text')] : []),
      ...(q === 'population' ? [paragraph('Population text')] : []),
    ];
    const score = scoreSlips(questions, search, (q) => (search(q).length > 0 ? 'answered' : 'none'), [1, 2, 3]);
    expect(score).toEqual({ questions: 2, stillFirst: 0.5, refused: 0.5 });
  });
});
