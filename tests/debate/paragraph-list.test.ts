import { describe, expect, it } from 'vitest';
import { parseParagraphList } from '../../src/debate/paragraph-list.js';

describe('parseParagraphList', () => {
  it('reads numbers, ranges and ¶ signs, sorted without repeats', () => {
    expect(parseParagraphList('¶12, 14-16 ¶12;3', 31, 8)).toEqual({ kind: 'paragraphs', paragraphs: [3, 12, 14, 15, 16] });
    expect(parseParagraphList('27–30', 31, 8)).toEqual({ kind: 'paragraphs', paragraphs: [27, 28, 29, 30] });
  });

  it('explains what is wrong with a list it cannot use', () => {
    expect(parseParagraphList('', 31, 8)).toMatchObject({ kind: 'invalid', problem: expect.stringMatching(/at least one/) });
    expect(parseParagraphList('twelve', 31, 8)).toMatchObject({ kind: 'invalid', problem: expect.stringMatching(/"twelve" is not a paragraph number/) });
    expect(parseParagraphList('0', 31, 8)).toMatchObject({ kind: 'invalid', problem: '¶0 does not exist; the reading has ¶1–¶31' });
    expect(parseParagraphList('30-32', 31, 8)).toMatchObject({ kind: 'invalid', problem: '¶32 does not exist; the reading has ¶1–¶31' });
    expect(parseParagraphList('9-4', 31, 8)).toMatchObject({ kind: 'invalid' });
    expect(parseParagraphList('1-9999', 31, 8)).toMatchObject({ kind: 'invalid' });
    expect(parseParagraphList('1-9', 31, 8)).toMatchObject({ kind: 'invalid', problem: 'name at most 8 paragraphs (you gave 9)' });
  });
});
