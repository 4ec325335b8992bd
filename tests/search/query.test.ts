import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusGlossary } from '../../src/answers/answer-engine.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { compileGlossary } from '../../src/search/glossary.js';
import type { GlossaryRule } from '../../src/search/glossary.js';
import { withoutStudentTask } from '../../src/search/analyze.js';
import { buildPassageIndex } from '../../src/search/passage-index.js';
import type { PassageIndex } from '../../src/search/passage-index.js';
import { analyzeQuestion, inverseDocumentFrequency } from '../../src/search/query.js';
import type { QueryConcept } from '../../src/search/query.js';

const CORPUS_DIR = path.join(import.meta.dirname, '../../corpus');

let index: PassageIndex;
let rules: ReadonlyMap<string, readonly GlossaryRule[]>;
beforeAll(() => {
  const corpus = loadCorpus(CORPUS_DIR);
  index = buildPassageIndex(corpus);
  rules = compileGlossary(loadCorpusGlossary(CORPUS_DIR, corpus));
});

function concepts(question: string): readonly QueryConcept[] {
  return analyzeQuestion(question, index, rules).concepts;
}

function concept(question: string, source: string): QueryConcept {
  const found = concepts(question).find((candidate) => candidate.source === source);
  if (found === undefined) throw new Error(`no concept "${source}" in "${question}"`);
  return found;
}

/** The words searched for a question as the engine reads it, without the student's task. */
function askedSources(question: string): string[] {
  return concepts(withoutStudentTask(question)).map((found) => found.source);
}

const idf = (term: string): number => inverseDocumentFrequency(index, index.documentFrequency.get(term) ?? 0);

