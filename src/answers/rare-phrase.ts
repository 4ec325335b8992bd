// A rare phrase of the reading, typed as it writes it: "pluralistic unipolarity??? what does that
// even mean, it sounds like a contradiction lol, this term is killing me". Two words the reading
// uses in a few passages, side by side in its order in one or two, name what the question is about, however
// much else the student writes around them; the coverage threshold alone would refuse it. Pure.
import { tokenize } from '../search/analyze.js';
import type { PassageIndex } from '../search/passage-index.js';
import { termSequences } from './missing-words.js';

/** At most this many passages use each word ... */
const RARE_WORD_PASSAGES = 3;
/** ... and this many write the phrase. */
const RARE_PHRASE_PASSAGES = 2;

/** The passages (as index positions) writing a rare two-word phrase of the question; empty if none. */
export function passagesWithRarePhrase(question: string, index: PassageIndex): number[] {
  const terms = tokenize(question).filter((token) => !token.stop).map((token) => token.term);
  const rare = (term: string): boolean => {
    const count = index.documentFrequency.get(term);
    return count !== undefined && count <= RARE_WORD_PASSAGES;
  };
  const sequences = termSequences(index);
  for (let at = 0; at + 1 < terms.length; at++) {
    const [left, right] = [terms[at] ?? '', terms[at + 1] ?? ''];
    if (!rare(left) || !rare(right)) continue;
    const writing = sequences.flatMap((sequence, passage) => (sequence.some((term, i) => term === left && sequence[i + 1] === right) ? [passage] : []));
    if (writing.length > 0 && writing.length <= RARE_PHRASE_PASSAGES) return writing;
  }
  return [];
}
