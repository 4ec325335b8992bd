// The JSON shapes of the command line (`ask`, `footnote`, `passage`, `passages` with --json).
// They are an interface: teachers script them and other tools read them, so fields are only
// ever added, never renamed or removed. Pure: answers and readings in, plain objects out.
import type { ReadingFact } from '../answers/reading-itself.js';
import type { Answer, AnswerResult, Coverage, ParagraphResult, ReadingCard } from '../answers/types.js';
import type { ReadingCompanions } from '../corpus/load-corpus.js';
import type { Corpus, Footnote, Paragraph, Reading } from '../corpus/types.js';
import type { Motion } from '../debate/types.js';

export interface FootnoteRefJson {
  readonly number: number;
  readonly text: string;
}

export interface ParagraphResultJson {
  readonly kind: 'paragraph';
  readonly reading: string;
  readonly number: number;
  readonly text: string;
  readonly highlight: string;
  readonly footnotes: readonly FootnoteRefJson[];
  readonly score: number;
}

export interface FootnoteResultJson {
  readonly kind: 'footnote';
  readonly reading: string;
  readonly number: number;
  readonly text: string;
  readonly citedBy: readonly number[];
  readonly score: number;
}

export type ResultJson = ParagraphResultJson | FootnoteResultJson;

export interface AnswerJson {
  readonly question: string;
  /**
   * Empty when nothing matches well (then `matched` is false and `nearest` may hold weak matches),
   * and for a question about the reading itself (then `aboutReading` answers it).
   */
  readonly results: readonly ResultJson[];
  readonly suggestions: readonly string[];
  /** Added field: coverage !== "none". */
  readonly matched: boolean;
  /** Added field: the nearest paragraphs below the relevance threshold; always [] when matched. */
  readonly nearest: readonly ParagraphResultJson[];
  /**
   * Added field. `answered`: the results answer the question. `partial`: the reading does not say
   * it directly (`missing` says what it never mentions); the results are the nearest passages.
   * `none`: no results (weak ones may be in `nearest`).
   */
  readonly coverage: Coverage;
  /** Added field: for `partial`, question words the reading never uses ("a number" when it gives no quantity asked for). */
  readonly missing: readonly string[];
  /** Added field: true for chit-chat ("hi", "thanks"), answered with a pointer to help. */
  readonly smallTalk: boolean;
  /**
   * Added field: for a question about the reading itself ("who wrote this", "what is it called",
   * "when was it written"), what was asked and the readings' titles and authors; otherwise null.
   */
  readonly aboutReading: AboutReadingJson | null;
}

export interface AboutReadingJson {
  readonly asked: ReadingFact;
  readonly readings: readonly ReadingCard[];
}

/** `passage N --json`: a paragraph as in the source, with the footnotes it cites, whole. */
export interface PassageJson {
  readonly kind: 'paragraph';
  readonly reading: string;
  readonly number: number;
  readonly text: string;
  readonly footnotes: readonly FootnoteRefJson[];
}

/** `footnote N --json`: a footnote with the paragraphs that cite it. */
export interface FootnoteJson {
  readonly kind: 'footnote';
  readonly reading: string;
  readonly number: number;
  readonly text: string;
  readonly citedBy: readonly number[];
}

export interface PassagesJson {
  readonly readings: readonly {
    readonly id: string;
    readonly title: string;
    readonly author: string;
    readonly paragraphs: readonly { readonly number: number; readonly text: string; readonly footnotes: readonly number[] }[];
    readonly footnotes: readonly { readonly number: number; readonly text: string; readonly citedBy: readonly number[] }[];
  }[];
}

// Scores are rounded so scripts comparing runs are not upset by the last bits of a float.
function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

function footnoteRefs(footnotes: readonly Pick<Footnote, 'number' | 'text'>[]): FootnoteRefJson[] {
  return footnotes.map(({ number, text }) => ({ number, text }));
}

function paragraphResultToJson(result: ParagraphResult): ParagraphResultJson {
  return {
    kind: 'paragraph',
    reading: result.reading,
    number: result.number,
    text: result.text,
    highlight: result.highlight,
    footnotes: footnoteRefs(result.footnotes),
    score: roundScore(result.score),
  };
}

