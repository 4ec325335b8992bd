// The pure reply helpers (text-cutting.ts, message-drafts.ts, user-text.ts, embeds.ts) on hostile text: unicode of every
// kind, lone surrogates, escapes, markdown and mentions. Whatever the text, they stay within
// Discord's limits, lose nothing but whitespace, and let no user formatting or mention through.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Footnote, Reading } from '../../src/corpus/types.js';
import { renderParagraphParts } from '../../src/views/discord/embeds.js';
import { fitMessage, type EmbedDraft, type MessageDraft } from '../../src/views/discord/message-drafts.js';
import { splitMarkdown, truncateMarkdown, truncatePlain } from '../../src/views/discord/text-cutting.js';
import { findMarkdownPairs } from '../../src/views/discord/markdown-pairs.js';
import { toMessageBody } from '../../src/discord/reply.js';
import { escapeUserText } from '../../src/views/discord/user-text.js';
import { expectWithinDiscordLimits, occursUnescaped } from './discord-limits.js';
import { anyQuestion, ESSAY_WORDS, hostileQuestion, longQuestion } from './hostile-text.js';

const RUNS = 200;
const LONG_RUNS = 30;

const budget = fc.integer({ min: 16, max: 4096 });
const hostileText = fc.oneof(anyQuestion, hostileQuestion.map((text) => text.repeat(5)));
/** What a cut may add (markers reopened or closed, an ellipsis) or drop (whitespace). */
const essentials = (text: string): string => text.replace(/[\s*_~|`…]/g, '');
const HIGH_SURROGATE_AT_END = /[\ud800-\udbff]$/;
const LOW_SURROGATE_AT_START = /^[\udc00-\udfff]/;

describe('splitMarkdown on hostile text', () => {
  it(`keeps every chunk within the budget and loses nothing but whitespace (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(hostileText, budget, (text, max) => {
        const chunks = splitMarkdown(text, max);
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(max);
          expect(chunk.trim()).not.toBe('');
        }
        expect(essentials(chunks.join(''))).toBe(essentials(text));
      }),
      { numRuns: RUNS },
    );
  });

  it(`never splits a surrogate pair between chunks (${LONG_RUNS} texts of 10,000 characters)`, () => {
    fc.assert(
      fc.property(longQuestion, fc.integer({ min: 16, max: 300 }), (text, max) => {
        const chunks = splitMarkdown(text, max);
        for (const [index, chunk] of chunks.entries()) {
          expect(chunk.length).toBeLessThanOrEqual(max);
          const next = chunks[index + 1];
          if (next !== undefined) expect(HIGH_SURROGATE_AT_END.test(chunk) && LOW_SURROGATE_AT_START.test(next)).toBe(false);
        }
        expect(essentials(chunks.join(''))).toBe(essentials(text));
      }),
      { numRuns: LONG_RUNS },
    );
  });
});

describe('truncateMarkdown and truncatePlain on hostile text', () => {
  it(`keep a prefix of the text within the budget (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(hostileText, budget, (text, max) => {
        for (const cut of [truncateMarkdown(text, max), truncatePlain(text, max)]) {
          expect(cut.length).toBeLessThanOrEqual(max);
          if (cut === text) continue;
          // The kept text, then an ellipsis, then (markdown only) the closers of pairs left open.
          const kept = cut.replace(/…[*_~|`]*$/, '');
          expect(kept.length).toBeLessThan(cut.length);
          expect(text.startsWith(kept)).toBe(true);
          // A surrogate pair is one character: never kept in half.
          expect(HIGH_SURROGATE_AT_END.test(kept) && LOW_SURROGATE_AT_START.test(text.slice(kept.length))).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('escapeUserText', () => {
  it(`leaves no line break, no markdown pair and no mention Discord would read (${RUNS} texts)`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const escaped = escapeUserText(text);
        expect(escaped).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(escaped).not.toMatch(/@(?:everyone|here)/i);
        for (const mention of ['<@', '<#', '<t:', '</', '<:', '](', '> ', '# ']) expect(occursUnescaped(escaped, mention)).toBe(false);
        expect(findMarkdownPairs(escaped)).toEqual([]);
        // It reads as typed: only backslashes and zero-width spaces are added, only whitespace folded.
        expect(escaped.replace(/[\\\u200b\s\u0000-\u001f\u007f]/g, '')).toBe(text.replace(/[\\\u200b\s\u0000-\u001f\u007f\u2028\u2029]/g, ''));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fitMessage and toMessageBody on hostile drafts', () => {
  const text = fc.oneof(hostileText, longQuestion);
  const optionalText = fc.option(text, { nil: undefined });
  const embed = fc.record({
    title: optionalText,
    description: optionalText,
    author: fc.option(text.map((name) => ({ name })), { nil: undefined }),
    footer: fc.option(text.map((footerText) => ({ text: footerText })), { nil: undefined }),
    fields: fc.option(fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }), { nil: undefined }),
  });
  const button = fc.record({
    customId: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 100 }),
    label: text,
    tone: fc.constantFrom('primary', 'secondary', 'success', 'danger') as fc.Arbitrary<'primary' | 'secondary' | 'success' | 'danger'>,
  });
  const draft = fc.record({
    content: optionalText,
    embeds: fc.array(embed, { maxLength: 12 }),
    buttons: fc.array(fc.array(button, { maxLength: 7 }), { maxLength: 7 }),
  });

  it(`brings any draft within every Discord limit, with mentions off (${LONG_RUNS} drafts)`, () => {
    fc.assert(
      fc.property(draft, (generated) => {
        // Drop undefined keys: exactOptionalPropertyTypes, as a command would build it.
        const cleaned = JSON.parse(JSON.stringify(generated)) as MessageDraft;
        const body = toMessageBody(cleaned);
        expectWithinDiscordLimits(body);
        const fitted = fitMessage(cleaned);
        for (const fittedEmbed of fitted.embeds ?? []) for (const field of fittedEmbed.fields ?? []) expect(field.name.trim()).not.toBe('');
      }),
      { numRuns: LONG_RUNS },
    );
  });
});

