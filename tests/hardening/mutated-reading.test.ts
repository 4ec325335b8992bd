// Any reading file: the essay's source mutated the ways files get damaged (saved with CRLF, a BOM
// or tabs, re-wrapped, truncated, a footnote block lost or duplicated, a `<sup>` with no number,
// lines deleted or duplicated). parseReading either reads it right or refuses it with a
// ReadingError naming the file and the right line — never another exception, and never a
// paragraph silently lost.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReading } from '../../src/corpus/parse-reading.js';
import type { Reading } from '../../src/corpus/types.js';
import { ReadingError } from '../../src/errors.js';

const FILE = 'corpus/russo-japanese-relations.md';
const ID = 'russo-japanese-relations';
const SOURCE = readFileSync(FILE, 'utf8');
const ORIGINAL = parseReading(SOURCE, FILE, ID);
const LINES = SOURCE.split('\n');
const RUNS = 200;

type Outcome = { readonly reading: Reading; readonly error?: undefined } | { readonly reading?: undefined; readonly error: ReadingError };

/** Parses a mutated source; any exception other than a well-formed ReadingError fails the test. */
function parse(source: string): Outcome {
  try {
    return { reading: parseReading(source, FILE, ID) };
  } catch (err) {
    expect(err, `only a ReadingError, got ${String(err)}`).toBeInstanceOf(ReadingError);
    const error = err as ReadingError;
    expect(error.message).toMatch(/^corpus\/russo-japanese-relations\.md:\d+: \S/);
    expect(error.message.startsWith(`${FILE}:${error.line}: `)).toBe(true);
    const lineCount = source.replace(/\r\n?/g, '\n').split('\n').length;
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount);
    return { error };
  }
}

function expectRefused(source: string): ReadingError {
  const outcome = parse(source);
  if (outcome.error === undefined) throw new Error(`expected a ReadingError; the reading parsed with ${outcome.reading.paragraphs.length} paragraphs`);
  return outcome.error;
}

function expectRead(source: string): Reading {
  const outcome = parse(source);
  if (outcome.reading === undefined) throw new Error(`expected the reading to parse; got ${outcome.error.message}`);
  return outcome.reading;
}

const textsOf = (reading: Reading) => ({
  title: reading.title,
  author: reading.author,
  paragraphs: reading.paragraphs.map(({ number, text, footnotes }) => ({ number, text, footnotes })),
  footnotes: reading.footnotes.map(({ number, text, citedBy }) => ({ number, text, citedBy })),
  warnings: reading.warnings.length,
});

