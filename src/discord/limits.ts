// Discord's message limits, and the pure functions that make any text or message fit them:
// cut only between words (between sentences when possible) and never leave a markdown pair
// open. No discord.js import, so these can be property-tested on their own.
import { findMarkdownPairs, isInsideToken, pairsOpenAt, codePointLength, type MarkdownPair } from './markdown-pairs.js';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Sum of every embed's title, description, field names and values, footer and author. */
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** The smallest budget the cutting functions accept: room for a word, an ellipsis and a few markers. */
export const MIN_BUDGET = 16;

const ELLIPSIS = '…';

// A sentence ends with . ? ! or …, then maybe closing quotes/brackets, superscript footnote
// markers and closing markdown, then whitespace.
const SENTENCE_END = /[.?!…]["'”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*[*_~|`]*$/;

interface Cut {
  /** Where the kept text ends (exclusive). */
  readonly end: number;
  /** Where the next chunk starts (after the whitespace at the cut). */
  readonly next: number;
}

/** Length of `text.slice(start, end).trimEnd()` without copying when the cut is at a word end. */
function keptLength(text: string, start: number, end: number): number {
  return end === start || !/\s/.test(text[end - 1] ?? '') ? end - start : text.slice(start, end).trimEnd().length;
}

const markersOf = (pairs: readonly MarkdownPair[]): string => pairs.map((pair) => pair.marker).join('');
const closersOf = (pairs: readonly MarkdownPair[]): string =>
  pairs
    .map((pair) => pair.marker)
    .reverse()
    .join('');

/** Word ends (`end`) followed by whitespace, from `from` on, while the kept text could still fit. */
function wordEnds(text: string, from: number, reach: number): Cut[] {
  const cuts: Cut[] = [];
  const pattern = /\s+/g;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index > reach) break;
    if (match.index > from) cuts.push({ end: match.index, next: match.index + match[0].length });
  }
  return cuts;
}

/**
 * Truncates to at most `max` characters: cuts at a word boundary, adds an ellipsis, and closes
 * any markdown pair left open. Only a single word longer than `max` is cut inside (at a code
 * point, never inside a marker or an escape).
 */
export function truncateMarkdown(text: string, max: number): string {
  assertBudget(max);
  if (text.length <= max) return text;
  const pairs = findMarkdownPairs(text);
  const cost = (end: number): number =>
    keptLength(text, 0, end) + ELLIPSIS.length + closersOf(pairsOpenAt(pairs, end)).length;
  const fitting = wordEnds(text, 0, max).filter((cut) => cost(cut.end) <= max);
  const end = fitting.at(-1)?.end ?? hardCut(text, pairs, 0, max, (at) => cost(at));
  return text.slice(0, end).trimEnd() + ELLIPSIS + closersOf(pairsOpenAt(pairs, end));
}

