import { describe, expect, it } from 'vitest';
import { foldText, indexTerms, putPlainly, spellOutChat, termOf, tokenize } from '../../src/search/analyze.js';

const terms = (text: string): string[] => indexTerms(text);

describe('foldText', () => {
  it('folds case and diacritics', () => {
    expect(foldText('Vis-à-vis SCHRÖDER')).toBe('vis-a-vis schroder');
  });

  it('makes curly quotes and apostrophes straight', () => {
    expect(foldText('“Russia’s” ‘view’')).toBe('"russia\'s" \'view\'');
  });

  it('drops footnote superscripts instead of gluing digits to words', () => {
    expect(terms('Afghanistan.¹ democracy,”³')).toEqual(['afghanistan', 'democraci']);
  });

  it('removes zero-width characters inside a word', () => {
    expect(terms('Pu\u200Btin')).toEqual(['putin']);
  });
});

describe('indexTerms', () => {
  it('treats straight and curly possessives alike', () => {
    expect(terms('Russia’s')).toEqual(terms("Russia's"));
    expect(terms("Russia's interests")).toEqual(['russia', 'interest']);
  });

  it('joins transliterated words with inner apostrophes', () => {
    expect(terms("Bol'shoi Tret’iakov")).toEqual(['bolshoi', 'tretiakov']);
  });

  it('drops stop words', () => {
    expect(terms('What is the role of the SCO?')).toEqual(['role', 'sco']);
  });

  it('drops "though" and "although", and the chat spelling "tho": they join clauses, not topics', () => {
    expect(terms('is china a real partner tho')).toEqual(terms('is china a real partner'));
    expect(terms('although trade grew, though')).toEqual(terms('trade grew'));
  });

  it('drops "one": a number or a pronoun, never a topic ("opening one at 58")', () => {
    expect(terms('which one is the main one')).toEqual(terms('which is the main'));
    expect(terms('one-sided')).toEqual(['side', 'onesid']);
  });

  it('stems English words so forms of a word meet', () => {
    expect(terms('disappointment')).toEqual(terms('disappointed'));
    expect(terms('territories')).toEqual(terms('territory'));
  });

  it('maps demonyms to their countries', () => {
    expect(terms('Russian Chinese Japanese')).toEqual(['russia', 'china', 'japan']);
    expect(terms('Russians')).toEqual(['russia']);
  });

  it('stems a demonym\'s country like the country\'s own name, so Europe meets European', () => {
    expect(terms('European Europeans')).toEqual(terms('Europe Europe'));
    expect(terms('German French Ukrainian')).toEqual(terms('Germany France Ukraine'));
  });

  it('reads America, American, US, U.S. and United States as one country', () => {
    const us = termOf('america');
    for (const text of ['America', 'American', 'US', 'U.S.', 'USA', 'United States', 'the United States']) {
      expect(terms(text)).toEqual([us]);
    }
  });

  it('keeps the lower-case pronoun "us" a stop word, except as "the us"', () => {
    expect(terms('help us')).toEqual(['help']);
    expect(terms('what did the us do')).toEqual([termOf('america')]);
  });

  it('splits hyphenated compounds into their countries', () => {
    expect(terms('Sino-Russian')).toEqual(['china', 'russia']);
    expect(terms('Russo-Japanese')).toEqual(['russia', 'japan']);
    expect(terms('US-led')).toEqual([termOf('america'), termOf('lead')]);
  });

  it('also indexes the joined form of an ordinary compound', () => {
    expect(terms('hard-line')).toEqual(['hard', 'line', 'hardlin']);
  });

  it('folds negative contractions to a stop word', () => {
    expect(terms("didn't Russia")).toEqual(['russia']);
  });
});

describe('termOf', () => {
  it('stems a verb in -ance or -ence as its noun, which the stemmer cuts shorter', () => {
    expect(termOf('counterbalancing')).toBe(termOf('counterbalance'));
    expect(termOf('counterbalanced')).toBe(termOf('counterbalance'));
    expect(termOf('referenced')).toBe(termOf('reference'));
    // Short words and other endings as before.
    expect(termOf('danced')).toBe(termOf('dance'));
    expect(termOf('balancing')).toBe(termOf('balance'));
  });

  it('stems an adverb in -ily as the word it comes from, but not a noun like "family"', () => {
    expect(termOf('militarily')).toBe(termOf('military'));
    expect(termOf('necessarily')).toBe(termOf('necessary'));
    expect(termOf('heavily')).toBe(termOf('heavy'));
    expect(termOf('family')).not.toBe(termOf('famy'));
  });

  it('reads a month shortened as the month, and "the euro" as no demonym of Europe', () => {
    expect(termOf('aug')).toBe(termOf('august'));
    expect(termOf('sept')).toBe(termOf('september'));
    expect(termOf('nov')).toBe(termOf('november'));
    expect(termOf('euro')).not.toBe(termOf('europe'));
    expect(termOf('europeans')).toBe(termOf('europe'));
  });
});

