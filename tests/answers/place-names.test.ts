import { describe, expect, it } from 'vitest';
import { isPlaceName, isPlaceWord } from '../../src/answers/place-names.js';

describe('isPlaceName', () => {
  it('knows countries, capitals, aliases and continents by their one-word names, folded', () => {
    for (const name of ['finland', 'turkey', 'chad', 'helsinki', 'canberra', 'uae', 'africa', 'japan', 'russia']) expect(isPlaceName(name), name).toBe(true);
  });

  it('does not take ordinary words or partial names for places', () => {
    for (const word of ['inland', 'united', 'states', 'republic', 'curves', 'Finland', '']) expect(isPlaceName(word), word).toBe(false);
  });
});

describe('isPlaceWord', () => {
  it('knows a place by the word for its people', () => {
    for (const word of ['african', 'brazilian', 'mexican', 'canadian', 'pakistani', 'vietnamese', 'swedish', 'italian', 'german', 'finland']) expect(isPlaceWord(word), word).toBe(true);
  });

  it('knows the peoples whose word no ending makes from their country', () => {
    for (const word of ['dutch', 'swiss', 'greek', 'thai', 'portuguese', 'norwegian']) expect(isPlaceWord(word), word).toBe(true);
    // The language of the question is no place asked about.
    expect(isPlaceWord('english')).toBe(false);
  });

  it('does not take ordinary words ending like one for a people', () => {
    for (const word of ['human', 'woman', 'urban', 'median', 'civilian', 'comedian', 'roman', 'titan']) expect(isPlaceWord(word), word).toBe(false);
  });
});
