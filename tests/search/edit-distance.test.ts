import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/edit-distance.js';

describe('editDistance', () => {
  it.each([
    ['question', 'question', 0],
    ['qeustion', 'question', 1],
    ['conclsion', 'conclusion', 1],
    ['arguement', 'argument', 1],
    ['secnd', 'second', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('counts the slips from "%s" to "%s"', (a, b, slips) => {
    expect(editDistance(a, b)).toBe(slips);
    expect(editDistance(b, a)).toBe(slips);
  });

  it('stops early past the bound, returning bound + 1', () => {
    expect(editDistance('question', 'answers', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is a distance: zero only for equal words, symmetric, within the longer length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
