// The template a teacher copies to start a reading parses as the format guide says it does.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReadingFile } from '../../src/corpus/load-corpus.js';

describe('docs/reading-template.md', () => {
  it('parses into two paragraphs, the second rejoined across its footnote block, citing footnote 1', () => {
    const reading = loadReadingFile(path.join(import.meta.dirname, '../../docs/reading-template.md'));
    expect(reading.paragraphs).toHaveLength(2);
    expect(reading.joins).toEqual([{ paragraph: 2, line: 15, across: 'footnote block' }]);
    expect(reading.footnotes.map((f) => [f.number, f.citedBy])).toEqual([[1, [1]]]);
    expect(reading.warnings).toEqual([]);
  });
});
