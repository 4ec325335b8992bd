import { describe, expect, it } from 'vitest';
import { citationSurname, formatCitation, shortTitle } from '../../src/views/citation.js';

const essay = { title: 'Russo-Japanese Relations in the New Strategic Environment', author: 'YOKOTE Shinji' };

describe('formatCitation', () => {
  it('cites the author by surname, the title, the paragraph and its footnote', () => {
    expect(formatCitation(essay, 12, [4])).toBe('Yokote, "Russo-Japanese Relations", ¶12, n. 4');
  });

  it('cites a paragraph without footnotes, and several footnotes as nn.', () => {
    expect(formatCitation(essay, 7, [])).toBe('Yokote, "Russo-Japanese Relations", ¶7');
    expect(formatCitation(essay, 7, [3, 4])).toBe('Yokote, "Russo-Japanese Relations", ¶7, nn. 3, 4');
  });

  it('cites a footnote that no paragraph cites by its number alone', () => {
    expect(formatCitation(essay, undefined, [6])).toBe('Yokote, "Russo-Japanese Relations", n. 6');
  });

  it('takes the capitalised family name first, else the last word', () => {
    expect(citationSurname('YOKOTE Shinji')).toBe('Yokote');
    expect(citationSurname('Bobo Lo')).toBe('Lo');
    expect(citationSurname('A. N. Teacher')).toBe('Teacher');
    expect(formatCitation({ title: 'Untitled', author: '' }, 1)).toBe('"Untitled", ¶1');
  });
});

describe('shortTitle', () => {
  it.each([
    ['Russo-Japanese Relations in the New Strategic Environment', 'Russo-Japanese Relations'],
    ['The Sino-Russian Partnership: Myth and Reality', 'The Sino-Russian Partnership'],
    ['Reading in Pages', 'Reading in Pages'],
    ['Geopolitics', 'Geopolitics'],
    ['One Two Three Four Five Six', 'One Two Three Four'],
  ])('shortens "%s" to "%s"', (title, short) => {
    expect(shortTitle(title)).toBe(short);
  });
});