describe('analyzeQuestion', () => {
  it('reads the short forms of a class chat as their words, and drops "next to" like other framing phrases', () => {
    const sources = (question: string) => concepts(question).map((found) => found.alternatives.map((alt) => alt.terms.join('+')).sort());
    expect(sources('chinese ppl in the far east')).toEqual(sources('chinese people in the far east'));
    expect(sources('the russian govt')).toEqual(sources('the russian government'));
    expect(concepts('chinese migrants living next to the russian border').map((found) => found.source)).not.toContain('next');
  });

  it('weighs a rare name of the essay far above the countries of every paragraph', () => {
    const question = "How did the Iraq war change Putin's view of Washington?";
    expect(concept(question, 'iraq').weight).toBeGreaterThan(3 * concept(question, 'washington').weight);
  });

  it('gives a metonym no more weight than the common country it stands for', () => {
    // "Moscow" occurs literally in a few passages, but in questions it means Russia.
    const moscow = concept('Does Washington decide Tokyo policy toward Moscow?', 'moscow');
    expect(moscow.weight).toBeLessThanOrEqual(idf('russia') + 1e-9);
    const washington = concept('Does Washington decide Tokyo policy toward Moscow?', 'washington');
    expect(washington.weight).toBeLessThanOrEqual(idf('usa') + 1e-9);
  });

  it('values each alternative at most at its own rarity, and a glossary stand-in below the word itself', () => {
    const tokyo = concept('What does Tokyo want from Moscow?', 'tokyo');
    const own = tokyo.alternatives.find((alt) => alt.via === 'word');
    const japan = tokyo.alternatives.find((alt) => alt.term === 'japan');
    expect(own?.value).toBeGreaterThan(japan?.value ?? Number.POSITIVE_INFINITY);
    for (const alt of tokyo.alternatives) expect(alt.value).toBeLessThanOrEqual(idf(alt.terms[0] ?? '') + 1e-9);
  });

  it('keeps a word and its glossary stand-ins together as one concept', () => {
    const gain = concepts('How did China gain from the rapprochement?').filter((candidate) => candidate.source === 'gain');
    expect(gain).toHaveLength(1);
    expect(gain[0]?.alternatives.map((alt) => alt.term)).toEqual(expect.arrayContaining(['benefit', 'dividend', 'harvest']));
  });

  it('reads a word and its "-ship" noun as one idea, the other form below the word as typed', () => {
    // The essay writes "membership" (¶8) and "member" (¶9), "leadership" and "leaders".
    const membership = concept('g8 membership', 'membership');
    expect(membership.alternatives.map((alt) => [alt.term, alt.via])).toEqual([['membership', 'word'], ['member', 'glossary']]);
    expect(membership.alternatives[1]?.weight).toBeLessThan(1);
    expect(concept('who is the leader', 'leader').alternatives.map((alt) => alt.term)).toContain('leadership');
    // No such form in the essay: nothing added ("friendship", "hardship").
    expect(concept('their friendship', 'friendship').alternatives.map((alt) => alt.term)).not.toContain('friend');
  });

  it('never reads a word typed in capitals as a slip ("ASEAN" is no "Asian"), unless the whole question is in capitals', () => {
    // (The glossary may still relate it to the essay's words: "Asia ~ ASEAN" names it as not in the essay.)
    const asean = concept('what is ASEAN', 'asean').alternatives;
    expect(asean.map((alt) => alt.term)).toContain('asean');
    expect(asean.filter((alt) => alt.via === 'fuzzy' || alt.via === 'prefix')).toEqual([]);
    // Nor offered a "Did you mean" of the essay's words.
    expect(analyzeQuestion('what is ASEAN', index, rules).suggestions).not.toContain('asian');
    expect(concept('WHAT IS ASEAN', 'asean').alternatives.map((alt) => alt.term)).toContain('asia');
  });

  it('weighs a word known only through a typo guess below the same guess typed correctly', () => {
    // "right" is no typo of "light"; a real typo ("Primakof") is still found, at a lower weight.
    const guessed = concept('what did russia do right after 9/11', 'right');
    expect(guessed.alternatives.every((alt) => alt.via !== 'fuzzy' || alt.weight < 1)).toBe(true);
    expect(guessed.weight).toBeLessThan(idf('light'));
    expect(concept('Primakof', 'primakof').alternatives.map((alt) => alt.term)).toContain('primakov');
  });

  it('reads a slip that only one known word fits as that word, as surely as if it were spelt right', () => {
    const meant = (question: string, source: string): string[] => concept(question, source).alternatives.map((alt) => `${alt.term}:${alt.via}`);
    // Two neighbouring letters swapped count as one slip ("riost"); the essay writes only "Taiwanese".
    expect(meant('riost in uzbekistan', 'riost')).toEqual(['riot:word']);
    expect(meant('tiawan', 'tiawan')).toEqual(['taiwan:word']);
    expect(meant('milatary drils', 'milatary')).toEqual(['militari:word']);
    // A slip of a common word is that common word: nothing left to search but the essay's words.
    expect(concepts('whhats abotu the sco').map((c) => c.source)).toEqual(['sco']);
    // A four-letter word is a slip of a common word by a swap ("whta"), not by a changed letter:
    // "Mori" is a name, no "more", and "Ainu" no "ain't".
    expect(concepts('whta did the sco say').map((c) => c.source)).toEqual(['sco']);
    expect(concepts('what did mori say to putin').map((c) => c.source)).toContain('mori');
    // A name of the glossary's, with its possessive "s" typed without the apostrophe, is that name:
    // "jintaos" is no slip of the essay's "joint".
    expect(concept('was hu jintaos china friendly', 'hu jintaos').alternatives.map((alt) => alt.term)).toContain('hu jintao');
    expect(concepts('the ainu people').map((c) => c.source)).toContain('ainu');
  });

  it('reads a slip of several letters as the one reading word with its consonants (or one consonant off), and guesses no further', () => {
    const meant = (question: string, source: string): string[] => concept(question, source).alternatives.map((alt) => `${alt.term}:${alt.via}`);
    // Vowels and a doubled letter gone wrong: three letters from "disappointment", its consonants the same.
    expect(meant('yeltsins promise and the japanese dissapontment', 'dissapontment')).toEqual(['disappoint:word']);
    expect(analyzeQuestion('the japanese dissapontment', index, rules).suggestions).toEqual(['disappointment']);
    // "ph" sounds as "f"; a long word's three consonants are enough; one consonant dropped or two
    // swapped in a long skeleton still fit only one word.
    expect(analyzeQuestion('the demogrfic gap', index, rules).respelt).toBe('the demographic gap');
    expect(analyzeQuestion('the dilllema of migrants', index, rules).respelt).toBe('the dilemma of migrants');
    expect(analyzeQuestion('japanese dissaointment', index, rules).respelt).toBe('japanese disappointment');
    expect(analyzeQuestion('the mutlipoler world', index, rules).respelt).toBe('the multipolar world');
    // Where two of the reading's words have the consonants ("scrt": security, secret), neither is read.
    expect(meant('scerit', 'scerit')).not.toContain('secur:word');
    expect(meant('scerit', 'scerit')).not.toContain('secret:word');
    // A name the reading does not have sounds like none of its words: it stays a name.
    expect(meant('did putin meet medvedev', 'medvedev')[0]).toBe('medvedev:word');
    expect(analyzeQuestion('the port of vladivostok', index, rules).respelt).toBe('the port of vladivostok');
  });

  it('gives the question respelt as read, for the guide to read without looking the slips up again', () => {
    expect(analyzeQuestion('Whhats the riost in Uzbekistan', index, rules).respelt).toBe('whats the riots in Uzbekistan');
    // Without reading slips, "riost" is only a typo guess (its own word first, "riot" below it).
    const unread = analyzeQuestion('riost', index, rules, undefined, { readSlips: false }).concepts[0]?.alternatives ?? [];
    expect(unread.map((alt) => `${alt.term}:${alt.via}`)).not.toContain('riot:word');
  });

  it('keeps guessing where two known words fit a slip, and never corrects a real English word', () => {
    // "puting": Putin, or put(ting)?
    const guesses = concept('puting', 'puting').alternatives.filter((alt) => alt.via === 'fuzzy').map((alt) => alt.term);
    expect(guesses).toEqual(expect.arrayContaining(['putin', 'put']));
    expect(concept('patch', 'patch').alternatives.map((alt) => alt.term)).toEqual(['patch']);
  });

  it('lets no glossary word settle a slip that words of the reading fit too', () => {
    // "enery": the reading's "energy" or "entry"; the glossary's "enemy" is one slip away as well,
    // and was taken for it.
    const terms = concept('enery pipline to nakhodka', 'enery').alternatives.map((alt) => alt.term);
    expect(terms).not.toContain('enemi');
    expect(terms).toContain('energi');
  });

  it('leaves out the words every question is made of', () => {
    const sources = concepts('Who wrote about the pluralistic unipolarity idea? What is the author\'s view?').map((c) => c.source);
    expect(sources).not.toContain('idea');
    expect(sources).not.toContain('view');
    expect(sources).not.toContain('author');
    expect(sources).toContain('pluralistic unipolarity');
  });

  it("leaves out what the student needs the answer for, and the other side's claiming, but keeps the topic's needing", () => {
    // Own wording, a debate class: the task ("for our closing speech") and the asker ("the
    // opposition will argue") are not what the essay is asked about.
    expect(askedSources('i need a line on the SCO for our closing speech tomorrow')).toEqual(askedSources('a line on the SCO'));
    expect(askedSources('the opposition will argue that tokyo has no russia policy of its own')).toEqual(askedSources('tokyo has no russia policy of its own'));
    expect(askedSources('need stats on the far east')).toEqual(askedSources('on the far east'));
    expect(askedSources('why does russia need china')).toContain('need');
    // "The opening of markets" is the topic; only "for my/our ..." names the student's task.
    expect(askedSources('what does he say about the opening of asian markets')).toContain('opening');
  });

  it('leaves out the quoting a student writing a paper asks for: "a line i can cite", "quote please", "citation needed"', () => {
    // "Cite" would meet the footnotes, "line" the essay's one "hard line".
    expect(askedSources('i need a line i can cite saying the china russia partnership is not stable')).toEqual(askedSources('saying the china russia partnership is not stable'));
    expect(askedSources('something we could quote on russians seeing themselves as european')).toEqual(askedSources('on russians seeing themselves as european'));
    expect(askedSources('is the anti american turn a bluff, quote please')).toEqual(askedSources('is the anti american turn a bluff'));
    expect(askedSources('what did china gain from the partnership, citation needed')).toEqual(askedSources('what did china gain from the partnership'));
    expect(askedSources('russia selling energy to asia, a line to cite')).toEqual(askedSources('russia selling energy to asia'));
    // Who the essay cites is a topic.
    expect(askedSources('who does he cite for the population figures')).toContain('cite');
  });

  it('leaves out the checking of a claim, so its claim is what is searched', () => {
    // "Agree" would meet the paragraphs about agreements, "true" the one paragraph using it.
    expect(askedSources('does the author agree that tokyo is left out in its own region')).toEqual(askedSources('tokyo is left out in its own region'));
    expect(askedSources('is it true that the sco told the americans to leave central asia')).toEqual(askedSources('the sco told the americans to leave central asia'));
    // As a learner of English may ask it, without "it".
    expect(askedSources('is true that china wants russian territory back')).toEqual(askedSources('china wants russian territory back'));
    expect(askedSources('can i argue that russians see themselves as european')).toEqual(askedSources('russians see themselves as european'));
    // Whether others agreed is the topic.
    expect(askedSources('did hu jintao agree with putin')).toContain('agree');
  });

  it('leaves out a word weighing a frame word ("his big idea"), not the same word before a topic', () => {
    const sources = (question: string) => concepts(question).map((found) => found.source);
    expect(sources("what was primakov's big idea")).toEqual(['primakov']);
    expect(sources("what's the key point about the islands")).toEqual(sources('islands'));
    expect(sources('is russia a big trading partner of china')).toContain('big');
  });
});
