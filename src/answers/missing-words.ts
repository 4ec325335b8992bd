// Key content of a question the reading never mentions: a year or decade it never names, a name
// the glossary gives only as related to its words, a name the dictionary does not know either.
// Pure; the answer engine marks such a question as `partial`.
import { CITED_THINGS } from './kinds-not-given.js';
import { COUNTRY_TERMS } from './names-and-places.js';
import { isPlaceWord } from './place-names.js';
import { allQuotedPhrases } from './quoted-in-question.js';
import { asksForQuantity, countedWords, SHARE_WORDS, unitsAfterFigures } from './quantities.js';
import { acronymsIn, capitalisedWordsIn, QUESTION_FRAME_WORDS, termOf, tokenize } from '../search/analyze.js';
import type { Token } from '../search/analyze.js';
import { isDictionaryWord, isEnglishWord } from '../search/english-words.js';
import { yearsPrefixOf } from '../search/numbers.js';
import type { PassageIndex } from '../search/passage-index.js';
import { isIndexed } from '../search/query.js';
import type { QueryConcept, TypoLookups } from '../search/query.js';
import { otherSpellings } from '../search/spelling-variants.js';

const YEAR = /^(1[5-9]|20)\d\d$/;
// The words before a year written with two digits ("in 08", "since 99").
const SHORT_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'from', 'by', 'after', 'before', 'until', 'till', 'of', 'around', 'circa']);

/** True for a word naming a plan, a treaty, a war ..., or several ("the Opium Wars", "the Geneva accords"). */
function namesAThing(word: string): boolean {
  return NAMED_THINGS.has(word) || (word.endsWith('s') && NAMED_THINGS.has(word.slice(0, -1)));
}

/** True when "the" comes right before the token, or before the two words before it ("the Soviet Japanese neutrality pact"). */
function afterThe(tokens: readonly Token[], at: number): boolean {
  for (let back = 1; back <= 3 && at - back >= 0; back++) {
    const before = tokens[at - back];
    if (before?.word === 'the') return true;
    if (before === undefined || before.stop) return false;
  }
  return false;
}