describe('tokenize', () => {
  it('reads the words of fixed phrases ("no doubt", "full of", "in turn") as small words', () => {
    const content = (text: string): string[] => tokenize(text).filter((token) => !token.stop).map((token) => token.word);
    expect(content('No doubt, China and Russia make good partners')).toEqual(['china', 'russia', 'good', 'partners']);
    expect(content('They were full of expectations')).not.toContain('full');
    expect(content('which countries take part in the sco')).toEqual(['countries', 'sco']);
    expect(content('which in turn made it harder')).not.toContain('turn');
    // The same words in their own sense are content.
    expect(content('full membership of the G8')).toContain('full');
    expect(content('does he doubt the partnership')).toContain('doubt');
    expect(content('why did russia turn to china')).toContain('turn');
  });

  it('reads a negative contraction typed without its apostrophe as the contraction ("wont" as "won\'t")', () => {
    const terms = (text: string): string[] => tokenize(text).map((token) => token.term);
    expect(terms('putin wont budge')).toEqual(terms("putin won't budge"));
    expect(terms('they didnt trust china')).toEqual(terms("they didn't trust china"));
  });

  it('reads lower-case "us" before a country or a thing the US has as the country, not after a word taking "us"', () => {
    const termOfUs = (text: string): string | undefined => tokenize(text).find((token) => token.word === 'us')?.term;
    expect(termOfUs('problems in us russia relations')).toBe('usa');
    expect(termOfUs('us-japan alliance')).toBe('usa');
    expect(termOfUs('when did us troops leave')).toBe('usa');
    expect(termOfUs('can you tell us russia\'s reasons')).not.toBe('usa');
    expect(termOfUs('help us understand china')).not.toBe('usa');
    // Opening a keyword question: no pronoun.
    expect(termOfUs('us factor in japan russia ties')).toBe('usa');
    expect(termOfUs('us?')).not.toBe('usa');
  });

  it('keeps stop words in the stream (marked) for glossary phrases', () => {
    expect(tokenize('let down').map((token) => [token.word, token.stop])).toEqual([
      ['let', true],
      ['down', true],
    ]);
  });

  it('never throws on odd input', () => {
    for (const text of ['', '   ', '!!!', '\u0000\u0007', '\u202Eabc', '@everyone **bold**', '🙂'.repeat(50), 'a'.repeat(10_000)]) {
      expect(() => tokenize(text)).not.toThrow();
    }
  });
});

describe('the best-sentence matcher', () => {
  it('finds exactly the terms indexTerms gives, on every sentence of the essay (one analysis for both)', async () => {
    const { loadCorpus } = await import('../../src/corpus/load-corpus.js');
    const { buildPassageIndex } = await import('../../src/search/passage-index.js');
    const { SentenceCache } = await import('../../src/search/rank.js');
    const path = await import('node:path');
    const corpus = loadCorpus(path.join(import.meta.dirname, '../../corpus'));
    const index = buildPassageIndex(corpus);
    const sentences = new SentenceCache(index);
    index.passages.forEach((_passage, id) => {
      const terms = sentences.terms(id);
      sentences.get(id).forEach((sentence, i) => expect(terms[i]).toEqual(new Set(indexTerms(sentence.text))));
    });
  });

  it('knows the US in all its spellings', () => {
    const usa = termOf('america');
    expect(new Set(indexTerms('the United States and the us')).has(usa)).toBe(true);
    expect(indexTerms('the United States and the us').filter((term) => term === usa)).toHaveLength(2);
  });
});

describe('spellOutChat', () => {
  it.each([
    ['what r the issues w sino russian relations', 'what are the issues with sino russian relations'],
    ['y did putin turn to china', 'why did putin turn to china'],
    ['what yr did it happen', 'what year did it happen'],
    ['russia n china b4 2005', 'russia and china before 2005'],
    ['what about n korea', 'what about north korea'],
    ['how r u', 'how are you'],
    ['what did russia get 4 being nice', 'what did russia get for being nice'],
    ['nk nukes and jpn', 'north korea nukes and japan'],
    ['rus mad b/c of it', 'russia mad because of it'],
    ['y r jp n ru stuck', 'why are japan and russia stuck'],
    ['cn and ru trade', 'china and russia trade'],
  ])('spells out "%s"', (question, spelt) => {
    expect(spellOutChat(question)).toBe(spelt);
  });

  it('leaves capitals, abbreviations and words alone', () => {
    for (const question of ['the U.S. and R&D', 'N is a letter', 'Y did it', 'why runs you and r&d', 'you are in the year 2005', 'the 4 islands', 'all 4 of them']) {
      expect(spellOutChat(question)).toBe(question);
    }
  });
});

describe('putPlainly', () => {
  it('reads being on a party\'s side as siding with it, and leaves the sides of a border or of a talk alone', () => {
    expect(putPlainly("was russia on the west's side")).toBe('was russia siding with west');
    expect(putPlainly('was russia on chinas side')).toBe('was russia siding with china');
    expect(putPlainly('was russia on the side of the us after 9/11')).toBe('was russia siding with the US after 9/11');
    for (const question of ['on the russian side of the border', 'on this side of the border', 'what did the japanese side expect', 'on its side']) {
      expect(putPlainly(question)).toBe(question);
    }
  });
});
