// Reads the number a user typed after "passage" or "footnote" in the console or on the command
// line, and looks it up through the corpus's one lookup module (src/corpus/lookup.ts), so the
// console, the CLI and Discord refuse a bad number in the same words.
import { requireFootnote, requireParagraph, selectReading } from '../corpus/lookup.js';
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

/** The paragraph a user named, in the reading named by id (or the default reading). */
export function lookUpParagraph(corpus: Corpus, number: number, readingId?: string): { reading: Reading; paragraph: Paragraph } {
  const reading = selectReading(corpus, readingId);
  return { reading, paragraph: requireParagraph(reading, number) };
}

/** The footnote a user named, in the reading named by id (or the default reading). */
export function lookUpFootnote(corpus: Corpus, number: number, readingId?: string): { reading: Reading; footnote: Footnote } {
  const reading = selectReading(corpus, readingId);
  return { reading, footnote: requireFootnote(reading, number) };
}
