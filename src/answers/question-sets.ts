// Every question set the project scores answers on, and which part of each the method may be
// fitted on. `npm run eval`, the benchmark's quality table and the eval test all read this one
// list, so a new set is added once and no tool can call tuned a part another holds out.
//
// A set written blind is split when it arrives (splitAside): the tuning part may be read and
// tuned on; the other part is only ever scored, and why its questions fail is never looked at.
import { parseOffTopicSet, parseQuestionSet, splitAside } from './evaluate.js';
import type { EvalQuestion, OffTopicQuestion } from './evaluate.js';

/** Where the fixtures live, from the repository root. */
export const QUESTION_SET_DIR = 'tests/fixtures';

/**
 * `tuned`: the method was fitted on it; `aside`: a development set's set-aside third;
 * `held-out`: written apart, never tuned on.
 */
export type SetStatus = 'tuned' | 'aside' | 'held-out';

/** How much of a set may be tuned on: all, none, or all but every second or every third question. */
type SetUse = 'tuned' | 'held-out' | 'halves' | 'thirds';

interface QuestionSetEntry {
  readonly file: string;
  readonly kind: 'ranked' | 'off-topic';
  /** What the questions are, as `npm run eval` names the set. */
  readonly title: string;
  /** The unseen part's name in the benchmark's table, for ranked sets. */
  readonly short?: string;
  readonly use: SetUse;
  /** The development sets from ../shared/eval call their unseen third "aside"; the others "held-out". */
  readonly unseen?: 'aside';
}

// Sets written to be tuned on whole, never held out: casual-questions-tune-N and off-topic-tune-N.
const TUNING_ONLY_SETS = 12;

function writtenToTuneOn(kind: QuestionSetEntry['kind']): QuestionSetEntry[] {
  return Array.from({ length: TUNING_ONLY_SETS }, (_, at) =>
    kind === 'ranked'
      ? { file: `casual-questions-tune-${at + 1}.json`, kind, title: 'casual words, written to tune on', use: 'tuned' }
      : { file: `off-topic-tune-${at + 1}.json`, kind, title: 'off-topic, written to tune on', use: 'tuned' },
  );
}

