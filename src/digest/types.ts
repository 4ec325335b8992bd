// The shapes of the teacher's digest: a kept question (no user id, no name: what was asked, where,
// on which day, how well the reading answered it), and the report a moderator reads. Days are
// UTC calendar days as `YYYY-MM-DD`, from the injected clock.
import type { Coverage } from '../answers/types.js';

/** The first passage an answer showed: a paragraph or a footnote of `reading`. */
export interface ShownPassage {
  readonly kind: 'paragraph' | 'footnote';
  readonly number: number;
}

export interface NewQuestion {
  /** Null in a DM: questions asked there are never kept. */
  readonly guildId: string | null;
  /** The reading of the passage shown, else the reading searched (`all` for every reading). */
  readonly reading: string;
  readonly question: string;
  readonly coverage: Coverage;
  readonly shown?: ShownPassage | undefined;
}

export interface KeptQuestion {
  readonly id: number;
  readonly guildId: string;
  readonly reading: string;
  readonly question: string;
  readonly askedOn: string;
  readonly coverage: Coverage;
  readonly shown: ShownPassage | null;
  readonly helpful: number;
  readonly notHelpful: number;
  /** The reasons given with "Not helpful", oldest first. */
  readonly reasons: readonly string[];
}

export type VoteOutcome =
  /** First vote of this student on this answer. */
  | { readonly kind: 'recorded' }
  /** The student had voted before: the vote now reads as this one. */
  | { readonly kind: 'changed' }
  /** The question is not kept (the server keeps none, or it was pruned): nothing stored. */
  | { readonly kind: 'not-kept' };

/** A passage and how many kept questions showed it first. */
export interface AskedPassage extends ShownPassage {
  readonly reading: string;
  readonly questions: number;
}

/** A question the reading did not (fully) answer; the same words asked again are counted once. */
export interface WeakQuestion {
  readonly question: string;
  readonly coverage: 'partial' | 'none';
  /** The last day it was asked. */
  readonly lastAsked: string;
  readonly times: number;
}

export interface DigestReport {
  readonly days: number;
  /** The first and last day covered (inclusive). */
  readonly from: string;
  readonly to: string;
  readonly questions: number;
  /** Days with questions, oldest first. */
  readonly perDay: readonly { readonly day: string; readonly questions: number }[];
  /** Most shown first. */
  readonly passages: readonly AskedPassage[];
  /** Most recent first. */
  readonly weak: readonly WeakQuestion[];
  readonly helpful: number;
  readonly notHelpful: number;
  /** "Not helpful" reasons, newest first, with the question they were given on. */
  readonly reasons: readonly { readonly reason: string; readonly question: string }[];
}

/** The UTC day of a time, `YYYY-MM-DD`. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The day `days` before `day` (both `YYYY-MM-DD`). */
export function daysBefore(day: string, days: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000);
}
