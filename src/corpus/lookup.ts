// The one way to look a reading, a paragraph or a footnote up by what a user named, and the one
// set of "does not exist" messages. Used by the Discord commands, the console, the CLI and the
// debates, so all four refuse a bad number in the same words. Pure: imports only the corpus.
import { UserFacingError } from '../errors.js';
import { findFootnote, findParagraph, findReading } from './load-corpus.js';
import type { Corpus, Footnote, Paragraph, Reading } from './types.js';

/** What was looked up and not found, as data: the caller decides whether it is an error. */
export type LookupProblem =
  | { readonly kind: 'no-such-reading'; readonly id: string; readonly readings: readonly string[] }
  | { readonly kind: 'no-such-paragraph'; readonly number: number; readonly available: readonly number[] }
  | { readonly kind: 'no-such-footnote'; readonly number: number; readonly available: readonly number[] };

/** "1–6", "1, 2, 4", "1": the numbers a reading has, for "does not exist" messages. */
export function describeNumbers(numbers: readonly number[]): string {
  const first = numbers[0];
  const last = numbers.at(-1);
  if (first === undefined || last === undefined) return '';
  if (numbers.length === 1) return String(first);
  const contiguous = numbers.every((n, index) => n === first + index);
  return contiguous ? `${first}–${last}` : numbers.join(', ');
}

/** The sentence a user sees for a lookup that found nothing: "Paragraph 40 does not exist: this reading has paragraphs 1–31." */
export function describeLookupProblem(problem: LookupProblem): string {
  if (problem.kind === 'no-such-reading') return `There is no reading "${problem.id.slice(0, 60)}": the readings are ${problem.readings.join(', ')}.`;
  const [noun, plural] = problem.kind === 'no-such-paragraph' ? ['Paragraph', 'paragraphs'] : ['Footnote', 'footnotes'];
  const { available } = problem;
  const has =
    available.length === 0
      ? `this reading has no ${plural}`
      : available.length === 1
        ? `this reading has only ${noun.toLowerCase()} ${describeNumbers(available)}`
        : `this reading has ${plural} ${describeNumbers(available)}`;
  return `${noun} ${problem.number} does not exist: ${has}.`;
}

/** A lookup problem as the error the router (or the console) shows the user. */
export function lookupError(problem: LookupProblem): UserFacingError {
  return new UserFacingError(problem.kind, describeLookupProblem(problem));
}

/** The reading commands act on when none is named: the first, in file-name order. */
export function defaultReading(corpus: Corpus): Reading {
  const reading = corpus.readings[0];
  if (reading === undefined) throw new Error('lookup: the corpus has no reading; loadCorpus should have refused it');
  return reading;
}

/** The reading named by id, or the default reading when none is named; a UserFacingError when there is none by that id. */
export function selectReading(corpus: Corpus, id: string | undefined): Reading {
  if (id === undefined) return defaultReading(corpus);
  const reading = findReading(corpus, id);
  if (reading === undefined) throw lookupError({ kind: 'no-such-reading', id, readings: corpus.readings.map((r) => r.id) });
  return reading;
}

/** The reading by id when it is loaded, else the default reading: for previews, where any reading beats none. */
export function readingOrDefault(corpus: Corpus, id: string | undefined): Reading {
  return (id === undefined ? undefined : findReading(corpus, id)) ?? defaultReading(corpus);
}

/** The paragraph, or the problem naming the paragraphs the reading has. */
export function paragraphOrProblem(reading: Reading, number: number): Paragraph | LookupProblem {
  const paragraph = Number.isInteger(number) ? findParagraph(reading, number) : undefined;
  return paragraph ?? { kind: 'no-such-paragraph', number, available: reading.paragraphs.map((p) => p.number) };
}

/** The footnote, or the problem naming the footnotes the reading has. */
export function footnoteOrProblem(reading: Reading, number: number): Footnote | LookupProblem {
  const footnote = Number.isInteger(number) ? findFootnote(reading, number) : undefined;
  return footnote ?? { kind: 'no-such-footnote', number, available: reading.footnotes.map((f) => f.number) };
}

export const isLookupProblem = (value: Paragraph | Footnote | LookupProblem): value is LookupProblem => 'kind' in value;

export function requireParagraph(reading: Reading, number: number): Paragraph {
  const found = paragraphOrProblem(reading, number);
  if (isLookupProblem(found)) throw lookupError(found);
  return found;
}

export function requireFootnote(reading: Reading, number: number): Footnote {
  const found = footnoteOrProblem(reading, number);
  if (isLookupProblem(found)) throw lookupError(found);
  return found;
}
