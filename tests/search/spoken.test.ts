import { describe, expect, it } from 'vitest';
import { readSpokenForms } from '../../src/search/spoken.js';

describe('questions asked by voice are read as typed', () => {
  it('drops hesitations, never a word of the question', () => {
    expect(readSpokenForms('um so uh what did the umpire say, erm, about hmm the islands')).toBe('so what did the umpire say, about the islands');
    expect(readSpokenForms('um')).toBe('um');
  });

  it('keeps what follows the last correction, where there is a question after it', () => {
    expect(readSpokenForms('why did russia no wait why did japan want a seat')).toBe('why did japan want a seat');
    expect(readSpokenForms('what about china sorry i mean what about korea')).toBe('what about korea');
    expect(readSpokenForms('is the deal done, no wait')).toBe('is the deal done, no wait');
  });

  it('runs letters dictated one by one together, but not chat or multiple-choice letters', () => {
    expect(readSpokenForms('what did the s c o want')).toBe('what did the SCO want');
    expect(readSpokenForms('russia and the u s')).toBe('russia and the US');
    expect(readSpokenForms('n a t o and russia')).toBe('NATO and russia');
    expect(readSpokenForms('is it a w t o thing')).toBe('is it a WTO thing');
    expect(readSpokenForms('r u sure')).toBe('r u sure');
    expect(readSpokenForms('y r u asking')).toBe('y r u asking');
    expect(readSpokenForms('is it a b c or d')).toBe('is it a b c or d');
  });

  it('reads years and 9/11 said in words', () => {
    expect(readSpokenForms('putin in tokyo in two thousand five')).toBe('putin in tokyo in 2005');
    expect(readSpokenForms('the deal of two thousand and four?')).toBe('the deal of 2004?');
    expect(readSpokenForms('in nineteen ninety six and nineteen sixty-four')).toBe('in 1996 and 1964');
    expect(readSpokenForms('twenty oh one, or two thousand')).toBe('2001, or 2000');
    expect(readSpokenForms('after nine eleven')).toBe('after 9/11');
    expect(readSpokenForms('the eighteen hundreds, the nineteen nineties and the two thousands')).toBe('the 1800s, the 1990s and the 2000s');
    expect(readSpokenForms('the g eight and the g twenty, the p five')).toBe('the G8 and the G20, the P5');
    expect(readSpokenForms('a one off, g whiz')).toBe('a one off, g whiz');
    // A count is not a year.
    expect(readSpokenForms('twenty five percent of nineteen islands')).toBe('twenty five percent of nineteen islands');
  });
});
