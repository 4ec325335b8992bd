import { describe, expect, it } from 'vitest';
import { listsOf, paragraphsForIntent, recognizeIntent } from '../../src/answers/intent.js';
import { parseReading } from '../../src/corpus/parse-reading.js';
import { EMPTY_GUIDE, parseGuide } from '../../src/search/guide.js';

const reading = parseReading(
  [
    '# Neighbours',
    '',
    'An Author',
    '',
    'Recent events raise several questions.',
    '',
    'Will the two neighbours stay close? Can trade carry them?',
    '',
    'First, trade between them is thin.',
    '',
    'Second, their people mistrust each other.',
    '',
    'Last but not least, their elites look elsewhere.',
    '',
    'To sum up, the partnership is shallow.',
    '',
    'The islands remain a sore point.',
  ].join('\n'),
  'n.md',
  'n',
);

describe('recognizeIntent', () => {
  it.each([
    ['tldr?', 'summary'],
    ['how does he wrap it up', 'summary'],
    ["what is the author's advice", 'summary'],
    ['what does yokote recommend for japan', 'summary'],
    ["what's the author's conclusion", 'summary'],
    ['what is the main argument', 'summary'],
    ['what questions does the essay raise', 'posed-questions'],
    ['where does he set up his questions', 'posed-questions'],
    ['where does the author lay out the questions', 'posed-questions'],
    ['his 2nd point about trade', 'point'],
    ['the last reason he gives', 'point'],
    ['how many problems does he list', 'enumeration'],
    ['how many reasons are there for distrust', 'enumeration'],
    ['the problems he lists with the partnership', 'enumeration'],
    ['what obstacles does the author identify', 'enumeration'],
    ['list of issues between them', 'enumeration'],
    ['where does he start listing the problems with the partnership', 'enumeration'],
    ['where does the author go through the issues', 'enumeration'],
    ['does their partnership have any problems', 'enumeration'],
    ['why does he think the alliance has problems?', 'enumeration'],
  ])('recognises "%s" as %s', (question, kind) => {
    expect(recognizeIntent(question).intent?.kind).toBe(kind);
  });

  it.each([
    ['whats the conclsion', { kind: 'summary' }],
    ['first qeustion the author asks', { kind: 'point', ordinal: 1, ofPosedQuestions: true }],
    ['the secnd reason', { kind: 'point', ordinal: 2, ofPosedQuestions: false }],
    ['whats the main arguement', { kind: 'summary' }],
  ])('reads a slip of a structure word as the word: "%s"', (question, intent) => {
    expect(recognizeIntent(question).intent).toEqual(intent);
  });

  it.each([
    ['i dont get paragraph 12', 12],
    ['what does ¶14 mean', 14],
    ['what is the main point of paragraph 22', 22],
    ['para #7?', 7],
    ['whats the third paragraph about', 3],
    ['the 5th paragraph', 5],
    ['the last paragraph, what is it saying', 99],
  ])('reads "%s" as a question about one paragraph', (question, number) => {
    expect(recognizeIntent(question).intent).toEqual({ kind: 'paragraph', number });
  });

  it.each([
    'how does the essay end',
    'how does he finish the article',
    'what does the author end on',
    'how does it end?',
    "what's the ending",
    'closing remarks?',
    'the last part of the text, what is it saying',
    'what does he leave the reader with',
  ])('reads "%s" as a question about where the reading ends: its last paragraph', (question) => {
    expect(recognizeIntent(question).intent).toEqual({ kind: 'paragraph', number: 99 });
  });

  it.each([
    "what's the intro about",
    'how does the essay start',
    'what does the author open with',
    'what is the first part about',
    'whats the opening section saying',
    'what happens at the beginning of the article',
    'the opening paragraph, what is it saying',
    "in yokote's essay's introduction, what is russia doing",
  ])('reads "%s" as a question about where the reading begins: its first paragraph', (question) => {
    expect(recognizeIntent(question).intent).toEqual({ kind: 'paragraph', number: 1 });
  });

  it.each([
    'what happened at the beginning of the 21st century',
    'how did the talks start',
    'the start of the cold war',
    'need it for the intro slide',
    'how to write essay intro',
    'the first part of the pipeline',
  ])('leaves the beginnings the reading tells of, and the asker\'s own, to the search: "%s"', (question) => {
    expect(recognizeIntent(question).intent).toBeUndefined();
  });

  it('reads "the end part" as where the reading ends, and asked for its conclusion searches no words of it', () => {
    expect(recognizeIntent('the end part, what is it saying').intent).toEqual({ kind: 'paragraph', number: 99 });
    const concluding = recognizeIntent('i read the end part, what does he conclude');
    expect(concluding.intent).toEqual({ kind: 'summary' });
    expect(concluding.rest).not.toMatch(/\bend\b|\bpart\b/);
  });

  it.each(['how did the cold war end', 'did the talks end with a deal', 'the final part of the pipeline', 'what happened at the end of the war'])(
    'leaves the ends the reading itself tells of to the search: "%s"',
    (question) => {
      expect(recognizeIntent(question).intent).toBeUndefined();
    },
  );

  it.each([
    ['what journal is footnote 2 from', 2],
    ['the book in foot note #3', 3],
    ['fn 4 who wrote it', 4],
    ['what is in note 5', 5],
    ['who wrote the book cited in the second footnote', 2],
    ['what does the 3rd note say', 3],
  ])('reads "%s" as a question about one footnote', (question, number) => {
    expect(recognizeIntent(question).intent).toEqual({ kind: 'footnote', number });
  });

  it('does not take a verb "notes" for a footnote', () => {
    expect(recognizeIntent('the essay notes 2 problems with china').intent?.kind).not.toBe('footnote');
  });

  it('reads "what are the five problems" as a question about a list of that many points', () => {
    expect(recognizeIntent('what are the five problems').intent).toEqual({ kind: 'enumeration', count: 5 });
    expect(recognizeIntent('his 3 questions').intent).toEqual({ kind: 'enumeration', count: 3, ofQuestions: true });
    expect(recognizeIntent('the two countries').intent).toBeUndefined();
  });

  it('does not take problems the essay may name anywhere for its list', () => {
    expect(recognizeIntent('what are the problems with the oil pipeline').intent).toBeUndefined();
    expect(recognizeIntent('did putin list his demands').intent).toBeUndefined();
  });

  it('does not take a page or a year for a paragraph', () => {
    expect(recognizeIntent('what is on page 12').intent).toBeUndefined();
    expect(recognizeIntent('what happened in 2005').intent).toBeUndefined();
  });

  it('leaves out where in the essay the student looks, misspelt too: "in the begining" is no search word', () => {
    expect(recognizeIntent('what questions does he pose in the begining').rest).not.toMatch(/begin/);
    expect(recognizeIntent('what questions does he pose in the beginning').rest).not.toMatch(/begin/);
  });

  it.each([
    ['what is question one', { kind: 'point', ordinal: 1, ofPosedQuestions: true }],
    ['problem number 2?', { kind: 'point', ordinal: 2, ofPosedQuestions: false }],
    ['what does problem #3 say', { kind: 'point', ordinal: 3, ofPosedQuestions: false }],
  ])('reads a point counted after its word: "%s"', (question, intent) => {
    expect(recognizeIntent(question).intent).toEqual(intent);
  });

  it("does not take someone's dissertation for the essay's thesis", () => {
    expect(recognizeIntent('did putin really write a thesis on natural resources').intent).toBeUndefined();
    expect(recognizeIntent("putin's thesis on energy").intent).toBeUndefined();
    expect(recognizeIntent("what's yokote's thesis").intent?.kind).toBe('summary');
  });

  it('does not take a count of things for a numbered point', () => {
    expect(recognizeIntent('the reason two countries get along').intent).toBeUndefined();
    expect(recognizeIntent('the problem one million people leaving caused').intent).toBeUndefined();
  });

  it('does not take a real English word for a slip of a structure word', () => {
    // "pointy" and "reasons" are one letter from "point" and "reason"s but are words of their own.
    expect(recognizeIntent('the first pointy hat').intent).toBeUndefined();
    expect(recognizeIntent('a fist fight').intent).toBeUndefined();
  });

  it('leaves ordinary questions alone, including "conclude" said of someone else', () => {
    expect(recognizeIntent('why did putin turn to china').intent).toBeUndefined();
    expect(recognizeIntent('what did putin conclude from the iraq war').intent).toBeUndefined();
  });

  it('reads where the author switches, moves on or turns from one matter to another as a turn of the argument', () => {
    for (const question of ['where does he switch from japan to china', 'where does the essay move on to the problems', 'the turning point in the argument', 'at what point does the author shift from the us to china']) {
      expect(recognizeIntent(question).intent, question).toEqual({ kind: 'turn' });
    }
    // Its sides stay to be searched.
    expect(recognizeIntent('where does he switch from japan to china').rest).toMatch(/from japan to china/);
    // A country turning is no turn of the argument.
    expect(recognizeIntent('why did russia switch from the west to china').intent).toBeUndefined();
    expect(recognizeIntent('when did putin move from the us to china').intent).toBeUndefined();
  });

  it('reads a section by its number and end, a section by its subject, the outline, and a passage\'s neighbour', () => {
    expect(recognizeIntent('where does the third section start').intent).toEqual({ kind: 'section', ordinal: 3, edge: 'start' });
    expect(recognizeIntent("what's the second section's conclusion").intent).toEqual({ kind: 'section', ordinal: 2, edge: 'end' });
    expect(recognizeIntent('where does the intro end and the actual argument start').intent).toEqual({ kind: 'section', ordinal: 1, edge: 'start' });
    expect(recognizeIntent('where does the part on russia and the west end').intent).toEqual({ kind: 'section', edge: 'end' });
    expect(recognizeIntent('how is the essay organised').intent).toEqual({ kind: 'outline' });
    expect(recognizeIntent('what comes after the iraq war bit')).toMatchObject({ intent: { kind: 'neighbour', offset: 1 }, rest: expect.stringMatching(/iraq war/) });
    expect(recognizeIntent('the paragraph before the one on gref').intent).toEqual({ kind: 'neighbour', offset: -1 });
    // Events after events, and "the first part", are no sections or neighbours.
    expect(recognizeIntent('what came after the iraq war').intent).toBeUndefined();
    expect(recognizeIntent('what is the first part about').intent).toEqual({ kind: 'paragraph', number: 1 });
  });

  it('takes the intent\'s words out of what is searched', () => {
    expect(recognizeIntent('the conclusion about trade').rest).not.toMatch(/conclusion/);
  });
});

