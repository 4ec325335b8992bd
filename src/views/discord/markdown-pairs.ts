// Finds the markdown pairs (`**bold**`, `*italic*`, `_italic_`, `` `code` `` ...) in a text, so a
// cut can close the pairs open at that point and reopen them after it. Pure, no discord.js: the
// limit functions that use it are property-tested on their own.

/** Markers Discord pairs, longest first so `**` is never read as two `*`. */
const MARKERS = ['```', '**', '__', '~~', '||', '`', '*', '_'] as const;
export type Marker = (typeof MARKERS)[number];

export interface MarkdownPair {
  readonly marker: Marker;
  /** Index of the opening marker's first character. */
  readonly open: number;
  /** Index of the closing marker's first character. */
  readonly close: number;
}

const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);
const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);
const isCode = (marker: Marker): boolean => marker === '`' || marker === '```';

/** The length of the code point starting at `index` (2 for a surrogate pair). */
export function codePointLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/**
 * Pairs markers the way a reader sees them: an opener is followed by a non-space, a closer
 * follows a non-space (so `5 * 3` is no italic), `_` does not pair inside a word
 * (`snake_case`), backslash-escaped characters are literal, nothing pairs inside code, and a
 * marker left unclosed at the end is literal text.
 */
export function findMarkdownPairs(text: string): MarkdownPair[] {
  const pairs: MarkdownPair[] = [];
  const stack: { marker: Marker; open: number }[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '\\') {
      index += 1 + (index + 1 < text.length ? codePointLength(text, index + 1) : 0);
      continue;
    }
    const top = stack.at(-1);
    if (top !== undefined && isCode(top.marker)) {
      if (text.startsWith(top.marker, index)) {
        stack.pop();
        pairs.push({ marker: top.marker, open: top.open, close: index });
        index += top.marker.length;
      } else {
        index += codePointLength(text, index);
      }
      continue;
    }
    const canClose = (marker: Marker): boolean =>
      isCode(marker) || (!isSpace(text[index - 1]) && (marker !== '_' || !isWordChar(text[index + marker.length])));
    const canOpen = (marker: Marker): boolean =>
      isCode(marker) || (!isSpace(text[index + marker.length]) && (marker !== '_' || !isWordChar(text[index - 1])));

    // Close the innermost pair first, so `***x***` closes `*` then `**`, mirroring its opening.
    if (top !== undefined && text.startsWith(top.marker, index) && canClose(top.marker)) {
      stack.pop();
      pairs.push({ marker: top.marker, open: top.open, close: index });
      index += top.marker.length;
      continue;
    }
    const marker = MARKERS.find((candidate) => text.startsWith(candidate, index));
    if (marker === undefined) {
      index += codePointLength(text, index);
      continue;
    }
    const depth = stack.findLastIndex((entry) => entry.marker === marker);
    if (depth >= 0 && canClose(marker)) {
      // Crossing markers (`**a *b** c*`): the ones opened inside are literal.
      const opener = stack[depth];
      stack.length = depth;
      if (opener !== undefined) pairs.push({ marker, open: opener.open, close: index });
    } else if (canOpen(marker)) {
      stack.push({ marker, open: index });
    }
    index += marker.length;
  }
  return pairs.sort((a, b) => a.open - b.open);
}

/** The pairs open at a cut before `index`: opened before it, closed at or after it. Outermost first. */
export function pairsOpenAt(pairs: readonly MarkdownPair[], index: number): MarkdownPair[] {
  return pairs.filter((pair) => pair.open + pair.marker.length <= index && pair.close >= index);
}

/** True when `index` falls inside a marker token or between a backslash and what it escapes. */
export function isInsideToken(text: string, pairs: readonly MarkdownPair[], index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  if (text[index - 1] === '\\' && !isEscaped(text, index - 1)) return true;
  const code = text.charCodeAt(index);
  if (code >= 0xdc00 && code <= 0xdfff) return true;
  return pairs.some(
    (pair) =>
      (index > pair.open && index < pair.open + pair.marker.length) ||
      (index > pair.close && index < pair.close + pair.marker.length),
  );
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let at = index - 1; at >= 0 && text[at] === '\\'; at -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}
