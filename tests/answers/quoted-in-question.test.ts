import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { placeQuoted, quotedPhrases } from '../../src/answers/quoted-in-question.js';

const corpus = loadCorpus(path.join(import.meta.dirname, '../../corpus'));

describe('phrases a question quotes', () => {
  it('finds double, curly and single quotes, never an apostrophe, and only phrases of three words or more', () => {
    expect(quotedPhrases('he says "has to approach Russia" and ‘as well as China’, why')).toEqual(['has to approach Russia', 'as well as China']);
    expect(quotedPhrases("russia's view: 'expected to take a middle course' between what")).toEqual(['expected to take a middle course']);
    expect(quotedPhrases("why is it russia's and china's 'good partners' thing")).toEqual([]);
    expect(quotedPhrases("what were the russian and chinese leaders' views on japan's 'bid' for a seat")).toEqual([]);
    expect(quotedPhrases("the 'Russian Far East's' migrants")).toEqual(["Russian Far East's"]);
  });

  it('places a quoted phrase in the one paragraph holding it, exactly or nearly', () => {
    expect(placeQuoted(corpus, "he says japan 'has to approach russia as well as china', why")).toMatchObject({ kind: 'paragraph', first: 31 });
    // One letter slipped: still ¶14's "make good partners psychologically".
    expect(placeQuoted(corpus, "what does he mean by 'make good partners psychologicaly'")).toMatchObject({ kind: 'paragraph', first: 14 });
    // Words of its own, not the reading's: no place.
    expect(placeQuoted(corpus, "is it 'a marriage of convenience' or not")).toBeUndefined();
  });
});
