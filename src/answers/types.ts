// What the answer engine returns. Views (Discord embeds, console text, CLI JSON) render these
// shapes and never re-run search, so every front end shows the same answer.
import type { Footnote } from '../corpus/types.js';
import type { ReadingFact } from './reading-itself.js';

export interface ParagraphResult {
  readonly kind: 'paragraph';
  readonly reading: string;
  readonly number: number;
  /** The paragraph exactly as parsed (see Paragraph.text). */
  readonly text: string;
  /** The best-matching sentence: an exact substring of `text`, which views emphasise. */
  readonly highlight: string;
  /** The footnotes this paragraph cites, whole. */
  readonly footnotes: readonly Footnote[];
  readonly score: number;
  /** Question terms (as typed, folded) that matched this passage. */
  readonly matchedTerms: readonly string[];
}

export interface FootnoteResult {
  readonly kind: 'footnote';
  readonly reading: string;
  readonly number: number;
  readonly text: string;
  readonly citedBy: readonly number[];
  readonly score: number;
  readonly matchedTerms: readonly string[];
}

export type AnswerResult = ParagraphResult | FootnoteResult;

export interface AnswerOptions {
  /** How many results to return (default 3). */
  readonly limit?: number;
  /** How many of the ranked results to skip (for "More passages"). */
  readonly offset?: number;
  /** The reading to search (its id), or `all` (ALL_READINGS) or nothing for every reading. */
  readonly reading?: string;
}

/**
 * How far the reading answers the question. `answered`: the best passage covers it. `partial`:
 * passages bear on it, but key content of the question (a named thing, a topic) is not in the
 * reading, so they are offered as the nearest, not as the answer. `none`: nothing answers it.
 */
export type Coverage = 'answered' | 'partial' | 'none';

/** What `missing` holds when the answer asked for is of a kind the nearest passage does not give. */
export const NOT_GIVEN = Object.freeze({ number: 'a number', date: 'a date', name: 'a name', names: 'names', thing: 'the name', place: 'a place', report: 'what was said', year: 'another year', later: 'later events', view: 'their view', definition: 'what it is', cause: 'why' });

/** A reading as it introduces itself: its title and author line. */
export interface ReadingCard {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  /** The latest year its paragraphs name (not a footnote's date of publication), or null: when it was written, at the earliest. */
  readonly latestYear: number | null;
  readonly paragraphs: number;
  readonly footnotes: number;
}

/** "Nothing found" is a result, not an error. */
export type Answer =
  | {
      readonly kind: 'answer';
      readonly coverage: 'answered' | 'partial';
      /**
       * For `partial`: the question's key words the reading never uses (as typed, folded), or one
       * of the NOT_GIVEN markers when the question asks for a kind of answer the first passage
       * does not give (a number, a date, the name of an office's holder, the names of several things,
       * one thing's name, a place, what someone said or agreed, the year asked about) or cannot give
       * (what happened after it was written).
       */
      readonly missing: readonly string[];
      readonly question: string;
      readonly results: readonly AnswerResult[];
      /** Total number of results above the relevance threshold (for paging). */
      readonly total: number;
      readonly matchedTerms: readonly string[];
      readonly suggestions: readonly string[];
    }
  | {
      /** "Who wrote this", "what is the essay called": the reading's own title and author line answer it, not a passage. */
      readonly kind: 'about-reading';
      readonly coverage: 'answered';
      readonly question: string;
      /** What was asked: the author, who the author is beyond the name, the title, the date (which the readings do not give), or the length. */
      readonly asked: ReadingFact;
      /** The readings asked about (those in scope), as their title and author lines give them. */
      readonly readings: readonly ReadingCard[];
      /** Always empty: nothing was misspelt for a "did you mean". */
      readonly suggestions: readonly string[];
    }
  | {
      readonly kind: 'no-match';
      readonly coverage: 'none';
      /** True for chit-chat ("hi", "thanks"): the reply is a pointer to help, not "nothing found". */
      readonly smallTalk: boolean;
      readonly question: string;
      /** Close words from the essay ("did you mean"), possibly empty. */
      readonly suggestions: readonly string[];
      /** The nearest paragraphs, below the threshold, offered honestly as such. */
      readonly nearest: readonly ParagraphResult[];
    };
