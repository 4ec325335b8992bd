// One-slip robustness: how often a question answered right (rank 1) stays right when a student
// makes one slip in one of its longer words. Students misspell about one question in six, and
// the question sets hold too few misspellings to measure typo tolerance on their own; this
// makes the slips, reproducibly (a seeded generator), from any question set. Pure.
import { rankOfFirstHit } from './evaluate.js';
import type { EvalQuestion, ScoredResult } from './evaluate.js';
import type { Coverage } from './types.js';

/** The four slips students make: two neighbouring letters swapped, one dropped, one doubled, one changed. */
export type SlipKind = 'swap' | 'drop' | 'double' | 'change';
const KINDS: readonly SlipKind[] = ['swap', 'drop', 'double', 'change'];

/** A small seeded generator (a linear congruential one): the same seed gives the same slips on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * The question with one slip in one of its words of five letters or more (never the first or
 * last letter, which students rarely get wrong), or undefined when it has no such word.
 */
export function withOneSlip(question: string, random: () => number): { question: string; kind: SlipKind } | undefined {
  const words = [...question.matchAll(/\p{L}{5,}/gu)];
  const pick = words[Math.floor(random() * words.length)];
  if (pick === undefined) return undefined;
  const word = pick[0];
  // Between the first and last letters, which stay (a swap at `at` also moves the letter after it).
  const at = 1 + Math.floor(random() * (word.length - 3));
  const kind = KINDS[Math.floor(random() * KINDS.length)] ?? 'swap';
  const letter = 'aeiou'.charAt(Math.floor(random() * 5));
  // A change to the same letter, or a swap of two equal letters, would be no slip: those fall back to a drop.
  const changed = {
    swap: word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2),
    drop: word.slice(0, at) + word.slice(at + 1),
    double: word.slice(0, at) + word.charAt(at) + word.slice(at),
    change: word.slice(0, at) + letter + word.slice(at + 1),
  }[kind];
  const slipped = changed === word ? word.slice(0, at) + word.slice(at + 1) : changed;
  const start = pick.index;
  return { question: question.slice(0, start) + slipped + question.slice(start + word.length), kind };
}

export interface SlipScore {
  /** Questions answered at rank 1 as written that could take a slip. */
  readonly questions: number;
  /** Of those, the share still answered at rank 1 with the slip. */
  readonly stillFirst: number;
  /** Of those, the share no longer answered (coverage none or partial). */
  readonly refused: number;
}

/** Scores one-slip robustness over `seeds` runs (each question gets one slip per run). */
export function scoreSlips(
  questions: readonly EvalQuestion[],
  search: (question: string) => readonly ScoredResult[],
  coverageOf: (question: string) => Coverage,
  seeds: readonly number[] = [1, 2, 3],
): SlipScore {
  const firstAsWritten = questions.filter((question) => rankOfFirstHit(search(question.question), question.expect) === 1);
  let tried = 0;
  let first = 0;
  let refused = 0;
  for (const seed of seeds) {
    const random = seededRandom(seed);
    for (const question of firstAsWritten) {
      const slipped = withOneSlip(question.question, random);
      if (slipped === undefined) continue;
      tried += 1;
      if (rankOfFirstHit(search(slipped.question), question.expect) === 1) first += 1;
      if (coverageOf(slipped.question) !== 'answered') refused += 1;
    }
  }
  return { questions: tried / Math.max(1, seeds.length), stillFirst: tried === 0 ? 0 : first / tried, refused: tried === 0 ? 0 : refused / tried };
}
