// Text views of answers, paragraphs and footnotes for the terminal (console and command line).
// Pure: the same answer the bot would embed, rendered as quoted paragraphs with the best sentence
// emphasised, the footnotes they cite and a citation line. ANSI only when asked (a TTY).
import { aboutReadingText, partialCoverageText, smallTalkText } from '../coverage-text.js';
import type { Answer, AnswerResult, ParagraphResult } from '../../answers/types.js';
import type { Corpus, Footnote, Paragraph, Reading } from '../../corpus/types.js';
import type { ReadingCompanions } from '../../corpus/load-corpus.js';
import type { Motion } from '../../debate/types.js';
import { findReading } from '../../corpus/load-corpus.js';
import { formatCitation } from '../citation.js';

export interface TextStyle {
  /** `ansi` bolds with escape codes (a terminal); `plain` marks with `**` so piped text stays plain. */
  readonly emphasis: 'ansi' | 'plain';
  /** Wrap quoted text to this many columns; undefined leaves each paragraph on one line. */
  readonly width?: number | undefined;
}

export const PLAIN_TEXT: TextStyle = { emphasis: 'plain' };

/** Bold and wrapping only on a terminal; piped output stays plain, so files and scripts get no escape codes. */
export function textStyleFor(output: NodeJS.WritableStream): TextStyle {
  const terminal = output as { isTTY?: boolean; columns?: number };
  if (terminal.isTTY !== true) return PLAIN_TEXT;
  return { emphasis: 'ansi', width: Math.min(terminal.columns ?? 80, 100) };
}

const QUOTE = '> ';
const ANSI_BOLD = '\u001b[1m';
const ANSI_NORMAL = '\u001b[22m';
// Narrower than this and wrapping does more harm than good (one word per line).
const MIN_WRAP_WIDTH = 30;

interface Piece {
  readonly text: string;
  readonly em: boolean;
}

function emphasise(text: string, style: TextStyle): string {
  return style.emphasis === 'ansi' ? `${ANSI_BOLD}${text}${ANSI_NORMAL}` : `**${text}**`;
}

/** Splits `text` around the first occurrence of `highlight` (an exact substring, per the engine's contract). */
function splitAroundHighlight(text: string, highlight: string | undefined): Piece[] {
  const at = highlight === undefined || highlight.trim() === '' ? -1 : text.indexOf(highlight);
  if (highlight === undefined || at < 0) return [{ text, em: false }];
  return [
    { text: text.slice(0, at), em: false },
    { text: highlight, em: true },
    { text: text.slice(at + highlight.length), em: false },
  ].filter((piece) => piece.text !== '');
}

