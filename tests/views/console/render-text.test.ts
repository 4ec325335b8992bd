import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT, quoteText, renderAnswerText, renderFootnoteText, renderPassageText, renderReadingText, textStyleFor } from '../../../src/views/console/render-text.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { ESSAY_CORPUS, FIXTURE_CORPUS } from '../../cli/run-cli-process.js';
import { footnoteResult, matchAnswer, noMatchAnswer, paragraphResult } from '../../support/answer-factories.js';

const corpus = loadCorpus(ESSAY_CORPUS);
const reading = corpus.readings[0]!;
const plain = { emphasis: 'plain' } as const;
const ansi = { emphasis: 'ansi' } as const;

/** The words a reader sees: quote marks, emphasis and line breaks removed. */
function visibleWords(text: string): string {
  return text
    .replace(/\u001b\[\d+m/g, '')
    .replace(/\*\*/g, '')
    .split('\n')
    .map((line) => line.replace(/^> /, ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('quoteText', () => {
  it('quotes the exact words and marks the best sentence with ** when the output is plain', () => {
    const text = 'Tea crossed the sea. Merchants carried it north. Nobody asked why.';
    expect(quoteText(text, plain, 'Merchants carried it north.')).toBe('> Tea crossed the sea. **Merchants carried it north.** Nobody asked why.');
  });

  it('bolds the best sentence with ANSI codes for a terminal', () => {
    expect(quoteText('One. Two three. Four.', ansi, 'Two three.')).toBe('> One. \u001b[1mTwo three.\u001b[22m Four.');
  });

  it('keeps a footnote marker attached to the emphasised sentence it follows', () => {
    expect(quoteText('It was done.¹ Then more.', plain, 'It was done.')).toBe('> **It was done.**¹ Then more.');
  });

  it('leaves the text unmarked when the highlight is not in it', () => {
    expect(quoteText('One. Two.', plain, 'Three.')).toBe('> One. Two.');
  });

  it('wraps to the width, one pair of markers per line, without losing or changing a word', () => {
    const paragraph = reading.paragraphs[13]!;
    const highlight = 'Naturally, the leaders of both nations share the same apprehensions about cultural globalization that levels the ground for political homogenization.';
    const wrapped = quoteText(paragraph.text, { emphasis: 'plain', width: 60 }, highlight);
    expect(wrapped).toContain('**Naturally, the leaders');
    for (const line of wrapped.split('\n')) {
      expect(line.startsWith('> ')).toBe(true);
      expect(line.replace(/\*\*/g, '').length).toBeLessThanOrEqual(60);
      expect((line.match(/\*\*/g) ?? []).length % 2).toBe(0);
    }
    expect(visibleWords(wrapped)).toBe(paragraph.text);
  });

  it('never loses a word however the text and width vary', () => {
    const word = fc.stringMatching(/^[A-Za-z.,¹]{1,14}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.integer({ min: 30, max: 120 }), fc.nat(), (words, width, pick) => {
        const text = words.join(' ');
        const highlight = words.slice(pick % words.length, (pick % words.length) + 3).join(' ');
        const quoted = quoteText(text, { emphasis: 'plain', width }, highlight);
        expect(visibleWords(quoted)).toBe(text);
      }),
    );
  });
});

describe('renderAnswerText', () => {
  it('shows each paragraph under a ¶ header, quoted, with its footnotes and a citation line', () => {
    const result = paragraphResult(reading, 14, { highlight: 'No doubt, China and Russia make good partners both psychologically and economically.' });
    const text = renderAnswerText(matchAnswer('Are China and Russia good partners?', [result], { total: 4 }), corpus, plain);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Best 1 of 4 matches:');
    expect(lines).toContain('¶14 — Russo-Japanese Relations in the New Strategic Environment');
    expect(text).toContain(`**${result.highlight}**`);
    expect(visibleWords(lines.find((line) => line.startsWith('> '))!)).toBe(reading.paragraphs[13]!.text);
    expect(lines).toContain(`[4] ${reading.footnotes[3]!.text}`);
    expect(lines.at(-1)).toBe('— Yokote, "Russo-Japanese Relations", ¶14, n. 4');
  });

  it('shows a footnote result with the paragraphs citing it', () => {
    const text = renderAnswerText(matchAnswer('Bogaturov', [footnoteResult(reading, 2), paragraphResult(reading, 10)]), corpus, plain);
    expect(text.split('\n')[0]).toBe('2 matches:');
    expect(text).toContain('Footnote 2 — Russo-Japanese Relations in the New Strategic Environment');
    expect(text).toContain('Cited in ¶10.');
    expect(text).toContain('— Yokote, "Russo-Japanese Relations", ¶10, n. 2');
    expect(text.indexOf('Footnote 2')).toBeLessThan(text.indexOf('¶10 —'));
  });

  it('says honestly that nothing matches well, with suggestions and the nearest paragraphs', () => {
    const nearest = paragraphResult(reading, 3, { score: 0.2 });
    const text = renderAnswerText(noMatchAnswer('What about submarines?', { suggestions: ['summit', 'sanctions'], nearest: [nearest] }), corpus, plain);
    expect(text.split('\n')).toEqual([
      'No passage matches this well.',
      'Did you mean: summit, sanctions?',
      'Nearest paragraphs (weak matches):',
      `  ¶3 (Russo-Japanese Relations in the New Strategic Environment): "${nearest.highlight}"`,
    ]);
  });

  it('keeps "no match" to one line when there is nothing to suggest', () => {
    expect(renderAnswerText(noMatchAnswer('zzz'), corpus, plain)).toBe('No passage matches this well.');
  });
});

describe('passage, footnote and reading views', () => {
  it('renders a passage without emphasis, with its footnote', () => {
    const text = renderPassageText(reading, reading.paragraphs[0]!, plain);
    expect(text).not.toContain('**');
    expect(text.split('\n')).toEqual([
      '¶1 — Russo-Japanese Relations in the New Strategic Environment',
      `> ${reading.paragraphs[0]!.text}`,
      '',
      `[1] ${reading.footnotes[0]!.text}`,
      '— Yokote, "Russo-Japanese Relations", ¶1, n. 1',
    ]);
  });

  it('renders a footnote with the paragraph citing it', () => {
    expect(renderFootnoteText(reading, reading.footnotes[5]!, plain).split('\n')).toEqual([
      'Footnote 6 — Russo-Japanese Relations in the New Strategic Environment',
      `> ${reading.footnotes[5]!.text}`,
      'Cited in ¶30.',
      '— Yokote, "Russo-Japanese Relations", ¶30, n. 6',
    ]);
  });

  it('renders a whole reading with numbered paragraphs and its footnotes at the end', () => {
    const tea = loadCorpus(FIXTURE_CORPUS).readings[0]!;
    expect(renderReadingText(tea, plain).split('\n')).toEqual([
      'Tea and Trade',
      'MORI Hana — 2 paragraphs, 1 footnotes (reading "tea-and-trade")',
      '',
      '¶1',
      '> Tea crossed the sea long before the treaties did. Merchants carried it north in small lacquered boxes.¹',
      '',
      '¶2',
      '> The second paragraph is about harbours and ships. Sailors waited in the harbour for the monsoon wind.',
      '',
      'Footnotes',
      '[1] On the lacquered boxes, see *Small Boxes* (Example Press, 2020), 4. (cited in ¶1)',
    ]);
  });
});

describe('textStyleFor', () => {
  it('keeps piped output plain and bolds and wraps on a terminal', () => {
    expect(textStyleFor(new PassThrough())).toEqual(PLAIN_TEXT);
    expect(textStyleFor(Object.assign(new PassThrough(), { isTTY: true, columns: 72 }))).toEqual({ emphasis: 'ansi', width: 72 });
    expect(textStyleFor(Object.assign(new PassThrough(), { isTTY: true, columns: 200 }))).toEqual({ emphasis: 'ansi', width: 100 });
  });
});
