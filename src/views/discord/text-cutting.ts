// Cutting text to fit a budget: markdown text is cut only between words and never leaves a markdown
// pair open (truncateMarkdown, splitMarkdown); plain labels are cut at a word (truncatePlain).
// Pure, no discord.js, property-tested on its own.
import { findMarkdownPairs, isInsideToken, pairsOpenAt, codePointLength, type MarkdownPair } from './markdown-pairs.js';

/** The smallest budget the cutting functions accept: room for a word, an ellipsis and a few markers. */
export const MIN_BUDGET = 16;

const ELLIPSIS = '…';

// A sentence ends with . ? ! or …, then maybe closing quotes/brackets, superscript footnote
// markers and closing markdown, then whitespace.
const SENTENCE_END = /[.?!…]["'”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*[*_~|`]*$/;

interface Cut {
  /** Where the kept text ends (exclusive). */
  readonly end: number;
  /** Where the next chunk starts (after the whitespace at the cut). */
  readonly next: number;
}

/** Length of `text.slice(start, end).trimEnd()` without copying when the cut is at a word end. */
function keptLength(text: string, start: number, end: number): number {
  return end === start || !/\s/.test(text[end - 1] ?? '') ? end - start : text.slice(start, end).trimEnd().length;
}

const markersOf = (pairs: readonly MarkdownPair[]): string => pairs.map((pair) => pair.marker).join('');
const closersOf = (pairs: readonly MarkdownPair[]): string =>
  pairs
    .map((pair) => pair.marker)
    .reverse()
    .join('');

/** Word ends (`end`) followed by whitespace, from `from` on, while the kept text could still fit. */
function wordEnds(text: string, from: number, reach: number): Cut[] {
  const cuts: Cut[] = [];
  const pattern = /\s+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > reach) break;
    if (match.index > from) cuts.push({ end: match.index, next: match.index + match[0].length });
  }
  return cuts;
}

/**
 * Truncates to at most `max` characters: cuts at a word boundary, adds an ellipsis, and closes
 * any markdown pair left open. Only a single word longer than `max` is cut inside (at a code
 * point, never inside a marker or an escape).
 */
export function truncateMarkdown(text: string, max: number): string {
  assertBudget(max);
  if (text.length <= max) return text;
  const pairs = findMarkdownPairs(text);
  const cost = (end: number): number =>
    keptLength(text, 0, end) + ELLIPSIS.length + closersOf(pairsOpenAt(pairs, end)).length;
  const fitting = wordEnds(text, 0, max).filter((cut) => cost(cut.end) <= max);
  const end = fitting.at(-1)?.end ?? hardCut(text, pairs, 0, max, (at) => cost(at));
  return text.slice(0, end).trimEnd() + ELLIPSIS + closersOf(pairsOpenAt(pairs, end));
}

/** Truncates plain text (labels, choice names, which Discord shows without markdown) at a word boundary. */
export function truncatePlain(text: string, max: number): string {
  assertBudget(max);
  if (text.length <= max) return text;
  const fitting = wordEnds(text, 0, max).filter((cut) => text.slice(0, cut.end).trimEnd().length + ELLIPSIS.length <= max);
  const end = fitting.at(-1)?.end ?? hardCut(text, [], 0, max, (at) => at + ELLIPSIS.length);
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Splits a text into chunks of at most `max` characters, preferring sentence boundaries, else
 * word boundaries. A markdown pair open at a cut is closed at the end of the chunk and reopened
 * at the start of the next, so every chunk renders as the whole would have.
 */
export function splitMarkdown(text: string, max: number): string[] {
  assertBudget(max);
  const span = trimmedSpan(text);
  if (span === undefined) return [];
  const pairs = findMarkdownPairs(text);
  const chunks: string[] = [];
  for (let start = span.start; start < span.stop; ) {
    const chunk = nextChunk(text, pairs, start, span.stop, max);
    chunks.push(chunk.text);
    start = chunk.next;
  }
  return chunks;
}

/** Where a text's non-blank part starts and stops; undefined for blank text. */
export function trimmedSpan(text: string): { start: number; stop: number } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const start = text.indexOf(trimmed);
  return { start, stop: start + trimmed.length };
}

export interface Chunk {
  /** The chunk as shown: pairs open at its start reopened, those open at its end closed. */
  readonly text: string;
  /** Where the next chunk starts (past the whitespace at the cut). */
  readonly next: number;
}

/**
 * The longest chunk from `start` that fits `max`, cut at the best boundary: a sentence end
 * outside any markdown pair (so never inside the bold sentence), else a word end outside any
 * pair (a single sentence longer than the budget), else a sentence end inside one, else any
 * word end (a bold sentence longer than the budget: the bold is closed and reopened), else,
 * for a word longer than the budget, inside the word. "Full" cuts (keeping at least half the
 * budget) win within each kind so a short first sentence does not leave many tiny chunks, but
 * a short clean sentence end still beats cutting a sentence in the middle.
 */
export function nextChunk(text: string, pairs: readonly MarkdownPair[], start: number, stop: number, max: number): Chunk {
  const prefix = markersOf(pairsOpenAt(pairs, start));
  const cost = (end: number): number => prefix.length + keptLength(text, start, end) + closersOf(pairsOpenAt(pairs, end)).length;
  if (cost(stop) <= max) return { text: prefix + text.slice(start, stop), next: stop };
  const fitting = wordEnds(text, start, start + max).filter((cut) => cut.end <= stop && cost(cut.end) <= max);
  const isSentenceEnd = (cut: Cut): boolean => SENTENCE_END.test(text.slice(Math.max(start, cut.end - 12), cut.end));
  const isClean = (cut: Cut): boolean => pairsOpenAt(pairs, cut.end).length === 0;
  const isFull = (cut: Cut): boolean => cost(cut.end) >= max / 2;
  const cut =
    fitting.findLast((c) => isSentenceEnd(c) && isClean(c) && isFull(c)) ??
    fitting.findLast((c) => isSentenceEnd(c) && isClean(c)) ??
    fitting.findLast((c) => isClean(c) && isFull(c)) ??
    fitting.findLast((c) => isSentenceEnd(c) && isFull(c)) ??
    fitting.findLast((c) => isClean(c)) ??
    fitting.at(-1);
  const end = cut?.end ?? hardCut(text, pairs, start, max, cost);
  let next = cut?.next ?? end;
  while (next < stop && /\s/.test(text[next] ?? '')) next += 1;
  return { text: prefix + text.slice(start, end).trimEnd() + closersOf(pairsOpenAt(pairs, end)), next };
}

/**
 * The furthest point inside a word where a cut still fits: only for a word longer than the
 * budget. Never splits a surrogate pair, an escape or a marker. Always moves forward.
 */
function hardCut(text: string, pairs: readonly MarkdownPair[], start: number, max: number, cost: (end: number) => number): number {
  let best = -1;
  for (let end = start + 1; end <= Math.min(text.length, start + max); end += 1) {
    if (isInsideToken(text, pairs, end)) continue;
    if (cost(end) <= max) best = end;
  }
  return best > start ? best : start + codePointLength(text, start);
}

function assertBudget(max: number): void {
  if (!Number.isInteger(max) || max < MIN_BUDGET) {
    throw new RangeError(`limits: a budget must be an integer of at least ${MIN_BUDGET} characters, got ${max}`);
  }
}

