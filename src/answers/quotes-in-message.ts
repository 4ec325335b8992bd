// The quotations in a student's message: text between quotation marks (“…”, "…", «…») and
// blockquote lines (`> …`, `>>> …`): the blockquotes first, then the marked quotations, each in
// the order written. A message with neither is taken as one quotation, whole. Pure: the caller has already removed chat markup such as mentions.

/** At most this many quotations are checked per message; the rest are counted, not checked. */
export const MAX_QUOTES = 5;

export interface QuotesInMessage {
  /** The quotations to check, without their quotation marks, at most MAX_QUOTES. */
  readonly quotes: readonly string[];
  /** Quotations found beyond MAX_QUOTES. */
  readonly skipped: number;
  /** True when the message had no quotation marks or blockquote and is checked as a whole. */
  readonly wholeMessage: boolean;
}

/** Opening marks and the mark that closes each. A straight `"` closes itself. */
const CLOSERS: Readonly<Record<string, string>> = { '“': '”', '"': '"', '«': '»', '„': '“' };

/** Whether a piece of text has anything to compare: a letter or a digit. */
export const hasWords = (text: string): boolean => /[\p{L}\p{Nd}]/u.test(text);

/** The text between quotation marks, outermost pairs only (a quote may itself quote the essay’s quotes). */
function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? '';
    const closer = CLOSERS[char];
    const end = closer === undefined ? -1 : text.indexOf(closer, at + 1);
    if (end === -1) {
      at += 1;
      continue;
    }
    spans.push(text.slice(at + 1, end));
    at = end + 1;
  }
  return spans;
}

/** Splits the message into blockquotes (consecutive `>` lines; `>>>` quotes the rest) and the other lines. */
function splitBlockquotes(text: string): { blockquotes: string[]; rest: string[] } {
  const blockquotes: string[] = [];
  const rest: string[] = [];
  let current: string[] | undefined;
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const multi = /^\s*>>>\s?(.*)$/.exec(line);
    if (multi !== null) {
      blockquotes.push([multi[1] ?? '', ...lines.slice(index + 1)].join('\n'));
      current = undefined;
      break;
    }
    const single = /^\s*>\s?(.*)$/.exec(line);
    if (single !== null) {
      if (current === undefined) {
        current = [];
        blockquotes.push('');
      }
      current.push(single[1] ?? '');
      blockquotes[blockquotes.length - 1] = current.join('\n');
    } else {
      current = undefined;
      rest.push(line);
    }
  }
  return { blockquotes, rest };
}

/** A blockquote’s own quotation marks around all of it are not part of the quotation. */
function withoutOuterMarks(text: string): string {
  const trimmed = text.trim();
  const closer = CLOSERS[trimmed[0] ?? ''];
  return closer !== undefined && trimmed.length > 1 && trimmed.endsWith(closer) && trimmed.indexOf(closer, 1) === trimmed.length - 1
    ? trimmed.slice(1, -1).trim()
    : trimmed;
}

export function quotesInMessage(text: string): QuotesInMessage {
  const { blockquotes, rest } = splitBlockquotes(text);
  const found = [...blockquotes.map(withoutOuterMarks), ...quotedSpans(rest.join('\n')).map((span) => span.trim())].filter(hasWords);
  if (found.length === 0) {
    const whole = text.trim();
    return { quotes: hasWords(whole) ? [whole] : [], skipped: 0, wholeMessage: true };
  }
  return { quotes: found.slice(0, MAX_QUOTES), skipped: Math.max(0, found.length - MAX_QUOTES), wholeMessage: false };
}
