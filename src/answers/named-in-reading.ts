// What a reading names: the terms it writes as names, and the years its paragraphs and
// footnotes name. Computed once per corpus; the coverage checks read them.
import type { Corpus, Reading } from '../corpus/types.js';
import { termOf } from '../search/analyze.js';

// A word inside a sentence: after a space that follows neither a sentence's end nor an opening
// quote or bracket, where any word is capitalised.
const WORD_INSIDE_SENTENCE = /(?<=[^\s.!?:"“‘(\[]\s+)\p{L}[\p{L}'’-]*/gu;

/**
 * Terms written capitalised inside a sentence in most of their uses: names ("Northern
 * Territories", "WTO", "Primakov"). One pass over the text counts each word's forms; only the
 * distinct words are stemmed, so a course of 20,000 passages costs a fraction of its analysis.
 */
export function namedTerms(corpus: Corpus): Set<string> {
  const capitalised = new Map<string, number>();
  const all = new Map<string, number>();
  for (const reading of corpus.readings) {
    for (const paragraph of reading.paragraphs) {
      for (const [written] of paragraph.text.matchAll(WORD_INSIDE_SENTENCE)) {
        // A name written only with its possessive ("Koizumi's visits") is a name all the same.
        const word = written.replace(/['’]s?$/u, '');
        const folded = word.toLowerCase();
        all.set(folded, (all.get(folded) ?? 0) + 1);
        if (word[0] !== folded[0]) capitalised.set(folded, (capitalised.get(folded) ?? 0) + 1);
      }
    }
  }
  const byTerm = new Map<string, { capitalised: number; all: number }>();
  for (const [word, count] of all) {
    const term = termOf(word);
    const counts = byTerm.get(term) ?? { capitalised: 0, all: 0 };
    counts.all += count;
    counts.capitalised += capitalised.get(word) ?? 0;
    byTerm.set(term, counts);
  }
  return new Set([...byTerm].filter(([, counts]) => counts.capitalised * 2 > counts.all).map(([term]) => term));
}

/** The latest year a reading's paragraphs name, or null if they name none. */
export function latestYearNamed(reading: Reading): number | null {
  const years = yearsOf([reading]);
  return years.size === 0 ? null : Math.max(...[...years].map(Number));
}

/** The years (four digits) the paragraphs of a corpus name. */
export function yearsNamed(corpus: Corpus): Set<string> {
  return yearsOf(corpus.readings);
}

/** The years the readings' footnotes name: dates of publication, and years in the titles they cite. */
export function yearsCited(corpus: Corpus): Set<string> {
  return yearsIn(corpus.readings.flatMap((reading) => reading.footnotes));
}

function yearsOf(readings: readonly Reading[]): Set<string> {
  return yearsIn(readings.flatMap((reading) => reading.paragraphs));
}

/** The years written in the passages' texts. */
function yearsIn(passages: readonly { readonly text: string }[]): Set<string> {
  const years = new Set<string>();
  for (const passage of passages) for (const match of passage.text.matchAll(/\b(?:1[5-9]|20)\d\d\b/g)) years.add(match[0]);
  return years;
}
