// layoutQuote (quote-layout.ts): a text from the essay quoted whole however long, across embeds and
// messages, cut only between sentences (an over-long sentence between words, never inside the
// bold unless the bold alone is too long), each message within Discord's limits and marked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitMessage, type EmbedDraft, type EmbedFieldDraft } from '../../../src/views/discord/message-drafts.js';
import { draftOfParts, hasPartFooterLine, isPartFooter, LEAD_BUDGET, layoutQuote, partFooter, type QuoteDraft } from '../../../src/views/discord/quote-layout.js';
import { blocksOf, textsOf } from '../../../src/views/discord/components-v2.js';
import { findMarkdownPairs } from '../../../src/views/discord/markdown-pairs.js';
import { toMessageBody } from '../../../src/discord/reply.js';
import { expectWithinDiscordLimits } from '../../hardening/discord-limits.js';

const stripBold = (text: string): string => text.replaceAll('**', '');

/** The descriptions of the quote's own text: every embed before the first one titled with a field's name. */
function quotedChunks(parts: readonly (readonly EmbedDraft[])[], fieldNames: readonly string[]): string[] {
  const embeds = parts.flat();
  const firstOther = embeds.findIndex((embed, index) => index > 0 && fieldNames.some((name) => embed.title === name));
  return embeds.slice(0, firstOther === -1 ? undefined : firstOther).flatMap((embed) => (embed.description === undefined ? [] : [embed.description]));
}

/** A lead line as long as a quote's message keeps room for, in words. */
const LONGEST_LEAD = 'word '.repeat(LEAD_BUDGET / 5).trim();
/** Three rows of five buttons: the most a quote's message keeps room for. */
const MOST_BUTTONS = Array.from({ length: 3 }, (_, row) => Array.from({ length: 5 }, (_, n) => ({ customId: `b:${row}:${n}`, label: `Button ${n}`, tone: 'secondary' as const })));

/**
 * Every message as the reply helper would send it (Components V2) breaks no limit, even with the
 * longest lead line and the most buttons it keeps room for, and fitting it would change nothing.
 */
function expectEveryMessageWithinLimits(parts: readonly (readonly EmbedDraft[])[]): void {
  for (const embeds of parts) {
    const draft = { content: LONGEST_LEAD, embeds, buttons: MOST_BUTTONS };
    expectWithinDiscordLimits(toMessageBody(draft));
    expect(fitMessage(draft)).toEqual(draft);
  }
}

const SAKHALIN = Array.from({ length: 200 }, (_, n) => `Sentence ${n + 1} is about Sakhalin and the pipeline.`);

describe('layoutQuote on the paragraph /passage used to cut', () => {
  const text = SAKHALIN.join(' ');
  const quote: QuoteDraft = {
    title: '¶1 — A Long Reading',
    label: '¶1',
    author: 'TEST Author',
    color: 0x2f5d8a,
    text,
    fields: [
      { name: 'Footnote 1', value: 'A short note.' },
      { name: 'Cite as', value: '`Author, "A Long Reading", ¶1, n. 1`' },
    ],
    footer: '¶1 of 3',
  };
  const parts = layoutQuote(quote);

  it('quotes all 9,691 characters across messages, each within the limits', () => {
    expect(text).toHaveLength(9691);
    expect(parts.length).toBeGreaterThan(1);
    expect(quotedChunks(parts, []).join(' ')).toBe(text);
    expect(parts.flat().some((embed) => embed.description?.includes('…') === true)).toBe(false);
    expectEveryMessageWithinLimits(parts);
  });

  it('cuts only after a sentence', () => {
    for (const chunk of quotedChunks(parts, [])) expect(chunk).toMatch(/^Sentence \d+ .*pipeline\.$/);
  });

  it('titles the first message with the ¶ and marks each later one as continued', () => {
    expect(parts[0]![0]!.title).toBe('¶1 — A Long Reading');
    expect(parts[0]![0]!.author).toEqual({ name: 'TEST Author' });
    for (const [index, embeds] of parts.entries()) {
      if (index > 0) expect(embeds[0]!.title).toBe(`¶1 (continued, ${index + 1}/${parts.length})`);
      expect(embeds.at(-1)!.footer!.text).toBe(partFooter(index + 1, parts.length, '¶1 of 3'));
    }
    expect(parts[0]!.at(-1)!.footer!.text).toBe(`Part 1 of ${parts.length} — continues in the next message`);
    expect(parts.at(-1)!.at(-1)!.footer!.text).toBe(`¶1 of 3 · part ${parts.length} of ${parts.length}`);
  });

  it('puts the footnotes and the citation on the last part only', () => {
    const fieldsPerMessage = parts.map((embeds) => embeds.flatMap((embed) => embed.fields ?? []).map((field) => field.name));
    expect(fieldsPerMessage.at(-1)).toEqual(['Footnote 1', 'Cite as']);
    for (const names of fieldsPerMessage.slice(0, -1)) expect(names).toEqual([]);
  });
});

