// Turns a question into weighted concepts: each distinct question word (or glossary phrase) with
// the index terms that may stand for it: itself, its glossary expansions, and, for words the
// essay never uses, bounded typo and prefix neighbours from the vocabulary.
import { acronymsIn, DEMONYMS, FRAME_ADJECTIVES, MODAL_WORDS, QUESTION_FRAME_PHRASES, QUESTION_FRAME_WORDS, STOP_WORDS, termOf, tokenize } from './analyze.js';
import { editDistance } from './edit-distance.js';
import type { Token } from './analyze.js';
import SearchableMap from 'minisearch/SearchableMap';
import { dictionaryWordsOneSlipAway, isDictionaryWord } from './english-words.js';
import { mapPacked } from './packed.js';
import type { GlossaryRule } from './glossary.js';
import { glossaryStudentWords } from './glossary.js';
import type { PassageIndex } from './passage-index.js';
import { SEARCH_OPTIONS } from './search-options.js';
import { spellOutFigures, yearsPrefixOf } from './numbers.js';
import { otherSpellings } from './spelling-variants.js';

export interface QueryAlternative {
  /** Display key: the terms joined by a space. */
  readonly term: string;
  /** The index terms that must meet (one, or an essay phrase from the glossary such as "great power"). */
  readonly terms: readonly string[];
  /** 1 for the word itself, lower for glossary, typo and prefix alternatives. */
  readonly weight: number;
  readonly via: 'word' | 'glossary' | 'fuzzy' | 'prefix';
  /**
   * What a match of this alternative is worth: its own weight times its own rarity (mean idf of its
   * terms), never more than the concept's weight. A stand-in for a very common essay word
   * ("Washington" -> US) is worth no more than that word's low idf. 0 when the index lacks it.
   */
  readonly value: number;
}

export interface QueryConcept {
  /** The question's own word(s), folded, as the student typed them (for matchedTerms). */
  readonly source: string;
  readonly alternatives: readonly QueryAlternative[];
  /**
   * Content words of the question this concept stands for (2 for "pluralistic unipolarity"); 0 for
   * a modal ("should"), which ranks but does not count toward the relevance threshold.
   */
  readonly words: number;
  /** Rarity of the concept in the index (mean BM25 idf of its alternatives); see conceptWeight. */
  readonly weight: number;
  /**
   * True when the glossary gives these words only as related to the essay's ("Gazprom" ~ energy)
   * and the essay does not use them: searched through the essay's words, but never mentioned.
   */
  readonly unnamed: boolean;
}

export interface AnalyzedQuestion {
  readonly concepts: readonly QueryConcept[];
  /** Close essay words for question words the essay does not use. */
  readonly suggestions: readonly string[];
  /**
   * The question with each slip read as a word replaced by that word: what a second analysis of
   * the same question (the guide's gists) reads, without looking the slips up again.
   */
  readonly respelt: string;
}

export function inverseDocumentFrequency(index: PassageIndex, documentFrequency: number): number {
  const n = index.documentCount;
  return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

interface RawConcept {
  source: string;
  alternatives: QueryAlternative[];
  /** Content words of the question this concept stands for (2 for "pluralistic unipolarity"). */
  words: number;
  /** See QueryConcept.unnamed. */
  unnamed?: boolean;
}

/** Applies glossary phrases (longest first) over the whole token stream, stop words included. */
function groupTokens(
  tokens: readonly Token[],
  rules: ReadonlyMap<string, readonly GlossaryRule[]>,
  isKnown: (term: string) => boolean,
  rarity: (terms: readonly string[]) => number,
): RawConcept[] {
  const concepts: RawConcept[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;
    if (QUESTION_FRAME_PHRASES.has(`${token.word} ${tokens[i + 1]?.word ?? ''}`)) {
      i += 2;
      continue;
    }
    // "His big idea", "the key point", "the real argument": a word weighing the frame word after
    // it is part of the frame, not a topic.
    if (FRAME_ADJECTIVES.has(token.word) && QUESTION_FRAME_WORDS.has(tokens[i + 1]?.word ?? '')) {
      i += 1;
      continue;
    }
    const rule = ruleAt(tokens, i, rules);
    // A frame word ("think", "want") is dropped even if the glossary knows it; phrases still count.
    if (rule !== undefined && !(rule.phrase.length === 1 && QUESTION_FRAME_WORDS.has(token.word))) {
      concepts.push(glossaryConcept(tokens.slice(i, i + rule.phrase.length), rule, isKnown, rarity));
      i += rule.phrase.length;
      continue;
    }
    const next = tokens[i + 1];
    // Two words the essay writes as one compound ("hard line" for "hard-line", "long term"):
    // one concept, met by the compound or by both words.
    const compound = isContent(token) && isContent(next) ? termOf(token.word + next.word) : undefined;
    if (compound !== undefined && next !== undefined && isKnown(compound)) {
      concepts.push({
        source: `${token.word} ${next.word}`,
        alternatives: [alternative([compound], 1, 'word'), alternative([token.term, next.term], 1, 'word')],
        words: 2,
      });
      i += 2;
      continue;
    }
    if (isContent(token)) {
      // A modal ("should") finds the paragraph that recommends, but is no evidence on its own
      // that the question is about the essay: it counts 0 words for the relevance threshold.
      concepts.push({ source: token.word, alternatives: [alternative([token.term], 1, 'word'), ...sameWordOtherForm(token, isKnown)], words: MODAL_WORDS.has(token.word) ? 0 : 1 });
    }
    i += 1;
  }
  return concepts;
}

/**
 * "Membership" for "member" and back, "leader" for "leadership": a word and its "-ship" noun are
 * one idea ("Russia become the eighth member of the G8" answers "G8 membership"). Weighed as a
 * glossary word: below the word as typed where the essay uses that too.
 */
function sameWordOtherForm(token: Token, isKnown: (term: string) => boolean): QueryAlternative[] {
  const word = token.word;
  const other = word.endsWith('ship') && word.length > 7 ? word.slice(0, -4) : /^[a-z]{4,}$/.test(word) && !word.endsWith('s') ? `${word}ship` : undefined;
  if (other === undefined) return [];
  const term = termOf(other);
  if (term === token.term || !isKnown(term)) return [];
  return [alternative([term], isKnown(token.term) ? SEARCH_OPTIONS.glossaryWeightBesideEssayWord : SEARCH_OPTIONS.glossaryWeight, 'glossary')];
}

/** The first (longest) glossary rule whose phrase starts at token `at`. */
function ruleAt(tokens: readonly Token[], at: number, rules: ReadonlyMap<string, readonly GlossaryRule[]>): GlossaryRule | undefined {
  const candidates = rules.get(tokens[at]?.term ?? '');
  if (candidates === undefined) return undefined;
  for (const rule of candidates) if (phraseAt(tokens, at, rule.phrase)) return rule;
  return undefined;
}

function phraseAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k]?.term !== phrase[k]) return false;
  return true;
}

