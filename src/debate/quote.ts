// Short exact quotes from a paragraph, for a motion's evidence list. A quote is always the
// reading's own words: a whole sentence, or its opening clause cut at a word boundary and marked
// with "…" — never paraphrased, never cut inside a word.

/** The longest quote we show for one piece of evidence (a Discord embed line stays readable). */
export const DEFAULT_QUOTE_LENGTH = 240;

// A sentence ends at . ? or ! (after optional closing quotes/brackets and a footnote superscript)
// and the next one starts, after whitespace, with a capital, an opening quote or a bracket.
const SENTENCE_BREAK = /(?<=[.?!]["'”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s+(?=["'“‘(]?[A-Z])/u;

/** The paragraph's sentences, each an exact substring of `text`. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * `text` if it fits in `maxLength`; otherwise its longest opening that ends at a word boundary,
 * without trailing punctuation, followed by "…". A single word longer than the limit is kept
 * whole rather than cut.
 */
export function clipAtWord(text: string, maxLength: number = DEFAULT_QUOTE_LENGTH): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxLength) return trimmed;
  // The space must sit at index <= maxLength - 1 so that head + "…" fits in maxLength.
  const lastSpace = trimmed.lastIndexOf(' ', maxLength - 1);
  if (lastSpace <= 0) {
    const firstSpace = trimmed.indexOf(' ');
    return firstSpace === -1 ? trimmed : `${trimmed.slice(0, firstSpace)}…`;
  }
  const head = trimmed.slice(0, lastSpace).replace(/[\s,;:(\[“‘"'–—-]+$/u, '');
  return `${head}…`;
}

/** The paragraph's first sentence (its topic sentence in this essay), clipped to `maxLength`. */
export function shortQuote(paragraphText: string, maxLength: number = DEFAULT_QUOTE_LENGTH): string {
  const first = splitSentences(paragraphText)[0] ?? paragraphText;
  return clipAtWord(first, maxLength);
}

/**
 * The quote to show for one piece of evidence: the motion author's chosen excerpt when it is an
 * exact part of the paragraph, otherwise the paragraph's first sentence; clipped either way.
 */
export function quoteEvidence(paragraphText: string, chosen: string | undefined, maxLength: number = DEFAULT_QUOTE_LENGTH): string {
  if (chosen !== undefined && chosen.trim() !== '' && paragraphText.includes(chosen.trim())) {
    return clipAtWord(chosen, maxLength);
  }
  return shortQuote(paragraphText, maxLength);
}

/** True when `quote` (with any "…" marks removed) is the reading's own words. */
export function isExactQuote(paragraphText: string, quote: string): boolean {
  const body = quote.replace(/^…/u, '').replace(/…$/u, '');
  return body !== '' && paragraphText.includes(body);
}
