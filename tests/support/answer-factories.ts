// Small typed factories for hand-made answers, so views are tested without the search engine.
import type { Answer, FootnoteResult, ParagraphResult } from '../../src/answers/types.js';
import type { Reading } from '../../src/corpus/types.js';

export function paragraphResult(reading: Reading, number: number, overrides: Partial<ParagraphResult> = {}): ParagraphResult {
  const paragraph = reading.paragraphs[number - 1];
  if (paragraph === undefined) throw new Error(`test setup: ${reading.id} has no paragraph ${number}`);
  const firstSentence = /^.*?[.?!](?=\s|$)/.exec(paragraph.text)?.[0] ?? paragraph.text;
  return {
    kind: 'paragraph',
    reading: reading.id,
    number,
    text: paragraph.text,
    highlight: firstSentence,
    footnotes: reading.footnotes.filter((footnote) => paragraph.footnotes.includes(footnote.number)),
    score: 8.123456,
    matchedTerms: [],
    ...overrides,
  };
}

export function footnoteResult(reading: Reading, number: number, overrides: Partial<FootnoteResult> = {}): FootnoteResult {
  const footnote = reading.footnotes.find((f) => f.number === number);
  if (footnote === undefined) throw new Error(`test setup: ${reading.id} has no footnote ${number}`);
  return {
    kind: 'footnote',
    reading: reading.id,
    number,
    text: footnote.text,
    citedBy: footnote.citedBy,
    score: 5,
    matchedTerms: [],
    ...overrides,
  };
}

export function matchAnswer(question: string, results: Extract<Answer, { kind: 'answer' }>['results'], overrides: Partial<Extract<Answer, { kind: 'answer' }>> = {}): Answer {
  return { kind: 'answer', coverage: 'answered', missing: [], question, results, total: results.length, matchedTerms: [], suggestions: [], ...overrides };
}

export function noMatchAnswer(question: string, overrides: Partial<Extract<Answer, { kind: 'no-match' }>> = {}): Answer {
  return { kind: 'no-match', coverage: 'none', smallTalk: false, question, suggestions: [], nearest: [], ...overrides };
}