/** The line of `source` (1-based), as the parser sees it: tabs as spaces, trimmed. */
function lineOf(source: string, line: number): string {
  return (source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')[line - 1] ?? '').replace(/\t/g, ' ').trim();
}

// ------------------------------------------------------------------------------------------------
// Mutations that keep every word of the body.

const lineIndex = fc.nat({ max: LINES.length - 1 });

/** One way of re-saving the file; each keeps the text. */
const resave = fc.oneof(
  fc.constant((s: string) => s.replace(/\r?\n/g, '\r\n')),
  fc.constant((s: string) => `\uFEFF${s}`),
  fc.constant((s: string) => s.replace(/\r?\n/g, '\r')),
  fc.constant((s: string) => s.replace(/[\r\n]+$/, '')),
  fc.constant((s: string) => `${s}\n\n\n`),
  fc.constant((s: string) => `\n\n${s}`),
  fc.constant((s: string) => s.replace(/(\r?\n)(\r?\n)/g, '$1 \t$2')),
  fc.constant((s: string) => s.replace(/(\r?\n)(\r?\n)/g, '$1$1$2')),
  fc.constant((s: string) => s.replace(/\r?\n/g, ' \t $&')),
  // Indent some lines with tabs or spaces, and turn some spaces into tabs.
  fc.tuple(fc.array(lineIndex, { maxLength: 30 }), fc.constantFrom('\t', '  ', '\t ')).map(([indexes, indent]) => (s: string) => {
    const lines = s.split('\n');
    for (const index of indexes) if (lines[index] !== undefined) lines[index] = `${indent}${lines[index]}`;
    return lines.join('\n');
  }),
  fc.array(fc.nat(), { minLength: 1, maxLength: 60 }).map((picks) => (s: string) => {
    const spaces = [...s.matchAll(/(?<=\S) (?=\S)/g)].map((match) => match.index);
    const chosen = new Set(picks.map((pick) => spaces[pick % spaces.length]));
    return [...s].map((char, index) => (chosen.has(index) ? '\t' : char)).join('');
  }),
  // Re-wrap: soft line breaks inside paragraphs and footnotes (the title and the author are one
  // line each; a line never starts with a marker).
  fc.array(fc.nat(), { minLength: 1, maxLength: 60 }).map((picks) => (s: string) => {
    // The body starts at its first words, however the lines before them were indented.
    const body = s.indexOf('In the initial years');
    const spaces = [...s.matchAll(/(?<=[^\s>]) (?=[^\s<])/g)].map((match) => match.index).filter((at) => at > body);
    const chosen = new Set(picks.map((pick) => spaces[pick % spaces.length]));
    return [...s].map((char, index) => (chosen.has(index) ? '\n' : char)).join('');
  }),
);

describe('a reading re-saved without changing its words', () => {
  it(`parses to the same title, author, 31 paragraphs and 6 footnotes (${RUNS} mutations)`, () => {
    fc.assert(
      fc.property(fc.array(resave, { minLength: 1, maxLength: 4 }), (mutations) => {
        const mutated = mutations.reduce((text, mutate) => mutate(text), SOURCE);
        const reading = expectRead(mutated);
        expect(textsOf(reading)).toEqual(textsOf(ORIGINAL));
        // Each paragraph and footnote still names the line it starts on.
        for (const [index, paragraph] of reading.paragraphs.entries()) {
          const original = ORIGINAL.paragraphs[index];
          const firstWord = lineOf(SOURCE, original?.line ?? 0).split(' ')[0] ?? '';
          expect(lineOf(mutated, paragraph.line).startsWith(firstWord), `¶${paragraph.number} at line ${paragraph.line}`).toBe(true);
        }
        for (const footnote of reading.footnotes) expect(lineOf(mutated, footnote.line)).toMatch(new RegExp(`^<sup>${footnote.number}</sup>`));
      }),
      { numRuns: RUNS },
    );
  });
});

// ------------------------------------------------------------------------------------------------
// Truncation.

/** The paragraphs and footnotes of a truncated file are the original's, the last of each possibly cut short. */
function expectPrefixOfOriginal(reading: Reading): void {
  expect(reading.title).toBe(ORIGINAL.title);
  expect(reading.author).toBe(ORIGINAL.author);
  expect(reading.paragraphs.length).toBeLessThanOrEqual(ORIGINAL.paragraphs.length);
  for (const [index, paragraph] of reading.paragraphs.entries()) {
    const original = ORIGINAL.paragraphs[index];
    if (original === undefined) throw new Error(`a truncated file has ¶${paragraph.number}, which the original has not`);
    if (index < reading.paragraphs.length - 1) {
      expect(paragraph.text, `¶${paragraph.number} before the cut is whole`).toBe(original.text);
      expect(paragraph.footnotes).toEqual(original.footnotes);
    } else {
      // A cut inside a marker may leave its first characters ("<", "<su"): text, as in any file.
      const kept = paragraph.text.replace(/\s?<\/?(?:s(?:u)?)?$/, '');
      expect(original.text.startsWith(kept), `the last ¶${paragraph.number} is the start of the original`).toBe(true);
    }
  }
  const lastFootnoteLine = Math.max(...reading.footnotes.map((footnote) => footnote.line));
  for (const footnote of reading.footnotes) {
    const original = ORIGINAL.footnotes.find((candidate) => candidate.number === footnote.number);
    if (original === undefined) throw new Error(`a truncated file defines footnote ${footnote.number}, which the original does not`);
    if (footnote.line === lastFootnoteLine) expect(original.text.startsWith(footnote.text.replace(/\s?<\/?(?:s(?:u)?)?$/, ''))).toBe(true);
    else expect(footnote.text).toBe(original.text);
  }
}

describe('a truncated reading', () => {
  it(`is read up to the cut, or refused with file and line (${RUNS * 2} random offsets)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: SOURCE.length }), (offset) => {
        const outcome = parse(SOURCE.slice(0, offset));
        if (outcome.reading !== undefined) expectPrefixOfOriginal(outcome.reading);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('is read up to the cut at every line boundary, and a character either side of it', () => {
    let read = 0;
    let offset = 0;
    for (const line of LINES) {
      offset += line.length + 1;
      for (const at of [offset - 2, offset - 1, offset, offset + 1]) {
        if (at < 0 || at > SOURCE.length) continue;
        const outcome = parse(SOURCE.slice(0, at));
        if (outcome.reading !== undefined) {
          expectPrefixOfOriginal(outcome.reading);
          read += 1;
        }
      }
    }
    // Most cuts leave a readable reading (the others cut a citation from its footnote).
    expect(read).toBeGreaterThan(LINES.length);
  });

  it('keeps a paragraph whose footnote block was cut off, and refuses the missing note by its citing line', () => {
    // Cut just before footnote 2's block: ¶10 cites footnote 2, which is now never defined.
    const cut = SOURCE.indexOf('\n---\n\n<sup>2</sup>');
    const error = expectRefused(SOURCE.slice(0, cut));
    expect(error.problem).toBe('footnote 2 is cited in paragraph 10 but never defined');
    expect(lineOf(SOURCE, error.line)).toContain('<sup>2</sup>');
  });
});

// ------------------------------------------------------------------------------------------------
// Footnote blocks lost or duplicated.

/** The lines (0-based) of footnote n's block: the `---`, the blank line, the definition. */
function footnoteBlock(n: number): { rule: number; definition: number } {
  const definition = LINES.findIndex((line) => line.startsWith(`<sup>${n}</sup>`));
  const rule = LINES.slice(0, definition).findLastIndex((line) => line.trim() === '---');
  if (definition < 0 || rule < 0) throw new Error(`footnote ${n} has no block in the essay`);
  return { rule, definition };
}

const withLines = (edit: (lines: string[]) => void): string => {
  const lines = [...LINES];
  edit(lines);
  return lines.join('\n');
};

const FOOTNOTES = ORIGINAL.footnotes.map((footnote) => [footnote.number, footnote.citedBy[0] ?? 0] as const);

describe('a reading that lost a footnote block', () => {
  it.each(FOOTNOTES)('refuses footnote %i cited by ¶%i but no longer defined, naming the citing line', (n, citing) => {
    const { rule, definition } = footnoteBlock(n);
    for (const mutated of [
      withLines((lines) => lines.splice(rule, definition - rule + 2)),
      withLines((lines) => lines.splice(definition, 1)),
    ]) {
      const error = expectRefused(mutated);
      expect(error.problem).toBe(`footnote ${n} is cited in paragraph ${citing} but never defined`);
      expect(lineOf(mutated, error.line)).toContain(`<sup>${n}</sup>`);
    }
  });
});

describe('a reading with a footnote block duplicated', () => {
  it.each(FOOTNOTES)('refuses footnote %i defined twice, naming the second definition and the first', (n) => {
    const { rule, definition } = footnoteBlock(n);
    const block = LINES.slice(rule, definition + 1);
    const variants = [
      // The whole block again right after it, or at the end of the file.
      { source: withLines((lines) => lines.splice(definition + 1, 0, '', ...block)), second: definition + 1 + 1 + block.length },
      { source: `${SOURCE.replace(/\n+$/, '')}\n\n${block.join('\n')}\n`, second: SOURCE.replace(/\n+$/, '').split('\n').length + 1 + block.length },
      // Only the definition again, inside the same block.
      { source: withLines((lines) => lines.splice(definition + 1, 0, '', LINES[definition] ?? '')), second: definition + 3 },
    ];
    for (const { source, second } of variants) {
      const error = expectRefused(source);
      expect(error.problem).toBe(`footnote ${n} is defined twice (first at line ${definition + 1})`);
      expect(error.line).toBe(second);
      expect(lineOf(source, error.line).startsWith(`<sup>${n}</sup>`)).toBe(true);
    }
  });
});

// ------------------------------------------------------------------------------------------------
// A `<sup>` with no number.

const BAD_MARKERS = ['<sup></sup>', '<sup>x</sup>', '<sup> </sup>', '<sup>1a</sup>', '<sup>*</sup>', '<sup>-1</sup>', '<sup>', '</sup>', '<sup>2', '<SUP>3</SUP>'];
const textLines = LINES.flatMap((line, index) => (line.trim() === '' ? [] : [index]));

/** Inserts `marker` into line `index` (0-based) at a word boundary chosen by `pick`. */
function insertMarker(source: string, index: number, pick: number, marker: string): string {
  const lines = source.split('\n');
  const line = lines[index] ?? '';
  const boundaries = [0, line.length, ...[...line.matchAll(/(?<=\S)(?=\s)/g)].map((match) => match.index)];
  const at = boundaries[pick % boundaries.length] ?? 0;
  lines[index] = line.slice(0, at) + marker + line.slice(at);
  return lines.join('\n');
}

describe('a reading with a footnote marker that has no number', () => {
  it(`is refused at the line holding the marker, wherever it is (${RUNS} insertions)`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...textLines), fc.nat(), fc.constantFrom(...BAD_MARKERS), (index, pick, marker) => {
        const mutated = insertMarker(SOURCE, index, pick, marker);
        if (marker === '<SUP>3</SUP>') {
          // Not a tag the parser knows (HTML tags are lower case in these files): plain text, kept as typed.
          const outcome = parse(mutated);
          if (outcome.reading !== undefined) expect(JSON.stringify(outcome.reading)).toContain('<SUP>3</SUP>');
          return;
        }
        const error = expectRefused(mutated);
        expect(error.line, error.message).toBe(index + 1);
      }),
      { numRuns: RUNS },
    );
  });

  it(`is refused at the exact line in a re-wrapped reading (${RUNS} insertions)`, () => {
    // Wrap every paragraph and footnote at about 70 columns: blocks now span several lines.
    const wrapped = SOURCE.split('\n')
      .map((line) => line.replace(/(.{60,}?) /g, '$1\n'))
      .join('\n');
    expect(textsOf(expectRead(wrapped))).toEqual(textsOf(ORIGINAL));
    const wrappedLines = wrapped.split('\n');
    const wrappedTextLines = wrappedLines.flatMap((line, index) => (line.trim() === '' ? [] : [index]));
    fc.assert(
      fc.property(fc.constantFrom(...wrappedTextLines), fc.nat(), fc.constantFrom(...BAD_MARKERS.filter((m) => m !== '<SUP>3</SUP>')), (index, pick, marker) => {
        const error = expectRefused(insertMarker(wrapped, index, pick, marker));
        expect(error.line, error.message).toBe(index + 1);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('a reading whose title or author lines are damaged', () => {
  const header = (title: string, author: string) => `# ${title}\n\n${author}\n\nThe first paragraph.\n\nThe second paragraph.\n`;

  it.each([
    ['a footnote marker in the title', header('A Title<sup>x</sup>', 'AUTHOR Name'), 1, /marker in the title/],
    ['a numbered footnote marker in the title', header('A Title<sup>1</sup>', 'AUTHOR Name'), 1, /marker in the title/],
    ['a footnote marker in the author line', header('A Title', 'AUTHOR Name<sup></sup>'), 3, /marker in the author line/],
    ['a title wrapped onto a second line', '# A Title That Was\nWrapped\n\nAUTHOR Name\n\nThe first paragraph.\n', 2, /directly under the title/],
    ['an author with no blank line after the title', '# A Title\nAUTHOR Name\n\nThe first paragraph.\n', 2, /directly under the title/],
    ['a first paragraph run into the author line', '# A Title\n\nAUTHOR Name\nThe first paragraph.\n\nThe second.\n', 4, /directly under the author/],
  ])('refuses %s, naming its line', (_what, source, line, problem) => {
    let error: unknown;
    try {
      parseReading(source, 'damaged.md', 'damaged');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReadingError);
    expect((error as ReadingError).message).toMatch(new RegExp(`^damaged\\.md:${line}: `));
    expect((error as ReadingError).problem).toMatch(problem);
  });

});

describe('a reading whose markers and rules sit on unexpected lines', () => {
  it('names the line holding a citation, not the line its paragraph starts on', () => {
    let error: unknown;
    try {
      parseReading('# T\n\nA\n\nA paragraph that starts here\nand cites a note on its second line.<sup>3</sup>\n', 'cites.md', 'cites');
    } catch (err) {
      error = err;
    }
    expect((error as ReadingError).message).toBe('cites.md:6: footnote 3 is cited in paragraph 1 but never defined');
  });

  it('reads a page rule and a footnote with no blank lines around them', () => {
    const reading = parseReading('# T\n\nA\n\nOne cites.<sup>1</sup>\n---\n<sup>1</sup> The note.\n', 'tight.md', 'tight');
    expect(reading.paragraphs.map((p) => p.text)).toEqual(['One cites.¹']);
    expect(reading.footnotes.map((f) => [f.text, f.citedBy])).toEqual([['The note.', [1]]]);
  });
});

// ------------------------------------------------------------------------------------------------
// Lines deleted or duplicated at random.

const RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
const SUPERSCRIPTS = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

/** The words of a source, footnote markers and page rules aside, title marker removed. */
function wordsOfSource(source: string): string[] {
  return source
    .replace(/^\uFEFF/, '')
    .replace(/<sup>\s*\d+\s*<\/sup>/g, ' ')
    .replace(/^\s*#\s+/, '')
    .split(/\s+/)
    .filter((word) => word !== '' && !RULE.test(word))
    .sort();
}

function wordsOfReading(reading: Reading): string[] {
  return [reading.title, reading.author, ...reading.paragraphs.map((p) => p.text), ...reading.footnotes.map((f) => f.text)]
    .join(' ')
    .replace(SUPERSCRIPTS, ' ')
    .split(/\s+/)
    .filter((word) => word !== '' && !RULE.test(word))
    .sort();
}

const lineEdit = fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'blank'), index: lineIndex });

