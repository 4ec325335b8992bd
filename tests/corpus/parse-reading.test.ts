import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadingError } from '../../src/errors.js';
import { parseReading, superscript } from '../../src/corpus/parse-reading.js';

const ESSAY_FILE = 'corpus/russo-japanese-relations.md';
const essaySource = readFileSync(ESSAY_FILE, 'utf8');
const essay = parseReading(essaySource, ESSAY_FILE, 'russo-japanese-relations');

function paragraphStartingWith(prefix: string) {
  const found = essay.paragraphs.find((p) => p.text.startsWith(prefix));
  if (found === undefined) throw new Error(`no paragraph starts with ${prefix}`);
  return found;
}

/** Expects parseReading to refuse `source` with a message naming the file and the line. */
function expectRefusal(source: string, line: number, problem: RegExp): void {
  let error: unknown;
  try {
    parseReading(source, 'broken.md', 'broken');
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ReadingError);
  const readingError = error as ReadingError;
  expect(readingError.message).toMatch(new RegExp(`^broken\\.md:${line}: `));
  expect(readingError.line).toBe(line);
  expect(readingError.problem).toMatch(problem);
}

describe('parseReading on the essay', () => {
  it('finds the title and the author', () => {
    expect(essay.title).toBe('Russo-Japanese Relations in the New Strategic Environment');
    expect(essay.author).toBe('YOKOTE Shinji');
  });

  it('finds 31 paragraphs and 6 footnotes, with no warnings', () => {
    expect(essay.paragraphs).toHaveLength(31);
    expect(essay.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(essay.warnings).toEqual([]);
    expect(essay.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  // The seven places where the printed page cut a paragraph in two.
  it.each([
    ['Agreement between the European Commission and Russia in 1994', 8],
    ['as is well known, Russia, aligned with France and Germany', 11],
    ['however nominal the great power status may be, it is too comfortable for them to relinquish it', 13],
    ['The Siberian railway is not yet fit for this purpose', 17],
    ['references made by the Chinese leaders in 1964 and 1989', 20],
    ['So far, the benefits brought about by the cooperative relations', 23],
    ['the Russian government announced that it had decided to adopt the route', 30],
  ])('rejoins "%s" into paragraph %i', (joined, number) => {
    expect(paragraphStartingWith(essay.paragraphs[number - 1]!.text.slice(0, 30)).number).toBe(number);
    expect(essay.paragraphs[number - 1]!.text).toContain(joined);
  });

  it('never lets a footnote block leak into a paragraph', () => {
    for (const p of essay.paragraphs) {
      expect(p.text).not.toMatch(/<\/?sup>|^---|\n/);
      for (const f of essay.footnotes) expect(p.text).not.toContain(f.text.slice(0, 40));
    }
  });

  it.each([
    [1, 1, 'In the initial years of the twenty-first century'],
    [2, 10, 'Some Russian scholars began to call'],
    [3, 12, 'The second was the so-called “color revolutions”'],
    [4, 14, 'No doubt, China and Russia make good partners'],
    [5, 18, 'Second, related with the aforementioned point'],
    [6, 30, 'But interestingly enough, no comment from the Japanese side'],
  ])('attaches footnote %i to paragraph %i, which cites it', (footnote, paragraph, start) => {
    const citing = essay.paragraphs[paragraph - 1]!;
    expect(citing.text.startsWith(start)).toBe(true);
    expect(citing.footnotes).toEqual([footnote]);
    expect(citing.text).toContain(superscript(footnote));
    expect(essay.footnotes[footnote - 1]!.citedBy).toEqual([paragraph]);
  });

  it('keeps footnote text whole, without its marker', () => {
    expect(essay.footnotes[0]!.text).toMatch(/^See, for example, Bobo Lo, \*Vladimir Putin and the Evolution of Russian Foreign Policy\*/);
    expect(essay.footnotes[5]!.text).toMatch(/Kokuritsu insatsu kyoku, 2007\), 169\.$/);
  });

  it('quotes the source exactly, whitespace aside', () => {
    const sourceWords = essaySource.replace(/<sup>(\d)<\/sup>/g, (_m, d: string) => superscript(Number(d))).replace(/\s+/g, ' ');
    for (const p of essay.paragraphs) {
      // Every paragraph is made of source runs; the rejoined text differs from the source only where a cut was.
      const firstHalf = p.text.slice(0, 60);
      expect(sourceWords).toContain(firstHalf);
    }
  });

  it('gives every paragraph the line it starts on', () => {
    expect(essay.paragraphs[0]!.line).toBe(7);
    expect(essay.paragraphs[7]!.line).toBe(25);
    expect(essay.footnotes[0]!.line).toBe(13);
  });
});

describe('parseReading on a second reading in the same shape', () => {
  const source = readFileSync('tests/fixtures/readings/reading-in-pages.md', 'utf8');
  const reading = parseReading(source, 'reading-in-pages.md', 'reading-in-pages');

  it('rejoins a paragraph cut by a footnote block and keeps both citations', () => {
    expect(reading.paragraphs).toHaveLength(3);
    expect(reading.paragraphs[1]!.text).toContain('past the bottom of the page, where a footnote block interrupted it.');
    expect(reading.paragraphs[1]!.footnotes).toEqual([2]);
    expect(reading.footnotes.find((f) => f.number === 1)!.citedBy).toEqual([1, 3]);
  });

  it('joins the soft line breaks of a paragraph with a space', () => {
    expect(reading.paragraphs[0]!.text).toContain('wherever the page ends');
  });

  it('warns about a footnote that no paragraph cites, naming file and line', () => {
    expect(reading.warnings).toEqual(['reading-in-pages.md:22: footnote 3 is never cited']);
  });

  it('carries the reading id on every paragraph and footnote', () => {
    expect(new Set([...reading.paragraphs, ...reading.footnotes].map((x) => x.reading))).toEqual(new Set(['reading-in-pages']));
  });
});

describe('parseReading refuses a broken reading, naming file and line', () => {
  const header = '# Title\n\nAuthor\n\n';

  it('refuses an empty file', () => expectRefusal('', 1, /empty/));
  it('refuses a file of blank lines', () => expectRefusal('\n\n  \n', 1, /empty/));
  it('refuses a reading with no title', () => expectRefusal('Just a paragraph.\n\nAnother.\n', 1, /no title/));
  it('refuses a reading with a title but no paragraphs', () => expectRefusal('# Title\n\nAuthor\n', 3, /no paragraphs/));

  it('refuses a footnote cited but never defined', () =>
    expectRefusal(`${header}One.\n\nTwo cites a note.<sup>7</sup>\n`, 7, /footnote 7 is cited in paragraph 2 but never defined/));

  it('refuses a footnote defined twice', () =>
    expectRefusal(`${header}Cites.<sup>1</sup>\n\n---\n\n<sup>1</sup> First.\n\n<sup>1</sup> Again.\n`, 11, /footnote 1 is defined twice \(first at line 9\)/));

  it('refuses a footnote marker with no number', () =>
    expectRefusal(`${header}Cites nothing.<sup></sup>\n`, 5, /has no footnote number/));

  it('refuses a footnote definition outside a footnote block', () =>
    expectRefusal(`${header}Body.\n\n<sup>1</sup> Stray note.\n`, 7, /outside a footnote block/));
});

describe('parseReading tolerates how files are saved', () => {
  const plain = '# Title\n\nAuthor\n\nFirst paragraph.<sup>1</sup>\n\nSecond paragraph.\n\n---\n\n<sup>1</sup> The note.';

  it('reads CRLF line endings, a byte order mark and tabs like plain LF', () => {
    const saved = `\uFEFF${plain.replace(/\n/g, '\r\n').replace('First', '\tFirst')}`;
    const reading = parseReading(saved, 'saved.md', 'saved');
    expect(reading.paragraphs.map((p) => p.text)).toEqual(['First paragraph.¹', 'Second paragraph.']);
    expect(reading.footnotes[0]!.text).toBe('The note.');
  });

  it('reads a file with no final newline', () => {
    expect(parseReading(plain, 'x.md', 'x').footnotes).toHaveLength(1);
  });
});
