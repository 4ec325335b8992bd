// Formats the citation line under a quoted passage: `Yokote, "Title", ¶12, n. 4`. Pure and shared,
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

/**
 * `formatCitation(reading, 12, [4])` -> `Yokote, "Russo-Japanese Relations in the New Strategic Environment", ¶12, n. 4`.
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
  parts.push(`"${reading.title}"`);
  if (paragraphNumber !== undefined) parts.push(`¶${paragraphNumber}`);
  if (footnoteNumbers.length === 1) parts.push(`n. ${footnoteNumbers[0]}`);
  if (footnoteNumbers.length > 1) parts.push(`nn. ${footnoteNumbers.join(', ')}`);
  return parts.join(', ');
}
