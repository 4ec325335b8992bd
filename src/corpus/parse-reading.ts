// Parses one reading (Markdown from a paged layout) into title, author, paragraphs and footnotes.
// The source was laid out in pages: a paragraph may be cut by a page break or by the footnote
// block printed at the page bottom (`---` then `<sup>n</sup> text`). The parser rejoins them by
// general rules, so the next essay in the same shape needs no code change.
import { ReadingError } from '../errors.js';
import type { Footnote, Paragraph, Reading } from './types.js';

const SUPERSCRIPT_DIGITS = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** `12` -> `¹²`: how a footnote marker appears inside quoted text. */
export function superscript(n: number): string {
  return String(n)
    .split('')
    .map((digit) => SUPERSCRIPT_DIGITS[Number(digit)] ?? digit)
    .join('');
}

interface Block {
  readonly text: string;
  /** 1-based line of the block's first line. */
  readonly line: number;
}

// A paragraph ends where a sentence ends: terminal punctuation, optionally followed by closing
// quotes/brackets and a footnote marker. Anything else (a comma, a bare word) means the page cut
// it and it continues in the next body block.
const ENDS_A_SENTENCE = /[.?!:;…](?:["'”’)\]*_]*)(?:<sup>\s*\d+\s*<\/sup>)?["'”’)\]]*$/;
const FOOTNOTE_DEFINITION = /^<sup>\s*(\d+)\s*<\/sup>\s*/;
const ANY_SUP = /<sup>(.*?)<\/sup>/g;
const PAGE_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;

function splitIntoBlocks(source: string): Block[] {
  const lines = source.split('\n');
  const blocks: Block[] = [];
  let current: string[] = [];
  let startLine = 0;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\t/g, ' ').trim();
    if (line === '') {
      if (current.length > 0) blocks.push({ text: current.join(' '), line: startLine });
      current = [];
      return;
    }
    if (current.length === 0) startLine = index + 1;
    current.push(line);
  });
  if (current.length > 0) blocks.push({ text: current.join(' '), line: startLine });
  return blocks;
}

/** Replaces `<sup>n</sup>` by superscript digits and lists the numbers cited, checking each marker. */
function resolveCitations(text: string, file: string, line: number): { text: string; cited: number[] } {
  const cited: number[] = [];
  const replaced = text.replace(ANY_SUP, (_whole, inner: string) => {
    const trimmed = inner.trim();
    if (!/^\d+$/.test(trimmed)) {
      throw new ReadingError(file, line, `footnote marker <sup>${inner}</sup> has no footnote number`);
    }
    const n = Number(trimmed);
    if (!cited.includes(n)) cited.push(n);
    return superscript(n);
  });
  if (/<\/?sup>/.test(replaced)) {
    throw new ReadingError(file, line, 'unclosed or stray <sup> tag');
  }
  return { text: replaced.replace(/\s+/g, ' ').trim(), cited };
}

/**
 * Parses a reading. `file` is only used in messages and as the source of the reading id.
 * Throws ReadingError (file:line) for anything that would make answers wrong.
 */
export function parseReading(source: string, file: string, id: string): Reading {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = splitIntoBlocks(text);
  if (blocks.length === 0) throw new ReadingError(file, 1, 'the file is empty');

  const titleBlock = blocks[0];
  if (titleBlock === undefined || !/^#\s+\S/.test(titleBlock.text)) {
    throw new ReadingError(file, titleBlock?.line ?? 1, 'no title: the first line of text must be a "# Title" heading');
  }
  const title = titleBlock.text.replace(/^#\s+/, '').trim();

  const authorBlock = blocks[1];
  if (authorBlock === undefined || authorBlock.text.startsWith('#') || FOOTNOTE_DEFINITION.test(authorBlock.text)) {
    throw new ReadingError(file, authorBlock?.line ?? titleBlock.line, 'no author: the line after the title must name the author');
  }
  const author = authorBlock.text;

  const paragraphs: { text: string; line: number; cited: number[]; open: boolean }[] = [];
  const footnoteDefs = new Map<number, { text: string; line: number }>();
  let inFootnoteSection = false;

  for (const block of blocks.slice(2)) {
    if (PAGE_RULE.test(block.text)) {
      inFootnoteSection = true;
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
      const body = resolveCitations(block.text.slice(definition[0].length), file, block.line).text;
      if (body === '') throw new ReadingError(file, block.line, `footnote ${n} has no text`);
      footnoteDefs.set(n, { text: body, line: block.line });
      continue;
    }
    if (block.text.startsWith('#')) {
      throw new ReadingError(file, block.line, 'unexpected heading inside the body: a reading has one "# Title" at the top');
    }
    // Any other block closes a footnote section and is body text.
    inFootnoteSection = false;
    const { text: body, cited } = resolveCitations(block.text, file, block.line);
    const previous = paragraphs.at(-1);
    const startsLowercase = /^[a-z]/.test(body);
    if (previous !== undefined && (previous.open || startsLowercase)) {
      previous.text = `${previous.text} ${body}`;
      for (const n of cited) if (!previous.cited.includes(n)) previous.cited.push(n);
      previous.open = !ENDS_A_SENTENCE.test(block.text);
    } else {
      paragraphs.push({ text: body, line: block.line, cited, open: !ENDS_A_SENTENCE.test(block.text) });
    }
  }

  if (paragraphs.length === 0) throw new ReadingError(file, authorBlock.line, 'the reading has a title and an author but no paragraphs');

  const citedBy = new Map<number, number[]>();
  const builtParagraphs: Paragraph[] = paragraphs.map((p, index) => {
    const number = index + 1;
    for (const n of p.cited) {
      if (!footnoteDefs.has(n)) {
        throw new ReadingError(file, p.line, `footnote ${n} is cited in paragraph ${number} but never defined`);
      }
      const list = citedBy.get(n) ?? [];
      list.push(number);
      citedBy.set(n, list);
    }
    return Object.freeze({ reading: id, number, text: p.text, footnotes: Object.freeze([...p.cited]), line: p.line });
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
  });
}
