// Finds what a command asks for in the corpus — the reading, a paragraph, a footnote — or
// throws a UserFacingError that tells the student the valid range. Pure, no discord.js.
import { findFootnote, findParagraph } from '../corpus/load-corpus.js';
import type { Corpus, Footnote, Paragraph, Reading } from '../corpus/types.js';
import { UserFacingError } from '../errors.js';
import { readingToken } from './custom-ids.js';

/** The reading commands act on when none is named: the first, in file-name order. */
export function defaultReading(corpus: Corpus): Reading {
  const reading = corpus.readings[0];
  if (reading === undefined) throw new Error('readings: the corpus has no reading; loadCorpus should have refused it');
  return reading;
}

/** The reading a button's token names, or undefined when it is gone (renamed or removed). */
export function readingFromToken(corpus: Corpus, token: string): Reading | undefined {
  return corpus.readings.find((reading) => readingToken(reading.id) === token);
}

/** `1–6`, or a single number, for range messages. */
function range(numbers: readonly number[]): string {
  const first = numbers[0];
  const last = numbers.at(-1);
  return first === last ? String(first) : `${first}–${last}`;
}

export function requireParagraph(reading: Reading, number: number): Paragraph {
  const paragraph = Number.isInteger(number) && number >= 1 ? findParagraph(reading, number) : undefined;
  if (paragraph !== undefined) return paragraph;
  throw new UserFacingError(
    'paragraph-out-of-range',
    `Paragraph ${number} does not exist: this reading has paragraphs ${range(reading.paragraphs.map((p) => p.number))}.`,
  );
}

export function requireFootnote(reading: Reading, number: number): Footnote {
  const footnote = Number.isInteger(number) ? findFootnote(reading, number) : undefined;
  if (footnote !== undefined) return footnote;
  if (reading.footnotes.length === 0) {
    throw new UserFacingError('footnote-out-of-range', `Footnote ${number} does not exist: this reading has no footnotes.`);
  }
  throw new UserFacingError(
    'footnote-out-of-range',
    `Footnote ${number} does not exist: this reading has footnotes ${range(reading.footnotes.map((f) => f.number))}.`,
  );
}
