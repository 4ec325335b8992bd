import { describe, expect, it } from 'vitest';
import { describeLookupProblem, describeNumbers, footnoteOrProblem, paragraphOrProblem, requireFootnote, requireParagraph, selectReading } from '../../src/corpus/lookup.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { UserFacingError } from '../../src/errors.js';
import { ESSAY_CORPUS, FIXTURE_CORPUS } from '../cli/run-cli-process.js';

const essay = loadCorpus(ESSAY_CORPUS);
const reading = essay.readings[0]!;
const two = { readings: [...essay.readings, ...loadCorpus(FIXTURE_CORPUS).readings] };

describe('looking a reading, paragraph or footnote up', () => {
  it('describes the numbers a reading has as a range when they are contiguous', () => {
    expect(describeNumbers([1, 2, 3, 4, 5, 6])).toBe('1–6');
    expect(describeNumbers([1, 2, 4])).toBe('1, 2, 4');
    expect(describeNumbers([7])).toBe('7');
  });

  it('returns a missing paragraph or footnote as data naming what the reading has', () => {
    expect(paragraphOrProblem(reading, 12)).toMatchObject({ number: 12 });
    expect(paragraphOrProblem(reading, 40)).toEqual({ kind: 'no-such-paragraph', number: 40, available: reading.paragraphs.map((p) => p.number) });
    expect(footnoteOrProblem(reading, 2.5)).toMatchObject({ kind: 'no-such-footnote', number: 2.5 });
  });

  it('says "does not exist" in one set of words for every kind', () => {
    expect(describeLookupProblem({ kind: 'no-such-paragraph', number: 40, available: [1, 2, 3] })).toBe('Paragraph 40 does not exist: this reading has paragraphs 1–3.');
    expect(describeLookupProblem({ kind: 'no-such-footnote', number: 2, available: [1] })).toBe('Footnote 2 does not exist: this reading has only footnote 1.');
    expect(describeLookupProblem({ kind: 'no-such-footnote', number: 1, available: [] })).toBe('Footnote 1 does not exist: this reading has no footnotes.');
    expect(describeLookupProblem({ kind: 'no-such-reading', id: 'nope', readings: ['a', 'b'] })).toBe('There is no reading "nope": the readings are a, b.');
  });

  it('throws a UserFacingError with that sentence when a command requires the item', () => {
    expect(requireParagraph(reading, 3).number).toBe(3);
    expect(() => requireParagraph(reading, 0)).toThrow(new UserFacingError('no-such-paragraph', 'Paragraph 0 does not exist: this reading has paragraphs 1–31.'));
    expect(() => requireFootnote(reading, 99)).toThrow('Footnote 99 does not exist: this reading has footnotes 1–6.');
  });

  it('selects the named reading, or the first when none is named', () => {
    expect(selectReading(two, undefined).id).toBe('russo-japanese-relations');
    expect(selectReading(two, 'tea-and-trade').id).toBe('tea-and-trade');
    expect(() => selectReading(two, 'war-and-peace')).toThrow('There is no reading "war-and-peace"');
  });
});
