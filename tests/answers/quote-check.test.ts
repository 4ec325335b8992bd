// Checking a student's quotation against the readings: exact, nearly (with the differences), not
// found; on tiny hand-made readings, so each case shows one rule.
import { describe, expect, it } from 'vitest';
import { checkMessageQuotes, checkQuote, type QuoteCheck } from '../../src/answers/quote-check.js';
import { MAX_QUOTES, quotesInMessage } from '../../src/answers/quotes-in-message.js';
import type { Corpus, Reading } from '../../src/corpus/types.js';

function reading(id: string, paragraphs: readonly string[], footnotes: readonly string[] = []): Reading {
  return {
    id,
    file: `${id}.md`,
    title: `Title of ${id}`,
    author: 'YOKOTE Shinji',
    paragraphs: paragraphs.map((text, index) => ({ reading: id, number: index + 1, text, footnotes: [], line: index + 1 })),
    footnotes: footnotes.map((text, index) => ({ reading: id, number: index + 1, text, citedBy: [], line: 100 + index })),
    warnings: [],
  };
}

const essay = reading(
  'essay',
  [
    'In those days, Russia seemed intent on establishing friendly relations with the US.¹ However, Putin’s goals of "democratization" changed.',
    'The large-scaled Sino-Russian joint military maneuver carried out in August 2005 seemed to correspond with this shift.',
    'Russia’s assertiveness is not a mere feint. It is a change of course.',
  ],
  ['See, for example, Bobo Lo, *Vladimir Putin and the Evolution of Russian Foreign Policy*, Chatham House Papers.'],
);
const corpus: Corpus = { readings: [essay] };

const check = (quote: string): QuoteCheck => checkQuote(corpus, quote);

describe('checkQuote', () => {
  it('finds an exact quotation and says where', () => {
    expect(check('Russia seemed intent on establishing friendly relations')).toEqual({
      kind: 'exact',
      quote: 'Russia seemed intent on establishing friendly relations',
      places: [{ reading: 'essay', kind: 'paragraph', first: 1, last: 1 }],
    });
  });

  it('ignores case, whitespace, curly or straight quotes and apostrophes, dashes and footnote markers', () => {
    expect(check('russia’s   ASSERTIVENESS is\nnot a mere feint.').kind).toBe('exact');
    expect(check("Putin's goals of “democratization” changed").kind).toBe('exact');
    expect(check('The large—scaled Sino–Russian joint military maneuver').kind).toBe('exact');
    expect(check('friendly relations with the US. However, Putin’s goals').kind).toBe('exact');
  });

  it('finds a quotation from a footnote, markdown emphasis and all', () => {
    expect(check('Vladimir Putin and the Evolution of Russian Foreign Policy')).toMatchObject({
      kind: 'exact',
      places: [{ kind: 'footnote', first: 1, last: 1 }],
    });
  });

  it('lists every place a short exact phrase appears', () => {
    const result = check('seemed');
    expect(result.kind === 'exact' ? result.places.map((place) => place.first) : []).toEqual([1, 2]);
  });

  it('finds a quotation running over two paragraphs', () => {
    expect(check('seemed to correspond with this shift. Russia’s assertiveness is not')).toMatchObject({
      kind: 'exact',
      places: [{ kind: 'paragraph', first: 2, last: 3 }],
    });
  });

  it('accepts an ellipsis for words left out on purpose', () => {
    expect(check('The large-scaled … maneuver carried out in August 2005').kind).toBe('exact');
    expect(check('…not a mere feint...').kind).toBe('exact');
  });

  it('marks a changed word: the essay’s word, and what the student wrote', () => {
    const result = check('Russia seemed keen on establishing friendly relations');
    expect(result).toMatchObject({ kind: 'nearly', matched: 6, words: 7, place: { kind: 'paragraph', first: 1, last: 1 } });
    expect(result.kind === 'nearly' ? result.pieces : []).toEqual([
      { kind: 'same', essay: 'Russia seemed ' },
      { kind: 'changed', essay: 'intent', student: 'keen' },
      { kind: 'same', essay: ' on establishing friendly relations' },
    ]);
  });

  it('marks a dropped word', () => {
    const result = check('Russia’s assertiveness is not a feint');
    expect(result.kind === 'nearly' ? result.pieces : []).toEqual([
      { kind: 'same', essay: 'Russia’s assertiveness is not a ' },
      { kind: 'dropped', essay: 'mere' },
      { kind: 'same', essay: ' feint' },
    ]);
  });

  it('marks an added word', () => {
    const result = check('Russia seemed very intent on establishing friendly relations');
    expect(result.kind === 'nearly' ? result.pieces : []).toEqual([
      { kind: 'same', essay: 'Russia seemed' },
      { kind: 'added', student: 'very' },
      { kind: 'same', essay: ' intent on establishing friendly relations' },
    ]);
  });

  it('says not found for a paraphrase, a sentence from elsewhere, or a short phrase with a word changed', () => {
    expect(check('Moscow wanted good ties with Washington back then').kind).toBe('not-found');
    expect(check('The cat sat on the mat and purred all afternoon').kind).toBe('not-found');
    expect(check('a mere bluff').kind).toBe('not-found');
  });

  it('treats a quotation with no words as not found', () => {
    expect(check('… — ?').kind).toBe('not-found');
  });

  it('prefers the current reading when two readings have the words', () => {
    const other = reading('other', ['It is a change of course.']);
    const both: Corpus = { readings: [essay, other] };
    const first = checkQuote(both, 'It is a change of course');
    expect(first.kind === 'exact' ? first.places.map((place) => place.reading) : []).toEqual(['essay', 'other']);
    const preferred = checkQuote(both, 'It is a change of course', { preferReading: 'other' });
    expect(preferred.kind === 'exact' ? preferred.places[0]?.reading : undefined).toBe('other');
  });
});

