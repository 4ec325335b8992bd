// "150,000 sq km", "150k", "3 million": a number typed in figures, read in words where the reading
// writes it in words ("a hundred and fifty thousand square kilometers", "three million"). Only
// there: a reading that writes figures is still found by them.
import { toCardinal, toOrdinal } from 'n2words/en-US';
import { tokenize, type Token } from './analyze.js';

// "150k", "3m", "2bn": a figure with its scale as one word.
const SCALED = /^(\d+)(k|m|mn|mln|bn)$/;
const SCALES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9 };
// The words a figure's scale is written in after it ("3 million", "150 thousand").
const SCALE_WORDS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);
// "The 21st century": an ordinal in figures, read as the reading writes it ("the twenty-first century").
const ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/;
// A year is a name, written in figures by every reading ("in 2005").
const YEAR = /^(?:1[5-9]|20)\d\d$/;
// Units students abbreviate: "km2" and "km²" are square kilometers ("sq" and "km" alone are chat
// short forms, read in analyze.ts).
const UNITS: ReadonlyMap<string, string> = new Map([
  ['km2', 'square kilometers'],
  ['sqkm', 'square kilometers'],
  ['mi2', 'square miles'],
]);

/** A figure and the tokens it took: "150" "000" (typed "150,000") is 150000, two tokens. */
function figureAt(tokens: readonly Token[], at: number): { readonly value: number; readonly length: number } | undefined {
  const word = tokens[at]?.word ?? '';
  const scaled = SCALED.exec(word);
  if (scaled !== null) return { value: Number(scaled[1]) * (SCALES[scaled[2] ?? ''] ?? 1), length: 1 };
  if (!/^\d+$/.test(word) || YEAR.test(word)) return undefined;
  let digits = word;
  let length = 1;
  // Groups of three after a comma or a space ("150,000", "1 000 000").
  while (/^\d{3}$/.test(tokens[at + length]?.word ?? '')) digits += tokens[at + length++]?.word ?? '';
  const value = Number(digits);
  // "3 islands", "paragraph 12": small counts and numbers stay as typed; "3 million" does not.
  if (value < 1000 && !SCALE_WORDS.has(tokens[at + length]?.word ?? '')) return undefined;
  return Number.isSafeInteger(value) ? { value, length } : undefined;
}

/**
 * The tokens with each figure (an ordinal too, and an abbreviated unit) in words, where the
 * reading knows every word of it (`known` takes an index term); otherwise as typed.
 */
export function spellOutFigures(tokens: readonly Token[], known: (term: string) => boolean): Token[] {
  const out: Token[] = [];
  const readable = (words: readonly Token[]): boolean => words.every((token) => token.stop || known(token.term));
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const unit = UNITS.get(token.word);
    if (unit !== undefined && !known(token.term)) {
      const words = tokenize(unit);
      if (readable(words)) {
        out.push(...words);
        continue;
      }
    }
    const ordinal = known(token.term) ? null : ORDINAL.exec(token.word);
    if (ordinal !== null) {
      const words = tokenize(toOrdinal(Number(ordinal[1])));
      if (readable(words)) {
        out.push(...words);
        continue;
      }
    }
    const figure = known(token.term) ? undefined : figureAt(tokens, at);
    if (figure !== undefined) {
      const words = tokenize(toCardinal(figure.value));
      if (readable(words)) {
        out.push(...words);
        at += figure.length - 1;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

// A decade ("1960s") or a century ("1800s") in figures.
const DECADE = /^(?:1[5-9]|20)(\d)0s$/;

/** The start every year of a decade or century shares ("196" for "1960s", "18" for "1800s"); undefined for other words. */
export function yearsPrefixOf(word: string): string | undefined {
  const decade = DECADE.exec(word);
  if (decade === null) return undefined;
  return word.slice(0, decade[1] === '0' ? 2 : 3);
}