describe('renderParagraphParts on long paragraphs', () => {
  // Sentences of essay words and unicode (no markdown characters: the essay's paragraphs have none).
  const word = fc.oneof(
    fc.constantFrom(...ESSAY_WORDS, 'مرحبا', 'שלום', 'e\u0301', '🇯🇵', '👩‍👩‍👧‍👦', '“multipolar”', '¹', '(2005),'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((w) => !/[\s*_~|`\\]/.test(w)),
  );
  const sentence = fc.array(word, { minLength: 1, maxLength: 60 }).map((words) => `${words.join(' ')}.`).map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const longParagraph = fc.array(sentence, { minLength: 1, maxLength: 80 }).map((sentences) => sentences.join(' '));

  const reading = (text: string, notes: readonly Footnote[]): Reading => ({
    id: 'hostile',
    file: 'hostile.md',
    title: 'A Reading of Hostile Text',
    author: 'TEST Author',
    paragraphs: [{ reading: 'hostile', number: 1, text, footnotes: notes.map((note) => note.number), line: 5 }],
    footnotes: notes,
    warnings: [],
  });

  it(`quotes a paragraph of up to ~40,000 characters whole across embeds and messages, with one sentence bold (${LONG_RUNS} paragraphs)`, () => {
    fc.assert(
      fc.property(longParagraph, fc.nat(), fc.array(longParagraph, { maxLength: 3 }), (text, pick, noteTexts) => {
        const sentences = text.split(/(?<=\.) /);
        const highlight = sentences[pick % sentences.length] ?? '';
        const notes: Footnote[] = noteTexts.map((noteText, index) => ({ reading: 'hostile', number: index + 1, text: noteText, citedBy: [1], line: 10 + index }));
        const source = reading(text, notes);
        const parts = renderParagraphParts(source, { number: 1, text, highlight, footnotes: notes });
        // The paragraph's embeds come before the first footnote's (a note too long for a field is an embed of its own).
        const embeds = parts.flat();
        const firstNote = embeds.findIndex((embed) => embed.title?.startsWith('Footnote ') === true);
        const quoted = embeds
          .slice(0, firstNote === -1 ? undefined : firstNote)
          .flatMap((embed) => (embed.description === undefined ? [] : [embed.description]));
        expect(quoted.join(' ').replaceAll('**', '')).toBe(text);
        for (const description of quoted) expect(description.length).toBeLessThanOrEqual(4096);
        // The bold (possibly closed and reopened across embeds) covers exactly the highlight.
        const bold = quoted.flatMap((description) =>
          findMarkdownPairs(description)
            .filter((pair) => pair.marker === '**')
            .map((pair) => description.slice(pair.open + 2, pair.close)),
        );
        expect(bold.join(' ').replace(/\s+/g, '')).toBe(highlight.trim().replace(/\s+/g, ''));
        // Every footnote is there whole (as a field, or as an embed of its own), and the citation ends the last message.
        for (const note of notes) expect(noteText(embeds, note.number)).toBe(note.text.trim());
        expect(embeds.at(-1)?.fields?.at(-1)?.name).toBe('Cite as');
        // Each message is within Discord's limits as it stands: fitting it would change nothing.
        for (const message of parts) {
          expectWithinDiscordLimits(toMessageBody({ embeds: message }));
          expect(fitMessage({ embeds: message })).toEqual({ embeds: message });
        }
      }),
      { numRuns: LONG_RUNS },
    );
  });
});

/** Footnote n as shown: its field's value, or the descriptions of its own embeds (its first, then its continuations) joined. */
function noteText(embeds: readonly EmbedDraft[], number: number): string {
  const name = `Footnote ${number}`;
  const field = embeds.flatMap((embed) => embed.fields ?? []).find((candidate) => candidate.name === name);
  if (field !== undefined) return field.value;
  const texts: string[] = [];
  for (const embed of embeds.slice(embeds.findIndex((candidate) => candidate.title === name))) {
    const own = embed.title === name || embed.title === undefined || embed.title.startsWith(`${name} (continued`);
    if (!own) break;
    if (embed.description !== undefined) texts.push(embed.description);
  }
  return texts.join(' ');
}