describe('layoutQuote on a quote that fits one message', () => {
  it('is one embed as before: no continuation marker, the footer as given', () => {
    const parts = layoutQuote({ title: '¶2 — R', label: '¶2', text: 'One. **Two.** Three.', fields: [{ name: 'Cite as', value: '`R, ¶2`' }], footer: '¶2 of 3' });
    expect(parts).toEqual([[{ title: '¶2 — R', description: 'One. **Two.** Three.', fields: [{ name: 'Cite as', value: '`R, ¶2`' }], footer: { text: '¶2 of 3' } }]]);
  });
});

describe('layoutQuote with a single sentence longer than a message', () => {
  it('cuts it between words, losing no word', () => {
    const words = Array.from({ length: 2200 }, (_, n) => `word${n}`);
    const text = `${words.join(' ')}.`;
    const parts = layoutQuote({ title: '¶1', label: '¶1', text });
    const chunks = quotedChunks(parts, []);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join(' ')).toBe(text);
    for (const chunk of chunks) expect(chunk).toMatch(/^word\d+ .*(?:word\d+|\.)$/);
    expectEveryMessageWithinLimits(parts);
  });

  it('keeps a long bold sentence bold in every part, closed and reopened at word boundaries', () => {
    const bold = `${Array.from({ length: 1500 }, (_, n) => `bold${n}`).join(' ')}.`;
    const text = `Before it. **${bold}** After it.`;
    const chunks = quotedChunks(layoutQuote({ title: '¶1', label: '¶1', text }), []);
    expect(chunks[0]).toBe('Before it.');
    for (const chunk of chunks.slice(1, -1)) expect(chunk.startsWith('**') && chunk.endsWith('**')).toBe(true);
    expect(stripBold(chunks.join(' '))).toBe(stripBold(text));
  });
});

describe('layoutQuote with fields', () => {
  const text = SAKHALIN.slice(0, 40).join(' ');
  const longNote = `${Array.from({ length: 60 }, (_, n) => `Note sentence ${n + 1} cites a source in full.`).join(' ')}`;

  it('shows a field longer than 1024 characters whole, as an embed titled with its name, in its place', () => {
    const parts = layoutQuote({
      title: '¶1 — R',
      label: '¶1',
      text,
      fields: [
        { name: 'Footnote 1', value: 'Short one.' },
        { name: 'Footnote 2', value: longNote },
        { name: 'Footnote 3', value: 'Short three.' },
        { name: 'Cite as', value: '`R, ¶1, nn. 1–3`' },
      ],
    });
    const embeds = parts.flat();
    expect(longNote.length).toBeGreaterThan(2000);
    const noteAt = embeds.findIndex((embed) => embed.title === 'Footnote 2');
    expect(noteAt).toBeGreaterThan(0);
    const noteEmbeds = embeds.slice(noteAt).filter((embed) => embed.description !== undefined);
    expect(noteEmbeds.map((embed) => embed.description).join(' ')).toBe(longNote);
    expect(embeds.slice(0, noteAt).flatMap((embed) => embed.fields ?? []).map((field) => field.name)).toEqual(['Footnote 1']);
    expect(embeds.slice(noteAt).flatMap((embed) => embed.fields ?? []).map((field) => field.name)).toEqual(['Footnote 3', 'Cite as']);
    expect(quotedChunks(parts, ['Footnote 2']).join(' ')).toBe(text);
    expectEveryMessageWithinLimits(parts);
  });

  it('drops no field: past 25, or past a message, they continue in the next embed', () => {
    const fields: EmbedFieldDraft[] = Array.from({ length: 40 }, (_, n) => ({ name: `Cited in ¶${n + 1}`, value: `Sentence ${n + 1} of a paragraph that cites the note. `.repeat(4).trim() }));
    const parts = layoutQuote({ title: 'Footnote 1 — R', label: 'Footnote 1', text: 'The note.', fields });
    expect(parts.flat().flatMap((embed) => embed.fields ?? [])).toEqual(fields);
    expectEveryMessageWithinLimits(parts);
  });

  it('gives a blank field value Discord’s stand-in rather than an empty one', () => {
    const [[embed]] = layoutQuote({ title: 'T', label: 'T', text: 'Text.', fields: [{ name: 'Note', value: ' ' }] }) as [[EmbedDraft]];
    expect(embed.fields).toEqual([{ name: 'Note', value: '\u200b' }]);
  });
});

