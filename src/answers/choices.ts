// A multiple-choice item pasted from a worksheet: "which countries does he give as examples? a)
// China and India b) Brazil and Iran c) Turkey and Egypt". The wrong options are there to be
// wrong: a name in one of them the reading never mentions says nothing about whether the reading
// answers the item, so long as one option is all the reading's own.

// "a) ...", "b. ...", "(c) ...": a letter opening an option, after the start, a space or a
// punctuation mark.
const OPTION = /(?:^|[\s,;:?!])\(?([a-e])[).]\s+/giu;

/** The item's stem and its options, each lower case; no options unless it has at least "a" and "b". */
export function choicesIn(question: string): { readonly stem: string; readonly options: readonly string[] } {
  const text = question.toLowerCase();
  const starts = [...text.matchAll(OPTION)];
  const letters = starts.map((match) => match[1] ?? '');
  if (!letters.includes('a') || !letters.includes('b')) return { stem: text, options: [] };
  return {
    stem: text.slice(0, starts[0]?.index ?? 0),
    options: starts.map((match, i) => text.slice((match.index ?? 0) + match[0].length, starts[i + 1]?.index ?? text.length).trim()),
  };
}

/** True when `text` has `word` as a whole word. */
function hasWord(text: string, word: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(text);
}

/**
 * The question's missing words, less those only its wrong options name: where one option names
 * nothing the reading lacks, the item is the reading's, whatever the other options name.
 */
export function withoutDistractors(question: string, missing: readonly string[]): string[] {
  const { stem, options } = choicesIn(question);
  if (options.length === 0 || !options.some((option) => !missing.some((word) => hasWord(option, word)))) return [...missing];
  return missing.filter((word) => hasWord(stem, word) || !options.some((option) => hasWord(option, word)));
}
