// Renders the engine's results as embeds: a paragraph quoted exactly with its best sentence in
// bold, the footnotes it cites, and a citation line students can copy. Pure (no discord.js):
// it returns drafts the reply helper sends, so every view can be tested without Discord.
import { superscript } from '../corpus/parse-reading.js';
import type { Footnote, Reading } from '../corpus/types.js';
import { formatCitation } from '../views/citation.js';
import { LIMITS, splitMarkdown, truncateMarkdown, type EmbedDraft, type EmbedFieldDraft } from './limits.js';

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

/** Wraps the first occurrence of `highlight` in bold; the text is otherwise untouched. */
export function emphasise(text: string, highlight: string): string {
  const sentence = highlight.trim();
  const at = sentence === '' ? -1 : text.indexOf(sentence);
  if (at === -1) return text;
  return `${text.slice(0, at)}**${sentence}**${text.slice(at + sentence.length)}`;
}

/** Splits a footnote's text into fields of at most 1024 characters, cut between sentences. */
function footnoteFields(footnote: Footnote, compact: boolean): EmbedFieldDraft[] {
  const name = `Footnote ${footnote.number}`;
  if (compact) {
    const preview = truncateMarkdown(footnote.text, 300);
    const more = preview === footnote.text ? '' : `\n(\`/footnote number:${footnote.number}\` for the whole note)`;
    return [{ name, value: preview + more }];
  }
  return splitMarkdown(footnote.text, LIMITS.fieldValue).map((value, index) => ({
    name: index === 0 ? name : `${name} (continued)`,
    value,
  }));
}

/**
 * A paragraph as one or more embeds: the first titled with the ¶ number and the reading, the
 * text split at sentence boundaries when longer than an embed holds, the last carrying the
 * cited footnotes and the citation line.
 */
export function renderParagraphEmbeds(reading: Reading, paragraph: QuotedParagraph, options: RenderOptions = {}): EmbedDraft[] {
  const chunks = splitMarkdown(emphasise(paragraph.text, paragraph.highlight), LIMITS.description);
  const fields = [
    ...paragraph.footnotes.flatMap((footnote) => footnoteFields(footnote, options.compactFootnotes === true)),
    citationField(reading, paragraph.number, paragraph.footnotes.map((footnote) => footnote.number)),
  ];
  return chunks.map((description, index): EmbedDraft => {
    const first = index === 0;
    const last = index === chunks.length - 1;
    return {
      color: COLORS.passage,
      ...(first ? { author: { name: reading.author }, title: truncateMarkdown(`¶${paragraph.number} — ${reading.title}`, LIMITS.title) } : {}),
      description,
      ...(last ? { fields: fields.slice(0, LIMITS.fields) } : {}),
      ...(last && options.footer !== undefined ? { footer: { text: options.footer } } : {}),
    };
  });
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

/** A footnote as embeds: its text whole, then each paragraph citing it with the citing sentence. */
export function renderFootnoteEmbeds(reading: Reading, footnote: Footnote, options: RenderOptions = {}): EmbedDraft[] {
  const chunks = splitMarkdown(footnote.text, LIMITS.description);
  const citedBy: EmbedFieldDraft[] = footnote.citedBy.map((number) => {
    const paragraph = reading.paragraphs[number - 1];
    const sentence = paragraph === undefined ? undefined : citingSentence(paragraph.text, footnote.number);
    return { name: `Cited in ¶${number}`, value: sentence === undefined ? `¶${number}` : truncateMarkdown(sentence, LIMITS.fieldValue) };
  });
  const fields = [...citedBy, citationField(reading, undefined, [footnote.number])].slice(0, LIMITS.fields);
  return chunks.map((description, index): EmbedDraft => {
    const first = index === 0;
    const last = index === chunks.length - 1;
    return {
      color: COLORS.footnote,
      ...(first ? { author: { name: reading.author }, title: truncateMarkdown(`Footnote ${footnote.number} — ${reading.title}`, LIMITS.title) } : {}),
      description,
      ...(last ? { fields } : {}),
      ...(last && options.footer !== undefined ? { footer: { text: options.footer } } : {}),
    };
  });
}

/** A notice embed: no match, an expired button, the end of the results. */
export function renderNotice(title: string, description: string, fields: readonly EmbedFieldDraft[] = []): EmbedDraft {
  return { color: COLORS.notice, title, description, ...(fields.length > 0 ? { fields } : {}) };
}
