// Discord's message limits, and the pure functions that respect them: quotes from the essay are
// laid out whole across embeds and messages (layoutQuote), split between sentences; other text
// is cut only between words, never leaving a markdown pair open. No discord.js import, so these
// can be property-tested on their own.
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
  const span = trimmedSpan(text);
  if (span === undefined) return [];
  const pairs = findMarkdownPairs(text);
  const chunks: string[] = [];
  for (let start = span.start; start < span.stop; ) {
    const chunk = nextChunk(text, pairs, start, span.stop, max);
    chunks.push(chunk.text);
    start = chunk.next;
  }
  return chunks;
}

/** Where a text's non-blank part starts and stops; undefined for blank text. */
function trimmedSpan(text: string): { start: number; stop: number } | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const start = text.indexOf(trimmed);
  return { start, stop: start + trimmed.length };
}

interface Chunk {
  /** The chunk as shown: pairs open at its start reopened, those open at its end closed. */
  readonly text: string;
  /** Where the next chunk starts (past the whitespace at the cut). */
  readonly next: number;
}

/**
 * The longest chunk from `start` that fits `max`, cut at the best boundary: a sentence end
 * outside any markdown pair (so never inside the bold sentence), else a word end outside any
 * pair (a single sentence longer than the budget), else a sentence end inside one, else any
 * word end (a bold sentence longer than the budget: the bold is closed and reopened), else,
 * for a word longer than the budget, inside the word. "Full" cuts (keeping at least half the
 * budget) win within each kind so a short first sentence does not leave many tiny chunks, but
 * a short clean sentence end still beats cutting a sentence in the middle.
 */
function nextChunk(text: string, pairs: readonly MarkdownPair[], start: number, stop: number, max: number): Chunk {
  const prefix = markersOf(pairsOpenAt(pairs, start));
  const cost = (end: number): number => prefix.length + keptLength(text, start, end) + closersOf(pairsOpenAt(pairs, end)).length;
  if (cost(stop) <= max) return { text: prefix + text.slice(start, stop), next: stop };
  const fitting = wordEnds(text, start, start + max).filter((cut) => cut.end <= stop && cost(cut.end) <= max);
  const isSentenceEnd = (cut: Cut): boolean => SENTENCE_END.test(text.slice(Math.max(start, cut.end - 12), cut.end));
  const isClean = (cut: Cut): boolean => pairsOpenAt(pairs, cut.end).length === 0;
  const isFull = (cut: Cut): boolean => cost(cut.end) >= max / 2;
  const cut =
    fitting.findLast((c) => isSentenceEnd(c) && isClean(c) && isFull(c)) ??
    fitting.findLast((c) => isSentenceEnd(c) && isClean(c)) ??
    fitting.findLast((c) => isClean(c) && isFull(c)) ??
    fitting.findLast((c) => isSentenceEnd(c) && isFull(c)) ??
    fitting.findLast((c) => isClean(c)) ??
    fitting.at(-1);
  const end = cut?.end ?? hardCut(text, pairs, start, max, cost);
  let next = cut?.next ?? end;
  while (next < stop && /\s/.test(text[next] ?? '')) next += 1;
  return { text: prefix + text.slice(start, end).trimEnd() + closersOf(pairsOpenAt(pairs, end)), next };
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
  /**
   * Messages that continue this one when what it quotes is too long for one message (see
   * layoutQuote): the reply helper sends them in order, as follow-ups with this one's visibility.
   */
  readonly followUps?: readonly MessagePart[];
}

/** A follow-up of a draft: everything but the visibility (the first message's) and further follow-ups. */
export type MessagePart = Omit<MessageDraft, 'followUps' | 'ephemeral'>;

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

/**
 * Keeps the embeds within the 6000-character total: drops trailing embeds, then fields, then
 * shortens. A safety net for our own labels and notices only: quotes come from layoutQuote
 * already within every limit, so this never touches them (tests check that fitting a laid-out
 * quote changes nothing).
 */
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

// ---------------------------------------------------------------------------------------------
// Quotes. Text from the essay is quoted whole, however long: fitMessage's cutting is only a
// safety net for our own labels and notices, never for a quote. A quote is split between
// sentences into embeds and, when Discord's 6000-character total per message cannot hold it,
// into several messages, each marked so the reader sees it continues.

