// What every front end says when the reading does not answer a question directly, and to chit-chat:
// one wording for Discord, the console and the CLI (views/discord escapes the quoted words).

import { NOT_GIVEN } from '../answers/types.js';
import type { ReadingCard } from '../answers/types.js';
import type { ReadingFact } from '../answers/reading-itself.js';

// What the reply says for each kind of answer the passages do not give, in NOT_GIVEN's order.
const NOT_GIVEN_TEXT: ReadonlyMap<string, string> = new Map([
  [NOT_GIVEN.number, 'it gives no such number'],
  [NOT_GIVEN.date, 'it gives no date for this'],
  [NOT_GIVEN.name, 'it does not name who'],
  [NOT_GIVEN.names, 'it does not name them'],
  [NOT_GIVEN.thing, 'it does not give the name'],
  [NOT_GIVEN.place, 'it does not say where'],
  [NOT_GIVEN.report, 'it does not report what was said or agreed'],
  [NOT_GIVEN.year, 'the passage found is about another year'],
  [NOT_GIVEN.later, 'it does not cover what happened after it was written'],
  [NOT_GIVEN.view, 'it does not say what they think of it'],
  [NOT_GIVEN.definition, 'it uses the term but does not explain it'],
  [NOT_GIVEN.cause, 'it does not say why'],
]);

/**
 * "The essay does not say this directly (it never mentions “X”)". `quote` renders one of the
 * question's words (Discord escapes it; plain text quotes it as is).
 */
export function partialCoverageText(missing: readonly string[], quote: (word: string) => string = (word) => `"${word}"`): string {
  const named = missing.filter((word) => !NOT_GIVEN_TEXT.has(word)).slice(0, 3).map(quote);
  const notGiven = [...NOT_GIVEN_TEXT].find(([marker]) => missing.includes(marker))?.[1];
  const why = named.length > 0 ? ` (it never mentions ${named.join(', ')})` : notGiven === undefined ? '' : ` (${notGiven})`;
  return `The essay does not say this directly${why}`;
}

/** The reply to chit-chat ("hi", "thanks"): a pointer to asking and to help, not a quote. */
export function smallTalkText(askCommand: string, helpCommand: string): string {
  return `Hello! Ask anything about the reading in your own words, e.g. ${askCommand} why did Russia turn to China? ${helpCommand} shows everything else.`;
}

// A course may hold many readings; the reply names a few and says how many more there are.
const READINGS_NAMED = 5;

/**
 * The reply to a question about the reading itself ("who wrote this", "what is it called", "when
 * was it written"): the title and author line of each reading asked about. `quote` renders a
 * reading's own words (Discord escapes them). The readings carry no date, so the reply says so.
 */
export function aboutReadingText(asked: ReadingFact, readings: readonly ReadingCard[], quote: (text: string) => string = (text) => text): string {
  const named = readings.slice(0, READINGS_NAMED).map((reading) => `“${quote(reading.title)}” by ${quote(reading.author)}`);
  const more = readings.length > READINGS_NAMED ? ` and ${readings.length - READINGS_NAMED} more` : '';
  const which = readings.length === 1 ? `The reading is ${named[0] ?? ''}.` : `The readings are ${named.join('; ')}${more}.`;
  const extra = factText(asked, readings);
  return extra === '' ? which : `${which} ${extra}`;
}

/** What the reply adds to the title and author line for the fact asked. */
function factText(asked: ReadingFact, readings: readonly ReadingCard[]): string {
  switch (asked) {
    case 'date':
      return dateText(readings);
    case 'length':
      return lengthText(readings);
    case 'background':
      return backgroundText(readings);
    case 'author':
    case 'title':
      return '';
  }
}

/** What the readings say of their authors beyond the name: nothing (a reading is its text). */
function backgroundText(readings: readonly ReadingCard[]): string {
  return readings.length === 1 ? 'It says nothing about its author beyond the name.' : 'They say nothing about their authors beyond the names.';
}

/** What the readings say of when they were written: no date, but the latest year each names. */
function dateText(readings: readonly ReadingCard[]): string {
  const [only] = readings;
  if (readings.length === 1 && only !== undefined) {
    const latest = only.latestYear === null ? '' : `; the latest year it mentions is ${only.latestYear}`;
    return `Its text does not give the date it was written${latest}.`;
  }
  return 'Their texts do not give the dates they were written.';
}

/** How long the readings are, in the bot's units: paragraphs and footnotes (pages depend on the printout). */
function lengthText(readings: readonly ReadingCard[]): string {
  const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`;
  const [only] = readings;
  if (readings.length === 1 && only !== undefined) return `It has ${count(only.paragraphs, 'paragraph')} and ${count(only.footnotes, 'footnote')}.`;
  const paragraphs = readings.reduce((sum, reading) => sum + reading.paragraphs, 0);
  const footnotes = readings.reduce((sum, reading) => sum + reading.footnotes, 0);
  return `Together they have ${count(paragraphs, 'paragraph')} and ${count(footnotes, 'footnote')}.`;
}