/** A content word: no stop or question-frame word, nor a lone digit ("2+2", "part 3"), which says nothing about the essay on its own. */
function isContent(token: Token | undefined): token is Token {
  return token !== undefined && !token.stop && !QUESTION_FRAME_WORDS.has(token.word) && !/^\d$/.test(token.word);
}

/** The concept of a glossary phrase met in the question (`span`, its tokens). */
function glossaryConcept(
  span: readonly Token[],
  rule: GlossaryRule,
  isKnown: (term: string) => boolean,
  rarity: (terms: readonly string[]) => number,
): RawConcept {
  const content = span.filter((t) => !t.stop && !QUESTION_FRAME_WORDS.has(t.word));
  const ownTerms = mapPacked(content, (t) => t.term);
  // Beside words the essay itself uses, the stand-ins weigh less: the student's own words,
  // found as typed, are the better evidence ("closer" over "rapprochement").
  // "Turn to China": the essay says "in turn", never "turn to"; its "turn" is another sense.
  const otherSense = rule.otherSenseInText;
  const allKnown = ownTerms.length > 0 && ownTerms.every(isKnown) && !otherSense;
  const weight = allKnown ? SEARCH_OPTIONS.glossaryWeightBesideEssayWord : SEARCH_OPTIONS.glossaryWeight;
  // The name's other form as the reading defines it ("SCO" for the Shanghai Cooperation
  // Organization) is the same word, not a stand-in.
  const expanded: QueryAlternative[] = [];
  for (const terms of rule.sameName ?? []) expanded.push(alternative(terms, 1, 'word'));
  for (const terms of rule.targets) expanded.push(alternative(terms, weight, 'glossary'));
  // One concept for the whole phrase: "World Trade Organization" is met where its three words
  // meet, or by "WTO"; "let down" (common words only) by its meaning alone.
  // ("European or Asian" names a choice: the two words met anywhere together are no phrase of it.)
  const choice = span.some((t) => t.word === 'or');
  const own = ownTerms.length > 0 && !otherSense && !choice ? [alternative(ownTerms, 1, 'word')] : [];
  // "grow closer": the essay never says "grow", but "closer" as typed is still the best
  // evidence when it is at least as telling (rare) as the phrase's essay words.
  // Not where the phrase means more than its known word ("gas station" for "raw materials
  // supplier" is no question about gas): the known word must be one of the phrase's essay words.
  const knownTerms = ownTerms.filter(isKnown);
  const targetTerms = termsOf(rule.targets);
  if (knownTerms.length > 0 && knownTerms.length < ownTerms.length && knownTerms.every((term) => targetTerms.includes(term)) && rarity(knownTerms) >= rarity(targetTerms)) {
    own.push(alternative(knownTerms, 1, 'word'));
  }
  // A name of the essay's words it never writes together ("Power of Siberia") is no name of it either.
  const unnamed = rule.related && (!allKnown || rule.unwrittenName === true);
  // A name the essay lacks is said as typed, small words inside it too ("Power of Siberia").
  const named = unnamed ? nameAsTyped(span, content) : content;
  return {
    source: mapPacked(named.length > 0 ? named : span, (t) => t.word).join(' '),
    alternatives: dedupe([...own, ...expanded]),
    words: Math.max(1, content.length),
    unnamed,
  };
}

