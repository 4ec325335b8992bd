// The rules of the teacher's digest: a question is kept only on a server that opted in (never in a
// DM, never before the opt-in), with no trace of who asked; a vote is kept only on a kept
// question; questions go when their server's retention runs out (prune) or it stops keeping them.
// The report and the CSV are built from what is kept.
import type { Coverage } from '../answers/types.js';
import { toCsv } from '../debate/csv.js';
import type { SqliteDatabase } from '../debate/store.js';
import type { GuildSettings } from '../debate/types.js';
import { DigestStore } from './digest-store.js';
import { createVoterKeys, type VoterKeys } from './voter-key.js';
import { dayOf, daysBefore, type DigestReport, type KeptQuestion, type NewQuestion, type VoteOutcome, type WeakQuestion } from './types.js';

/** The longest reason kept with "Not helpful" (the modal allows no more). */
export const REASON_MAX = 200;

/** How many of each list a report holds: a digest to read in a minute, not a dump (the CSV has everything). */
const REPORT_SIZES = { passages: 8, weak: 15, reasons: 10 } as const;

export interface DigestServiceOptions {
  /** The debate store's connection (DebateService.sharedDatabase()): same file, same migrations. */
  readonly db: SqliteDatabase;
  /** Where the server's opt-in and retention are read (the DebateService). */
  readonly settings: { getSettings(guildId: string): GuildSettings };
  readonly now?: () => number;
  /** Default: a random per-process key (see voter-key.ts). */
  readonly voterKeys?: VoterKeys;
}