const CATALOGUE: readonly QuestionSetEntry[] = [
  { file: 'dev-questions.json', kind: 'ranked', title: 'essay words', use: 'tuned' },
  { file: 'dev-questions-hard.json', kind: 'ranked', title: "students' words", use: 'tuned' },
  { file: 'dev-questions-casual.json', kind: 'ranked', title: 'casual words', short: 'casual aside', use: 'thirds', unseen: 'aside' },
  { file: 'extra-questions.json', kind: 'ranked', title: 'extra paraphrases', use: 'tuned' },
  { file: 'holdout-questions.json', kind: 'ranked', title: "students' words", short: 'holdout', use: 'held-out' },
  { file: 'holdout-questions-2.json', kind: 'ranked', title: "students' words", short: 'holdout-2', use: 'held-out' },
  // Written later by someone who saw neither the method nor the other sets; each later batch too.
  { file: 'casual-questions-3.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual held-out', use: 'halves' },
  { file: 'essay-words-4.json', kind: 'ranked', title: 'essay words, fresh', short: 'essay words 4', use: 'held-out' },
  { file: 'casual-questions-4.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 4', use: 'held-out' },
  { file: 'casual-questions-5.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 5 held-out', use: 'halves' },
  { file: 'casual-questions-6.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 6', use: 'held-out' },
  { file: 'casual-questions-7.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 7 aside', use: 'thirds' },
  { file: 'casual-questions-8.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 8 held-out', use: 'halves' },
  { file: 'casual-questions-9.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 9', use: 'held-out' },
  { file: 'casual-questions-10.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 10', use: 'held-out' },
  { file: 'casual-questions-11.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 11 held-out', use: 'halves' },
  { file: 'casual-questions-12.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 12 held-out', use: 'halves' },
  { file: 'casual-questions-13.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 13 held-out', use: 'halves' },
  { file: 'casual-questions-14.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 14 held-out', use: 'halves' },
  { file: 'casual-questions-15.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 15 held-out', use: 'halves' },
  { file: 'casual-questions-16.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 16 held-out', use: 'halves' },
  { file: 'casual-questions-17.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 17 held-out', use: 'halves' },
  { file: 'casual-questions-18.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 18 held-out', use: 'halves' },
  { file: 'casual-questions-19.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 19 held-out', use: 'halves' },
  { file: 'casual-questions-20.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 20 held-out', use: 'halves' },
  { file: 'casual-questions-21.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 21 held-out', use: 'halves' },
  { file: 'casual-questions-22.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 22 held-out', use: 'halves' },
  { file: 'casual-questions-23.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 23 held-out', use: 'halves' },
  { file: 'casual-questions-24.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 24 held-out', use: 'halves' },
  { file: 'casual-questions-25.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 25 held-out', use: 'halves' },
  { file: 'casual-questions-26.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 26 held-out', use: 'halves' },
  { file: 'casual-questions-27.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 27 held-out', use: 'halves' },
  { file: 'casual-questions-28.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 28 held-out', use: 'halves' },
  { file: 'casual-questions-29.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 29 held-out', use: 'halves' },
  { file: 'casual-questions-30.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 30 held-out', use: 'halves' },
  { file: 'casual-questions-31.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 31 held-out', use: 'halves' },
  { file: 'casual-questions-32.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 32 held-out', use: 'halves' },
  { file: 'casual-questions-33.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 33 held-out', use: 'halves' },
  { file: 'casual-questions-34.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 34 held-out', use: 'halves' },
  { file: 'casual-questions-35.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 35 held-out', use: 'halves' },
  { file: 'casual-questions-36.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 36 held-out', use: 'halves' },
  { file: 'casual-questions-37.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 37 held-out', use: 'halves' },
  { file: 'casual-questions-38.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 38 held-out', use: 'halves' },
  { file: 'casual-questions-39.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 39 held-out', use: 'halves' },
  { file: 'casual-questions-40.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 40 held-out', use: 'halves' },
  { file: 'casual-questions-41.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 41 held-out', use: 'halves' },
  { file: 'casual-questions-42.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 42 held-out', use: 'halves' },
  { file: 'casual-questions-43.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 43 held-out', use: 'halves' },
  { file: 'casual-questions-44.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 44 held-out', use: 'halves' },
  { file: 'casual-questions-45.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 45 held-out', use: 'halves' },
  { file: 'casual-questions-46.json', kind: 'ranked', title: 'casual words, fresh', short: 'casual 46 held-out', use: 'halves' },
  ...writtenToTuneOn('ranked'),
  { file: 'dev-off-topic.json', kind: 'off-topic', title: 'off-topic', use: 'thirds', unseen: 'aside' },
  { file: 'off-topic-3.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-4.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'held-out' },
  { file: 'off-topic-5.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-6.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'held-out' },
  { file: 'off-topic-7.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'thirds' },
  { file: 'off-topic-8.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-9.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'held-out' },
  { file: 'off-topic-10.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'held-out' },
  { file: 'off-topic-11.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-12.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-13.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-14.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-15.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-16.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-17.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-18.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-19.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-20.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-21.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-22.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-23.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-24.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-25.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-26.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-27.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-28.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-29.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-30.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-31.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-32.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-33.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-34.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-35.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-36.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-37.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-38.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-39.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-40.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-41.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-42.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-43.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-44.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-45.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  { file: 'off-topic-46.json', kind: 'off-topic', title: 'off-topic, fresh', use: 'halves' },
  ...writtenToTuneOn('off-topic'),
];

interface PartBase {
  /** The set's file, in QUESTION_SET_DIR. */
  readonly file: string;
  readonly status: SetStatus;
  /** As `npm run eval` prints it: "casual words, fresh (casual-questions-3, held-out 1/2)". */
  readonly name: string;
  /** As the benchmark cites it: "casual-questions-3.json, held-out half". */
  readonly source: string;
  /** The benchmark's column name; set on the unseen parts of ranked sets. */
  readonly short?: string;
}
export interface RankedPart extends PartBase {
  readonly kind: 'ranked';
  readonly questions: readonly EvalQuestion[];
}
export interface OffTopicPart extends PartBase {
  readonly kind: 'off-topic';
  readonly questions: readonly OffTopicQuestion[];
}
export type QuestionSetPart = RankedPart | OffTopicPart;

interface PartLabel {
  readonly status: SetStatus;
  /** In `npm run eval`'s set name ("" for a whole set tuned on). */
  readonly evalLabel: string;
  /** In the benchmark's source line. */
  readonly sourceLabel: string;
}

// How a split set's two parts are labelled: every second (or third) question is the unseen part.
const SPLITS = {
  halves: { every: 2, tuning: ['tuning 1/2', 'tuning half'], unseen: ['held-out 1/2', 'held-out half'] },
  thirds: { every: 3, tuning: ['tuning 2/3', 'tuning two thirds'], unseen: ['set-aside 1/3', 'set-aside third'] },
} as const;

/** The parts a set is cut into, each with its labels, and the questions of each. */
function cut<T>(entry: QuestionSetEntry, questions: readonly T[]): { label: PartLabel; questions: readonly T[] }[] {
  if (entry.use === 'tuned') return [{ label: { status: 'tuned', evalLabel: '', sourceLabel: '' }, questions }];
  if (entry.use === 'held-out') return [{ label: { status: 'held-out', evalLabel: 'all held out', sourceLabel: 'all held out' }, questions }];
  const split = SPLITS[entry.use];
  const { tuning, aside } = splitAside(questions, split.every);
  return [
    { label: { status: 'tuned', evalLabel: split.tuning[0], sourceLabel: split.tuning[1] }, questions: tuning },
    { label: { status: entry.unseen ?? 'held-out', evalLabel: split.unseen[0], sourceLabel: split.unseen[1] }, questions: aside },
  ];
}

/**
 * Every known set, cut into its parts, in one order. `read` gets a file name in QUESTION_SET_DIR
 * and returns its text (the caller knows where the repository is).
 */
export function loadQuestionSetParts(read: (file: string) => string): QuestionSetPart[] {
  return CATALOGUE.flatMap((entry): QuestionSetPart[] => {
    const base = entry.file.replace(/\.json$/, '');
    const describe = (label: PartLabel): PartBase => ({
      file: entry.file,
      status: label.status,
      name: `${entry.title} (${base}${label.evalLabel ? `, ${label.evalLabel}` : ''})`,
      source: label.sourceLabel ? `${entry.file}, ${label.sourceLabel}` : entry.file,
      ...(label.status !== 'tuned' && entry.short !== undefined ? { short: entry.short } : {}),
    });
    const text = read(entry.file);
    if (entry.kind === 'ranked') {
      return cut(entry, parseQuestionSet(text, entry.file)).map(({ label, questions }) => ({ kind: 'ranked', ...describe(label), questions }));
    }
    return cut(entry, parseOffTopicSet(text, entry.file)).map(({ label, questions }) => ({ kind: 'off-topic', ...describe(label), questions }));
  });
}
