// Reads a list of paragraph numbers as a student types it ("12, 14-16", "¶4 ¶11"), checking each
// against the reading. A result, not an exception: a typo is a problem (data) that the views turn
// into a message to the student, escaping what they typed.
import type { LookupProblem } from '../corpus/lookup.js';

/** Why a list could not be read; `text` is the student's own words, raw (views escape them). */
export type ParagraphListProblem =
  | { readonly kind: 'no-paragraphs'; readonly last: number }
  | { readonly kind: 'not-a-number'; readonly text: string }
  | { readonly kind: 'bad-range'; readonly text: string }
  | { readonly kind: 'too-many-paragraphs'; readonly max: number; readonly given: number }
  | Extract<LookupProblem, { readonly kind: 'no-such-paragraph' }>;

export type ParagraphList =
  | { readonly kind: 'paragraphs'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'invalid'; readonly problem: ParagraphListProblem };

/** Largest range one entry may span, so "1-99999" cannot build a huge list. */
const MAX_RANGE = 40;

export function parseParagraphList(text: string, last: number, max: number): ParagraphList {
  const invalid = (problem: ParagraphListProblem): ParagraphList => ({ kind: 'invalid', problem });
  const parts = text
    .replace(/¶/g, ' ')
    .split(/[\s,;]+/)
    .filter((part) => part !== '');
  if (parts.length === 0) return invalid({ kind: 'no-paragraphs', last });
  const found = new Set<number>();
  for (const part of parts) {
    const range = /^(\d{1,4})(?:[-–](\d{1,4}))?$/.exec(part);
    if (range === null) return invalid({ kind: 'not-a-number', text: part.slice(0, 20) });
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from || to - from > MAX_RANGE) return invalid({ kind: 'bad-range', text: part });
    for (let n = from; n <= to; n += 1) {
      if (n < 1 || n > last) return invalid({ kind: 'no-such-paragraph', number: n, available: Array.from({ length: last }, (_, i) => i + 1) });
      found.add(n);
    }
  }
  if (found.size > max) return invalid({ kind: 'too-many-paragraphs', max, given: found.size });
  return { kind: 'paragraphs', paragraphs: [...found].sort((a, b) => a - b) };
}
