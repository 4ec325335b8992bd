// The first passage as the kind checks read it (kinds-not-given.ts and the checks beside it:
// whose-view.ts, what-it-is.ts), and the small tests they share: whether a question's concept is a
// name, whether a sentence names it, and the words asking for a kind of answer. Pure.
import type { QueryAlternative, QueryConcept } from '../search/query.js';
import type { Sentence } from '../search/sentences.js';

/** The first passage, as the kind checks read it. */
export interface KindPassage {
  readonly text: string;
  /** A footnote is bibliography: its names and dates are a source's, not a subject's. */
  readonly isParagraph: boolean;
  /** The text of the footnotes a paragraph cites ("" for a footnote): the sources it reports. */
  readonly citedText: string;
  /** Its best sentence for the question (computed only when asked for). */
  readonly bestSentence: () => string;
  /** Its sentences and each one's index terms (from the engine's cache, computed only when asked for). */
  readonly sentences: () => { readonly sentences: readonly Sentence[]; readonly terms: readonly ReadonlySet<string>[] };
}

// The words that ask for the kind of answer, not about what ("how big", "what year", "which
// company", "the leader's name"): the subject is what is left. A year or decade
// ("in the 1990s") is checked on its own (`missingKeyWords`): a sentence may span it ("from 1991
// to 2001").
export const KIND_WORDS: ReadonlySet<string> = new Set(
  `how big large long far old often total exact current annual yearly many much number name names
  year years month months date day days decade decades
  company firm university uni college school institute newspaper bank city town port river party organization organisation journal book books publisher
  islands countries states members cities regions provinces companies people leaders officials ministers politicians diplomats scholars authors`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** True when the concept, read as typed or through the glossary (not as a typo guess), is a name: every term of it `named`. */
export function isNamed(concept: QueryConcept, named: (term: string) => boolean): boolean {
  return concept.alternatives.some((alt) => alt.via !== 'fuzzy' && alt.terms.length > 0 && alt.terms.every(named));
}

/** True when sentence `at` of a passage, or the one before it ("it", "he" refer back), holds every term of one of `alternatives`. */
export function namedNear(terms: readonly ReadonlySet<string>[], at: number, alternatives: readonly QueryAlternative[]): boolean {
  return alternatives.some((alt) => alt.terms.length > 0 && alt.terms.every((term) => terms[at]?.has(term) === true || terms[at - 1]?.has(term) === true));
}
