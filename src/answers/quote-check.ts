// Is a student's quotation the essay's own words? Compares it word by word with every paragraph
// and footnote of the readings: exact (and where), nearly (the essay's wording, with what the
// student changed, dropped or added), or not found. Pure.
//
// What is compared: words, in order. Letter case, whitespace, curly or straight quotes and
// apostrophes, dashes and hyphens (they separate words), punctuation, footnote markers (¹) and
// markdown emphasis are not: a quotation may begin with a capital or end with a full stop where
// the essay has a comma, and still be exact. An ellipsis (… or ...) in the quotation stands for
// words left out on purpose and matches any stretch of the essay.
//
// How: a word-level alignment of the whole quotation against the reading's text, free to start
// and end anywhere in the essay ("fitting" alignment, a small Smith–Waterman variant). It finds
// the best-matching window and the word differences in one pass. A general diff (jsdiff) compares
// two texts end to end, so it would still need this search for the window first; and the readings
// are small (a few thousand words), so the whole check takes milliseconds.
import type { Corpus, Reading } from '../corpus/types.js';
import { quotesInMessage } from './quotes-in-message.js';

/** Where a quotation is: one paragraph or footnote, or a run of paragraphs (`first` < `last`). */
export interface QuotePlace {
  readonly reading: string;
  readonly kind: 'paragraph' | 'footnote';
  readonly first: number;
  readonly last: number;
}

/**
 * The essay's wording over the quotation, in order. `same`: the essay's text as the student has
 * it (with the essay's own punctuation and spacing); `dropped`: essay words the student left out;
 * `changed`: essay words the student replaced (`student` is what they wrote); `added`: words the
 * student wrote that the essay does not have here; `elided`: essay words the student's ellipsis
 * stands for; `break`: the quotation continues in the next paragraph.
 */
export type QuotePiece =
  | { readonly kind: 'same'; readonly essay: string }
  | { readonly kind: 'dropped'; readonly essay: string }
  | { readonly kind: 'changed'; readonly essay: string; readonly student: string }
  | { readonly kind: 'added'; readonly student: string }
  | { readonly kind: 'elided' }
  | { readonly kind: 'break' };

export type QuoteCheck =
  /** Word for word the essay's: every place it appears (a short phrase may appear in several). */
  | { readonly kind: 'exact'; readonly quote: string; readonly places: readonly QuotePlace[] }
  | {
      readonly kind: 'nearly';
      readonly quote: string;
      readonly place: QuotePlace;
      readonly pieces: readonly QuotePiece[];
      /** Words of the quotation that match the essay, of `words` (ellipses not counted). */
      readonly matched: number;
      readonly words: number;
    }
  | { readonly kind: 'not-found'; readonly quote: string };

export type MessageQuoteCheck =
  | { readonly kind: 'nothing-to-check' }
  | { readonly kind: 'checked'; readonly checks: readonly QuoteCheck[]; readonly skipped: number; readonly wholeMessage: boolean };

/**
 * When a quotation that is not exact still counts as "nearly": at least this many of its words
 * match, and they are at least NEARLY_SHARE of the quotation's words and of the essay's words in
 * the window. So one word changed in a four-word phrase, or a few in a long sentence, is "nearly";
 * a paraphrase or a sentence that merely shares some words is "not found".
 */
export const MIN_MATCHED_WORDS = 3;
export const NEARLY_SHARE = 0.75;
/** Quotation marks around this many words or fewer may be the essay's own, inside a pasted passage. */
const SCARE_QUOTE_WORDS = 3;
/** At most this many places are listed for an exact quotation found more than once. */
export const MAX_PLACES = 10;

// Alignment scores: a matching word earns, any difference costs; an ellipsis skips for free.
const MATCH = 2;
const DIFFERENCE = -1;

const ELLIPSIS = '\u2026';

interface Token {
  /** The word as compared: lower case, NFC, straight apostrophe; or ELLIPSIS. */
  readonly word: string;
  /** Which paragraph or footnote (its number), for the reading's tokens. */
  readonly unit: number;
  readonly start: number;
  readonly end: number;
  /** The word as written. */
  readonly raw: string;
}