function resultToJson(result: AnswerResult): ResultJson {
  if (result.kind === 'paragraph') return paragraphResultToJson(result);
  return {
    kind: 'footnote',
    reading: result.reading,
    number: result.number,
    text: result.text,
    citedBy: [...result.citedBy],
    score: roundScore(result.score),
  };
}

export function answerToJson(answer: Answer): AnswerJson {
  if (answer.kind === 'no-match') {
    return {
      question: answer.question,
      results: [],
      suggestions: [...answer.suggestions],
      matched: false,
      nearest: answer.nearest.map(paragraphResultToJson),
      coverage: 'none',
      missing: [],
      smallTalk: answer.smallTalk,
      aboutReading: null,
    };
  }
  if (answer.kind === 'about-reading') {
    return {
      question: answer.question,
      results: [],
      suggestions: [],
      matched: true,
      nearest: [],
      coverage: 'answered',
      missing: [],
      smallTalk: false,
      aboutReading: { asked: answer.asked, readings: answer.readings.map(({ id, title, author, latestYear, paragraphs, footnotes }) => ({ id, title, author, latestYear, paragraphs, footnotes })) },
    };
  }
  return {
    question: answer.question,
    results: answer.results.map(resultToJson),
    suggestions: [...answer.suggestions],
    matched: true,
    nearest: [],
    coverage: answer.coverage,
    missing: [...answer.missing],
    smallTalk: false,
    aboutReading: null,
  };
}

export function passageToJson(reading: Reading, paragraph: Paragraph): PassageJson {
  const cited = paragraph.footnotes
    .map((number) => reading.footnotes.find((footnote) => footnote.number === number))
    .filter((footnote): footnote is Footnote => footnote !== undefined);
  return { kind: 'paragraph', reading: reading.id, number: paragraph.number, text: paragraph.text, footnotes: footnoteRefs(cited) };
}

export function footnoteToJson(footnote: Footnote): FootnoteJson {
  return { kind: 'footnote', reading: footnote.reading, number: footnote.number, text: footnote.text, citedBy: [...footnote.citedBy] };
}

export function passagesToJson(corpus: Corpus): PassagesJson {
  return {
    readings: corpus.readings.map((reading) => ({
      id: reading.id,
      title: reading.title,
      author: reading.author,
      paragraphs: reading.paragraphs.map(({ number, text, footnotes }) => ({ number, text, footnotes: [...footnotes] })),
      footnotes: reading.footnotes.map(({ number, text, citedBy }) => ({ number, text, citedBy: [...citedBy] })),
    })),
  };
}

/** `readings --json`: one entry per reading that loaded. */
export interface ReadingSummaryJson {
  readonly id: string;
  readonly title: string;
  readonly author: string;
  readonly paragraphs: number;
  readonly footnotes: number;
  readonly glossary: boolean;
  readonly guide: boolean;
  readonly motions: boolean;
}

export function readingSummaryToJson(reading: Reading, companions: ReadingCompanions): ReadingSummaryJson {
  return { id: reading.id, title: reading.title, author: reading.author, paragraphs: reading.paragraphs.length, footnotes: reading.footnotes.length, ...companions };
}

/** `check FILE --json`: what the parser understood of one reading file. */
export function readingCheckToJson(reading: Reading): unknown {
  return {
    ok: true,
    id: reading.id,
    title: reading.title,
    author: reading.author,
    paragraphs: reading.paragraphs.length,
    joins: reading.joins ?? [],
    footnotes: reading.footnotes.map((footnote) => ({ number: footnote.number, citedBy: footnote.citedBy, line: footnote.line })),
    warnings: reading.warnings,
  };
}

/** `motions --json`. */
export function motionsToJson(motions: readonly Motion[]): unknown {
  return { motions: motions.map((motion) => ({ id: motion.id, reading: motion.reading, motion: motion.motion, question: motion.question, evidence: motion.evidence })) };
}
