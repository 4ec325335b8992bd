import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { answerToJson, footnoteToJson, passagesToJson, passageToJson } from '../../src/views/json.js';
import { ESSAY_CORPUS } from '../cli/run-cli-process.js';
import { footnoteResult, matchAnswer, noMatchAnswer, paragraphResult } from '../support/answer-factories.js';

const corpus = loadCorpus(ESSAY_CORPUS);
const reading = corpus.readings[0]!;

describe('the JSON shapes', () => {
  it('renders an answer with a paragraph and a footnote exactly in the documented shape', () => {
    const paragraph = paragraphResult(reading, 12, { highlight: 'The second was the so-called “color revolutions” in the former Soviet space.' });
    const json = answerToJson(matchAnswer('color revolutions', [paragraph, footnoteResult(reading, 3)]));
    expect(Object.keys(json)).toEqual(['question', 'results', 'suggestions', 'matched', 'nearest', 'coverage', 'missing', 'smallTalk', 'aboutReading']);
    expect(json.question).toBe('color revolutions');
    expect(json.results[0]).toEqual({
      kind: 'paragraph',
      reading: 'russo-japanese-relations',
      number: 12,
      text: reading.paragraphs[11]!.text,
      highlight: paragraph.highlight,
      footnotes: [{ number: 3, text: reading.footnotes[2]!.text }],
      score: 8.123,
    });
    expect(json.results[1]).toEqual({ kind: 'footnote', reading: 'russo-japanese-relations', number: 3, text: reading.footnotes[2]!.text, citedBy: [12], score: 5 });
    expect(json).toMatchObject({ suggestions: [], matched: true, nearest: [], coverage: 'answered', missing: [], smallTalk: false, aboutReading: null });
  });

  it('renders a partial answer: the nearest passages as results, what the reading never mentions, matched true', () => {
    const json = answerToJson(matchAnswer('when did putin go to magadan', [paragraphResult(reading, 29)], { coverage: 'partial', missing: ['magadan'] }));
    expect(json).toMatchObject({ coverage: 'partial', missing: ['magadan'], matched: true, smallTalk: false });
    expect(json.results.map((r) => r.number)).toEqual([29]);
  });

  it('renders chit-chat as no match with smallTalk true', () => {
    expect(answerToJson(noMatchAnswer('hi', { smallTalk: true }))).toMatchObject({ coverage: 'none', matched: false, smallTalk: true, results: [] });
  });

  it('renders "no match" as empty results with suggestions and the nearest paragraphs', () => {
    const json = answerToJson(noMatchAnswer('quantum', { suggestions: ['question'], nearest: [paragraphResult(reading, 5, { score: 0.4 })] }));
    expect(json).toMatchObject({ question: 'quantum', results: [], suggestions: ['question'], matched: false, coverage: 'none' });
    expect(json.nearest.map((p) => p.number)).toEqual([5]);
  });

  it('renders one passage with its footnotes whole, and one footnote with the paragraphs citing it', () => {
    expect(passageToJson(reading, reading.paragraphs[9]!)).toEqual({
      kind: 'paragraph',
      reading: 'russo-japanese-relations',
      number: 10,
      text: reading.paragraphs[9]!.text,
      footnotes: [{ number: 2, text: reading.footnotes[1]!.text }],
    });
    expect(footnoteToJson(reading.footnotes[1]!)).toEqual({ kind: 'footnote', reading: 'russo-japanese-relations', number: 2, text: reading.footnotes[1]!.text, citedBy: [10] });
  });

  it('renders every reading with numbered paragraphs and footnotes', () => {
    const json = passagesToJson(corpus);
    expect(json.readings[0]!.paragraphs).toHaveLength(31);
    expect(json.readings[0]!.footnotes.map((f) => f.citedBy)).toEqual([[1], [10], [12], [14], [18], [30]]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