// Words are runs of letters and decimal digits, joined by apostrophes. Superscript footnote
// markers (¹) are not decimal digits, so they are never part of a word.
const WORD = /\.{3}|\u2026|[\p{L}\p{Nd}]+(?:['\u2019][\p{L}\p{Nd}]+)*/gu;

const wordCount = (text: string): number => tokenize(text, 0).filter((token) => token.word !== ELLIPSIS).length;

function tokenize(text: string, unit: number): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const word = raw === '...' || raw === ELLIPSIS ? ELLIPSIS : raw.normalize('NFC').toLowerCase().replaceAll('\u2019', "'");
    tokens.push({ word, unit, start: match.index, end: match.index + raw.length, raw });
  }
  return tokens;
}

/** One text the quotation is aligned against: a reading's paragraphs in order, or its footnotes. */
interface Stream {
  readonly reading: Reading;
  readonly kind: 'paragraph' | 'footnote';
  readonly texts: ReadonlyMap<number, string>;
  readonly tokens: readonly Token[];
}

function streamsOf(reading: Reading): Stream[] {
  const make = (kind: 'paragraph' | 'footnote', units: readonly { readonly number: number; readonly text: string }[]): Stream => ({
    reading,
    kind,
    texts: new Map(units.map((unit) => [unit.number, unit.text])),
    tokens: units.flatMap((unit) => tokenize(unit.text, unit.number)),
  });
  return [make('paragraph', reading.paragraphs), make('footnote', reading.footnotes)];
}

// Alignment steps, as kept for the traceback.
const Step = {
  Match: 1,
  Change: 2,
  /** A quotation word the essay does not have here. */
  Add: 3,
  /** An essay word the quotation does not have. */
  Drop: 4,
  /** An essay word an ellipsis stands for. */
  Elide: 5,
  /** An ellipsis consumed. */
  Ellipsis: 6,
} as const;
type Step = (typeof Step)[keyof typeof Step];

interface Alignment {
  readonly score: number;
  /** Steps from the first quotation word to the last, with the essay token each consumed. */
  readonly steps: readonly { readonly step: Step; readonly quote?: Token; readonly essay?: Token }[];
}

/**
 * The best alignment of the whole quotation to a stretch of the stream; when it is perfect, every
 * perfect one (a short exact phrase may appear in several places), up to MAX_PLACES.
 */
function align(quote: readonly Token[], essay: readonly Token[], perfect: number): Alignment[] {
  const m = quote.length;
  const n = essay.length;
  const width = n + 1;
  const steps = new Uint8Array((m + 1) * width);
  let previous = new Int32Array(width); // row 0: the quotation may start anywhere, free
  let current = new Int32Array(width);
  for (let i = 1; i <= m; i += 1) {
    const word = quote[i - 1]?.word;
    const isEllipsis = word === ELLIPSIS;
    current[0] = previous[0]! + (isEllipsis ? 0 : DIFFERENCE);
    steps[i * width] = isEllipsis ? Step.Ellipsis : Step.Add;
    for (let j = 1; j <= n; j += 1) {
      let best: number;
      let step: Step;
      if (isEllipsis) {
        best = previous[j]!;
        step = Step.Ellipsis;
        if (current[j - 1]! > best) {
          best = current[j - 1]!;
          step = Step.Elide;
        }
      } else {
        const same = essay[j - 1]?.word === word;
        best = previous[j - 1]! + (same ? MATCH : DIFFERENCE);
        step = same ? Step.Match : Step.Change;
        if (previous[j]! + DIFFERENCE > best) {
          best = previous[j]! + DIFFERENCE;
          step = Step.Add;
        }
        if (current[j - 1]! + DIFFERENCE > best) {
          best = current[j - 1]! + DIFFERENCE;
          step = Step.Drop;
        }
      }
      current[j] = best;
      steps[i * width + j] = step;
    }
    [previous, current] = [current, previous];
  }
  const last = previous; // row m
  let top = Number.NEGATIVE_INFINITY;
  for (let j = 1; j <= n; j += 1) top = Math.max(top, last[j]!);
  const ends: number[] = [];
  for (let j = 1; j <= n; j += 1) if (last[j] === top) ends.push(j);
  const wanted = top === perfect ? ends.slice(0, MAX_PLACES) : ends.slice(0, 1);
  return wanted.map((end) => ({ score: top, steps: traceBack(steps, width, quote, essay, m, end) }));
}

