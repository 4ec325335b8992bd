// Parses one reading (Markdown from a paged layout) into title, author, paragraphs and footnotes.
// The source was laid out in pages: a paragraph may be cut by a page break or by the footnote
// block printed at the page bottom (`---` then `<sup>n</sup> text`). The parser rejoins them by
// general rules, so the next essay in the same shape needs no code change.
import { ReadingError } from '../errors.js';
import type { Footnote, Join, Paragraph, Reading } from './types.js';

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** `12` -> `¹²`: how a footnote marker appears inside quoted text. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit)
    .join('');
}

interface SourceLine {
  /** The line's text, tabs as spaces, trimmed. */
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
}

interface Block {
  /** The block's lines joined by single spaces (soft line breaks become spaces). */
  readonly text: string;
  /** 1-based line of the block's first line. */
  readonly line: number;
  readonly lines: readonly SourceLine[];
}

// A paragraph ends where a sentence ends: terminal punctuation, optionally followed by closing
// quotes/brackets and a footnote marker. Anything else (a comma, a bare word) means the page cut
// it and it continues in the next body block.
const ENDS_A_SENTENCE = /[.?!:;…](?:["'”’)\]*_]*)(?:<sup>\s*\d+\s*<\/sup>)?["'”’)\]]*$/;
const FOOTNOTE_DEFINITION = /^<sup>\s*(\d+)\s*<\/sup>\s*/;
const ANY_SUP = /<sup>(.*?)<\/sup>/g;
// A tag left over: `<sup>` or `</sup>` alone, or cut short (`<sup` at a truncated end, `<sup 3>`).
const STRAY_SUP = /<\/?sup(?:>|\b)/;
const PAGE_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
// A Markdown heading (`# Title`), not a line that merely starts with `#` ("#1 in the region").
const HEADING = /^#{1,6}(?:\s|$)/;
// Longer than this, the "author" is surely the first paragraph run into the author line.
const MAX_AUTHOR_LENGTH = 200;

function makeBlock(lines: readonly SourceLine[]): Block {
  return { text: lines.map((l) => l.text).join(' '), line: lines[0]?.line ?? 1, lines };
}

/**
 * Blocks are runs of lines between blank lines. A heading or a page rule is a block of its own
 * even without blank lines around it (as in Markdown), so a missing blank line cannot fold the
 * title into the author or a footnote block into a paragraph.
 */
function splitIntoBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  let current: SourceLine[] = [];
  const flush = (): void => {
    if (current.length > 0) blocks.push(makeBlock(current));
    current = [];
  };
  source.split('\n').forEach((raw, index) => {
    const text = raw.replace(/\t/g, ' ').trim();
    if (text === '') {
      flush();
      return;
    }
    if (HEADING.test(text) || PAGE_RULE.test(text)) {
      flush();
      blocks.push(makeBlock([{ text, line: index + 1 }]));
      return;
    }
    current.push({ text, line: index + 1 });
  });
  flush();
  return blocks;
}

/** The line of the block holding character `offset` of `block.text` (lines are joined by one space). */
function lineAt(block: Block, offset: number): number {
  let start = 0;
  for (const line of block.lines) {
    if (offset < start + line.text.length + 1) return line.line;
    start += line.text.length + 1;
  }
  return block.lines.at(-1)?.line ?? block.line;
}

interface Citation {
  readonly number: number;
  /** The line holding the marker, for "cited but never defined". */
  readonly line: number;
}

// Whitespace that is not already a single space: a run of two or more, or one tab, newline,
// no-break space... Replacing only these gives exactly `text.replace(/\s+/g, ' ')` without
// rewriting every space between words (a 13 MB course spent 0.4 s of its start doing that).
const UNTIDY_WHITESPACE = /\s{2,}|[^\S ]/g;

/** Every run of whitespace as one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(UNTIDY_WHITESPACE, ' ').trim();
}

/**
 * Replaces `<sup>n</sup>` in `text` (starting at `offset` of the block's text) by superscript
 * digits and lists the footnotes cited, checking each marker. Errors name the marker's own line.
 */
function resolveCitations(block: Block, offset: number, file: string): { text: string; cited: Citation[] } {
  const cited: Citation[] = [];
  const text = block.text.slice(offset);
  // Most blocks hold no tag at all: no marker to resolve, none stray (both need a "<").
  if (!text.includes('<')) return { text: collapseWhitespace(text), cited };
  const replaced = text.replace(ANY_SUP, (_whole: string, inner: string, at: number) => {
    const trimmed = inner.trim();
    const line = lineAt(block, offset + at);
    if (!/^\d+$/.test(trimmed)) {
      throw new ReadingError(file, line, `footnote marker <sup>${inner}</sup> has no footnote number`);
    }
    const n = Number(trimmed);
    if (!cited.some((citation) => citation.number === n)) cited.push({ number: n, line });
    return superscript(n);
  });
  const stray = STRAY_SUP.exec(text.replace(ANY_SUP, (whole: string) => ' '.repeat(whole.length)));
  if (stray !== null) {
    throw new ReadingError(file, lineAt(block, offset + stray.index), 'unclosed or stray <sup> tag');
  }
  return { text: collapseWhitespace(replaced), cited };
}

/** Refuses a footnote marker where none belongs (the title, the author line), at its line. */
function refuseMarkers(block: Block, file: string, where: string): void {
  const marker = STRAY_SUP.exec(block.text);
  if (marker !== null) {
    throw new ReadingError(file, lineAt(block, marker.index), `a footnote marker in the ${where}: markers belong in paragraphs`);
  }
}

// Text a reading may not hold: control characters other than tab, line feed and carriage return
// (a binary file, a PDF saved as .md), and U+FFFD, which is what a file in another encoding than
// UTF-8 becomes when read as UTF-8.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

/** Refuses a body that is not text, at the first line holding a character no text file has. */
function refuseNonText(text: string, file: string): void {
  const at = NOT_TEXT.exec(text);
  if (at === null) return;
  const line = text.slice(0, at.index).split('\n').length;
  const char = at[0];
  const what = char === '\uFFFD' ? 'a replacement character (U+FFFD): the file is not saved as UTF-8' : `a control character (U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): the file is not plain text`;
  throw new ReadingError(file, line, `${what}; save the reading as UTF-8 text (.md)`);
}

/**
 * Parses a reading. `file` is only used in messages and as the source of the reading id.
 * Throws ReadingError (file:line) for anything that would make answers wrong.
 */
export function parseReading(source: string, file: string, id: string): Reading {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  refuseNonText(text, file);
  const blocks = splitIntoBlocks(text);
  if (blocks.length === 0) throw new ReadingError(file, 1, 'the file is empty');

  const titleBlock = blocks[0];
  if (titleBlock === undefined || !/^#\s+\S/.test(titleBlock.text)) {
    throw new ReadingError(file, titleBlock?.line ?? 1, 'no title: the first line of text must be a "# Title" heading');
  }
  refuseMarkers(titleBlock, file, 'title');
  const title = titleBlock.text.replace(/^#\s+/, '').trim();

  const authorBlock = blocks[1];
  // A heading is one line (Markdown). A line right under it is a wrapped title or an author
  // missing its blank line; either guess could silently mislabel the reading, so say so instead.
  if (authorBlock !== undefined && authorBlock.line === titleBlock.line + 1) {
    throw new ReadingError(file, authorBlock.line, 'a line directly under the title: keep the "# Title" on one line, then a blank line, then the author');
  }
  if (authorBlock === undefined || authorBlock.text.startsWith('#') || FOOTNOTE_DEFINITION.test(authorBlock.text)) {
    throw new ReadingError(file, authorBlock?.line ?? titleBlock.line, 'no author: the line after the title must name the author');
  }
  refuseMarkers(authorBlock, file, 'author line');
  // A second line, or a very long one, is the first paragraph run into the author: refused, or
  // that paragraph would silently become the "author".
  const secondLine = authorBlock.lines[1];
  if (secondLine !== undefined) {
    throw new ReadingError(file, secondLine.line, 'a line directly under the author: put the author on one line, then a blank line before the first paragraph');
  }
  if (authorBlock.text.length > MAX_AUTHOR_LENGTH) {
    throw new ReadingError(file, authorBlock.line, `the author line is ${authorBlock.text.length} characters long: is the blank line between the author and the first paragraph missing?`);
  }
  const author = authorBlock.text;

  const paragraphs: { text: string; line: number; cited: Citation[]; open: boolean }[] = [];
  const footnoteDefs = new Map<number, { text: string; line: number }>();
  const joins: Join[] = [];
  let inFootnoteSection = false;
  // A footnote block (rule or definitions) since the last body block: a join crosses it.
  let crossedFootnotes = false;

  for (const block of blocks.slice(2)) {
    if (PAGE_RULE.test(block.text)) {
      inFootnoteSection = true;
      crossedFootnotes = true;
      continue;
    }
    const definition = FOOTNOTE_DEFINITION.exec(block.text);
    if (definition !== null) {
      if (!inFootnoteSection) {
        throw new ReadingError(file, block.line, `footnote ${definition[1]} is defined outside a footnote block (expected a "---" line before it)`);
      }
      const n = Number(definition[1]);
      const previous = footnoteDefs.get(n);
      if (previous !== undefined) {
        throw new ReadingError(file, block.line, `footnote ${n} is defined twice (first at line ${previous.line})`);
      }
      const body = resolveCitations(block, definition[0].length, file).text;
      if (body === '') throw new ReadingError(file, block.line, `footnote ${n} has no text`);
      footnoteDefs.set(n, { text: body, line: block.line });
      continue;
    }
    if (block.text.startsWith('#')) {
      throw new ReadingError(file, block.line, 'unexpected heading inside the body: a reading has one "# Title" at the top');
    }
    // Any other block closes a footnote section and is body text.
    inFootnoteSection = false;
    const { text: body, cited } = resolveCitations(block, 0, file);
    const previous = paragraphs.at(-1);
    const startsLowercase = /^[a-z]/.test(body);
    if (previous !== undefined && (previous.open || startsLowercase)) {
      previous.text = `${previous.text} ${body}`;
      joins.push(Object.freeze({ paragraph: paragraphs.length, line: block.line, across: crossedFootnotes ? 'footnote block' : 'page break' }));
      for (const citation of cited) if (!previous.cited.some((c) => c.number === citation.number)) previous.cited.push(citation);
      previous.open = !ENDS_A_SENTENCE.test(block.text);
    } else {
      paragraphs.push({ text: body, line: block.line, cited, open: !ENDS_A_SENTENCE.test(block.text) });
    }
    crossedFootnotes = false;
  }

  if (paragraphs.length === 0) throw new ReadingError(file, authorBlock.line, 'the reading has a title and an author but no paragraphs');

  const citedBy = new Map<number, number[]>();
  const builtParagraphs: Paragraph[] = paragraphs.map((p, index) => {
    const number = index + 1;
    for (const { number: n, line } of p.cited) {
      if (!footnoteDefs.has(n)) {
        throw new ReadingError(file, line, `footnote ${n} is cited in paragraph ${number} but never defined`);
      }
      const list = citedBy.get(n) ?? [];
      list.push(number);
      citedBy.set(n, list);
    }
    return Object.freeze({ reading: id, number, text: p.text, footnotes: Object.freeze(p.cited.map((c) => c.number)), line: p.line });
  });

  const warnings: string[] = [];
  const footnotes: Footnote[] = [...footnoteDefs.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, def]) => {
      const citing = citedBy.get(number) ?? [];
      if (citing.length === 0) warnings.push(`${file}:${def.line}: footnote ${number} is never cited`);
      return Object.freeze({ reading: id, number, text: def.text, citedBy: Object.freeze(citing), line: def.line });
    });

  return Object.freeze({
    id,
    file,
    title,
    author,
    paragraphs: Object.freeze(builtParagraphs),
    footnotes: Object.freeze(footnotes),
    warnings: Object.freeze(warnings),
    joins: Object.freeze(joins),
  });
}
