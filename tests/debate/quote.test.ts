import { describe, expect, it } from 'vitest';
import { clipAtWord, isExactQuote, quoteEvidence, shortQuote, splitSentences } from '../../src/debate/quote.js';
import { essay } from './helpers.js';

describe('splitSentences', () => {
  it('splits after a footnote marker and keeps every sentence an exact part of the paragraph', () => {
    const p1 = essay().paragraphs[0]!.text;
    const sentences = splitSentences(p1);
    expect(sentences).toHaveLength(3);
    expect(sentences[1]).toMatch(/Afghanistan\.¹$/);
    for (const sentence of sentences) expect(p1).toContain(sentence);
  });

  it('keeps a parenthesised sentence whole', () => {
    const sentences = splitSentences(essay().paragraphs[24]!.text);
    expect(sentences).toContain(
      '(Boris Yeltsin irresponsibly disclosed his intention to resolve the dispute by 2000, and the Japanese side optimistically regarded his remark as a serious promise to make a final decision in favor of the Japanese side.)',
    );
  });
});

describe('clipAtWord', () => {
  it('leaves a text that fits unchanged', () => {
    expect(clipAtWord('Russia was accepted as a principal member of the Western club.', 100)).toBe('Russia was accepted as a principal member of the Western club.');
  });

  it('cuts at a word boundary, drops trailing punctuation and marks the cut with an ellipsis', () => {
    expect(clipAtWord('No doubt, China and Russia make good partners', 12)).toBe('No doubt…');
    expect(clipAtWord('No doubt, China and Russia make good partners', 20)).toBe('No doubt, China and…');
  });

  it('never cuts inside a word, whatever the limit', () => {
    const text = essay().paragraphs[9]!.text;
    for (let limit = 5; limit < 300; limit += 7) {
      const clipped = clipAtWord(text, limit);
      expect(clipped.length).toBeLessThanOrEqual(limit);
      const head = clipped.replace(/…$/, '');
      expect(text.startsWith(head)).toBe(true);
      // The character after the kept head is a space or punctuation, never a letter.
      expect(text.charAt(head.length)).toMatch(/[\s,;:.]/);
    }
  });

  it('keeps a single over-long word whole', () => {
    expect(clipAtWord('Supercalifragilistic', 5)).toBe('Supercalifragilistic');
  });
});

describe('shortQuote and quoteEvidence', () => {
  it('quotes every paragraph of the essay exactly', () => {
    for (const paragraph of essay().paragraphs) {
      const quote = shortQuote(paragraph.text);
      expect(isExactQuote(paragraph.text, quote)).toBe(true);
      expect(quote.length).toBeLessThanOrEqual(240);
    }
  });

  it('uses the chosen excerpt when it is the paragraph\'s own words', () => {
    const p13 = essay().paragraphs[12]!.text;
    expect(quoteEvidence(p13, "Russia's Western orientation is still kept alive.")).toBe("Russia's Western orientation is still kept alive.");
  });

  it('falls back to the first sentence when a chosen excerpt is not in the paragraph', () => {
    const p9 = essay().paragraphs[8]!.text;
    expect(quoteEvidence(p9, 'Russia joined NATO.')).toBe(shortQuote(p9));
  });
});