describe('paragraphsForIntent without a guide: the reading\'s own signals', () => {
  it('finds the summing-up paragraph by its marker, then the last one', () => {
    expect(paragraphsForIntent({ kind: 'summary' }, reading, EMPTY_GUIDE)).toEqual([6, 7]);
  });

  it('finds the paragraph announcing the questions, then the one asking them', () => {
    expect(paragraphsForIntent({ kind: 'posed-questions' }, reading, EMPTY_GUIDE).slice(0, 2)).toEqual([1, 2]);
  });

  it('takes a paragraph turning back to the questions after they are asked for no announcer', () => {
    const text = [
      '# Questions',
      'An Author',
      'These events raise several questions.',
      'First, will it last? Second, who gains?',
      'To consider these questions, we turn to history.',
      'History shows much.',
    ].join('\n\n');
    const asked = parseReading(text, 'q.md', 'q');
    expect(paragraphsForIntent({ kind: 'posed-questions' }, asked, EMPTY_GUIDE)).not.toContain(3);
    expect(paragraphsForIntent({ kind: 'posed-questions' }, asked, EMPTY_GUIDE).slice(0, 2)).toEqual([1, 2]);
  });

  it('finds the n-th point and the last one by their discourse markers', () => {
    expect(paragraphsForIntent({ kind: 'point', ordinal: 2, ofPosedQuestions: false }, reading, EMPTY_GUIDE)).toEqual([4]);
    expect(paragraphsForIntent({ kind: 'point', ordinal: 99, ofPosedQuestions: false }, reading, EMPTY_GUIDE)).toEqual([5]);
  });

  it('finds "the third question" among the paragraphs posing questions, by their place where no marker says "Third"', () => {
    const text = [
      '# Asked',
      'An Author',
      'These events raise several questions.',
      'First, will it last?',
      'Second, who gains?',
      'Last but not least, what follows?',
      'Third, the border is still disputed.',
      // An essay poses its questions in its first third: twelve paragraphs put ¶4 there.
      ...['Trade grew.', 'Talks stalled.', 'Visits were made.', 'Prices rose.', 'Plans changed.'],
      'To sum up, much is open.',
    ].join('\n\n');
    const asked = parseReading(text, 'asked.md', 'asked');
    expect(paragraphsForIntent({ kind: 'point', ordinal: 3, ofPosedQuestions: true }, asked, EMPTY_GUIDE)[0]).toBe(4);
    expect(paragraphsForIntent({ kind: 'point', ordinal: 99, ofPosedQuestions: true }, asked, EMPTY_GUIDE)[0]).toBe(4);
    // "The third problem" is the paragraph opening "Third".
    expect(paragraphsForIntent({ kind: 'point', ordinal: 3, ofPosedQuestions: false }, asked, EMPTY_GUIDE)).toEqual([5]);
  });

  it('gives "the first problem" as a point the essay makes, before a question it asks', () => {
    const text = [
      '# Points',
      'An Author',
      'These events raise questions.',
      'First, will it last?',
      'Second, who gains?',
      'Yet several problems remain.',
      'First, trade is thin.',
      'Second, people leave.',
      'Third, the border is disputed.',
      'To sum up, much is open.',
    ].join('\n\n');
    const points = parseReading(text, 'points.md', 'points');
    expect(paragraphsForIntent({ kind: 'point', ordinal: 1, ofPosedQuestions: false }, points, EMPTY_GUIDE)).toEqual([5, 2]);
    expect(paragraphsForIntent({ kind: 'point', ordinal: 1, ofPosedQuestions: true }, points, EMPTY_GUIDE)[0]).toBe(2);
    // "The last problem": the last point of the list, where no paragraph opens "Last".
    expect(paragraphsForIntent({ kind: 'point', ordinal: 99, ofPosedQuestions: false }, points, EMPTY_GUIDE)[0]).toBe(7);
  });

  it('finds the lists a reading goes through: the announcing paragraph, then up to its last ordinal', () => {
    // ¶2 asks, ¶3 "First", ¶4 "Second", ¶5 "Last but not least": announced by ¶2.
    expect(listsOf(reading)).toEqual([[2, 3, 4, 5]]);
    expect(paragraphsForIntent({ kind: 'enumeration' }, reading, EMPTY_GUIDE)).toEqual([2]);
  });

  it('puts the guide\'s conclusion first when the teacher gave one', () => {
    const guide = parseGuide('conclusion: ¶7', 'g.txt');
    expect(paragraphsForIntent({ kind: 'summary' }, reading, guide)[0]).toBe(7);
  });
});