/** A text to quote whole, with what goes around it. */
export interface QuoteDraft {
  /** Heading of the first embed, e.g. "¶14 — Russo-Japanese Relations in the New Strategic Environment". */
  readonly title: string;
  /** What a continuing message calls it: "¶14" gives "¶14 (continued, 2/3)". */
  readonly label: string;
  readonly author?: string;
  readonly color?: number;
  /** The quoted text (markdown), never cut: split between sentences, a single over-long sentence between words. */
  readonly text: string;
  /**
   * After the text, in order, on its last part (footnotes, "Cite as"). A value longer than a
   * field holds (1024) becomes an embed of its own, titled with the field's name, its text in
   * the description (4096): it then reads as one block, in its place among the fields, instead
   * of a chain of "(continued)" fields with a heading every 1024 characters, or a note sent
   * apart from the passage that cites it.
   */
  readonly fields?: readonly EmbedFieldDraft[];
  /** On the very last embed, e.g. "¶14 of 31" (with "part 3 of 3" when in several messages). */
  readonly footer?: string;
}

/** The title of a message's first embed when it continues a text from the previous message. */
export function continuedTitle(label: string, part: number, parts: number): string {
  return `${label} (continued, ${part}/${parts})`;
}

/** The footer of a message's last embed when a quote takes several messages. */
export function partFooter(part: number, parts: number, footer?: string): string {
  if (part < parts) return `Part ${part} of ${parts} — continues in the next message`;
  return footer === undefined ? `Part ${parts} of ${parts}` : `${footer} · part ${parts} of ${parts}`;
}

/** Rather than begin a text in the last few lines of a message, begin it in the next one. */
const MIN_TEXT_ROOM = 500;
/** Marker budgets assume at most this many messages: 999 × 4096 characters is far beyond any essay. */
const MAX_PARTS = 999;
const MAX_LABEL = 200;
const MAX_FOOTER = 200;

interface Section {
  readonly title: string;
  readonly label: string;
  readonly author?: string;
  readonly color?: number;
  readonly text: string;
  readonly fields: EmbedFieldDraft[];
}

/** The quote's text, then each over-long field as a section of its own; short fields follow the section before them. */
function sectionsOf(quote: QuoteDraft): Section[] {
  const colour = quote.color === undefined ? {} : { color: quote.color };
  const first: Section = {
    title: truncateMarkdown(quote.title, LIMITS.title),
    label: truncatePlain(quote.label, MAX_LABEL),
    ...(quote.author === undefined ? {} : { author: truncatePlain(quote.author, LIMITS.authorName) }),
    ...colour,
    text: quote.text,
    fields: [],
  };
  const sections = [first];
  for (const field of quote.fields ?? []) {
    const name = nonEmpty(truncatePlain(field.name, LIMITS.fieldName));
    const last = sections.at(-1) ?? first;
    if (field.value.length <= LIMITS.fieldValue) last.fields.push({ ...field, name, value: nonEmpty(field.value) });
    else sections.push({ title: name, label: truncatePlain(name, MAX_LABEL), ...colour, text: field.value, fields: [] });
  }
  return sections;
}

interface EmbedUnderWay {
  readonly section: Section;
  /** The section's first embed: it carries the title and author. */
  readonly opens: boolean;
  description?: string;
  readonly fields: EmbedFieldDraft[];
}

/**
 * Lays a quote out whole: the embeds of each message, in order (the first message is the reply,
 * the others follow-ups). Every message is within Discord's limits with room kept for the
 * markers: a message continuing a text is titled "¶14 (continued, 2/3)", and when there are
 * several messages each one's last embed says "Part 2 of 3 — continues in the next message".
 * Joining the descriptions of a text's embeds (with a space, without the bold markers a cut
 * closes and reopens) gives the text back exactly.
 */
