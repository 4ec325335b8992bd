// How a student names the reading in a course of several: by its author ("the yokote reading",
// "what does yokate say"), by its title's words ("the russia-japan article") or by its place in
// the course ("week 7: ...", "this week's text"). The name says which text is asked about, not
// what about: searched as words, "week" and "7" meet nothing and weigh the question down, and
// "article" meets the footnotes that cite articles. The name is read as "the essay", which the
// search takes for the frame it is.
import type { Reading } from '../corpus/types.js';
import { foldText, STOP_WORDS, termOf } from '../search/analyze.js';
import { editDistance } from '../search/edit-distance.js';
import { isDictionaryWord } from '../search/english-words.js';

/** What names a reading: its author's names and the terms of its title. */
export interface ReadingNames {
  readonly authorNames: readonly string[];
  readonly titleTerms: ReadonlySet<string>;
}

/** The names of the readings in a scope. */
export function readingNamesOf(readings: readonly Pick<Reading, 'title' | 'author'>[]): ReadingNames {
  const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  return {
    authorNames: [...new Set(readings.flatMap((reading) => words(reading.author)).filter((word) => word.length >= 3))],
    titleTerms: new Set(readings.flatMap((reading) => words(reading.title)).filter((word) => !STOP_WORDS.has(word)).map(termOf)),
  };
}

// The nouns a student calls a reading by.
const READING_NOUNS: ReadonlySet<string> = new Set(['reading', 'readings', 'article', 'text', 'essay', 'piece', 'paper', 'chapter']);
// Words placing a reading in the course: "this week's", "last week's", "the assigned", "today's".
const COURSE_WORDS: ReadonlySet<string> = new Set(['week', 'weeks', "week's", 'wk', 'this', 'last', 'next', 'today', "today's", 'todays', 'assigned', 'required', 'set', 'our']);
// Words that may come before the name: "the yokote reading", "in this week's text".
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'our', 'his', 'in', 'from', 'of', 'on', 'for', 'to', 'about']);
// "Week 7", "wk7", "week #7": the reading's place in the course, alone too ("week 7: the sco").
const WEEK_NUMBER = /\b(?:(?:for|from|in|of) )?(?:week|wk)\s*#?\s*\d{1,2}\b\s*:?/gi;
const MAX_NAME_WORDS = 4;
// A question about the reading's sources ("what journal published the article", "the article in
// the footnotes"): its "article" may be one of theirs.
const ABOUT_SOURCES = /\b(?:foot\s?notes?|fn|end\s?notes?|cit(?:e|es|ed|ing|ation|ations)|journals?|publish(?:ed|es|er|ers)?|sources?|references?|bibliography)\b/i;
// After "the article": words saying it is one the reading cites ("the article by Lukin", "the
// article in footnote 3", "the article he cites").
const CITED_AFTER = /^(?:by|from|of|in)\s+(?:the\s+)?(?:foot\s?notes?|fn|notes?|end\s?notes?|bibliography|references?)\b|^(?:by|written by|cited|quoted|listed)\b|^(?:(?:that|which)\s+)?(?:he|she|they|the author|yokote|it)\s+(?:cites?|cited|quotes?|quoted|references?|referenced|mentions?|mentioned|uses?|used)\b/i;

/** True for a word naming the reading's author, a slip of it too ("yokate" for Yokote). */
function isAuthorName(word: string, names: ReadingNames): boolean {
  const bare = word.replace(/'s$|s'$/, '');
  if (names.authorNames.includes(bare)) return true;
  // One slip, the first letter kept: two would take "Shinzo" (Abe) for the author "Shinji".
  // (The dictionary is asked last: most words are near no author, and a one-shot answer need not load it.)
  if (bare.length < 5) return false;
  return names.authorNames.some((name) => name.length >= 5 && name[0] === bare[0] && editDistance(bare, name, 1) <= 1) && !isDictionaryWord(bare);
}

/** A token as compared: folded, without the punctuation around it. */
function bare(token: string): string {
  return foldText(token).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
}

/**
 * The question with each name of the reading read as "the essay", its author as "the author",
 * and "week 7" left out; every other word as typed. A name needs its author, its place in the
 * course, or two words of its title ("the russia japan article"): "the Russian article" is a
 * footnote's, and "which article" asks for one.
 */
export function withReadingNamed(question: string, names: ReadingNames): string {
  const tokens = question.replace(WEEK_NUMBER, ' this week ').split(/\s+/).filter((token) => token !== '');
  const out: string[] = [];
  // "The chapter by Yokote": the name after the noun; its "by" and name are left out below.
  const skip = new Set<number>();
  for (const [i, token] of tokens.entries()) {
    if (skip.has(i)) continue;
    const noun = bare(token);
    if (!READING_NOUNS.has(noun)) {
      out.push(token);
      continue;
    }
    const byAuthor = bare(tokens[i + 1] ?? '') === 'by' && isAuthorName(bare(tokens[i + 2] ?? ''), names);
    if (byAuthor) {
      skip.add(i + 1).add(i + 2);
      if (!['the', 'this'].includes(bare(out.at(-1) ?? ''))) out.push('the');
      out.push((tokens[i + 2] ?? '').replace(/^[\p{L}']+/u, 'essay'));
      continue;
    }
    // Walk back over the words naming the reading.
    let start = out.length;
    let author = false;
    let course = false;
    const titleTerms = new Set<string>();
    while (start > 0 && out.length - start < MAX_NAME_WORDS) {
      const named = bare(out[start - 1] ?? '')
        .split('-')
        .every((word) => {
          if (isAuthorName(word, names)) return (author = true);
          if (COURSE_WORDS.has(word) || /^\d{1,2}$/.test(word)) return (course = true);
          const term = termOf(word);
          if (!names.titleTerms.has(term)) return false;
          titleTerms.add(term);
          return true;
        });
      if (!named) break;
      start--;
    }
    const nameWords = out.length - start;
    const before = out[start - 1];
    // "The article" alone is the reading, unless the words after it point to one it cites.
    const theReading =
      nameWords === 0 && before !== undefined && ['the', 'this'].includes(bare(before)) && !CITED_AFTER.test(tokens.slice(i + 1, i + 5).join(' ')) && !ABOUT_SOURCES.test(question);
    const isName = theReading || (nameWords > 0 && (author || course || titleTerms.size >= 2 || (noun.startsWith('reading') && titleTerms.size === 1)));
    if (!isName || (before !== undefined && !DETERMINERS.has(bare(before)) && !author && !course)) {
      out.push(token);
      continue;
    }
    out.splice(start, nameWords);
    const last = out.at(-1);
    if (last === undefined || !['the', 'this'].includes(bare(last))) out.push('the');
    // The noun's punctuation stays ("the yokote reading," keeps its comma).
    out.push(token.replace(/\p{L}+/u, 'essay'));
  }
  const named = out.map((token) => (isAuthorName(bare(token), names) ? token.replace(/[\p{L}']+/u, 'the author') : token));
  // What is left of a week's number ("week 7: ..." read as "this week"): the course, not the question.
  return named.join(' ').replace(/\bthis week\b/gi, ' ').replace(/\s+/g, ' ').trim();
}