/** Truncates plain text (labels, choice names, which Discord shows without markdown) at a word boundary. */
export function truncatePlain(text: string, max: number): string {
  assertBudget(max);
  if (text.length <= max) return text;
  const fitting = wordEnds(text, 0, max).filter((cut) => text.slice(0, cut.end).trimEnd().length + ELLIPSIS.length <= max);
  const end = fitting.at(-1)?.end ?? hardCut(text, [], 0, max, (at) => at + ELLIPSIS.length);
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Splits a text into chunks of at most `max` characters, preferring sentence boundaries, else
 * word boundaries. A markdown pair open at a cut is closed at the end of the chunk and reopened
 * at the start of the next, so every chunk renders as the whole would have.
 */
export function splitMarkdown(text: string, max: number): string[] {
  assertBudget(max);
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const offset = text.indexOf(trimmed);
  const pairs = findMarkdownPairs(text);
  const chunks: string[] = [];
  let start = offset;
  const stop = offset + trimmed.length;
  while (start < stop) {
    const prefix = markersOf(pairsOpenAt(pairs, start));
    const cost = (end: number): number =>
      prefix.length + keptLength(text, start, end) + closersOf(pairsOpenAt(pairs, end)).length;
    if (cost(stop) <= max) {
      chunks.push(prefix + text.slice(start, stop));
      break;
    }
    const fitting = wordEnds(text, start, start + max).filter((cut) => cut.end <= stop && cost(cut.end) <= max);
    // Preference: a sentence end outside any bold/italic, then any sentence end, then a word
    // end outside markdown, then any word end. The first three must keep at least half the
    // budget, otherwise a very short first sentence would leave many tiny chunks.
    const isSentenceEnd = (cut: Cut): boolean => SENTENCE_END.test(text.slice(Math.max(start, cut.end - 12), cut.end));
    const isClean = (cut: Cut): boolean => pairsOpenAt(pairs, cut.end).length === 0;
    const isFull = (cut: Cut): boolean => cost(cut.end) >= max / 2;
    const cut =
      fitting.findLast((c) => isSentenceEnd(c) && isClean(c) && isFull(c)) ??
      fitting.findLast((c) => isSentenceEnd(c) && isFull(c)) ??
      fitting.findLast((c) => isClean(c) && isFull(c)) ??
      fitting.at(-1);
    const end = cut?.end ?? hardCut(text, pairs, start, max, cost);
    chunks.push(prefix + text.slice(start, end).trimEnd() + closersOf(pairsOpenAt(pairs, end)));
    start = cut?.next ?? end;
    while (start < stop && /\s/.test(text[start] ?? '')) start += 1;
  }
  return chunks;
}

/**
 * The furthest point inside a word where a cut still fits: only for a word longer than the
 * budget. Never splits a surrogate pair, an escape or a marker. Always moves forward.
 */
function hardCut(text: string, pairs: readonly MarkdownPair[], start: number, max: number, cost: (end: number) => number): number {
  let best = -1;
  for (let end = start + 1; end <= Math.min(text.length, start + max); end += 1) {
    if (isInsideToken(text, pairs, end)) continue;
    if (cost(end) <= max) best = end;
  }
  return best > start ? best : start + codePointLength(text, start);
}

function assertBudget(max: number): void {
  if (!Number.isInteger(max) || max < MIN_BUDGET) {
    throw new RangeError(`limits: a budget must be an integer of at least ${MIN_BUDGET} characters, got ${max}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Messages. Shapes mirror Discord's JSON (and discord.js accepts them as is), declared here so
// this module needs no discord.js import.

export interface EmbedFieldDraft {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface EmbedDraft {
  readonly title?: string;
  readonly description?: string;
  readonly url?: string;
  readonly color?: number;
  readonly author?: { readonly name: string };
  readonly fields?: readonly EmbedFieldDraft[];
  readonly footer?: { readonly text: string };
}

export type ButtonTone = 'primary' | 'secondary' | 'success' | 'danger';

export interface ButtonDraft {
  readonly customId: string;
  readonly label: string;
  readonly tone: ButtonTone;
  readonly disabled?: boolean;
}

/** What a command wants to say; the reply helper turns it into a discord.js payload. */
export interface MessageDraft {
  readonly content?: string;
  readonly embeds?: readonly EmbedDraft[];
  /** Rows of buttons. */
  readonly buttons?: readonly (readonly ButtonDraft[])[];
  /** Only the person who used the command sees it. */
  readonly ephemeral?: boolean;
}

export interface ChoiceDraft {
  readonly name: string;
  readonly value: string | number;
}

/** The characters of an embed that count towards the 6000 total. */
export function embedLength(embed: EmbedDraft): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

export function messageEmbedLength(embeds: readonly EmbedDraft[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

// Discord refuses an empty field name or value; a zero-width space is its documented stand-in.
const BLANK = '\u200b';
const nonEmpty = (text: string): string => (text.trim() === '' ? BLANK : text);

function fitEmbed(embed: EmbedDraft): EmbedDraft {
  const fitted: {
    -readonly [K in keyof EmbedDraft]: EmbedDraft[K];
  } = { ...embed };
  if (embed.title !== undefined) fitted.title = truncateMarkdown(embed.title, LIMITS.title);
  if (embed.description !== undefined) fitted.description = truncateMarkdown(embed.description, LIMITS.description);
  if (embed.author !== undefined) fitted.author = { name: truncatePlain(embed.author.name, LIMITS.authorName) };
  if (embed.footer !== undefined) fitted.footer = { text: truncatePlain(embed.footer.text, LIMITS.footer) };
  if (embed.fields !== undefined) {
    fitted.fields = embed.fields.slice(0, LIMITS.fields).map((field) => ({
      ...field,
      name: nonEmpty(truncateMarkdown(field.name, LIMITS.fieldName)),
      value: nonEmpty(truncateMarkdown(field.value, LIMITS.fieldValue)),
    }));
  }
  return fitted;
}

/** Keeps the embeds within the 6000-character total: drops trailing embeds, then fields, then shortens. */
function fitEmbedTotal(embeds: readonly EmbedDraft[]): EmbedDraft[] {
  const kept = [...embeds];
  while (kept.length > 1 && messageEmbedLength(kept) > LIMITS.embedTotal) kept.pop();
  const only = kept[0];
  if (only === undefined || messageEmbedLength(kept) <= LIMITS.embedTotal) return kept;
  const fields = [...(only.fields ?? [])];
  let embed: EmbedDraft = only;
  while (fields.length > 0 && embedLength(embed) > LIMITS.embedTotal) {
    fields.pop();
    embed = { ...embed, fields: [...fields] };
  }
  const excess = embedLength(embed) - LIMITS.embedTotal;
  if (excess > 0 && embed.description !== undefined) {
    embed = { ...embed, description: truncateMarkdown(embed.description, Math.max(MIN_BUDGET, embed.description.length - excess)) };
  }
  return [embed];
}

/**
 * Makes any draft acceptable to Discord: every text within its limit (cut between words, pairs
 * closed), at most 10 embeds and 6000 characters across them, at most 5 rows of 5 buttons.
 * A custom id over 100 characters is a bug in its builder, so it throws rather than guess.
 */
export function fitMessage(draft: MessageDraft): MessageDraft {
  const fitted: { -readonly [K in keyof MessageDraft]: MessageDraft[K] } = { ...draft };
  if (draft.content !== undefined) fitted.content = truncateMarkdown(draft.content, LIMITS.content);
  if (draft.embeds !== undefined) fitted.embeds = fitEmbedTotal(draft.embeds.slice(0, LIMITS.embeds).map(fitEmbed));
  if (draft.buttons !== undefined) {
    fitted.buttons = draft.buttons
      .filter((row) => row.length > 0)
      .slice(0, LIMITS.actionRows)
      .map((row) =>
        row.slice(0, LIMITS.buttonsPerRow).map((button) => {
          if (button.customId.length > LIMITS.customId || button.customId.length === 0) {
            throw new RangeError(`limits: custom id "${button.customId.slice(0, 40)}…" is ${button.customId.length} characters; Discord allows 1–${LIMITS.customId}`);
          }
          return { ...button, label: truncatePlain(button.label, LIMITS.buttonLabel) };
        }),
      );
  }
  return fitted;
}

/** At most 25 autocomplete choices, names of at most 100 characters, string values of at most 100. */
export function fitChoices(choices: readonly ChoiceDraft[]): ChoiceDraft[] {
  return choices.slice(0, LIMITS.choices).map((choice) => ({
    name: truncatePlain(choice.name.trim() === '' ? String(choice.value) : choice.name, LIMITS.choiceName),
    value: typeof choice.value === 'string' ? choice.value.slice(0, LIMITS.choiceValue) : choice.value,
  }));
}