/** Words (maximal non-space runs), each made of pieces, because a highlight may end mid-"word" (before a ¹). */
function toWords(pieces: readonly Piece[]): Piece[][] {
  const words: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    for (const part of piece.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (current.length > 0) words.push(current);
        current = [];
      } else {
        current.push({ text: part, em: piece.em });
      }
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

function renderLine(words: readonly Piece[][], style: TextStyle): string {
  const pieces: Piece[] = [];
  words.forEach((word, index) => {
    const previous = pieces.at(-1);
    const first = word[0];
    if (index > 0 && previous !== undefined && first !== undefined) pieces.push({ text: ' ', em: previous.em && first.em });
    pieces.push(...word);
  });
  // Merge runs so a whole emphasised sentence gets one pair of markers per line, not one per word.
  const runs: Piece[] = [];
  for (const piece of pieces) {
    const last = runs.at(-1);
    if (last !== undefined && last.em === piece.em) runs[runs.length - 1] = { text: last.text + piece.text, em: last.em };
    else runs.push(piece);
  }
  return runs.map((run) => (run.em ? emphasise(run.text, style) : run.text)).join('');
}

function wordLength(word: readonly Piece[]): number {
  return word.reduce((sum, piece) => sum + [...piece.text].length, 0);
}

/** Quotes `text` (each line starts with "> "), emphasising `highlight`, wrapped if the style has a width. */
export function quoteText(text: string, style: TextStyle, highlight?: string): string {
  const words = toWords(splitAroundHighlight(text, highlight));
  const width = style.width !== undefined && style.width >= MIN_WRAP_WIDTH ? style.width - QUOTE.length : Infinity;
  const lines: Piece[][][] = [];
  let line: Piece[][] = [];
  let length = 0;
  for (const word of words) {
    const size = wordLength(word);
    if (line.length > 0 && length + 1 + size > width) {
      lines.push(line);
      line = [];
      length = 0;
    }
    length += (line.length > 0 ? 1 : 0) + size;
    line.push(word);
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((words) => QUOTE + renderLine(words, style)).join('\n');
}

function readingOf(corpus: Corpus, id: string): Pick<Reading, 'title' | 'author'> {
  return findReading(corpus, id) ?? { title: id, author: '' };
}

function footnoteLines(footnotes: readonly Pick<Footnote, 'number' | 'text'>[]): string[] {
  return footnotes.map((footnote) => `[${footnote.number}] ${footnote.text}`);
}

interface ParagraphView {
  readonly number: number;
  readonly text: string;
  readonly footnotes: readonly Pick<Footnote, 'number' | 'text'>[];
  readonly highlight?: string | undefined;
}

/** "¶12 — Title", the quoted paragraph (best sentence emphasised), its footnotes, the citation line. */
export function renderParagraphBlock(reading: Pick<Reading, 'title' | 'author'>, view: ParagraphView, style: TextStyle): string {
  const lines = [`¶${view.number} — ${reading.title}`, quoteText(view.text, style, view.highlight)];
  if (view.footnotes.length > 0) lines.push('', ...footnoteLines(view.footnotes));
  lines.push(`— ${formatCitation(reading, view.number, view.footnotes.map((footnote) => footnote.number))}`);
  return lines.join('\n');
}

/** "Footnote 3 — Title", the quoted note, the paragraphs citing it, the citation line. */
export function renderFootnoteBlock(reading: Pick<Reading, 'title' | 'author'>, footnote: Pick<Footnote, 'number' | 'text' | 'citedBy'>, style: TextStyle): string {
  const citing = footnote.citedBy.map((n) => `¶${n}`).join(', ');
  return [
    `Footnote ${footnote.number} — ${reading.title}`,
    quoteText(footnote.text, style),
    footnote.citedBy.length > 0 ? `Cited in ${citing}.` : 'No paragraph cites this footnote.',
    `— ${formatCitation(reading, footnote.citedBy[0], [footnote.number])}`,
  ].join('\n');
}

function renderResult(corpus: Corpus, result: AnswerResult, style: TextStyle): string {
  const reading = readingOf(corpus, result.reading);
  return result.kind === 'paragraph' ? renderParagraphBlock(reading, result, style) : renderFootnoteBlock(reading, result, style);
}

function renderSuggestions(suggestions: readonly string[]): string[] {
  return suggestions.length > 0 ? [`Did you mean: ${suggestions.join(', ')}?`] : [];
}

function renderNearest(corpus: Corpus, nearest: readonly ParagraphResult[]): string[] {
  if (nearest.length === 0) return [];
  return [
    'Nearest paragraphs (weak matches):',
    ...nearest.map((result) => {
      const title = readingOf(corpus, result.reading).title;
      const gist = result.highlight.trim() !== '' ? result.highlight : result.text;
      return `  ¶${result.number} (${title}): "${gist}"`;
    }),
  ];
}

/** The whole answer: each result as a block, separated by blank lines; or an honest "no match". */
export function renderAnswerText(answer: Answer, corpus: Corpus, style: TextStyle = PLAIN_TEXT): string {
  if (answer.kind === 'no-match' && answer.smallTalk) {
    return smallTalkText('/ask', '/help');
  }
  if (answer.kind === 'about-reading') return aboutReadingText(answer.asked, answer.readings);
  if (answer.kind === 'no-match' || answer.results.length === 0) {
    const suggestions = answer.suggestions;
    const nearest = answer.kind === 'no-match' ? answer.nearest : [];
    return ['No passage matches this well.', ...renderSuggestions(suggestions), ...renderNearest(corpus, nearest)].join('\n');
  }
  const count = answer.results.length;
  const header =
    answer.coverage === 'partial'
      ? `${partialCoverageText(answer.missing)}. The nearest passages:`
      : answer.total > count
        ? `Best ${count} of ${answer.total} matches:`
        : `${count === 1 ? 'One match' : `${count} matches`}:`;
  const blocks = answer.results.map((result) => renderResult(corpus, result, style));
  return [header, '', blocks.join('\n\n'), ...(answer.suggestions.length > 0 ? ['', ...renderSuggestions(answer.suggestions)] : [])].join('\n');
}

/** `passage N`: the paragraph with the footnotes it cites, whole. */
export function renderPassageText(reading: Reading, paragraph: Paragraph, style: TextStyle = PLAIN_TEXT): string {
  const footnotes = paragraph.footnotes
    .map((n) => reading.footnotes.find((footnote) => footnote.number === n))
    .filter((footnote): footnote is Footnote => footnote !== undefined);
  return renderParagraphBlock(reading, { number: paragraph.number, text: paragraph.text, footnotes }, style);
}

/** `footnote N`. */
export function renderFootnoteText(reading: Reading, footnote: Footnote, style: TextStyle = PLAIN_TEXT): string {
  return renderFootnoteBlock(reading, footnote, style);
}

/** `passages` without --json: each reading whole, paragraphs numbered, footnotes at the end. */
export function renderReadingText(reading: Reading, style: TextStyle = PLAIN_TEXT): string {
  const lines = [
    reading.title,
    `${reading.author} — ${reading.paragraphs.length} paragraphs, ${reading.footnotes.length} footnotes (reading "${reading.id}")`,
  ];
  for (const paragraph of reading.paragraphs) lines.push('', `¶${paragraph.number}`, quoteText(paragraph.text, style));
  if (reading.footnotes.length > 0) {
    lines.push('', 'Footnotes');
    for (const footnote of reading.footnotes) {
      const citing = footnote.citedBy.length > 0 ? ` (cited in ${footnote.citedBy.map((n) => `¶${n}`).join(', ')})` : '';
      lines.push(`[${footnote.number}] ${footnote.text}${citing}`);
    }
  }
  return lines.join('\n');
}

/** One line per reading, for the console's greeting. */
export function describeReading(reading: Reading): string {
  return `${reading.title} — ${reading.author} (${reading.paragraphs.length} paragraphs, ${reading.footnotes.length} footnotes)`;
}

/** `readings`: one block per reading, the companions it has. */
export function renderReadingsText(readings: readonly { readonly reading: Reading; readonly companions: ReadingCompanions }[], current?: string): string {
  return readings
    .map(({ reading, companions }) => {
      const present = (['glossary', 'guide', 'motions'] as const).map((name) => `${name} ${companions[name] ? 'yes' : 'no'}`).join(', ');
      const mark = reading.id === current ? ' (current)' : '';
      const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
      return `${reading.id}${mark}\n  ${reading.title} — ${reading.author}\n  ${count(reading.paragraphs.length, 'paragraph')}, ${count(reading.footnotes.length, 'footnote')}; ${present}`;
    })
    .join('\n\n');
}

/** `check FILE`: what the parser understood, for a teacher preparing a reading. */
export function renderReadingCheckText(reading: Reading): string {
  const lines = [`${reading.file}: reads as "${reading.id}"`, `Title: ${reading.title}`, `Author: ${reading.author}`, `Paragraphs: ${reading.paragraphs.length}`];
  const joins = reading.joins ?? [];
  if (joins.length === 0) lines.push('Rejoined paragraphs: none');
  else {
    lines.push('Rejoined paragraphs:');
    for (const join of joins) lines.push(`  ¶${join.paragraph} continues at line ${join.line}, across a ${join.across}`);
  }
  if (reading.footnotes.length === 0) lines.push('Footnotes: none');
  else {
    lines.push('Footnotes:');
    for (const footnote of reading.footnotes) {
      const citing = footnote.citedBy.length === 0 ? 'cited nowhere' : `cited in ${footnote.citedBy.map((n) => `¶${n}`).join(', ')}`;
      lines.push(`  [${footnote.number}] line ${footnote.line}, ${citing}`);
    }
  }
  lines.push(reading.warnings.length === 0 ? 'Warnings: none' : 'Warnings:', ...reading.warnings.map((warning) => `  ${warning}`));
  return lines.join('\n');
}

/** `motions`: each motion, its question and its evidence with the quotes. */
export function renderMotionsText(motions: readonly Motion[], corpus: Corpus): string {
  if (motions.length === 0) return 'No debate motions: add a <reading>.motions.json next to the reading (see docs/readings.md).';
  return motions
    .map((motion) => {
      const title = readingOf(corpus, motion.reading).title;
      const evidence = motion.evidence.map((item) => `  ¶${item.paragraph} (${item.side})${item.why === undefined ? '' : ` — ${item.why}`}${item.quote === undefined ? '' : `\n    > ${item.quote}`}`);
      return [`${motion.id} — ${title}`, `  ${motion.motion}`, `  From: ${motion.question}`, ...evidence].join('\n');
    })
    .join('\n\n');
}
