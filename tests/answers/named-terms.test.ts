import { describe, expect, it } from 'vitest';
import { namedTerms } from '../../src/answers/named-in-reading.js';
import { parseReading } from '../../src/corpus/parse-reading.js';
import { termOf } from '../../src/search/analyze.js';

describe('namedTerms', () => {
  const text = [
    '# Names',
    'An Author',
    'Officials visited the Northern Territories in 2005. The territorial dispute with Tokyo goes on.',
    'The WTO, said Primakov, was "Western" in spirit. Trade was slow.',
    'Territorial claims matter. However, the Northern Territories are small, and territorial talks stall.',
  ].join('\n\n');
  const named = namedTerms({ readings: [parseReading(text, 'names.md', 'names')] });

  it('finds the words written capitalised inside sentences in most of their uses', () => {
    for (const word of ['northern', 'tokyo', 'wto', 'primakov']) expect(named.has(termOf(word)), word).toBe(true);
  });

  it('does not count a capital at a sentence start or after an opening quote, nor a word mostly written lower case', () => {
    // One stem: "Territories" twice inside sentences, "territorial" twice, and "Territorial" opening a paragraph (not counted).
    for (const word of ['however', 'trade', 'western', 'territories', 'officials']) expect(named.has(termOf(word)), word).toBe(false);
  });
});
