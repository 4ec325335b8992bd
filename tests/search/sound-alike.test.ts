import { describe, expect, it } from 'vitest';
import { SoundAlikeNames } from '../../src/search/sound-alike.js';

const names = new SoundAlikeNames(['primakov', 'yeltsin', 'heilongjiang', 'taishet', 'nakhodka', 'koizumi', 'putin']);
const known = (word: string): boolean => ['long', 'russia', 'route', 'promise', 'population', 'troops'].includes(word);

describe('SoundAlikeNames', () => {
  it('reads a name typed as it sounds, in two or three words, as the name', () => {
    expect(names.respell('who was prima cough', known)).toBe('who was primakov');
    expect(names.respell('yell tsin promise', known)).toBe('yeltsin promise');
    // A word the reading knows ("long") may be part of the sound.
    expect(names.respell('hey long jiang population', known)).toBe('heilongjiang population');
    expect(names.respell('the tie shed to knock hot ka route', known)).toBe('the taishet to nakhodka route');
  });

  it('leaves everyday words, one-word slips and short names alone', () => {
    // "graph" sounds like "Gref", but is a word; "Rusia" is a slip of "Russia".
    expect(names.respell('a graph of the population', known)).toBe('a graph of the population');
    expect(names.respell('is rusia a friend', known)).toBe('is rusia a friend');
    // "Putin" is five letters: "put in" sounds like it, and means something else.
    expect(names.respell('why did russia put in troops', known)).toBe('why did russia put in troops');
  });

  it('joins only words typed one after another', () => {
    expect(names.respell('prima, cough', known)).toBe('prima, cough');
  });
});
