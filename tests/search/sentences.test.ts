import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/search/sentences.js';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('One here. Two there? Three!')).toEqual(['One here.', 'Two there?', 'Three!']);
  });

  it('does not break on U.S., e.g. or vol.', () => {
    expect(texts('The U.S. Army left. See e.g. Smith, vol. 3 (2003). Then more.')).toEqual([
      'The U.S. Army left.',
      'See e.g. Smith, vol. 3 (2003).',
      'Then more.',
    ]);
  });

  it('does not break on initials', () => {
    expect(texts('On this concept, see Aleksei D. Bogaturov, "Pliuralisticheskaia." See also James A. Baker.')).toEqual([
      'On this concept, see Aleksei D. Bogaturov, "Pliuralisticheskaia."',
      'See also James A. Baker.',
    ]);
  });

  it('keeps a footnote marker and closing quote with its sentence', () => {
    expect(texts('He wrote "Russia will rise."⁴ Then he left.')).toEqual(['He wrote "Russia will rise."⁴', 'Then he left.']);
  });

  it('returns exact substrings with their offsets', () => {
    const text = '  First one.   Second “one.” Third';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.start + sentence.text.length)).toBe(sentence.text);
    }
  });
});