describe('quotesInMessage', () => {
  it('takes the text between curly, straight and French quotation marks', () => {
    expect(quotesInMessage('He says “not a mere feint” and also "a change of course" and «friendly relations».').quotes).toEqual([
      'not a mere feint',
      'a change of course',
      'friendly relations',
    ]);
  });

  it('keeps the essay’s own quotation marks inside a quotation', () => {
    expect(quotesInMessage('Yokote: “Putin’s goals of "democratization" changed”').quotes).toEqual(['Putin’s goals of "democratization" changed']);
  });

  it('takes blockquote lines, consecutive lines as one quotation', () => {
    const found = quotesInMessage('Look at this:\n> Russia seemed intent\n> on establishing friendly relations\nright?');
    expect(found.quotes).toEqual(['Russia seemed intent\non establishing friendly relations']);
    expect(quotesInMessage('>>> all of\nthis').quotes).toEqual(['all of\nthis']);
  });

  it('takes the whole message when it quotes nothing', () => {
    expect(quotesInMessage('Russia seemed intent on establishing friendly relations')).toEqual({
      quotes: ['Russia seemed intent on establishing friendly relations'],
      skipped: 0,
      wholeMessage: true,
    });
  });

  it('finds nothing in a message without words', () => {
    expect(quotesInMessage('').quotes).toEqual([]);
    expect(quotesInMessage('  🎉 ?! ').quotes).toEqual([]);
  });

  it('checks at most MAX_QUOTES quotations and counts the rest', () => {
    const message = Array.from({ length: MAX_QUOTES + 2 }, (_, index) => `“quote ${index}”`).join(' ');
    expect(quotesInMessage(message)).toMatchObject({ skipped: 2, wholeMessage: false });
    expect(quotesInMessage(message).quotes).toHaveLength(MAX_QUOTES);
  });
});

describe('checkMessageQuotes', () => {
  it('checks each of two quotations in one message', () => {
    const result = checkMessageQuotes(corpus, 'Compare “not a mere feint” with “Russia seemed keen on establishing friendly relations”.');
    expect(result.kind === 'checked' ? result.checks.map((c) => c.kind) : []).toEqual(['exact', 'nearly']);
  });

  it('checks a pasted passage whole, not by the essay’s own quotation marks inside it', () => {
    const result = checkMessageQuotes(corpus, 'However, Putin’s goals of "democratization" changed.');
    expect(result).toMatchObject({ kind: 'checked', wholeMessage: true, checks: [{ kind: 'exact', places: [{ first: 1 }] }] });
    expect(result.kind === 'checked' ? result.checks[0]?.quote : '').toBe('However, Putin’s goals of "democratization" changed.');
  });

  it('checks the quotation, not the whole message, when the quotation is more than a few words', () => {
    const result = checkMessageQuotes(corpus, '“Russia’s assertiveness is not a mere feint”');
    expect(result).toMatchObject({ kind: 'checked', wholeMessage: false, checks: [{ kind: 'exact', quote: 'Russia’s assertiveness is not a mere feint' }] });
  });

  it('says there is nothing to check in an empty message', () => {
    expect(checkMessageQuotes(corpus, '')).toEqual({ kind: 'nothing-to-check' });
  });
});
