// Splits a passage into sentences that are exact substrings of it, for the best-sentence
// highlight and the same-sentence ranking bonus. Abbreviations ("U.S.", "e.g.", "vol. 3") and
// initials ("Aleksei D. Bogaturov") do not end a sentence.

/** One sentence: `text` is exactly `passage.slice(start, start + text.length)`. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Words that end with a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'u.s', 'u.s.a', 'u.k', 'u.n', 'vol', 'vols', 'no', 'nos', 'ed', 'eds', 'p', 'pp',
  'cf', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'jr', 'sr', 'fig', 'ch', 'chap', 'al', 'etc',
  'approx', 'ca', 'gen', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

// Terminal punctuation, then closing quotes/brackets/footnote superscripts, then white space.
const BOUNDARY = /([.?!…]+)["'”’)\]*_\u00B9\u00B2\u00B3\u2070\u2074-\u2079]*\s+/g;

/** The last white-space-delimited word of `text` before `end` (scanning back, not the whole text). */
function lastWord(text: string, end: number): string {
  let start = end;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

function endsWithAbbreviation(text: string, end: number): boolean {
  const word = lastWord(text, end);
  const bare = word.replace(/^[("'“‘[]+/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return true;
  // A single capital letter is an initial ("Aleksei D. Bogaturov", "James A. Baker").
  return /^\p{Lu}$/u.test(word);
}

/** Sentences of `text` in order; never empty for non-blank text. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed !== '') sentences.push({ text: trimmed, start: start + lead });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    const index = match.index;
    const end = index + match[0].length;
    const next = text.charAt(end);
    // A lower-case continuation is never a new sentence ("vol. 3", "e.g. the").
    if (next === '' || /\p{Ll}/u.test(next)) continue;
    if (match[1] === '.' && endsWithAbbreviation(text, index)) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
