// Renders the engine's results as embeds (sent as Components V2 cards, components-v2.ts): a
// paragraph quoted exactly with its best sentence in bold and again in plain words, the footnotes
// it cites, and a citation line students can copy. Pure (no discord.js):
// it returns drafts the reply helper sends, so every view can be tested without Discord. A
// quote is laid out whole by layoutQuote (quote-layout.ts): as many embeds and messages as it needs.
import { superscript } from '../../corpus/parse-reading.js';
import type { Footnote, Reading } from '../../corpus/types.js';
import { formatCitation } from '../citation.js';
import { type EmbedDraft, type EmbedFieldDraft } from './message-drafts.js';
import { layoutQuote, type QuoteDraft } from './quote-layout.js';
import { truncateMarkdown } from './text-cutting.js';

export const COLORS = {
  /** The essay's own words. */
  passage: 0x2f5d8a,
  /** A footnote. */
  footnote: 0x6b7f99,
  /** Nothing found, or a notice. */
  notice: 0x8a8f98,
} as const;

/** A paragraph to quote: whole, with the sentence to emphasise (empty for none). */
export interface QuotedParagraph {
  readonly number: number;
  readonly text: string;
  readonly highlight: string;
  readonly footnotes: readonly Footnote[];
}

export interface RenderOptions {
  /** Shown in the last embed's footer, e.g. "Result 2 of 7". */
  readonly footer?: string;
  /**
   * Footnotes as short previews pointing to /footnote, for when several results share one
   * message and the whole notes would not fit.
   */
  readonly compactFootnotes?: boolean;
}

/** The citation as inline code, so a tap copies it; backticks inside would end the code. */
function citationField(reading: Reading, paragraph: number | undefined, footnotes: readonly number[]): EmbedFieldDraft {
  return { name: 'Cite as', value: `\`${formatCitation(reading, paragraph, footnotes).replaceAll('`', "'")}\`` };
}

/** The sentence to emphasise, exactly as the text has it; undefined when there is none or the text lacks it. */
export function keySentence(text: string, highlight: string): string | undefined {
  const sentence = highlight.trim();
  return sentence !== '' && text.includes(sentence) ? sentence : undefined;
}

/** Wraps the first occurrence of `highlight` in bold; the text is otherwise untouched. */
export function emphasise(text: string, highlight: string): string {
  const sentence = keySentence(text, highlight);
  if (sentence === undefined) return text;
  const at = text.indexOf(sentence);
  return `${text.slice(0, at)}**${sentence}**${text.slice(at + sentence.length)}`;
}

/** The name of the field that repeats the emphasised sentence in plain words ("Key sentence: …"). */
export const KEY_SENTENCE = 'Key sentence';

/**
 * A footnote as a field, whole. One longer than a field holds becomes an embed of its own
 * (layoutQuote). Compact: a preview that says it is one and where to read the whole note.
 */
function footnoteField(footnote: Footnote, compact: boolean): EmbedFieldDraft {
  const name = `Footnote ${footnote.number}`;
  if (!compact) return { name, value: footnote.text };
  const preview = truncateMarkdown(footnote.text, 300);
  const more = preview === footnote.text ? '' : `\n(\`/footnote number:${footnote.number}\` for the whole note)`;
  return { name, value: preview + more };
}

/**
 * A paragraph to quote whole: ¶ number and reading as its title, its best sentence in bold, then
 * that sentence again in plain words ("Key sentence: …": a screen reader does not announce bold),
 * its footnotes and its citation.
 */
export function paragraphQuote(reading: Reading, paragraph: QuotedParagraph, options: RenderOptions = {}): QuoteDraft {
  const key = keySentence(paragraph.text, paragraph.highlight);
  return {
    title: `¶${paragraph.number} — ${reading.title}`,
    label: `¶${paragraph.number}`,
    author: reading.author,
    color: COLORS.passage,
    text: emphasise(paragraph.text, paragraph.highlight),
    fields: [
      ...(key === undefined ? [] : [{ name: KEY_SENTENCE, value: key }]),
      ...paragraph.footnotes.map((footnote) => footnoteField(footnote, options.compactFootnotes === true)),
      citationField(reading, paragraph.number, paragraph.footnotes.map((footnote) => footnote.number)),
    ],
    ...(options.footer === undefined ? {} : { footer: options.footer }),
  };
}

/**
 * A paragraph as the embeds of one or more messages: the first titled with the ¶ number and the
 * reading, the text split at sentence boundaries, the last carrying the cited footnotes and the
 * citation line.
 */
export function renderParagraphParts(reading: Reading, paragraph: QuotedParagraph, options: RenderOptions = {}): EmbedDraft[][] {
  return layoutQuote(paragraphQuote(reading, paragraph, options));
}

/** The sentence of a paragraph that carries footnote marker `n` (¹ but not ¹² for n = 1). */
export function citingSentence(paragraphText: string, footnote: number): string | undefined {
  const marker = superscript(footnote);
  const pattern = new RegExp(`(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])${marker}(?![⁰¹²³⁴⁵⁶⁷⁸⁹])`, 'u');
  return splitSentences(paragraphText).find((sentence) => pattern.test(sentence));
}

/** Sentences of a paragraph: a stop (with its closing quotes and footnote markers) before a capital. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!…]["'”’)\]]*[⁰¹²³⁴⁵⁶⁷⁸⁹]*)\s+(?=["“‘(\[]?[\p{Lu}\d])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** A footnote to quote whole, then each paragraph citing it with the citing sentence (whole), then its citation. */
export function footnoteQuote(reading: Reading, footnote: Footnote, options: RenderOptions = {}): QuoteDraft {
  const citedBy: EmbedFieldDraft[] = footnote.citedBy.map((number) => {
    const paragraph = reading.paragraphs[number - 1];
    const sentence = paragraph === undefined ? undefined : citingSentence(paragraph.text, footnote.number);
    return { name: `Cited in ¶${number}`, value: sentence ?? `¶${number}` };
  });
  return {
    title: `Footnote ${footnote.number} — ${reading.title}`,
    label: `Footnote ${footnote.number}`,
    author: reading.author,
    color: COLORS.footnote,
    text: footnote.text,
    fields: [...citedBy, citationField(reading, undefined, [footnote.number])],
    ...(options.footer === undefined ? {} : { footer: options.footer }),
  };
}

/** A footnote as the embeds of one or more messages: its text whole, then each paragraph citing it with the citing sentence. */
export function renderFootnoteParts(reading: Reading, footnote: Footnote, options: RenderOptions = {}): EmbedDraft[][] {
  return layoutQuote(footnoteQuote(reading, footnote, options));
}

/** A notice embed: no match, an expired button, the end of the results. */
export function renderNotice(title: string, description: string, fields: readonly EmbedFieldDraft[] = []): EmbedDraft {
  return { color: COLORS.notice, title, description, ...(fields.length > 0 ? { fields } : {}) };
}
