// What "Check quote" shows: the differences marked in the essay's wording and said in words, and,
// for any message (many quotations, whole paragraphs, hostile text), a reply within Discord's limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessageQuotes, type QuotePiece } from '../../../src/answers/quote-check.js';
import { loadCorpus } from '../../../src/corpus/load-corpus.js';
import { toMessageBody } from '../../../src/discord/reply.js';
import { fitMessage } from '../../../src/views/discord/message-drafts.js';
import { differencesInWords, markedWording, renderQuoteCheckMessage } from '../../../src/views/discord/quote-check-messages.js';
import { expectWithinDiscordLimits, occursUnescaped } from '../../hardening/discord-limits.js';
import { HOSTILE_PIECES } from '../../hardening/hostile-text.js';
import { textDisplaysIn } from '../../support/fake-discord/message-text.js';

const corpus = loadCorpus('corpus');
const paragraphs = corpus.readings[0]!.paragraphs.map((paragraph) => paragraph.text);

describe('markedWording', () => {
  it('puts the essay’s changed or dropped words in bold and the student’s own struck through, spaced as prose', () => {
    const pieces: QuotePiece[] = [
      { kind: 'same', essay: 'Russia seemed ' },
      { kind: 'changed', essay: 'intent', student: 'keen' },
      { kind: 'same', essay: ' on establishing' },
      { kind: 'added', student: 'very' },
      { kind: 'same', essay: ' friendly relations, not a ' },
      { kind: 'dropped', essay: 'mere' },
      { kind: 'same', essay: ' feint' },
    ];
    expect(markedWording(pieces)).toBe('Russia seemed **intent** ~~keen~~ on establishing ~~very~~ friendly relations, not a **mere** feint');
  });

  it('escapes what the student wrote', () => {
    expect(markedWording([{ kind: 'same', essay: 'a' }, { kind: 'added', student: '@everyone *x*' }])).toBe('a ~~@\u200beveryone \\*x\\*~~');
  });

  it('shortens a long unchanged stretch between words, keeping both ends', () => {
    const long = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const marked = markedWording([{ kind: 'same', essay: `${long} ` }, { kind: 'dropped', essay: 'gone' }, { kind: 'same', essay: ` ${long}` }]);
    expect(marked).toMatch(/^… word50 .* word59 \*\*gone\*\* word0 .* word9 …$/);
    expect(marked.split(/\s+/).every((word) => /^(…|word\d+|\*\*gone\*\*)$/.test(word))).toBe(true);
  });
});

describe('differencesInWords', () => {
  it('says each difference in plain words', () => {
    expect(
      differencesInWords([
        { kind: 'changed', essay: 'intent', student: 'keen' },
        { kind: 'dropped', essay: 'mere' },
        { kind: 'added', student: 'very' },
      ]),
    ).toBe('You wrote “keen” where the essay has “intent”; you left out “mere”; you added “very”.');
  });

  it('counts the differences beyond eight', () => {
    const pieces: QuotePiece[] = Array.from({ length: 11 }, (_, index) => ({ kind: 'dropped', essay: `w${index}` }));
    expect(differencesInWords(pieces)).toMatch(/; and 3 more differences\.$/);
  });
});

/** A quotation from the essay: some words of a paragraph (or a run of paragraphs), perhaps edited. */
const quotation = fc
  .record({
    paragraph: fc.integer({ min: 0, max: paragraphs.length - 1 }),
    span: fc.integer({ min: 1, max: 3 }),
    start: fc.nat({ max: 200 }),
    length: fc.integer({ min: 1, max: 800 }),
    edit: fc.constantFrom('none', 'change', 'drop', 'add', 'hostile'),
    hostile: fc.constantFrom(...HOSTILE_PIECES),
    marks: fc.constantFrom(['“', '”'], ['"', '"'], ['«', '»'], ['> ', '\n']),
  })
  .map(({ paragraph, span, start, length, edit, hostile, marks }) => {
    const words = paragraphs.slice(paragraph, paragraph + span).join(' ').split(' ');
    const picked = words.slice(start % words.length, (start % words.length) + length);
    const middle = Math.floor(picked.length / 2);
    if (edit === 'change') picked[middle] = 'banana';
    if (edit === 'drop') picked.splice(middle, 1);
    if (edit === 'add') picked.splice(middle, 0, 'really');
    if (edit === 'hostile') picked.splice(middle, 0, hostile);
    return `${marks[0]}${picked.join(' ')}${marks[1]}`;
  });

const message = fc
  .tuple(fc.array(quotation, { minLength: 1, maxLength: 7 }), fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 4 }))
  .map(([quotes, extra]) => [...extra, ...quotes].join(' ').slice(0, 4000));

describe('renderQuoteCheckMessage with several long quotations, each nearly exact', () => {
  it('shares the 4000 characters of a Components V2 message among them, so none is dropped', () => {
    // Five quotations of 40-60 words from different paragraphs, each with one word changed: their
    // cards (the essay's marked wording and the differences said) hold more than 4000 characters.
    const quoted = [0, 13, 22, 29, 30].map((at) => {
      const words = (paragraphs[at] ?? '').split(' ').slice(5, 60);
      words[20] = 'banana';
      return `“${words.join(' ')}”`;
    });
    const draft = renderQuoteCheckMessage(corpus, checkMessageQuotes(corpus, quoted.join(' ')), { kind: 'private' });
    expect(draft.embeds?.map((embed) => embed.title)).toEqual(Array(5).fill('Nearly exact'));
    expect(fitMessage(draft)).toEqual(draft);
    expectWithinDiscordLimits(toMessageBody(draft));
  });
});

describe('renderQuoteCheckMessage on any message', () => {
  it('stays within Discord’s limits by design, and never echoes a mention unescaped (60 messages)', () => {
    fc.assert(
      fc.property(message, fc.boolean(), (text, isPublic) => {
        const result = checkMessageQuotes(corpus, text);
        const audience = isPublic ? ({ kind: 'public', checkedBy: '@everyone', deleteButtonId: 'ask:del:123456789012345678' } as const) : ({ kind: 'private', postButtonId: 'quote:post:abc123' } as const);
        const draft = renderQuoteCheckMessage(corpus, result, audience);
        // Within the limits before the safety net: fitting changes nothing.
        expect(fitMessage(draft)).toEqual(draft);
        const body = toMessageBody(draft);
        expectWithinDiscordLimits(body);
        for (const part of [body.content ?? '', ...(body.embeds ?? []).map((embed) => embed.description ?? ''), ...textDisplaysIn(body.components)]) {
          expect(occursUnescaped(part, '@everyone')).toBe(false);
          expect(occursUnescaped(part, '<@')).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});