describe('a reading with lines deleted or duplicated', () => {
  it(`is read with every word it still has, or refused with file and line (${RUNS} edits)`, () => {
    let read = 0;
    fc.assert(
      fc.property(fc.array(lineEdit, { minLength: 1, maxLength: 6 }), (edits) => {
        const lines = [...LINES];
        for (const { kind, index } of edits) {
          const at = index % lines.length;
          if (kind === 'delete') lines.splice(at, 1);
          else if (kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else lines.splice(at, 0, '');
        }
        const mutated = lines.join('\n');
        const outcome = parse(mutated);
        if (outcome.reading === undefined) return;
        read += 1;
        // Nothing silently dropped: every word of the file is in the title, author, a paragraph or a footnote.
        expect(wordsOfReading(outcome.reading)).toEqual(wordsOfSource(mutated));
        // Paragraph numbers run 1..n and every citation points at a defined footnote.
        expect(outcome.reading.paragraphs.map((p) => p.number)).toEqual(outcome.reading.paragraphs.map((_, i) => i + 1));
        const defined = new Set(outcome.reading.footnotes.map((f) => f.number));
        for (const paragraph of outcome.reading.paragraphs) for (const n of paragraph.footnotes) expect(defined.has(n)).toBe(true);
      }),
      { numRuns: RUNS },
    );
    expect(read).toBeGreaterThan(RUNS / 4);
  });
});
