import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analyze.js';
import { spellOutFigures } from '../../src/search/numbers.js';

// A reading's vocabulary as index terms: one that writes its figures in words, one in digits.
const inWords = new Set(tokenize('a hundred and fifty thousand square kilometers, three million, one million, the twenty-first century').map((token) => token.term));
const inDigits = new Set(tokenize('150,000 square kilometers, 3 million').map((token) => token.term));

function words(question: string, known: ReadonlySet<string>): string {
  return spellOutFigures(tokenize(question), (term) => known.has(term))
    .map((token) => token.word)
    .join(' ');
}

describe('spellOutFigures', () => {
  it('reads a figure typed in digits in words, where the reading writes it so', () => {
    expect(words('the 150,000 sq km', inWords)).toBe('the one hundred fifty thousand sq km');
    expect(words('150000', inWords)).toBe('one hundred fifty thousand');
    expect(words('150k km2', inWords)).toBe('one hundred fifty thousand square kilometers');
    expect(words('3 million people', inWords)).toBe('three million people');
  });

  it('reads an ordinal typed in digits in words, where the reading writes it so', () => {
    expect(words('russia in the 21st century', inWords)).toBe('russia in the twenty first century');
    expect(words('the 21st century', inDigits)).toBe('the 21st century');
    expect(words('the 22nd century', inWords)).toBe('the 22nd century');
  });

  it('keeps years, small counts and the figures of a reading that writes digits', () => {
    expect(words('in 2005 and 1964', inWords)).toBe('in 2005 and 1964');
    expect(words('the 3 islands', inWords)).toBe('the 3 islands');
    expect(words('150,000 square kilometers', inDigits)).toBe('150 000 square kilometers');
  });

  it('keeps a figure whose words the reading does not have', () => {
    expect(words('5,000 troops', inWords)).toBe('5 000 troops');
  });
});
