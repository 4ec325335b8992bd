// Reads a list of paragraph numbers as a student types it ("12, 14-16", "¶4 ¶11"), checking each
// against the reading. A result, not an exception: a typo is a message to the student.
import { escapeUserText } from '../discord/user-text.js';

export type ParagraphList =
  | { readonly kind: 'paragraphs'; readonly paragraphs: readonly number[] }
  | { readonly kind: 'invalid'; readonly problem: string };

/** Largest range one entry may span, so "1-99999" cannot build a huge list. */
const MAX_RANGE = 40;

export function parseParagraphList(text: string, last: number, max: number): ParagraphList {
  const parts = text
    .replace(/¶/g, ' ')
    .split(/[\s,;]+/)
    .filter((part) => part !== '');
  if (parts.length === 0) return { kind: 'invalid', problem: `give at least one paragraph number (¶1–¶${last}), e.g. "12, 14-16"` };
  const found = new Set<number>();
  for (const part of parts) {
    const range = /^(\d{1,4})(?:[-–](\d{1,4}))?$/.exec(part);
    // The student's own text, echoed back: escaped, so it reads as typed and cannot format or mention.
    if (range === null) return { kind: 'invalid', problem: `"${escapeUserText(part.slice(0, 20))}" is not a paragraph number; use numbers like "12, 14-16"` };
    const from = Number(range[1]);
    const to = range[2] === undefined ? from : Number(range[2]);
    if (to < from || to - from > MAX_RANGE) return { kind: 'invalid', problem: `"${part}" is not a usable range` };
    for (let n = from; n <= to; n += 1) {
      if (n < 1 || n > last) return { kind: 'invalid', problem: `¶${n} does not exist; the reading has ¶1–¶${last}` };
      found.add(n);
    }
  }
  if (found.size > max) return { kind: 'invalid', problem: `name at most ${max} paragraphs (you gave ${found.size})` };
  return { kind: 'paragraphs', paragraphs: [...found].sort((a, b) => a - b) };
}
