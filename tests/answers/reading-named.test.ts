import { describe, expect, it } from 'vitest';
import { readingNamesOf, withReadingNamed } from '../../src/answers/reading-named.js';

// A reading of another course week: the rules know it only by its title and author line.
const names = readingNamesOf([{ title: 'Trade and Trust across the Amur River', author: 'PETROVA Anna' }]);

describe('withReadingNamed', () => {
  it.each([
    ['what does the petrova reading say about trade', 'what does the essay say about trade'],
    ["in petrova's article, why is trust low", 'in the essay, why is trust low'],
    ['the amur river text on smuggling', 'the essay on smuggling'],
    ['according to the week 3 reading, who gains', 'according to the essay, who gains'],
    ["this week's piece on the border", 'the essay on the border'],
    ['week 3: what is the main point', 'what is the main point'],
    ['wk3 how big is the trade', 'how big is the trade'],
    ['the chapter by petrova: smuggling', 'the essay: smuggling'],
    ['in the text by Petrova, who gains', 'in the essay, who gains'],
  ])('reads the reading named by author, title or week as the essay: "%s"', (question, read) => {
    expect(withReadingNamed(question, names)).toBe(read);
  });

  it('reads the author, a slip of the name too, as "the author"', () => {
    expect(withReadingNamed('what does Petrova say about smuggling', names)).toBe('what does the author say about smuggling');
    expect(withReadingNamed('what does petrava think', names)).toBe('what does the author think');
    // Two slips are another name.
    expect(withReadingNamed('what does petrakis think', names)).toBe('what does petrakis think');
    // An English word near the name is the word.
    expect(withReadingNamed('what did the petrol trade earn', names)).toBe('what did the petrol trade earn');
  });

  it('reads "the article" alone as the reading, unless it is one the reading cites', () => {
    expect(withReadingNamed('what does the article say about the SCO', names)).toBe('what does the essay say about the SCO');
    for (const question of [
      'who wrote the article in footnote 3',
      'the article by Lukin',
      'what is the article he cites about China',
      'which article does she cite',
      'what journal published the article',
      // One title word is not the reading's name: a footnote's article may be Russian.
      'the river article in footnote 2',
    ]) {
      expect(withReadingNamed(question, names)).toBe(question);
    }
  });

  it('keeps every other word as typed', () => {
    expect(withReadingNamed('Why did the SCO demand that the US leave?', names)).toBe('Why did the SCO demand that the US leave?');
  });
});
