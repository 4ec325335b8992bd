// How far a reading answers a question, judged from the ranked passages: the relevance
// thresholds. What the question asks that the reading does not give is judged in
// kinds-not-given.ts (the kind of answer) and missing-words.ts (its key content); messages about
// no reading at all in not-about-the-reading.ts. Pure; the answer engine turns these judgments
// into `coverage` (answered / partial / none).
import type { RankedPassage } from '../search/rank.js';
import { SEARCH_OPTIONS } from '../search/search-options.js';

/**
 * The relevance threshold: the best passage surely covers enough of the question's weight (a
 * word met through the glossary or a typo guess counts less than the word itself), and if it
 * meets only one of the question's words, a clear majority of it ("what is the capital of
 * France" meets "France" and nothing else); or it meets at least two of the question's words and
 * a fair part of its weight (students add words of their own; an off-topic question meets one
 * common essay word at best).
 */
export function isAnswered(best: RankedPassage): boolean {
  if (best.certainCoverage >= SEARCH_OPTIONS.minCoverage && (best.matchedWords >= 2 || best.certainCoverage >= SEARCH_OPTIONS.minCoverageOneWord)) return true;
  return best.matchedWords >= 2 && best.certainCoverage >= SEARCH_OPTIONS.minCoverageWithTwoWords;
}

/** The same for the best gist: it answers on its own only when it surely meets two words and most of the question. */
export function isAnsweredByGist(best: RankedPassage): boolean {
  return best.matchedWords >= 2 && best.certainCoverage >= SEARCH_OPTIONS.fusion.gistMinCoverage;
}
