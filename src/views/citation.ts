// Formats the citation line under a quoted passage: `Yokote, "Short Title", ¶12, n. 4`. Pure and shared,
// so the console, the command line and the Discord embeds cite a passage the same way.
import type { Reading } from '../corpus/types.js';

/**
 * The surname to cite. Japanese names in the readings are printed surname first in capitals
 * ("YOKOTE Shinji"), so an all-capitals word wins; otherwise the last word ("Bobo Lo" -> "Lo").
 */
export function citationSurname(author: string): string {
  const words = author.trim().split(/\s+/).filter((word) => word !== '');
  // Two or more capitals and nothing else, so an initial ("A.") is not taken for a surname.
  const capitals = words.find((word) => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u.test(word));
  if (capitals !== undefined) {
    const lower = capitals.toLowerCase();
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  }
  return words.at(-1) ?? '';
}

// Small words at which a short title stops ("Relations in the New …" -> "Relations").
const SHORT_TITLE_STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'between', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'since', 'the', 'to', 'toward', 'towards', 'under', 'with']);
const SHORT_TITLE_MAX_WORDS = 4;

/**
 * The short title used in notes (Chicago style): the words before a subtitle's colon, or before
 * the first small word after the opening two, at most four words.
 * "Russo-Japanese Relations in the New Strategic Environment" -> "Russo-Japanese Relations".
 */
export function shortTitle(title: string): string {
  const main = title.split(/:\s/)[0]?.trim() ?? title.trim();
  const words = main.split(/\s+/).filter((word) => word !== '');
  const stop = words.findIndex((word, index) => index >= 2 && SHORT_TITLE_STOP_WORDS.has(word.toLowerCase()));
  const kept = words.slice(0, stop === -1 ? SHORT_TITLE_MAX_WORDS : Math.min(stop, SHORT_TITLE_MAX_WORDS));
  return kept.join(' ').replace(/[,;.]+$/, '');
}

/**
 * `formatCitation(reading, 12, [4])` -> `Yokote, "Russo-Japanese Relations", ¶12, n. 4`.
 * `paragraphNumber` may be undefined (a footnote nobody cites); several footnotes give `nn. 3, 4`.
 */
export function formatCitation(
  reading: Pick<Reading, 'title' | 'author'>,
  paragraphNumber: number | undefined,
  footnoteNumbers: readonly number[] = [],
): string {
  const parts: string[] = [];
  const surname = citationSurname(reading.author);
  if (surname !== '') parts.push(surname);
  parts.push(`"${shortTitle(reading.title)}"`);
  if (paragraphNumber !== undefined) parts.push(`¶${paragraphNumber}`);
  if (footnoteNumbers.length === 1) parts.push(`n. ${footnoteNumbers[0]}`);
  if (footnoteNumbers.length > 1) parts.push(`nn. ${footnoteNumbers.join(', ')}`);
  return parts.join(', ');
}