/** The span's tokens from its first content word to its last ("power of siberia"). */
function nameAsTyped(span: readonly Token[], content: readonly Token[]): readonly Token[] {
  const first = span.findIndex((token) => content.includes(token));
  const last = span.findLastIndex((token) => content.includes(token));
  return first < 0 ? content : span.slice(first, last + 1);
}

/** Every term of a list of phrases, in order. */
function termsOf(phrases: readonly (readonly string[])[]): string[] {
  const terms: string[] = [];
  for (const phrase of phrases) for (const term of phrase) terms.push(term);
  return terms;
}

// Every alternative, and every weighed concept, is made by one object literal with every property
// set at once, so V8 gives them all one hidden class and the code reading them stays optimised (a
// copy made with a spread may take another).
function makeAlternative(term: string, terms: readonly string[], weight: number, via: QueryAlternative['via'], value: number): QueryAlternative {
  return { term, terms, weight, via, value };
}

function alternative(terms: readonly string[], weight: number, via: QueryAlternative['via']): QueryAlternative {
  // `value` needs the concept's weight and the index: set once the concept is weighed.
  return makeAlternative(terms.join(' '), terms, weight, via, 0);
}

function makeConcept(source: string, alternatives: readonly QueryAlternative[], words: number, weight: number, unnamed: boolean): QueryConcept {
  return { source, alternatives, words, weight, unnamed };
}

/** True when the index holds every term of the alternative. */
export function isIndexed(index: PassageIndex, alt: QueryAlternative): boolean {
  for (const term of alt.terms) if (!index.documentFrequency.has(term)) return false;
  return true;
}

/** Keeps the highest weight per term, order of first appearance. */
function dedupe(alternatives: readonly QueryAlternative[]): QueryAlternative[] {
  const best = new Map<string, QueryAlternative>();
  for (const alternative of alternatives) {
    const seen = best.get(alternative.term);
    if (seen === undefined || seen.weight < alternative.weight) best.set(alternative.term, alternative);
  }
  return [...best.values()];
}

function fuzzyDistance(word: string): number {
  if (word.length >= SEARCH_OPTIONS.fuzzy.longLength) return 2;
  if (word.length >= SEARCH_OPTIONS.fuzzy.minLength) return 1;
  return 0;
}

export interface CloseWord {
  readonly word: string;
  readonly term: string;
  readonly distance: number;
  readonly count: number;
}

/**
 * The typo look-ups of one question: each unknown word is looked up once, whoever asks (the typo
 * alternatives, the suggestions, the missing-words check); and a look-up at distance 2 (the
 * costly one over a large vocabulary) stops at distance 1 when that already gives enough
 * neighbours. Nearest come first, so the first `enough` are the same either way.
 */
export class TypoLookups {
  private readonly found = new Map<string, CloseWord[]>();
  constructor(private readonly index: PassageIndex) {}

  /** The first `enough` (or all, if fewer) of closeWords(index, word, maxDistance); the list may hold more. */
  near(word: string, maxDistance: number, enough: number): readonly CloseWord[] {
    const full = this.found.get(`${maxDistance}:${word}`);
    if (full !== undefined || maxDistance <= 1) return full ?? this.lookUp(word, maxDistance);
    const first = this.lookUp(word, 1);
    return first.length >= enough ? first : this.lookUp(word, maxDistance);
  }

  private lookUp(word: string, distance: number): CloseWord[] {
    const key = `${distance}:${word}`;
    let found = this.found.get(key);
    if (found === undefined) this.found.set(key, (found = closeWords(this.index, word, distance)));
    return found;
  }
}

/**
 * The typo structures of an index and a glossary (radix trees of the vocabulary and of the
 * glossary's words), made at start-up rather than by the first misspelt question.
 */
export function prepareTypoStructures(index: PassageIndex, rules: ReadonlyMap<string, readonly GlossaryRule[]>): void {
  void index.words;
  glossaryStudentTree(rules);
}

/** Close surface words of the passages, nearest first, then most frequent, then alphabetical. */
export function closeWords(index: PassageIndex, word: string, maxDistance: number): CloseWord[] {
  if (maxDistance <= 0 || !/^\p{L}+$/u.test(word)) return [];
  const found: CloseWord[] = [];
  for (const [candidate, [[term, count], distance]] of index.words.fuzzyGet(word, maxDistance)) {
    if (distance > 0) found.push({ word: candidate, term, distance, count });
  }
  return found.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
}

function prefixTerms(index: PassageIndex, term: string): string[] {
  const found: [string, number][] = [];
  let scanned = 0;
  for (const [candidate, count] of index.termsWithPrefix(term)) {
    if (++scanned > SEARCH_OPTIONS.prefix.scanLimit) break;
    if (candidate !== term) found.push([candidate, count]);
  }
  const best = found.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, SEARCH_OPTIONS.prefix.maxExpansions);
  return mapPacked(best, ([candidate]) => candidate);
}