/** One line of a reason: control characters and runs of space folded, at most REASON_MAX characters. */
function cleanReason(text: string): string | null {
  const folded = text.replace(/[\s\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return folded === '' ? null : [...folded].slice(0, REASON_MAX).join('');
}

export class DigestService {
  private readonly store: DigestStore;
  private readonly settings: DigestServiceOptions['settings'];
  private readonly now: () => number;
  private readonly voterKey: VoterKeys;

  constructor(options: DigestServiceOptions) {
    this.store = new DigestStore(options.db);
    this.settings = options.settings;
    this.now = options.now ?? Date.now;
    this.voterKey = options.voterKeys ?? createVoterKeys();
  }

  /** Whether this server keeps questions now (false in a DM). */
  keepsQuestions(guildId: string | null): boolean {
    return guildId !== null && this.settings.getSettings(guildId).keepQuestions;
  }

  /** Keeps a question if its server opted in; its id, or undefined when nothing was kept. */
  keep(input: NewQuestion): number | undefined {
    if (input.guildId === null || !this.keepsQuestions(input.guildId)) return undefined;
    return this.store.insertQuestion({
      guildId: input.guildId,
      reading: input.reading,
      question: input.question,
      askedOn: dayOf(this.now()),
      coverage: input.coverage,
      shown: input.shown,
    });
  }

  /** Helpful (true) or Not helpful (false) on a kept question; one per student, changeable. */
  vote(input: { readonly guildId: string | null; readonly questionId: number; readonly userId: string; readonly helpful: boolean }): VoteOutcome {
    const { guildId, questionId } = input;
    return this.store.transaction(() => {
      if (guildId === null || !this.keepsQuestions(guildId) || !this.store.hasQuestion(guildId, questionId)) return { kind: 'not-kept' };
      const { existed } = this.store.upsertVote(questionId, this.voterKey(questionId, input.userId), input.helpful);
      return { kind: existed ? 'changed' : 'recorded' };
    });
  }

  /** The optional reason of the student's own "Not helpful" vote; false when it is not kept. */
  giveReason(input: { readonly guildId: string | null; readonly questionId: number; readonly userId: string; readonly reason: string }): boolean {
    const { guildId, questionId } = input;
    if (guildId === null || !this.keepsQuestions(guildId) || !this.store.hasQuestion(guildId, questionId)) return false;
    return this.store.setReason(questionId, this.voterKey(questionId, input.userId), cleanReason(input.reason));
  }

  /** Removes the questions past their server's retention, and those of servers that stopped keeping them (every server, or one). */
  prune(guildId?: string): number {
    return this.store.prune(dayOf(this.now()), guildId ?? null);
  }

  /** Every question a server keeps, oldest first. */
  keptQuestions(guildId: string): KeptQuestion[] {
    return this.store.questionsSince(guildId, '0000-00-00');
  }

  /** The last `days` days (today included) of a server's kept questions. */
  report(guildId: string, days: number): DigestReport {
    const to = dayOf(this.now());
    const from = daysBefore(to, days - 1);
    const kept = this.store.questionsSince(guildId, from);
    return { days, from, to, questions: kept.length, ...summarise(kept) };
  }

  /** One row per kept question, oldest first (RFC 4180; the caller adds the byte-order mark). */
  exportCsv(guildId: string): { readonly csv: string; readonly rows: number } {
    const kept = this.keptQuestions(guildId);
    const rows = kept.map((q) => [
      q.askedOn,
      q.reading,
      q.question,
      q.coverage,
      q.shown === null ? '' : q.shown.kind === 'paragraph' ? `¶${q.shown.number}` : `footnote ${q.shown.number}`,
      q.helpful,
      q.notHelpful,
      q.reasons.join(' | '),
    ]);
    return { csv: toCsv(['day', 'reading', 'question', 'coverage', 'first passage shown', 'helpful', 'not helpful', 'reasons'], rows), rows: rows.length };
  }
}

/** The report's lists from the kept questions (oldest first). */
function summarise(kept: readonly KeptQuestion[]): Omit<DigestReport, 'days' | 'from' | 'to' | 'questions'> {
  const perDay = new Map<string, number>();
  const passages = new Map<string, { reading: string; kind: 'paragraph' | 'footnote'; number: number; questions: number }>();
  const weak = new Map<string, { question: string; coverage: 'partial' | 'none'; lastAsked: string; times: number; order: number }>();
  let helpful = 0;
  let notHelpful = 0;
  for (const [order, q] of kept.entries()) {
    perDay.set(q.askedOn, (perDay.get(q.askedOn) ?? 0) + 1);
    if (q.shown !== null) {
      const key = `${q.reading}\u0000${q.shown.kind}\u0000${q.shown.number}`;
      const seen = passages.get(key) ?? { reading: q.reading, ...q.shown, questions: 0 };
      seen.questions += 1;
      passages.set(key, seen);
    }
    if (q.coverage !== 'answered') {
      // The same words asked again (case and spacing aside) are one line with a count.
      const key = q.question.toLowerCase().replace(/\s+/g, ' ').trim();
      const before = weak.get(key);
      weak.set(key, { question: q.question, coverage: worse(before?.coverage, q.coverage), lastAsked: q.askedOn, times: (before?.times ?? 0) + 1, order });
    }
    helpful += q.helpful;
    notHelpful += q.notHelpful;
  }
  return {
    perDay: [...perDay].map(([day, questions]) => ({ day, questions })),
    passages: [...passages.values()].sort((a, b) => b.questions - a.questions).slice(0, REPORT_SIZES.passages),
    weak: [...weak.values()]
      .sort((a, b) => b.order - a.order)
      .slice(0, REPORT_SIZES.weak)
      .map(({ question, coverage, lastAsked, times }): WeakQuestion => ({ question, coverage, lastAsked, times })),
    helpful,
    notHelpful,
    reasons: [...kept]
      .reverse()
      .flatMap((q) => q.reasons.map((reason) => ({ reason, question: q.question })))
      .slice(0, REPORT_SIZES.reasons),
  };
}

/** `none` outranks `partial`: a question that once found nothing is listed as such. */
function worse(a: 'partial' | 'none' | undefined, b: Exclude<Coverage, 'answered'>): 'partial' | 'none' {
  return a === 'none' || b === 'none' ? 'none' : 'partial';
}
