import { describe, expect, it } from 'vitest';
import { readingFactAsked } from '../../src/answers/reading-itself.js';

describe('readingFactAsked', () => {
  it.each([
    ['who is the author', 'author'],
    ['who wrote this essay?', 'author'],
    ['who wrote this?', 'author'],
    ['what is it called', 'title'],
    ['how long is it', 'length'],
    ['ok so whos the writer of the text again', 'author'],
    ['author?', 'author'],
    ["what's the author's name", 'author'],
    ['what is the title of the reading', 'title'],
    ['what is this essay called', 'title'],
    ['when was the essay written', 'date'],
    ['when was it published?', 'date'],
    ['how old is this text', 'date'],
    ['how long is the essay', 'length'],
    ['how many paragraphs does the essay have', 'length'],
    ['how many footnotes are there', 'length'],
    ['is the author japanese', 'background'],
    ['where is the writer from?', 'background'],
    ["what's the author's background", 'background'],
  ])('reads "%s" as asking for the reading\'s %s', (question, fact) => {
    expect(readingFactAsked(question)).toBe(fact);
  });

  it.each([
    'what does the author say about china',
    'who is the author of the book in footnote 1',
    'who does the author quote the most',
    'when was the sco created',
    'what is the title of the book putin wrote',
    'why did the author write about hamas',
    'how many islands are there',
    'how long is the border between china and russia',
    'is the author right about china',
    'where is putin from',
  ])('leaves "%s" to the passages', (question) => {
    expect(readingFactAsked(question)).toBeUndefined();
  });
});