/** Adds typo and prefix neighbours to a word the index does not hold. */
function expandUnknown(index: PassageIndex, concept: RawConcept, typos: TypoLookups): RawConcept {
  const known = concept.alternatives.some((alt) => isIndexed(index, alt));
  const single = concept.alternatives.length === 1 ? concept.alternatives[0] : undefined;
  if (known || single === undefined || single.via !== 'word' || single.terms.length !== 1) return concept;
  // "The 1960s", "the 1800s": the years of that decade or century the reading names ("in 1964").
  const within = yearsPrefixOf(concept.source);
  if (within !== undefined) {
    const years = [...index.termsWithPrefix(within)].map(([term]) => term).filter((term) => /^\d{4}$/.test(term));
    return { source: concept.source, alternatives: dedupe([single, ...years.map((year) => alternative([year], 1, 'word'))]), words: concept.words };
  }
  const extra: QueryAlternative[] = [];
  const word = concept.source;
  const enough = SEARCH_OPTIONS.fuzzy.maxExpansions;
  for (const close of typos.near(word, fuzzyDistance(word), enough).slice(0, enough)) {
    extra.push(alternative([close.term], SEARCH_OPTIONS.fuzzy.weight / close.distance, 'fuzzy'));
  }
  if (single.term.length >= SEARCH_OPTIONS.prefix.minLength) {
    for (const term of prefixTerms(index, single.term)) extra.push(alternative([term], SEARCH_OPTIONS.prefix.weight, 'prefix'));
  }
  // A real English word the reading does not use is the student's own word, not a typo. (Asked
  // last: with no neighbour to add there is nothing to decide, and a one-shot answer need not
  // load the dictionary.)
  if (extra.length === 0 || isDictionaryWord(concept.source)) return concept;
  return { source: concept.source, alternatives: dedupe([single, ...extra]), words: concept.words };
}

/** The words to show as "Did you mean", in question order: the reading's word for each slip read as one, and close words for the other unknown words. */
function suggestionsFor(index: PassageIndex, concepts: readonly RawConcept[], typos: TypoLookups, slips: SlipReadings): string[] {
  const suggestions: string[] = [];
  for (const concept of concepts) {
    const read = concept.source.split(' ').flatMap((word) => (slips.shown.has(word) ? (slips.spellings.get(word) ?? []) : []));
    if (read.length > 0) {
      for (const word of read) if (!suggestions.includes(word)) suggestions.push(word);
      continue;
    }
    const own = concept.alternatives[0];
    if (own === undefined || own.via !== 'word' || own.terms.length !== 1 || index.documentFrequency.has(own.term)) continue;
    if (concept.alternatives.some((alternative) => alternative.via === 'glossary')) continue;
    // Short words have too many neighbours to suggest honestly ("cake" -> "case", "take").
    const near = typos.near(concept.source, fuzzyDistance(concept.source), 2).slice(0, 2);
    // A word spelt right is no slip: "peace" is not a mistyped "place". (Asked only where there is
    // a word to suggest: a one-shot answer need not load the dictionary.)
    if (near.length === 0 || isDictionaryWord(concept.source)) continue;
    for (const close of near) {
      if (!suggestions.includes(close.word)) suggestions.push(close.word);
    }
  }
  return suggestions.slice(0, SEARCH_OPTIONS.maxSuggestions);
}

/** Mean idf of the terms the index holds (0 if none): how telling a set of words is. */
export function meanIdf(index: PassageIndex, terms: readonly string[]): number {
  let sum = 0;
  let known = 0;
  for (const term of terms) {
    const frequency = index.documentFrequency.get(term);
    if (frequency === undefined) continue;
    sum += inverseDocumentFrequency(index, frequency);
    known += 1;
  }
  return known === 0 ? 0 : sum / known;
}

/** How much a word of this idf weighs in a question: idf^rarityExponent (rare words decide). */
export function rarity(idf: number): number {
  return idf ** SEARCH_OPTIONS.rarityExponent;
}

/** Rarity of an essay phrase: at least that of its rarest word ("Hamas leaders" is as rare as "Hamas"). */
export function phraseIdf(index: PassageIndex, terms: readonly string[]): number {
  let best = 0;
  for (const term of terms) {
    const frequency = index.documentFrequency.get(term);
    if (frequency !== undefined) best = Math.max(best, inverseDocumentFrequency(index, frequency));
  }
  return best;
}

/**
 * How much a concept weighs in the question: the rarity (idf) of the typed word, averaged with
 * what it stands for when the glossary or a typo correction gives stand-ins; an unknown word with
 * no stand-in weighs `unknownWeight`.
 */
