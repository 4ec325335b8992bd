// "He says 'has to approach Russia as well as China', why?": a student quoting the reading in a
// question points at the passage they are reading. Pure.
import { checkQuote, MIN_MATCHED_WORDS } from './quote-check.js';
import type { QuotePlace } from './quote-check.js';
import type { Corpus } from '../corpus/types.js';

// Text in double quotes, curly single quotes, or straight single quotes that open after a space
// and close before one (an apostrophe, "Russia's", closes nothing).
const QUOTED = /“([^”]+)”|"([^"]+)"|‘([^’]+)’|(?<=^|[\s(:,])'(?=\p{L})((?:[^']|'(?=\p{L}))+?)(?<=[\p{L}\d.,!?])'(?=$|[\s),.:;?!—–-])/gu;

/** Every phrase a question quotes, in the order written. */
export function allQuotedPhrases(question: string): string[] {
  return [...question.matchAll(QUOTED)].map((match) => (match[1] ?? match[2] ?? match[3] ?? match[4] ?? '').trim());
}

/** The phrases a question quotes, of at least MIN_MATCHED_WORDS words each, in the order written. */
export function quotedPhrases(question: string): string[] {
  return allQuotedPhrases(question).filter((phrase) => (phrase.match(/[\p{L}\d]+/gu) ?? []).length >= MIN_MATCHED_WORDS);
}

/**
 * The one paragraph or footnote holding the first phrase the question quotes, exactly or nearly
 * (quote-check.ts): undefined where it quotes nothing of the reading, or a phrase found in
 * several places or across paragraphs.
 */
export function placeQuoted(corpus: Corpus, question: string): QuotePlace | undefined {
  for (const phrase of quotedPhrases(question)) {
    const check = checkQuote(corpus, phrase);
    const place = check.kind === 'exact' ? (check.places.length === 1 ? check.places[0] : undefined) : check.kind === 'nearly' ? check.place : undefined;
    if (place !== undefined && place.first === place.last) return place;
  }
  return undefined;
}
