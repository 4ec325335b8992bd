import { describe, expect, it } from 'vitest';
import { lookUpFootnote, lookUpParagraph, parseWholeNumber } from '../../src/console/lookup.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { ESSAY_CORPUS, FIXTURE_CORPUS } from '../cli/run-cli-process.js';

const essay = loadCorpus(ESSAY_CORPUS);
const two = { readings: [...essay.readings, ...loadCorpus(FIXTURE_CORPUS).readings] };

describe('looking up a passage or footnote by number', () => {
  it('parses whole numbers and refuses anything else with what was typed', () => {
    expect(parseWholeNumber('passage', ' 12 ')).toBe(12);
    expect(() => parseWholeNumber('passage', 'twelve')).toThrow('passage number must be a whole number: got "twelve"');
    expect(() => parseWholeNumber('footnote', '')).toThrow('footnote needs a number, e.g. footnote 3');
  });

  it('finds paragraph 12 and footnote 2 of the essay', () => {
    expect(lookUpParagraph(essay, 12).paragraph.number).toBe(12);
    expect(lookUpFootnote(essay, 2).footnote.citedBy).toEqual([10]);
  });

  it('says which numbers exist when asked for one that does not', () => {
    expect(() => lookUpFootnote(essay, 99)).toThrow('Footnote 99 does not exist: this reading has footnotes 1–6.');
    expect(() => lookUpParagraph(essay, 0)).toThrow('Paragraph 0 does not exist: this reading has paragraphs 1–31.');
    expect(() => lookUpFootnote(loadCorpus(FIXTURE_CORPUS), 2)).toThrow('Footnote 2 does not exist: this reading has only footnote 1.');
  });

  it('uses the first reading unless another is named, so numbers are per reading', () => {
    expect(lookUpParagraph(two, 2).reading.id).toBe('russo-japanese-relations');
    expect(lookUpParagraph(two, 2, 'tea-and-trade').paragraph.text).toBe('The second paragraph is about harbours and ships. Sailors waited in the harbour for the monsoon wind.');
    expect(() => lookUpParagraph(two, 1, 'war-and-peace')).toThrow('There is no reading "war-and-peace": the readings are russo-japanese-relations, tea-and-trade.');
  });
});