function traceBack(steps: Uint8Array, width: number, quote: readonly Token[], essay: readonly Token[], m: number, end: number): Alignment['steps'] {
  const path: { step: Step; quote?: Token; essay?: Token }[] = [];
  let i = m;
  let j = end;
  while (i > 0) {
    const step = steps[i * width + j] as Step;
    const q = quote[i - 1];
    const e = essay[j - 1];
    if (step === Step.Match || step === Step.Change) {
      path.push({ step, ...(q === undefined ? {} : { quote: q }), ...(e === undefined ? {} : { essay: e }) });
      i -= 1;
      j -= 1;
    } else if (step === Step.Add || step === Step.Ellipsis) {
      path.push({ step, ...(q === undefined ? {} : { quote: q }) });
      i -= 1;
    } else {
      path.push({ step, ...(e === undefined ? {} : { essay: e }) });
      j -= 1;
    }
  }
  // Essay words an ellipsis skipped before the first or after the last quoted word are no part of it.
  const ordered = path.reverse();
  while (ordered[0]?.step === Step.Elide) ordered.shift();
  while (ordered.at(-1)?.step === Step.Elide) ordered.pop();
  return ordered;
}

function placeOf(stream: Stream, steps: Alignment['steps']): QuotePlace | undefined {
  const units = steps.flatMap((s) => (s.essay === undefined ? [] : [s.essay.unit]));
  if (units.length === 0) return undefined;
  return { reading: stream.reading.id, kind: stream.kind, first: Math.min(...units), last: Math.max(...units) };
}

/** The essay's text between two of its tokens: their own spacing and punctuation, or a paragraph break. */
function between(stream: Stream, before: Token, after: Token): QuotePiece {
  if (before.unit !== after.unit) return { kind: 'break' };
  return { kind: 'same', essay: stream.texts.get(after.unit)?.slice(before.end, after.start) ?? ' ' };
}

/** The essay's wording over the alignment, differences marked (see QuotePiece). */
function piecesOf(stream: Stream, steps: Alignment['steps']): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let lastEssay: Token | undefined;
  let index = 0;
  while (index < steps.length) {
    const kind = steps[index]?.step;
    // A run of steps of one sort: matches, differences, or an ellipsis with what it skipped.
    const sort = (step: Step | undefined): 'match' | 'difference' | 'elision' =>
      step === Step.Match ? 'match' : step === Step.Elide || step === Step.Ellipsis ? 'elision' : 'difference';
    const run: Alignment['steps'][number][] = [];
    while (index < steps.length && sort(steps[index]?.step) === sort(kind)) run.push(steps[index++]!);
    const essayTokens = run.flatMap((s) => (s.essay === undefined ? [] : [s.essay]));
    const studentWords = run.flatMap((s) => (s.quote === undefined || s.step === Step.Ellipsis ? [] : [s.quote.raw]));
    const firstEssay = essayTokens[0];
    const lastOfRun = essayTokens.at(-1);
    if (sort(kind) === 'elision') {
      pieces.push({ kind: 'elided' });
      if (lastOfRun !== undefined) lastEssay = lastOfRun;
      continue;
    }
    if (firstEssay !== undefined && lastEssay !== undefined && pieces.at(-1)?.kind !== 'elided') pieces.push(between(stream, lastEssay, firstEssay));
    const essayText = firstEssay === undefined || lastOfRun === undefined ? '' : spanText(stream, essayTokens);
    if (sort(kind) === 'match') pieces.push({ kind: 'same', essay: essayText });
    else if (essayText === '') pieces.push({ kind: 'added', student: studentWords.join(' ') });
    else if (studentWords.length === 0) pieces.push({ kind: 'dropped', essay: essayText });
    else pieces.push({ kind: 'changed', essay: essayText, student: studentWords.join(' ') });
    if (lastOfRun !== undefined) lastEssay = lastOfRun;
  }
  return mergeSame(pieces);
}