function conceptWeight(index: PassageIndex, concept: RawConcept, unknownWeight: number): number {
  // The word itself and its glossary stand-ins are readings of one meaning, which weighs what its
  // commonest reading weighs: "Moscow" means Russia here, so its few literal mentions must not
  // make it the question's rarest, heaviest word; "Washington" weighs what "US" weighs.
  let known = 0;
  let sure = 0;
  let sureWeight = Infinity;
  for (const alt of concept.alternatives) {
    if (!isIndexed(index, alt)) continue;
    known += 1;
    if (alt.via !== 'word' && alt.via !== 'glossary') continue;
    sure += 1;
    sureWeight = Math.min(sureWeight, rarity(phraseIdf(index, alt.terms)));
  }
  if (known === 0) return unknownWeight;
  if (sure > 0) return sureWeight;
  // Typo and prefix guesses: their average rarity, times how sure the best guess is ("right" is
  // no typo of "light": a common English word the essay lacks must not weigh like a rare name).
  let sureness = -Infinity;
  let rarities = 0;
  for (const alt of concept.alternatives) {
    if (!isIndexed(index, alt)) continue;
    sureness = Math.max(sureness, alt.weight);
    rarities += rarity(meanIdf(index, alt.terms));
  }
  return (sureness * rarities) / known;
}

/** Words as a radix tree, for their slips: a hundred words are looked up faster than compared one by one. */
function wordTree(words: Iterable<string>): SearchableMap<true> {
  const tree = new SearchableMap<true>();
  for (const word of words) tree.set(word, true);
  return tree;
}

/** The one word of `tree` one slip from `word` (a letter added, dropped or changed, or two neighbours swapped), if exactly one is. */
function onlyWordOneSlipAway(tree: SearchableMap<true>, word: string): string | undefined {
  const found = new Set(tree.fuzzyGet(word, 1).keys());
  for (const swapped of swapsOf(word)) if (tree.has(swapped)) found.add(swapped);
  const [only] = found;
  return found.size === 1 ? only : undefined;
}

// Common words long enough for a slip of them to be told apart ("abotu", "whhats", "thier").
const LONG_STOP_WORDS = wordTree([...STOP_WORDS].filter((word) => word.length >= 4));

/**
 * The common word one slip away from `word` (a swap counts as one slip), if exactly one is. A
 * four-letter word with one letter changed is too often another word or a name ("Ainu" is no
 * "ain't", "Mori" no "more"): at that length a letter dropped, added or swapped is the slip
 * ("wich" is "which", "whta" "what").
 */
function slipOfStopWord(word: string): string | undefined {
  const found = onlyWordOneSlipAway(LONG_STOP_WORDS, word);
  if (found === undefined || word.length > 4 || found.length !== word.length) return found;
  return swapsOf(word).includes(found) ? found : undefined;
}

// The words that frame a question ("according to the author", "explain"), long enough for a slip
// of them to be told apart.
const LONG_FRAME_WORDS = wordTree([...QUESTION_FRAME_WORDS].filter((word) => word.length >= SEARCH_OPTIONS.fuzzy.minLength));

/** The framing word one slip away from `word`, if exactly one is. */
function slipOfFrameWord(word: string): string | undefined {
  return onlyWordOneSlipAway(LONG_FRAME_WORDS, word);
}

// Countries and nationalities: a country the reading names only by its people ("Taiwanese") is
// still a word students type ("taiwan"), as is a nationality it never uses ("america"). Other
// terms are stems, no words ("divid").
const COUNTRY_WORDS: readonly string[] = [...new Set([...DEMONYMS.keys(), ...DEMONYMS.values()])];