// "Where does he talk about X", "does the essay mention X", "is there a part on X": X, what the
// reading is checked for.
const COVERAGE_CHECKED =
  /\b(?:where (?:does|do|did) (?:he|she|it|the (?:author|writer|essay|text|reading|article)|yokote) (?:talk about|discuss|mention|explain|cover|deal with|bring up|get into|go into|write about|say anything about)|where(?:'s| is) (?:the )?(?:part|bit|section|paragraph|passage) (?:on|about)|(?:does|did) (?:he|she|it|the (?:author|writer|essay|text|reading|article)|yokote) (?:ever )?(?:mention|discuss|talk about|cover|bring up|go into|get into|say anything about)|is there (?:a |any |anything )?(?:part|bit|section|paragraph|passage|mention|discussion)? ?(?:on|about|of))\s+(.+)$/i;

const CHECKED_WORD_LENGTH = 7;

/** True for an adverb made of an adjective: "specifically" (specific), "exactly", "heavily" (heavy). */
function isAdverb(word: string): boolean {
  if (!word.endsWith('ly')) return false;
  const stem = word.slice(0, -2);
  return isDictionaryWord(stem) || (word.endsWith('ally') && isDictionaryWord(word.slice(0, -4))) || (word.endsWith('ily') && isDictionaryWord(`${word.slice(0, -3)}y`));
}

const CURRENCIES: ReadonlySet<string> = new Set(
  'dollar dollars usd ruble rubles rouble roubles yen euro euros yuan renminbi rmb sterling'.split(' '),
);

const MEDIA_WORDS: ReadonlySet<string> = new Set(
  'documentary documentaries film films movie movies video videos podcast podcasts youtube tiktok instagram twitter facebook netflix website websites blog blogs tv television'.split(' '),
);

// The things a name before them makes one of a kind ("the Marshall Plan", "the Truman doctrine").
const NAMED_THINGS: ReadonlySet<string> = new Set(
  `plan doctrine treaty agreement pact accord declaration crisis war summit conference speech incident
  revolution operation initiative protocol charter convention`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

// "The difference between X and Y", "how do X and Y differ": the two things told apart.
const DIFFERENCE_BETWEEN = /\b(?:difference|differences|diff|diference)\s+between\s+([^?.!,;]+?)\s+and\s+([^?.!,;]+)|\bhow\s+(?:do|does|did)\s+([^?.!,;]+?)\s+and\s+([^?.!,;]+?)\s+differ\b/i;

/** The content words of the two things a question tells apart, if it asks how two things differ. */
function comparedWords(question: string): string[] {
  const sides = DIFFERENCE_BETWEEN.exec(question)?.slice(1).filter((side): side is string => side !== undefined) ?? [];
  return sides.flatMap((side) => tokenize(side).filter((token) => !token.stop && !QUESTION_FRAME_WORDS.has(token.word)).map((token) => token.word));
}

// "The Eurasian Economic Union", "the EU's common foreign and security policy": the name of a body
// or a policy, made of words the reading uses, but never together. (Two words before the head at
// least: "the energy policy" describes, it names nothing.)
// (A policy by four words at least: "Chinese foreign policy" describes one the reading may tell of;
// a programme, "the North Korean nuclear programme", is something done, not a body's name.)
const BODY_NAMED = /\bthe\s+(?:\p{L}+'s\s+)?((?:[\p{L}-]+\s+){2,5}?)(union|policy|council|organi[sz]ation|community|bank|fund|forum|doctrine|initiative)\b/giu;
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'for', 'on']);
const readingPhrases = new WeakMap<PassageIndex, readonly (readonly string[])[]>();

/** Each passage's words as index terms in order, small words left out, made once per index. */
export function termSequences(index: PassageIndex): readonly (readonly string[])[] {
  let sequences = readingPhrases.get(index);
  if (sequences === undefined) {
    sequences = index.passages.map((passage) => tokenize(passage.item.text).filter((token) => !token.stop).map((token) => token.term));
    readingPhrases.set(index, sequences);
  }
  return sequences;
}

/** The names of bodies and policies the question gives that the reading never writes (see BODY_NAMED). */
function bodiesNeverNamed(question: string, index: PassageIndex): string[] {
  const missing: string[] = [];
  for (const match of question.matchAll(BODY_NAMED)) {
    const name = `${match[1] ?? ''}${match[2] ?? ''}`;
    // (A name has no small words but "of", "and", "for": "the essay mentions some council" is a clause.)
    if (tokenize(name).some((token) => token.stop && !NAME_SMALL_WORDS.has(token.word))) continue;
    const words = tokenize(name).filter((token) => !token.stop);
    if (words.length < (match[2]?.toLowerCase() === 'policy' ? 4 : 3)) continue;
    // A country opens such a name ("the Asian Development Bank"), never sits inside it: "the US
    // constrain Japan's policy" is a clause, no name.
    if (words.slice(1).some((token) => COUNTRY_TERMS.has(token.term))) continue;
    // Each word as the reading may spell it ("organisation"), the name as it may abbreviate it
    // ("the World Trade Organization" is its WTO), and the name without words before it ("the
    // volume Russian Foreign Policy Today").
    const forms = words.map((token) => new Set([token.term, ...otherSpellings(token.word).map(termOf)]));
    const initials = words.map((token) => token.word.charAt(0)).join('');
    const writtenFrom = (from: number): boolean =>
      termSequences(index).some((sequence) => sequence.some((_, at) => forms.slice(from).every((form, i) => form.has(sequence[at + i] ?? ''))));
    const written = index.documentFrequency.has(initials) || [...Array(forms.length - 2).keys()].some(writtenFrom);
    if (!written) missing.push(name.toLowerCase());
  }
  return missing;
}

// "The South China Sea", "the East China Sea", "the West Siberian plain": a place named by a
// compass word, a name and a kind of place, each word one the reading may use ("China", "sea"),
// but never together.
const COMPASS_PLACE = /\b(?:north|south|east|west|northern|southern|eastern|western)\s+\p{L}+\s+(?:sea|ocean|strait|gulf|bay|peninsula|coast|plain|plateau|basin|desert)\b/giu;

/** The places named by a compass word the question gives that the reading never writes (see COMPASS_PLACE). */
function compassPlacesNeverNamed(question: string, index: PassageIndex): string[] {
  const missing: string[] = [];
  for (const match of question.matchAll(COMPASS_PLACE)) {
    const terms = tokenize(match[0]).map((token) => token.term);
    const written = termSequences(index).some((sequence) => sequence.some((_, at) => terms.every((term, i) => sequence[at + i] === term)));
    if (!written) missing.push(match[0].toLowerCase());
  }
  return missing;
}

// Index terms alike enough to be one word of a quoted term as a student recalls it ("strategic
// triangle" for the reading's "strategic triangular"): the same first letters.
const RECALLED_PREFIX = 5;
// How many of the reading's words (small words aside) a quoted term's words may be spread over.
const QUOTED_TERM_SPAN = 4;

/**
 * The terms of two or three words a question quotes ("what does 'comparative advantage' mean") that
 * the reading never writes together (each word as its term, another spelling, or its first
 * RECALLED_PREFIX letters, within QUOTED_TERM_SPAN words): a term it never uses, so it cannot say
 * what it means.
 */
function quotedTermsNeverWritten(question: string, index: PassageIndex): string[] {
  const missing: string[] = [];
  for (const phrase of allQuotedPhrases(question)) {
    // (The reading's own words, "the author's research questions", name no thing of its subject.)
    const words = tokenize(phrase).filter((token) => !token.stop && !QUESTION_FRAME_WORDS.has(token.word));
    // (A claim quoted whole, "russia and china are natural allies", or a note "demographic fear in
    // the far east", is no term: only two or three words, no country among them; nor is a note
    // with its own marks, "hamas visit ??", "but: clouds over the partnership".)
    if (/[^\p{L}\p{N}\s'’-]/u.test(phrase)) continue;
    if (words.length < 2 || words.length > 3 || words.some((token) => /\d/.test(token.word) || COUNTRY_TERMS.has(token.term))) continue;
    const forms = words.map((token) => new Set([token.term, ...otherSpellings(token.word).map(termOf)]));
    const alike = (at: number, term: string): boolean => forms[at]?.has(term) === true || (term.length >= RECALLED_PREFIX && [...(forms[at] ?? [])].some((form) => form.slice(0, RECALLED_PREFIX) === term.slice(0, RECALLED_PREFIX)));
    // (In any order, within a few words: "the demographic gap" is the reading's "gap in the
    // demographic trends", "energy strategy" its "energy-related strategy".)
    const written = termSequences(index).some((sequence) =>
      sequence.some((_, start) => forms.every((_form, i) => sequence.slice(start, start + QUOTED_TERM_SPAN).some((term) => alike(i, term)))),
    );
    if (!written) missing.push(phrase.toLowerCase());
  }
  return missing;
}

/**
 * The question's key words the reading never uses and cannot stand for: a year it never names, a
 * name the glossary gives only as related to the essay's words, or a name the English dictionary
 * does not know either (a place, a person, a treaty). Ordinary words the student chose ("buddy",
 * "perks") and misspellings of them are not missing content.
 */
export function missingKeyWords(
  question: string,
  concepts: readonly QueryConcept[],
  index: PassageIndex,
  years: ReadonlySet<string>,
  typos: TypoLookups,
  citedYears: ReadonlySet<string> = new Set(),
  respelt: string = question,
): string[] {
  const unknown = new Set(
    concepts
      .filter((concept) => concept.words > 0 && concept.alternatives.every((alt) => alt.via !== 'glossary' && !(alt.via === 'word' && isIndexed(index, alt))))
      .map((concept) => concept.source),
  );
  // What the glossary gives only as related to the essay's words ("Gazprom" ~ energy): a name
  // the essay never uses.
  const missing: string[] = concepts.filter((concept) => concept.unnamed).map((concept) => concept.source);
  // "How many rubles", "how much ... in dollars": what a quantity question counts is its key
  // content, ordinary word or not; a reading that never counts in it gives no such number.
  // A share is a count the reading may give in words: "how many percent" is answered by "almost half".
  if (asksForQuantity(question)) {
    for (const word of countedWords(question)) if (unknown.has(word) && isDictionaryWord(word) && !SHARE_WORDS.has(word) && !missing.includes(word)) missing.push(word);
  }
  // (A name read with its slips respelt: "the un securty council" is the reading's.)
  // (A term the glossary knows as the students' phrase for the reading's, "research questions" for
  // its "questions", is the reading's.)
  const glossaryPhrases = concepts.filter((concept) => concept.words >= 2 && concept.alternatives.some((alt) => alt.via === 'glossary')).map((concept) => concept.source);
  const quotedTerms = quotedTermsNeverWritten(respelt, index).filter((term) => !glossaryPhrases.some((phrase) => term.includes(phrase)));
  for (const name of [...bodiesNeverNamed(respelt, index), ...compassPlacesNeverNamed(respelt, index), ...quotedTerms]) if (!missing.includes(name)) missing.push(name);
  // So is the unit of an amount the question states ("did trade pass 200 billion dollars").
  for (const word of unitsAfterFigures(question)) if (unknown.has(word) && !missing.includes(word)) missing.push(word);
  // "Where does he discuss Russia's nuclear arsenal", "is there a part on the bubble economy": what
  // the student checks the reading for is named in their words; a word of it the reading never
  // uses (nor its glossary) is a thing it does not cover.
  const checked = COVERAGE_CHECKED.exec(question)?.[1];
  if (checked !== undefined) {
    // (A long word: short common ones are the student's paraphrase, "harsh words" for the
    // reading's "harsh remarks".)
    // Nor an adverb: "specifically", "actually" say how the student asks, not what about.
    for (const token of tokenize(checked)) {
      if (!token.stop && token.word.length >= CHECKED_WORD_LENGTH && unknown.has(token.word) && isDictionaryWord(token.word) && !isAdverb(token.word) && !QUESTION_FRAME_WORDS.has(token.word) && !missing.includes(token.word)) missing.push(token.word);
    }
  }
  // And money counted in a currency the reading never names ("the dollar value of their trade"):
  // it gives no sum in it, however the question asks.
  for (const token of tokenize(question)) if (CURRENCIES.has(token.word) && unknown.has(token.word) && !missing.includes(token.word)) missing.push(token.word);
  // And each of two things a question tells apart ("the difference between geopolitics and
  // geoeconomics"): a reading that never names one of them cannot say how they differ.
  // (A word of the dictionary, or one no word of the reading is a slip of.)
  const guessed = new Set(concepts.filter((concept) => concept.alternatives.some((alt) => alt.via === 'fuzzy')).map((concept) => concept.source));
  for (const word of comparedWords(question)) if (unknown.has(word) && (isDictionaryWord(word) || !guessed.has(word)) && !missing.includes(word)) missing.push(word);
  const tokens = tokenize(question);
  const acronyms = acronymsIn(question);
  const capitalised = capitalisedWordsIn(question);
  for (const [at, token] of tokens.entries()) {
    if (QUESTION_FRAME_WORDS.has(token.word) || missing.includes(token.word)) continue;
    // A year counts only where the text names it, not as a footnote's date of publication; but a
    // question about a cited book may name the year in its title ("Tretyakov's book on Putin after 2008").
    if (YEAR.test(token.word)) {
      if (!years.has(token.word) && !(citedYears.has(token.word) && CITED_THINGS.test(question))) missing.push(token.word);
      continue;
    }
    // "The 1800s", "the 1920s": a century or decade the reading names no year of.
    const within = yearsPrefixOf(token.word);
    if (within !== undefined) {
      if (![...years].some((year) => year.startsWith(within))) missing.push(token.word);
      continue;
    }
    // "In 08", "since 99": a year written with two digits.
    if (/^\d\d$/.test(token.word) && SHORT_YEAR_BEFORE.has(tokens[at - 1]?.word ?? '')) {
      if (!years.has(`19${token.word}`) && !years.has(`20${token.word}`)) missing.push(token.word);
      continue;
    }
    // "The Marshall Plan", "the Shimoda treaty": a word the reading never uses, naming a plan, a
    // treaty, a war ..., names a thing it never mentions, though the dictionary knows the word.
    // Only after "the", or "the" and names ("the Soviet-Japanese neutrality pact"): "a real war",
    // "such a big crisis" describe, they do not name.
    // (A word the dictionary lacks is checked below, where a slip of an essay word is told apart.)
    // A short word the dictionary lacks names one too ("the ABM treaty"): too short to be read as a slip.
    // So does a word naming it after "of": "the Treaty of Good-Neighborliness", "the declaration of Paris".
    const namedAfterOf = NAMED_THINGS.has(tokens[at - 2]?.word ?? '') && tokens[at - 1]?.word === 'of';
    const namedAfterOfAnd = NAMED_THINGS.has(tokens[at - 3]?.word ?? '') && tokens[at - 2]?.word === 'of' && !(tokens[at - 1]?.stop ?? true);
    if (unknown.has(token.word) && isDictionaryWord(token.word) && (namedAfterOf || namedAfterOfAnd)) {
      missing.push(token.word);
      continue;
    }
    if (unknown.has(token.word) && (isDictionaryWord(token.word) || token.word.length < 4) && afterThe(tokens, at) && namesAThing(tokens[at + 1]?.word ?? '')) {
      missing.push(token.word);
      continue;
    }
    // "A documentary on the fall of the USSR", "chinese tiktok": films, videos and apps a reading of
    // text never names, though the dictionary knows the word.
    if (unknown.has(token.word) && MEDIA_WORDS.has(token.word)) {
      missing.push(token.word);
      continue;
    }
    // "ASEAN", "GDP": a word typed in capitals the reading never uses names something it never mentions.
    if (unknown.has(token.word) && acronyms.has(token.word)) {
      missing.push(token.word);
      continue;
    }
    // "ww1", "g20", "s400": letters then digits make a name (not "2nd", "90s" or "150k").
    if (unknown.has(token.word) && /^\p{L}+\d[\p{L}\d]*$/u.test(token.word)) {
      missing.push(token.word);
      continue;
    }
    if (!unknown.has(token.word) || !/^\p{L}+$/u.test(token.word)) continue;
    // A country, capital or continent the reading never names, or its people ("brazilian"),
    // whatever English word it resembles.
    if (isPlaceWord(token.word)) {
      missing.push(token.word);
      continue;
    }
    // "Kuala Lumpur", "Roh Moo-hyun": a word the student capitalises, which neither the dictionary
    // nor the reading knows, nor is a slip of the reading's, names a place or a person, however
    // near an English word it is ("Kuala", koala).
    if (capitalised.has(token.word) && !isDictionaryWord(token.word) && typos.near(token.word, 2, 1).length === 0) {
      missing.push(token.word);
      continue;
    }
    if (token.word.length < 4) continue;
    // A slip of an essay word ("dillema") is no missing name. A name with its possessive "s"
    // typed without the apostrophe ("obamas reset") is judged without the "s": "obamas" is two
    // slips from "Hamas", "obama" near no essay word.
    if (isEnglishWord(token.word)) continue;
    const bare = /[^s]s$/.test(token.word) ? token.word.slice(0, -1) : undefined;
    const nameWithS = bare !== undefined && bare.length >= 4 && !isEnglishWord(bare) && typos.near(bare, 2, 1).length === 0;
    if (!nameWithS && typos.near(token.word, 2, 1).length > 0) continue;
    missing.push(token.word);
  }
  return missing;
}
