import { describe, expect, it } from 'vitest';
import { otherSpellings } from '../../src/search/spelling-variants.js';

describe('otherSpellings', () => {
  it.each([
    ['organisation', 'organization'],
    ['criticised', 'criticized'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['favourable', 'favorable'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    ['dialogue', 'dialog'],
    ['programme', 'program'],
  ])('gives the American spelling of "%s"', (british, american) => {
    expect(otherSpellings(british)).toContain(american);
    expect(otherSpellings(american)).toContain(british);
  });

  it('leaves short words and words without a British or American form alone', () => {
    for (const word of ['four', 'hour', 'wise', 'rise', 'failed', 'russia']) expect(otherSpellings(word)).toEqual([]);
  });
});
