import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusGuides } from '../../src/answers/answer-engine.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { parseReading } from '../../src/corpus/parse-reading.js';
import { checkGuide, parseGuide } from '../../src/search/guide.js';

const CORPUS_DIR = path.join(import.meta.dirname, '../../corpus');

describe('parseGuide', () => {
  it('reads gists, posed questions, thesis and conclusion, ignoring comments and blank lines', () => {
    const guide = parseGuide(
      ['# a comment', '', '¶1: Two neighbours make up.', '¶2 asks: Will it last? -> ¶3, ¶1', 'thesis: ¶1', 'conclusion: ¶3, ¶2'].join('\n'),
      'g.txt',
    );
    expect(guide.gists.get(1)).toEqual({ text: 'Two neighbours make up.', line: 3 });
    expect(guide.questions).toEqual([{ line: 4, askedIn: 2, text: 'Will it last?', answeredIn: [3, 1] }]);
    expect(guide.thesis).toEqual([1]);
    expect(guide.conclusion).toEqual([3, 2]);
  });

  it('reads the sections: first and last paragraph, and what each is about', () => {
    const guide = parseGuide('section ¶1-¶2: the quarrel\nsection ¶3 - ¶4: the peace', 'g.txt');
    expect(guide.sections).toEqual([
      { line: 1, first: 1, last: 2, text: 'the quarrel' },
      { line: 2, first: 3, last: 4, text: 'the peace' },
    ]);
    expect(() => parseGuide('section ¶4-¶2: backwards', 'g.txt')).toThrow('g.txt:1: a section runs from its first paragraph to its last');
    const reading = parseReading('# T\n\nAn Author\n\nOne.\n\nTwo.\n', 't.md', 't');
    expect(() => checkGuide(parseGuide('section ¶1-¶9: too long', 'g.txt'), reading)).toThrow('g.txt:1: ¶9 does not exist');
  });

  it('reads where the argument turns: what it leaves, and what it turns to', () => {
    const guide = parseGuide('¶2 turns: the quarrel -> how the neighbours make up', 'g.txt');
    expect(guide.turns).toEqual([{ line: 1, at: 2, from: 'the quarrel', to: 'how the neighbours make up' }]);
    const reading = parseReading('# T\n\nAn Author\n\nOne.\n\nTwo.\n', 't.md', 't');
    expect(() => checkGuide(parseGuide('¶5 turns: a -> b', 'g.txt'), reading)).toThrow('g.txt:1: ¶5 does not exist');
  });

  it.each([
    ['¶1 the gist without a colon', /g\.txt:1: a guide line needs a ":"/],
    ['¶x: not a number', /g\.txt:1: "¶x" is not a paragraph number/],
    ['¶2 asks: a question without its answers', /g\.txt:1: a question line needs "->"/],
    ['¶1: one\n¶1: two', /g\.txt:2: ¶1 has a gist already/],
    ['thesis:', /g\.txt:1: nothing after "thesis:"/],
    ['¶2 turns: the quarrel, the peace', /g\.txt:1: a turn line needs "->"/],
    ['¶2 turns: -> the peace', /g\.txt:1: write what the argument leaves before "->"/],
  ])('names the file and line of a broken line (%s)', (source, message) => {
    expect(() => parseGuide(source, 'g.txt')).toThrow(message);
  });

  it('refuses a guide naming a paragraph the reading does not have, with its line', () => {
    const reading = parseReading('# T\n\nAn Author\n\nOne.\n\nTwo.\n', 't.md', 't');
    const guide = parseGuide('¶1: fine\n\n¶2 asks: why? -> ¶9', 'g.txt');
    expect(() => checkGuide(guide, reading)).toThrow('g.txt:3: ¶9 does not exist: t has paragraphs 1–2');
  });

  it('the essay\'s guide has a gist for every paragraph and parses cleanly', () => {
    const corpus = loadCorpus(CORPUS_DIR);
    const guide = loadCorpusGuides(CORPUS_DIR, corpus).get('russo-japanese-relations');
    expect(guide?.gists.size).toBe(corpus.readings[0]?.paragraphs.length);
    expect(guide?.conclusion.length).toBeGreaterThan(0);
  });
});
