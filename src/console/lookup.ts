// Finds the paragraph or footnote a user named by number ("passage 12", "footnote 3"), shared by
// the command line and the console so both refuse bad numbers with the same one-line message.
import { findFootnote, findParagraph, findReading } from '../corpus/load-corpus.js';
import type { Corpus, Footnote, Paragraph, Reading } from '../corpus/types.js';
import { UserFacingError } from '../errors.js';

export type NumberedKind = 'passage' | 'footnote';

/** `"12"` -> 12; anything that is not a whole number is a usage error naming what was typed. */
export function parseWholeNumber(kind: NumberedKind, text: string | undefined): number {
  if (text === undefined || text.trim() === '') {
    throw new UserFacingError('usage', `${kind} needs a number, e.g. ${kind} ${kind === 'passage' ? 12 : 3}`);
  }
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) {
    throw new UserFacingError('usage', `${kind} number must be a whole number: got "${trimmed.slice(0, 40)}"`);
  }
  return Number(trimmed);
}

/** "1–6", "1, 2, 4", "1": the numbers a reading has, for "does not exist" messages. */
export function describeNumbers(numbers: readonly number[]): string {
  const first = numbers[0];
  const last = numbers.at(-1);
  if (first === undefined || last === undefined) return '';
  if (numbers.length === 1) return String(first);
  const contiguous = numbers.every((n, index) => n === first + index);
  return contiguous ? `${first}–${last}` : numbers.join(', ');
}

function outOfRange(kind: NumberedKind, number: number, available: readonly number[]): UserFacingError {
  const plural = kind === 'passage' ? 'passages' : 'footnotes';
  const has =
    available.length === 0
      ? `this reading has no ${plural}`
      : available.length === 1
        ? `this reading has only ${kind} ${describeNumbers(available)}`
        : `this reading has ${plural} ${describeNumbers(available)}`;
  return new UserFacingError(`no-such-${kind}`, `${kind} ${number} does not exist: ${has}`);
}

/** The reading named by id, or the first reading (today the class reads one essay). */
export function selectReading(corpus: Corpus, id: string | undefined): Reading {
  const reading = id === undefined ? corpus.readings[0] : findReading(corpus, id);
  if (reading === undefined) {
    const ids = corpus.readings.map((r) => r.id).join(', ');
    throw new UserFacingError('no-such-reading', `there is no reading "${(id ?? '').slice(0, 60)}": the readings are ${ids}`);
  }
  return reading;
}

export function lookUpParagraph(corpus: Corpus, number: number, readingId?: string): { reading: Reading; paragraph: Paragraph } {
  const reading = selectReading(corpus, readingId);
  const paragraph = findParagraph(reading, number);
  if (paragraph === undefined) {
    throw outOfRange('passage', number, reading.paragraphs.map((p) => p.number));
  }
  return { reading, paragraph };
}

export function lookUpFootnote(corpus: Corpus, number: number, readingId?: string): { reading: Reading; footnote: Footnote } {
  const reading = selectReading(corpus, readingId);
  const footnote = findFootnote(reading, number);
  if (footnote === undefined) {
    throw outOfRange('footnote', number, reading.footnotes.map((f) => f.number));
  }
  return { reading, footnote };
}
