// Quote layout. Text from the essay is quoted whole, however long: fitMessage's cutting is only a
// safety net for our own labels and notices, never for a quote. A quote is split between
// sentences into embeds (sent as Components V2 cards, components-v2.ts) and, when one message's
// 4000 characters of text cannot hold it, into several messages, each marked so the reader sees
// it continues. Costs are counted as the cards will show them (markup and line breaks included).
import { authorLine, CARD_COMPONENTS_MAX, cardTextLength, fieldLine, footerLine, LINE_BREAK, titleLine } from './components-v2.js';
import { LIMITS } from './limits.js';
import { findMarkdownPairs } from './markdown-pairs.js';
import { nonEmpty, type ButtonDraft, type EmbedDraft, type EmbedFieldDraft, type MessageDraft, type MessagePart } from './message-drafts.js';
import { MIN_BUDGET, nextChunk, trimmedSpan, truncateMarkdown, truncatePlain } from './text-cutting.js';

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

/**
 * Room kept in every message of a quote for the line a command puts above it (the question
 * echoed, who cites and their point): draftOfParts holds that line to it.
 */
export const LEAD_BUDGET = 700;
/**
 * Components kept in every message for buttons: three rows of five (a row counts, and each
 * button). The answers' buttons take one or two rows; the rest is room for more.
 */
const BUTTON_COMPONENTS_RESERVE = 3 * (1 + LIMITS.buttonsPerRow);
/** Cards (embeds) in one message: what the 40 components hold beside the lead line and the buttons. */
export const CARDS_PER_MESSAGE = Math.floor((LIMITS.v2Components - 1 - BUTTON_COMPONENTS_RESERVE) / CARD_COMPONENTS_MAX);
/** The text of a quote's message may take: all of it but the lead line's room. */
const QUOTE_ROOM = LIMITS.v2Text - LEAD_BUDGET;

/** Each piece of a card is a line: its markup, its text and a line break. */
const lineCost = (line: string): number => line.length + LINE_BREAK.length;

/** True when the embeds fit one message beside a lead line and buttons (as layoutQuote lays one out). */
export function fitsOneMessage(embeds: readonly EmbedDraft[]): boolean {
  return embeds.length <= CARDS_PER_MESSAGE && embeds.reduce((sum, embed) => sum + cardTextLength(embed), 0) <= QUOTE_ROOM;
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
    lineCost(titleLine(continuedTitle('x'.repeat(longestLabel), MAX_PARTS, MAX_PARTS))) +
    Math.max(lineCost(footerLine(partFooter(1, MAX_PARTS))), lineCost(footerLine(partFooter(MAX_PARTS, MAX_PARTS, footer))));
  const capacity = QUOTE_ROOM - reserve;

  const messages: EmbedUnderWay[][] = [[]];
  let used = 0;
  const current = (): EmbedUnderWay[] => messages.at(-1) ?? [];
  const room = (): number => capacity - used;
  /** A new embed, in this message when it has an embed slot and `need` characters to spare, else in the next. */
  const openEmbed = (section: Section, opens: boolean, need: number): EmbedUnderWay => {
    const header = opens ? lineCost(titleLine(section.title)) + (section.author === undefined ? 0 : lineCost(authorLine(section.author))) : 0;
    if (current().length > 0 && (current().length >= CARDS_PER_MESSAGE || room() < header + need)) {
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
    const need = (start: number): number => (span === undefined ? 0 : Math.min(MIN_TEXT_ROOM, span.stop - start + MIN_BUDGET) + LINE_BREAK.length);
    let embed = openEmbed(section, true, need(span?.start ?? 0));
    if (span !== undefined) {
      const pairs = findMarkdownPairs(section.text);
      for (let start = span.start; start < span.stop; ) {
        const chunk = nextChunk(section.text, pairs, start, span.stop, Math.min(LIMITS.description, room() - LINE_BREAK.length));
        embed.description = chunk.text;
        used += lineCost(chunk.text);
        start = chunk.next;
        if (start < span.stop) embed = openEmbed(section, false, need(start));
      }
    }
    for (const field of section.fields) {
      const cost = lineCost(fieldLine(field));
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
    ...(first.content === undefined ? {} : { content: truncateMarkdown(first.content, LEAD_BUDGET) }),
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

/** True when a V2 message's text displays end a part of several: a footer line marked as a part (footerLine of partFooter). */
export function hasPartFooterLine(texts: readonly string[]): boolean {
  return texts.some((text) => text.split('\n').some((line) => line.startsWith('-# ') && isPartFooter(line.slice(3))));
}

