import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMarkdownPairs } from '../../../src/views/discord/markdown-pairs.js';
import { LIMITS } from '../../../src/views/discord/limits.js';
import { embedLength, fitChoices, fitMessage, messageEmbedLength, type MessageDraft } from '../../../src/views/discord/message-drafts.js';
import { splitMarkdown, truncateMarkdown, truncatePlain } from '../../../src/views/discord/text-cutting.js';
import { blocksComponentCount, blocksOf, blocksTextLength } from '../../../src/views/discord/components-v2.js';

/** Within Components V2's limits as the reply helper sends the draft: 4000 characters of text, 40 components. */
function expectWithinComponentsV2(draft: MessageDraft): void {
  const blocks = blocksOf(draft);
  expect(blocksTextLength(blocks)).toBeLessThanOrEqual(LIMITS.v2Text);
  expect(blocksComponentCount(blocks)).toBeLessThanOrEqual(LIMITS.v2Components);
}

/**
 * Words with markdown around some of them: the texts our embeds and echoes are made of. Bold
 * sentences hold no bold words (`****x**` is ambiguous in Discord too), and the budget always
 * holds a word with its markers, so no cut has to fall inside a word.
 */
const word = fc.stringMatching(/^[A-Za-z0-9'’,;¹².?!-]{1,14}$/);
const styled = (markers: readonly string[]) => fc.tuple(fc.constantFrom(...markers), word).map(([marker, w]) => `${marker}${w}${marker}`);
const sentenceOf = (markers: readonly string[]) => fc.array(styled(markers), { minLength: 1, maxLength: 30 }).map((words) => `${words.join(' ')}.`);
const sentence = sentenceOf(['', '**', '*', '_', '`', '~~']);
const boldSentence = sentenceOf(['', '*', '_', '`', '~~']).map((s) => `**${s}**`);
const paragraph = fc.array(fc.oneof(sentence, boldSentence), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(' '));
const budget = fc.integer({ min: 40, max: 600 });

/** The words of a text with markdown markers and our ellipsis removed. */
const wordsOf = (text: string): string[] =>
  text
    .replace(/[*_`~|…]/g, '')
    .split(/\s+/)
    .filter((w) => w !== '');

/** Every `**`, `~~` and backtick in the chunk belongs to a pair the scanner found in it. */
function isBalanced(chunk: string): boolean {
  const pairs = findMarkdownPairs(chunk);
  return (['**', '~~', '`'] as const).every((marker) => {
    const paired = pairs.filter((pair) => pair.marker === marker).length * 2;
    return paired === chunk.split(marker).length - 1;
  });
}

describe('splitMarkdown', () => {
  it('keeps every chunk within the budget', () => {
    fc.assert(
      fc.property(paragraph, budget, (text, max) => {
        for (const chunk of splitMarkdown(text, max)) expect(chunk.length).toBeLessThanOrEqual(max);
      }),
    );
  });

  it('never cuts a word: the words of the chunks are the words of the text, in order', () => {
    fc.assert(
      fc.property(paragraph, budget, (text, max) => {
        expect(splitMarkdown(text, max).flatMap(wordsOf)).toEqual(wordsOf(text));
      }),
    );
  });

  it('leaves no bold, strikethrough or code pair open in any chunk', () => {
    fc.assert(
      fc.property(paragraph, budget, (text, max) => {
        for (const chunk of splitMarkdown(text, max)) {
          expect((chunk.match(/\*\*/g) ?? []).length % 2, chunk).toBe(0);
          expect((chunk.match(/`/g) ?? []).length % 2, chunk).toBe(0);
          expect((chunk.match(/~~/g) ?? []).length % 2, chunk).toBe(0);
          expect(isBalanced(chunk)).toBe(true);
        }
      }),
    );
  });

  it('returns the text unchanged when it fits, and nothing for blank text', () => {
    expect(splitMarkdown('A short **bold** text.', 100)).toEqual(['A short **bold** text.']);
    expect(splitMarkdown('  \n ', 100)).toEqual([]);
  });

  it('cuts at a sentence end rather than mid-sentence when one keeps half the budget', () => {
    const text = 'The first sentence is here and it is long enough. The second sentence follows it closely.';
    expect(splitMarkdown(text, 60)).toEqual(['The first sentence is here and it is long enough.', 'The second sentence follows it closely.']);
  });

  it('does not cut inside the bold sentence when a sentence end outside it fits', () => {
    const text = 'Russia looked east. **China became the partner of choice for Moscow.** Japan watched.';
    expect(splitMarkdown(text, 75)).toEqual(['Russia looked east. **China became the partner of choice for Moscow.**', 'Japan watched.']);
  });

  it('closes and reopens bold when a single bold sentence is longer than the budget', () => {
    const text = `**${'word '.repeat(30).trim()}.**`;
    const chunks = splitMarkdown(text, 40);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.startsWith('**') && chunk.endsWith('**')).toBe(true);
      expect(chunk.length).toBeLessThanOrEqual(40);
    }
  });

  it('cuts a word longer than the budget at a character, never inside an escape or a surrogate pair', () => {
    const chunks = splitMarkdown(`${'\\*😀'.repeat(20)}`, 16);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(16);
      expect(chunk.endsWith('\\')).toBe(false);
      expect(/[\ud800-\udbff]$/.test(chunk)).toBe(false);
    }
    expect(chunks.join('')).toBe('\\*😀'.repeat(20));
  });

  it('refuses a budget too small to hold a word and its markers', () => {
    expect(() => splitMarkdown('text', 3)).toThrow(/at least 16/);
  });
});

describe('truncateMarkdown', () => {
  it('stays within the budget, keeps whole words and closes open pairs', () => {
    fc.assert(
      fc.property(paragraph, budget, (text, max) => {
        const cut = truncateMarkdown(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect((cut.match(/\*\*/g) ?? []).length % 2).toBe(0);
        const original = wordsOf(text);
        const kept = wordsOf(cut);
        if (cut !== text) expect(original.slice(0, kept.length)).toEqual(kept);
      }),
    );
  });

  it('ends a cut text with an ellipsis inside the bold it cut', () => {
    expect(truncateMarkdown('Plain start **then a bold sentence that goes on and on.**', 30)).toBe('Plain start **then a bold…**');
  });

  it('returns a text that fits unchanged', () => {
    expect(truncateMarkdown('fits', 16)).toBe('fits');
  });
});

describe('truncatePlain', () => {
  it('cuts at a word boundary and adds an ellipsis', () => {
    expect(truncatePlain('Footnote 4 — Martha Brill Olcott, Vladimir Putin and the Geopolitics of Oil', 40)).toBe('Footnote 4 — Martha Brill Olcott,…');
  });
});

describe('fitMessage', () => {
  const long = (n: number): string => 'word '.repeat(Math.ceil(n / 5)).slice(0, n);

  it('brings every part of an oversized message within Discord limits', () => {
    const draft: MessageDraft = {
      content: long(5000),
      embeds: Array.from({ length: 14 }, () => ({
        title: long(400),
        description: long(5000),
        fields: Array.from({ length: 30 }, () => ({ name: long(300), value: long(2000) })),
        footer: { text: long(3000) },
        author: { name: long(300) },
      })),
      buttons: Array.from({ length: 7 }, (_, row) =>
        Array.from({ length: 7 }, (_, column) => ({ customId: `b:${row}:${column}`, label: long(120), tone: 'secondary' as const })),
      ),
    };
    const fitted = fitMessage(draft);
    expect(fitted.content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(fitted.embeds!.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(messageEmbedLength(fitted.embeds!)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const embed of fitted.embeds!) {
      expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.title);
      expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.description);
      expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of embed.fields!) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
    expectWithinComponentsV2(fitted);
    expect(fitted.buttons!.length).toBe(LIMITS.actionRows);
    for (const row of fitted.buttons!) {
      expect(row.length).toBe(LIMITS.buttonsPerRow);
      for (const button of row) expect(button.label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    }
  });

  it('keeps any generated message within limits', () => {
    const text = fc.oneof(paragraph, fc.string({ maxLength: 3000 }));
    const embed = fc.record({ title: text, description: text, fields: fc.array(fc.record({ name: text, value: text }), { maxLength: 30 }) });
    const button = fc.nat({ max: 99 }).map((n) => ({ customId: `b:${n}`, label: `Button ${n}`, tone: 'secondary' as const }));
    const buttons = fc.array(fc.array(button, { minLength: 1, maxLength: 5 }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), text, buttons, (embeds, content, rows) => {
        const fitted = fitMessage({ content, embeds, buttons: rows });
        expectWithinComponentsV2(fitted);
        expect(fitted.content!.length).toBeLessThanOrEqual(LIMITS.content);
        expect(fitted.embeds!.length).toBeLessThanOrEqual(LIMITS.embeds);
        expect(messageEmbedLength(fitted.embeds!)).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const e of fitted.embeds!) for (const field of e.fields ?? []) expect(field.value.trim()).not.toBe('');
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a custom id over 100 characters as a bug in its builder', () => {
    expect(() => fitMessage({ buttons: [[{ customId: 'x'.repeat(101), label: 'Go', tone: 'primary' }]] })).toThrow(/custom id/);
  });
});

describe('fitChoices', () => {
  it('keeps 25 choices with names of at most 100 characters', () => {
    const choices = fitChoices(Array.from({ length: 40 }, (_, n) => ({ name: `¶${n} — ${'text '.repeat(50)}`, value: n })));
    expect(choices).toHaveLength(25);
    for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
  });
});