describe('layoutQuote on random long paragraphs', () => {
  // Sentences of plain words, some longer than an embed holds; one of them in bold.
  const word = fc.stringMatching(/^[A-Za-z0-9'’,;¹²(\-]{1,12}$/);
  const sentence = fc
    .array(word, { minLength: 1, maxLength: 40 })
    .chain((words) => fc.constantFrom(`${words.join(' ')}.`, `${words.join(' ')}?`))
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const overLong = fc.array(word, { minLength: 600, maxLength: 900 }).map((words) => `${words.join(' ')}.`);
  // Lengths drawn evenly up to 400 sentences (fast-check would favour short arrays): texts of a few to 40,000 characters.
  const paragraph = fc
    .integer({ min: 1, max: 400 })
    .chain((n) => fc.array(fc.oneof({ weight: 12, arbitrary: sentence }, { weight: 1, arbitrary: overLong }), { minLength: n, maxLength: n }));
  const note = fc.array(sentence, { minLength: 1, maxLength: 60 }).map((sentences) => sentences.join(' '));

  it('quotes each exactly and whole, every message within limits, cutting inside a sentence or the bold only when it is longer than the room (40 paragraphs up to 40,000 characters)', () => {
    fc.assert(
      fc.property(paragraph, fc.nat(), fc.array(note, { maxLength: 4 }), fc.option(fc.string({ maxLength: 60 }), { nil: undefined }), (sentences, pick, notes, footer) => {
        const text = sentences.join(' ').slice(0, 40_000).trim();
        fc.pre(text !== '' && !text.endsWith(' '));
        const highlight = sentences[pick % sentences.length]!;
        const at = text.indexOf(highlight);
        const emphasised = at === -1 ? text : `${text.slice(0, at)}**${highlight}**${text.slice(at + highlight.length)}`;
        const fields = [...notes.map((value, index) => ({ name: `Footnote ${index + 1}`, value })), { name: 'Cite as', value: '`A, "R", ¶1`' }];
        const parts = layoutQuote({ title: '¶1 — R', label: '¶1', author: 'A', text: emphasised, fields, ...(footer === undefined ? {} : { footer }) });

        const chunks = quotedChunks(parts, fields.map((field) => field.name));
        expect(stripBold(chunks.join(' '))).toBe(text);
        expectEveryMessageWithinLimits(parts);
        const embeds = parts.flat();
        for (const field of fields.filter((f) => f.value.length <= 1024)) expect(embeds.flatMap((embed) => embed.fields ?? [])).toContainEqual(field);
        expect(embeds.at(-1)!.fields!.at(-1)!.name).toBe('Cite as');

        for (const [index, chunk] of chunks.entries()) {
          if (index === chunks.length - 1) break;
          const plain = stripBold(chunk);
          // A cut inside a sentence: the chunk holds no sentence end (that sentence alone overflowed the room).
          if (!/[.?]$/.test(plain)) expect(plain.slice(0, -1)).not.toMatch(/[.?] /);
          // A cut inside the bold: the chunk is bold from its first character to its last.
          const next = chunks[index + 1]!;
          const bold = findMarkdownPairs(chunk).filter((pair) => pair.marker === '**');
          const cutInBold = bold.some((pair) => pair.close === chunk.length - 2) && next.startsWith('**') && !highlight.endsWith(chunk.slice(bold.at(-1)!.open + 2, -2));
          if (cutInBold) expect(bold.some((pair) => pair.open === 0 && pair.close === chunk.length - 2)).toBe(true);
        }
        if (parts.length > 1) {
          for (const message of parts) {
            expect(isPartFooter(message.at(-1)!.footer!.text)).toBe(true);
            expect(hasPartFooterLine(textsOf(blocksOf({ embeds: message })))).toBe(true);
          }
        } else {
          expect(hasPartFooterLine(textsOf(blocksOf({ embeds: parts[0]! })))).toBe(false);
        }
      }),
      // No shrinking: on 40,000-character texts it takes minutes; the printed seed reproduces the failure.
      { numRuns: 40, endOnFailure: true },
    );
  });
});

describe('draftOfParts', () => {
  const one: EmbedDraft[] = [{ description: 'One.' }];
  const two: EmbedDraft[] = [{ description: 'Two.' }];
  const buttons = [[{ customId: 'passage:r:2', label: 'Next', tone: 'secondary' as const }]];

  it('sends the content first and the buttons last, the rest as follow-ups', () => {
    expect(draftOfParts([one, two], { content: 'Hello', buttons, ephemeral: true })).toEqual({
      content: 'Hello',
      embeds: one,
      ephemeral: true,
      followUps: [{ embeds: two, buttons }],
    });
  });

  it('is a plain draft when the quote fits one message', () => {
    expect(draftOfParts([one], { buttons })).toEqual({ embeds: one, buttons });
  });
});

describe('isPartFooter', () => {
  it('recognises the part markers and nothing else', () => {
    expect(isPartFooter(partFooter(1, 3))).toBe(true);
    expect(isPartFooter(partFooter(3, 3, '¶14 of 31'))).toBe(true);
    expect(isPartFooter(partFooter(2, 2))).toBe(true);
    expect(isPartFooter('¶14 of 31')).toBe(false);
    expect(isPartFooter('Result 1 of 4')).toBe(false);
    expect(isPartFooter(undefined)).toBe(false);
  });
});
