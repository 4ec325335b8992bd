import { describe, expect, it } from 'vitest';
import { parseParagraphList } from '../../src/debate/paragraph-list.js';

describe('parseParagraphList', () => {
  it('reads numbers, ranges and ¶ signs, sorted without repeats', () => {
    expect(parseParagraphList('¶12, 14-16 ¶12;3', 31, 8)).toEqual({ kind: 'paragraphs', paragraphs: [3, 12, 14, 15, 16] });
    expect(parseParagraphList('27–30', 31, 8)).toEqual({ kind: 'paragraphs', paragraphs: [27, 28, 29, 30] });
  });

  it('says what is wrong with a list it cannot use, as data', () => {
    expect(parseParagraphList('', 31, 8)).toEqual({ kind: 'invalid', problem: { kind: 'no-paragraphs', last: 31 } });
    expect(parseParagraphList('twelve', 31, 8)).toEqual({ kind: 'invalid', problem: { kind: 'not-a-number', text: 'twelve' } });
    expect(parseParagraphList('0', 31, 8)).toMatchObject({ kind: 'invalid', problem: { kind: 'no-such-paragraph', number: 0 } });
    expect(parseParagraphList('30-32', 31, 8)).toMatchObject({ kind: 'invalid', problem: { kind: 'no-such-paragraph', number: 32 } });
    expect(parseParagraphList('9-4', 31, 8)).toMatchObject({ kind: 'invalid', problem: { kind: 'bad-range', text: '9-4' } });
    expect(parseParagraphList('1-9999', 31, 8)).toMatchObject({ kind: 'invalid', problem: { kind: 'bad-range' } });
    expect(parseParagraphList('1-9', 31, 8)).toEqual({ kind: 'invalid', problem: { kind: 'too-many-paragraphs', max: 8, given: 9 } });
  });

  it('keeps what the student typed raw: escaping is for the views', () => {
    expect(parseParagraphList('**@everyone**', 31, 8)).toEqual({ kind: 'invalid', problem: { kind: 'not-a-number', text: '**@everyone**' } });
  });
});
