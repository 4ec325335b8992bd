import { describe, expect, it } from 'vitest';
import { isDictionaryWord, isEnglishWord } from '../../src/search/english-words.js';

describe('isEnglishWord', () => {
  it('knows dictionary words and slips of them', () => {
    expect(isEnglishWord('buddy')).toBe(true);
    expect(isEnglishWord('migrnts')).toBe(true);
  });

  it('knows a lecture\'s words made of English ones, which the dictionary may lack', () => {
    for (const word of ['bandwagoning', 'securitization', 'geoeconomic', 'counterhegemonic', 'neorealist']) {
      expect(isEnglishWord(word), word).toBe(true);
    }
    // The made word itself is not in the list: the derivation is what knows it.
    expect(isDictionaryWord('bandwagoning')).toBe(false);
  });

  it('does not know names, whatever they end or begin with', () => {
    for (const word of ['vladivostok', 'sakhalin', 'nakhodka', 'bogaturov', 'transnistria']) {
      expect(isEnglishWord(word), word).toBe(false);
    }
  });
});
