// Scores ranked answers against a question set (recall@1, recall@3, MRR). Pure, so the eval
// command, the tests and the benchmark (which also scores other libraries) share one definition.
import type { AnswerEngine } from './answer-engine.js';
import type { Coverage } from './types.js';

export interface Expectation {
  readonly kind: 'paragraph' | 'footnote';
  /** The expected passage's opening words. */
  readonly startsWith: string;
}

export interface EvalQuestion {
  readonly question: string;
  /** Any one of these, ranked high, answers the question. */
  readonly expect: readonly Expectation[];
}

/** What the scorer needs of a result; AnswerResult fits, and so do peers' results in the benchmark. */
export interface ScoredResult {
  readonly kind: 'paragraph' | 'footnote';
  readonly text: string;
  /** For a paragraph: the footnotes it shows. */
  readonly footnotes?: readonly { readonly text: string }[];
}

export interface QuestionOutcome {
  readonly question: string;
  /** 1-based rank of the first result meeting an expectation, or null if none did. */
  readonly rank: number | null;
}

export interface SetScore {
  readonly name: string;
  readonly questions: number;
  readonly recallAt1: number;
  readonly recallAt3: number;
  /** Mean reciprocal rank over the results given (0 for a miss). */
  readonly mrr: number;
  readonly outcomes: readonly QuestionOutcome[];
}

/** How many ranked results the eval asks for (MRR is computed over these). */
export const EVAL_DEPTH = 10;

/** Whitespace collapsed, footnote markers (superscripts or `<sup>n</sup>`) removed, trimmed. */
export function normalizePassageText(text: string): string {
  return text
    .replace(/<sup>\s*\d+\s*<\/sup>/g, '')
    .replace(/[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when a result is the expected passage: its text starts with the expected words. A footnote
 * expectation is also met by a paragraph showing that footnote.
 */
export function resultMeets(result: ScoredResult, expectation: Expectation): boolean {
  const expected = normalizePassageText(expectation.startsWith);
  if (result.kind === expectation.kind && normalizePassageText(result.text).startsWith(expected)) return true;
  return (
    expectation.kind === 'footnote' &&
    result.kind === 'paragraph' &&
    (result.footnotes ?? []).some((footnote) => normalizePassageText(footnote.text).startsWith(expected))
  );
}

/** Rank (1-based) of the first result meeting any expectation, or null. */
export function rankOfFirstHit(results: readonly ScoredResult[], expect: readonly Expectation[]): number | null {
  const at = results.findIndex((result) => expect.some((expectation) => resultMeets(result, expectation)));
  return at < 0 ? null : at + 1;
}

/** Scores one question set given a function returning ranked results for a question. */
export function scoreQuestionSet(name: string, questions: readonly EvalQuestion[], search: (question: string) => readonly ScoredResult[]): SetScore {
  const outcomes = questions.map((q) => ({ question: q.question, rank: rankOfFirstHit(search(q.question), q.expect) }));
  const n = Math.max(1, outcomes.length);
  const within = (k: number): number => outcomes.filter((o) => o.rank !== null && o.rank <= k).length / n;
  const mrr = outcomes.reduce((sum, o) => sum + (o.rank === null ? 0 : 1 / o.rank), 0) / n;
  return { name, questions: outcomes.length, recallAt1: within(1), recallAt3: within(3), mrr, outcomes };
}

/** The engine's ranked results for the eval: a no-match counts as no results. */
export function engineSearch(engine: AnswerEngine, depth = EVAL_DEPTH): (question: string) => readonly ScoredResult[] {
  return (question) => {
    const answer = engine.answer(question, { limit: depth });
    return answer.kind === 'answer' ? answer.results : [];
  };
}

/** Reads a question set, checking its shape; throws naming the file and the entry. */
export function parseQuestionSet(json: string, file: string): EvalQuestion[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error(`eval: ${file} must hold a JSON array of questions`);
  return data.map((entry: unknown, i) => {
    const q = entry as Partial<EvalQuestion> | null;
    const ok =
      q !== null &&
      typeof q.question === 'string' &&
      Array.isArray(q.expect) &&
      q.expect.every((e) => (e.kind === 'paragraph' || e.kind === 'footnote') && typeof e.startsWith === 'string');
    if (!ok) throw new Error(`eval: ${file} entry ${i + 1} needs {question, expect: [{kind, startsWith}]}`);
    return q as EvalQuestion;
  });
}

/** A question the reading does not answer (`dev-off-topic.json`): the right reply is a refusal. */
export interface OffTopicQuestion {
  readonly question: string;
}

/** Reads an off-topic set (`[{ "q", "why" }]` or `[{ "question" }]`); throws naming the file and entry. */
export function parseOffTopicSet(json: string, file: string): OffTopicQuestion[] {
  const data: unknown = JSON.parse(json);
  if (!Array.isArray(data)) throw new Error(`eval: ${file} must hold a JSON array of questions`);
  return data.map((entry: unknown, i) => {
    const q = entry as { q?: unknown; question?: unknown } | null;
    const text = q?.q ?? q?.question;
    if (typeof text !== 'string') throw new Error(`eval: ${file} entry ${i + 1} needs {q} or {question}`);
    return { question: text };
  });
}

/**
 * The fixed split of a development set: every third question (the 3rd, 6th, 9th, ...) is set aside
 * and never tuned on, so its figures say how the method does on questions it was not fitted to.
 * By position, not by chance, so the split is the same in every run and on every machine.
 * `every` = 2 holds out every second question (the fresh sets' half).
 */
export function splitAside<T>(questions: readonly T[], every = 3): { readonly tuning: T[]; readonly aside: T[] } {
  return {
    tuning: questions.filter((_, i) => i % every !== every - 1),
    aside: questions.filter((_, i) => i % every === every - 1),
  };
}

export interface RefusalScore {
  readonly name: string;
  readonly questions: number;
  /** Share refused outright (coverage "none"). */
  readonly none: number;
  /** Share answered as "the essay does not say this directly" (coverage "partial"). */
  readonly partial: number;
  /** none + partial: not answered as if the reading said it. */
  readonly refused: number;
  readonly outcomes: readonly { readonly question: string; readonly coverage: Coverage }[];
}

/** How often questions are refused (none) or answered only as partial, given each one's coverage. */
export function scoreRefusals(name: string, questions: readonly { readonly question: string }[], coverageOf: (question: string) => Coverage): RefusalScore {
  const outcomes = questions.map((q) => ({ question: q.question, coverage: coverageOf(q.question) }));
  const n = Math.max(1, outcomes.length);
  const none = outcomes.filter((o) => o.coverage === 'none').length / n;
  const partial = outcomes.filter((o) => o.coverage === 'partial').length / n;
  return { name, questions: outcomes.length, none, partial, refused: none + partial, outcomes };
}

/** The engine's coverage for a question, for scoreRefusals. */
export function engineCoverage(engine: AnswerEngine): (question: string) => Coverage {
  return (question) => engine.answer(question).coverage;
}