/** `word` with two neighbouring letters swapped, at each place. */
function swapsOf(word: string): string[] {
  const swaps: string[] = [];
  for (let at = 0; at + 1 < word.length; at++) {
    if (word.charAt(at) !== word.charAt(at + 1)) swaps.push(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
  }
  return swaps;
}

/**
 * The index terms the reading's words one slip from `word` stand for, each with the word met: a
 * letter added, dropped or changed (the typo look-up, cached for the question), or two
 * neighbouring letters swapped ("riost" -> riots); or a country or nationality whose term the
 * reading has ("tawan" -> Taiwan, named as "Taiwanese"; "amercia" -> America, as "American").
 */
function readingTermsOneSlipAway(index: PassageIndex, word: string, typos: TypoLookups): Map<string, string> {
  const terms = new Map<string, string>();
  for (const close of typos.near(word, 1, Number.POSITIVE_INFINITY)) if (!terms.has(close.term)) terms.set(close.term, close.word);
  for (const swapped of swapsOf(word)) {
    const term = index.words.get(swapped)?.[0];
    if (term !== undefined && !terms.has(term)) terms.set(term, swapped);
  }
  for (const country of COUNTRY_WORDS) {
    const term = termOf(country);
    if (!terms.has(term) && index.documentFrequency.has(term) && editDistance(word, country, 1) <= 1) terms.set(term, country);
  }
  return terms;
}

// Per compiled glossary, its one-word student words as written, as a radix tree (for slips of them).
const glossaryStudentTrees = new WeakMap<ReadonlyMap<string, readonly GlossaryRule[]>, SearchableMap<string>>();

/** The glossary's one-word student words as written, each with its term, as a radix tree (made once). */
function glossaryStudentTree(rules: ReadonlyMap<string, readonly GlossaryRule[]>): SearchableMap<string> {
  let tree = glossaryStudentTrees.get(rules);
  if (tree === undefined) {
    tree = new SearchableMap<string>();
    for (const [written, term] of glossaryStudentWords(rules)) tree.set(written, term);
    glossaryStudentTrees.set(rules, tree);
  }
  return tree;
}

/** The terms of the glossary's student words one slip from `word`, as written ("biejing" -> Beijing). */
function glossaryTermsOneSlipAway(rules: ReadonlyMap<string, readonly GlossaryRule[]>, word: string): string[] {
  const tree = glossaryStudentTree(rules);
  const found = new Set([...tree.fuzzyGet(word, 1).values()].map(([term]) => term));
  for (const swapped of swapsOf(word)) {
    const term = tree.get(swapped);
    if (term !== undefined) found.add(term);
  }
  return [...found].sort();
}

/**
 * A word's consonant skeleton: its first letter, then its consonants with doubled letters made
 * one and "ph" read as "f" ("dissapuinted" and "disappointed" are both "dspntd", "demogrfic" and
 * "demographic" "dmgrfc"), and "v" too: a Russian name's "-ov" is often written "-off" ("Primakoff").
 */
function skeletonOf(word: string): string {
  const spoken = word.replace(/ph/g, 'f').replace(/v/g, 'f');
  return (spoken.charAt(0) + spoken.slice(1).replace(/[aeiouy]/g, '')).replace(/(.)\1+/g, '$1');
}

/** A reading word as [index term, word], or null where words of several terms share a skeleton. */
type SkeletonEntry = readonly [string, string] | null;
const skeletonTrees = new WeakMap<PassageIndex, SearchableMap<SkeletonEntry>>();

/** The reading's words by skeleton, as a radix tree (for skeletons one consonant off), made once per index. */
function skeletonTree(index: PassageIndex): SearchableMap<SkeletonEntry> {
  let tree = skeletonTrees.get(index);
  if (tree === undefined) {
    tree = new SearchableMap<SkeletonEntry>();
    for (const [word, [term]] of index.words) {
      if (word.length < 5 || !/^[a-z]+$/.test(word)) continue;
      const key = skeletonOf(word);
      const seen = tree.get(key);
      if (seen === undefined) tree.set(key, [term, word]);
      else if (seen !== null && seen[0] !== term) tree.set(key, null);
    }
    skeletonTrees.set(index, tree);
  }
  return tree;
}

/**
 * The reading's word a slip sounds like, where exactly one fits: slips of vowels and doubled
 * letters ("dissapuinted", "dilllema") go further than one letter from the word meant. The same
 * skeleton, as typed or without a possessive's "s" ("ptuins" -> Putin's), of four consonants or
 * more (three for a word of seven letters or more: shorter skeletons are too common to tell); or,
 * for a skeleton of six or more, one consonant dropped, added, changed or swapped
 * ("dissaointment", "mutlipoler").
 */
function soundAlike(index: PassageIndex, word: string): readonly [string, string] | undefined {
  const tree = skeletonTree(index);
  const shortest = word.length >= 7 ? 3 : 4;
  for (const form of word.endsWith('s') ? [word, word.slice(0, -1)] : [word]) {
    const key = skeletonOf(form);
    if (key.length < shortest) continue;
    const found = tree.get(key);
    if (found) return found;
  }
  const key = skeletonOf(word);
  if (key.length < 6) return undefined;
  const near = [...tree.fuzzyGet(key, 1).values()].map(([entry]) => entry);
  for (const swapped of swapsOf(key)) {
    const entry = tree.get(swapped);
    if (entry !== undefined) near.push(entry);
  }
  const terms = new Set(near.map((entry) => entry?.[0] ?? null));
  const [only] = near;
  return terms.size === 1 && only !== null && only !== undefined ? only : undefined;
}

/** How `correctSlips` read the question's slips. */
interface SlipReadings {
  /** Each slip read as a word, with that word ("abotu" -> about, "riost" -> riots). */
  readonly spellings: Map<string, string>;
  /** The slips read as one of the reading's words: shown to the student ("Did you mean: riots?"). */
  readonly shown: Set<string>;
}

/**
 * A word that is neither in the reading, nor in the glossary, nor ordinary English is a slip, and
 * where only one word fits it, the question means that word, as surely as if it were spelt right:
 * a common word ("abotu" -> about), a word framing the question ("acording to the author",
 * dropped like the word itself), a glossary word ("migrnts" -> migrants), a word of the
 * reading ("tiawan" -> Taiwan), or an English word the reading or the glossary knows. Where several
 * fit, the typo alternatives weigh them (expandUnknown). A real English word is never "corrected"
 * ("patch" is not a slip of "path").
 */
const phraseTermsOf = new WeakMap<ReadonlyMap<string, readonly GlossaryRule[]>, ReadonlySet<string>>();

/** Every term of the glossary's student phrases, made once per glossary. */
function glossaryPhraseTerms(rules: ReadonlyMap<string, readonly GlossaryRule[]>): ReadonlySet<string> {
  let terms = phraseTermsOf.get(rules);
  if (terms === undefined) {
    terms = new Set([...rules.values()].flatMap((list) => list.flatMap((rule) => [...rule.phrase])));
    phraseTermsOf.set(rules, terms);
  }
  return terms;
}

function correctSlips(
  tokens: readonly Token[],
  index: PassageIndex,
  rules: ReadonlyMap<string, readonly GlossaryRule[]>,
  typos: TypoLookups,
  read: SlipReadings,
  acronyms: ReadonlySet<string>,
): Token[] {
  const known = (term: string): boolean => index.documentFrequency.has(term) || rules.has(term);
  const phraseTerms = glossaryPhraseTerms(rules);
  // A question has a few slips; a pasted page of unknown words is not worth hundreds of look-ups each.
  let lookUps = 0;
  return mapPacked(tokens, (token, at) => {
    if (token.stop || token.word.length < 4 || token.word.length > SEARCH_OPTIONS.fuzzy.maxSlipLength || !/^[a-z]+$/.test(token.word)) return token;
    if (known(token.term) || acronyms.has(token.word)) return token;
    // "Organisation" for the reading's "organization": the same word, spelt the other side of the Atlantic.
    const respelt = otherSpellings(token.word).find((spelling) => known(termOf(spelling)));
    if (respelt !== undefined) return { ...token, word: respelt, term: termOf(respelt) };
    // A later word of a glossary phrase is no slip: "hu jintaos" is Hu Jintao's, not "joint".
    if (phraseTerms.has(token.term)) return token;
    if (isDictionaryWord(token.word)) {
      const partnered = slipBesideItsPartner(tokens, at, index, typos);
      if (partnered === undefined) return token;
      read.spellings.set(token.word, partnered[1]);
      read.shown.add(token.word);
      return { ...token, term: partnered[0] };
    }
    if (++lookUps > SEARCH_OPTIONS.maxQueryConcepts) return token;
    const stop = slipOfStopWord(token.word);
    if (stop !== undefined) {
      read.spellings.set(token.word, stop);
      return { ...token, word: stop, term: stop, stop: true };
    }
    // A four-letter slip is read only as a longer word with a letter dropped ("toyo" -> Tokyo,
    // "esay" -> essay): four letters have too many neighbours of their own length.
    const short = token.word.length < SEARCH_OPTIONS.fuzzy.minLength;
    const fits = (slip: string): boolean => !short || slip.length > token.word.length;
    const reading = [...readingTermsOneSlipAway(index, token.word, typos)].filter(([, word]) => fits(word));
    // A slip of a word framing the question ("acording to the author", "explian"): dropped like the
    // word itself. Where the reading has a word it fits, that word decides ("visted" is visited, not listed).
    const [only] = reading;
    const frame = only === undefined ? slipOfFrameWord(token.word) : reading.length === 1 && QUESTION_FRAME_WORDS.has(only[1]) ? only[1] : undefined;
    if (frame !== undefined) {
      read.spellings.set(token.word, frame);
      return { ...token, word: frame, term: termOf(frame) };
    }
    const [glossaryTerm] = short || reading.length > 0 ? [] : glossaryTermsOneSlipAway(rules, token.word);
    if (glossaryTerm !== undefined) return { ...token, term: glossaryTerm };
    if (reading.length > 1) return token;
    if (only !== undefined) {
      read.spellings.set(token.word, only[1]);
      read.shown.add(token.word);
      return { ...token, term: only[0] };
    }
    if (short) return token;
    const english = dictionaryWordsOneSlipAway(token.word);
    const [meantWord] = english;
    const meant = english.length === 1 && meantWord !== undefined ? termOf(meantWord) : undefined;
    if (meant !== undefined && meantWord !== undefined && known(meant)) {
      read.spellings.set(token.word, meantWord);
      return { ...token, term: meant };
    }
    // Further than one slip: the one word of the reading it sounds like ("dissapontment").
    const heard = soundAlike(index, token.word);
    if (heard === undefined) return token;
    read.spellings.set(token.word, heard[1]);
    read.shown.add(token.word);
    return { ...token, term: heard[0] };
  });
}

// Per index, every two terms its passages write side by side ("managed democracy"), made on first need.
const sideBySideOf = new WeakMap<PassageIndex, ReadonlySet<string>>();

function termsSideBySide(index: PassageIndex): ReadonlySet<string> {
  let pairs = sideBySideOf.get(index);
  if (pairs === undefined) {
    const made = new Set<string>();
    for (const passage of index.passages) {
      const tokens = tokenize(passage.item.text);
      for (let i = 1; i < tokens.length; i++) made.add(`${tokens[i - 1]?.term} ${tokens[i]?.term}`);
    }
    sideBySideOf.set(index, (pairs = made));
  }
  return pairs;
}

/**
 * A real English word is the student's own word, unless it is one slip from a word of the reading
 * that the reading writes beside the question's next (or previous) word: "manged democracy" is
 * the reading's "managed democracy", where "manged" alone would be the student's own word.
 */
function slipBesideItsPartner(tokens: readonly Token[], at: number, index: PassageIndex, typos: TypoLookups): readonly [term: string, word: string] | undefined {
  const token = tokens[at];
  if (token === undefined) return undefined;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  const partners = (term: string): boolean =>
    (before !== undefined && !before.stop && termsSideBySide(index).has(`${before.term} ${term}`)) ||
    (after !== undefined && !after.stop && termsSideBySide(index).has(`${term} ${after.term}`));
  const fitting = [...readingTermsOneSlipAway(index, token.word, typos)].filter(([term]) => partners(term));
  return fitting.length === 1 ? fitting[0] : undefined;
}

/** The question with each slip replaced by the word it was read as (whole words, any case). */
function respell(question: string, spellings: ReadonlyMap<string, string>): string {
  if (spellings.size === 0) return question;
  return question.replace(/\p{L}+/gu, (word) => spellings.get(word.toLowerCase()) ?? word);
}

/**
 * "In 05", "the '96 appointment": students write years with two digits. A two-digit number stands
 * for the year the reading names, when it names exactly one of 19xx and 20xx.
 */
function expandShortYears(tokens: readonly Token[], index: PassageIndex): Token[] {
  return mapPacked(tokens, (token) => {
    if (!/^\d\d$/.test(token.word)) return token;
    const years = [`19${token.word}`, `20${token.word}`].filter((year) => index.documentFrequency.has(year));
    const [year] = years;
    return years.length === 1 && year !== undefined ? { ...token, word: year, term: year } : token;
  });
}

/** Analyses a question against an index and glossary rules. Never throws on any string. */
export function analyzeQuestion(
  question: string,
  index: PassageIndex,
  rules: ReadonlyMap<string, readonly GlossaryRule[]>,
  typos: TypoLookups = new TypoLookups(index),
  options: { readonly readSlips?: boolean } = {},
): AnalyzedQuestion {
  const read: SlipReadings = { spellings: new Map(), shown: new Set() };
  const known = (term: string): boolean => index.documentFrequency.has(term);
  const tokenized = spellOutFigures(expandShortYears(tokenize(question.slice(0, SEARCH_OPTIONS.maxQuestionChars)), index), known);
  // "ASEAN" is a name the student abbreviates, not a slip of the reading's "Asian".
  const acronyms = acronymsIn(question);
  const tokens = options.readSlips === false ? tokenized : correctSlips(tokenized, index, rules, typos, read, acronyms);
  const grouped = groupTokens(
    tokens,
    rules,
    (term) => index.documentFrequency.has(term),
    (terms) => meanIdf(index, terms),
  );
  // One concept per typed word or meaning: "Russia ... Russian ..." is one idea.
  const unique = new Map<string, RawConcept>();
  for (const concept of grouped) {
    const own = concept.alternatives.find((alternative) => alternative.via === 'word');
    const key = own !== undefined ? `word:${own.term}` : `meaning:${mapPacked(concept.alternatives, (alt) => alt.term).sort().join('|')}`;
    if (concept.alternatives.length > 0 && !unique.has(key)) unique.set(key, concept);
  }
  // A word the essay never uses counts against coverage like a fairly rare word (not the rarest):
  // students' questions carry words of their own, off-topic ones carry almost only such words.
  const unknownWeight = SEARCH_OPTIONS.unknownWordWeight * rarity(inverseDocumentFrequency(index, 1));
  // A long question keeps its most telling words (rarest first, ties in question order), before
  // any typo or prefix expansion, so a pasted page costs no more than a sentence.
  let raw = [...unique.values()];
  if (raw.length > SEARCH_OPTIONS.maxQueryConcepts) {
    const ranked = raw
      .map((concept, position) => ({ concept, position, weight: conceptWeight(index, concept, unknownWeight) }))
      .sort((a, b) => b.weight - a.weight || a.position - b.position)
      .slice(0, SEARCH_OPTIONS.maxQueryConcepts);
    const kept = new Set(ranked.map((entry) => entry.concept));
    raw = raw.filter((concept) => kept.has(concept));
  }
  const expanded = mapPacked(raw, (concept) => (acronyms.has(concept.source) ? concept : expandUnknown(index, concept, typos)));
  const concepts = mapPacked(expanded, (concept) => weighConcept(index, concept, unknownWeight));
  return { concepts, suggestions: suggestionsFor(index, expanded.filter((concept) => !acronyms.has(concept.source)), typos, read), respelt: respell(question, read.spellings) };
}

/** A concept with its weight, and each alternative with its value (see QueryAlternative.value). */
function weighConcept(index: PassageIndex, concept: RawConcept, unknownWeight: number): QueryConcept {
  const weight = conceptWeight(index, concept, unknownWeight);
  const alternatives = mapPacked(concept.alternatives, (alt) =>
    makeAlternative(alt.term, alt.terms, alt.weight, alt.via, alt.weight * Math.min(weight, rarity(phraseIdf(index, alt.terms)))),
  );
  return makeConcept(concept.source, alternatives, concept.words, weight, concept.unnamed === true);
}