/** The essay's own text from the first token to the last (across a paragraph break, a space). */
function spanText(stream: Stream, tokens: readonly Token[]): string {
  let text = '';
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    if (previous !== undefined) {
      const gap = between(stream, previous, token);
      text += gap.kind === 'same' ? gap.essay : '\n\n';
    }
    text += stream.texts.get(token.unit)?.slice(token.start, token.end) ?? token.raw;
  });
  return text;
}

function mergeSame(pieces: readonly QuotePiece[]): QuotePiece[] {
  const merged: QuotePiece[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (piece.kind === 'same' && last?.kind === 'same') merged[merged.length - 1] = { kind: 'same', essay: last.essay + piece.essay };
    else merged.push(piece);
  }
  return merged;
}

const samePlace = (a: QuotePlace, b: QuotePlace): boolean => a.reading === b.reading && a.kind === b.kind && a.first === b.first && a.last === b.last;

/**
 * Checks one quotation against the readings. `preferReading` (the class's current reading) wins
 * a tie; otherwise readings are tried in corpus order, paragraphs before footnotes.
 */
export function checkQuote(corpus: Corpus, quote: string, options: { readonly preferReading?: string } = {}): QuoteCheck {
  const tokens = tokenize(quote, 0);
  // An ellipsis at either end only says the quotation starts or stops mid-sentence.
  while (tokens[0]?.word === ELLIPSIS) tokens.shift();
  while (tokens.at(-1)?.word === ELLIPSIS) tokens.pop();
  const words = tokens.filter((token) => token.word !== ELLIPSIS).length;
  if (words === 0) return { kind: 'not-found', quote };
  const readings = [...corpus.readings].sort((a, b) => Number(b.id === options.preferReading) - Number(a.id === options.preferReading));
  const perfect = words * MATCH;
  const exact: QuotePlace[] = [];
  let best: { score: number; stream: Stream; alignment: Alignment } | undefined;
  for (const stream of readings.flatMap(streamsOf)) {
    if (stream.tokens.length === 0) continue;
    for (const alignment of align(tokens, stream.tokens, perfect)) {
      const place = placeOf(stream, alignment.steps);
      if (alignment.score === perfect && place !== undefined && !exact.some((known) => samePlace(known, place))) exact.push(place);
      if (best === undefined || alignment.score > best.score) best = { score: alignment.score, stream, alignment };
    }
  }
  if (exact.length > 0) return { kind: 'exact', quote, places: exact.slice(0, MAX_PLACES) };
  if (best === undefined) return { kind: 'not-found', quote };
  const steps = best.alignment.steps;
  const matched = steps.filter((s) => s.step === Step.Match).length;
  const essayWords = steps.filter((s) => s.essay !== undefined && s.step !== Step.Elide).length;
  const place = placeOf(best.stream, steps);
  if (place === undefined || matched < MIN_MATCHED_WORDS || matched < NEARLY_SHARE * words || matched < NEARLY_SHARE * essayWords) {
    return { kind: 'not-found', quote };
  }
  return { kind: 'nearly', quote, place, pieces: piecesOf(best.stream, steps), matched, words };
}

/**
 * Every quotation in a message (see quotesInMessage), each checked; or that there is nothing to
 * check. A message whose only quotations are a few words each may be a passage pasted with the
 * essay's own quotation marks inside it (like "democratization"): when the whole message is the
 * essay's words, exactly or nearly, it is checked whole rather than by those inner quotes.
 */
export function checkMessageQuotes(corpus: Corpus, text: string, options: { readonly preferReading?: string } = {}): MessageQuoteCheck {
  const found = quotesInMessage(text);
  if (found.quotes.length === 0) return { kind: 'nothing-to-check' };
  if (!found.wholeMessage && found.quotes.every((quote) => wordCount(quote) <= SCARE_QUOTE_WORDS)) {
    const whole = checkQuote(corpus, text.trim(), options);
    if (whole.kind !== 'not-found') return { kind: 'checked', checks: [whole], skipped: 0, wholeMessage: true };
  }
  return {
    kind: 'checked',
    checks: found.quotes.map((quote) => checkQuote(corpus, quote, options)),
    skipped: found.skipped,
    wholeMessage: found.wholeMessage,
  };
}