export function layoutQuote(quote: QuoteDraft): EmbedDraft[][] {
  const sections = sectionsOf(quote);
  const footer = quote.footer === undefined ? undefined : truncatePlain(quote.footer, MAX_FOOTER);
  const longestLabel = Math.max(...sections.map((section) => section.label.length));
  const reserve =
    continuedTitle('x'.repeat(longestLabel), MAX_PARTS, MAX_PARTS).length +
    Math.max(partFooter(1, MAX_PARTS).length, partFooter(MAX_PARTS, MAX_PARTS, footer).length);
  const capacity = LIMITS.embedTotal - reserve;

  const messages: EmbedUnderWay[][] = [[]];
  let used = 0;
  const current = (): EmbedUnderWay[] => messages.at(-1) ?? [];
  const room = (): number => capacity - used;
  /** A new embed, in this message when it has an embed slot and `need` characters to spare, else in the next. */
  const openEmbed = (section: Section, opens: boolean, need: number): EmbedUnderWay => {
    const header = opens ? section.title.length + (section.author?.length ?? 0) : 0;
    if (current().length > 0 && (current().length >= LIMITS.embeds || room() < header + need)) {
      messages.push([]);
      used = 0;
    }
    const embed: EmbedUnderWay = { section, opens, fields: [] };
    current().push(embed);
    used += header;
    return embed;
  };

  for (const section of sections) {
    const span = trimmedSpan(section.text);
    // Room for the rest of the text (plus reopened markers), or MIN_TEXT_ROOM when it is longer.
    const need = (start: number): number => (span === undefined ? 0 : Math.min(MIN_TEXT_ROOM, span.stop - start + MIN_BUDGET));
    let embed = openEmbed(section, true, need(span?.start ?? 0));
    if (span !== undefined) {
      const pairs = findMarkdownPairs(section.text);
      for (let start = span.start; start < span.stop; ) {
        const chunk = nextChunk(section.text, pairs, start, span.stop, Math.min(LIMITS.description, room()));
        embed.description = chunk.text;
        used += chunk.text.length;
        start = chunk.next;
        if (start < span.stop) embed = openEmbed(section, false, need(start));
      }
    }
    for (const field of section.fields) {
      const cost = field.name.length + field.value.length;
      const last = current().at(-1);
      const target = last !== undefined && last.section === section && last.fields.length < LIMITS.fields && room() >= cost ? last : openEmbed(section, false, cost);
      target.fields.push(field);
      used += cost;
    }
  }

  const parts = messages.length;
  if (parts > MAX_PARTS) throw new RangeError(`limits: a quote of ${quote.text.length} characters needs ${parts} messages; at most ${MAX_PARTS} are marked`);
  return messages.map((embeds, index) =>
    embeds.map((embed, position): EmbedDraft => {
      const part = index + 1;
      const title = embed.opens ? embed.section.title : position === 0 && parts > 1 ? continuedTitle(embed.section.label, part, parts) : undefined;
      const lastOfMessage = position === embeds.length - 1;
      const footerText = !lastOfMessage ? undefined : parts > 1 ? partFooter(part, parts, footer) : footer;
      return {
        ...(embed.section.color === undefined ? {} : { color: embed.section.color }),
        ...(embed.opens && embed.section.author !== undefined ? { author: { name: embed.section.author } } : {}),
        ...(title === undefined ? {} : { title }),
        ...(embed.description === undefined ? {} : { description: embed.description }),
        ...(embed.fields.length > 0 ? { fields: embed.fields } : {}),
        ...(footerText === undefined ? {} : { footer: { text: footerText } }),
      };
    }),
  );
}

/**
 * One draft for a laid-out quote: the first message's embeds with `first`'s content and
 * visibility, the rest as follow-ups. Buttons go on the last message, where the reader ends.
 */
export function draftOfParts(
  parts: readonly (readonly EmbedDraft[])[],
  first: { readonly content?: string; readonly buttons?: readonly (readonly ButtonDraft[])[]; readonly ephemeral?: boolean } = {},
): MessageDraft {
  const [head = [], ...rest] = parts;
  const buttons = first.buttons === undefined ? {} : { buttons: first.buttons };
  return {
    ...(first.content === undefined ? {} : { content: first.content }),
    embeds: head,
    ...(rest.length === 0 ? buttons : {}),
    ...(first.ephemeral === undefined ? {} : { ephemeral: first.ephemeral }),
    ...(rest.length === 0
      ? {}
      : { followUps: rest.map((embeds, index): MessagePart => ({ embeds, ...(index === rest.length - 1 ? buttons : {}) })) }),
  };
}

/** True for the footer of a message that is one part of several (see partFooter). */
export function isPartFooter(text: string | undefined): boolean {
  return text !== undefined && /(?:^|· )[Pp]art \d+ of \d+(?: —|$)/.test(text);
}
