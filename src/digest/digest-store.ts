// The digest's tables (digest_questions, digest_votes; migration 5) in the debate store's SQLite
// file, through the same connection. One statement per method; the service holds the rules.
import type { Coverage } from '../answers/types.js';
import { SqliteStore } from '../debate/store.js';
import { QUESTION_RETENTION_DAYS } from '../debate/types.js';
import type { KeptQuestion, ShownPassage } from './types.js';

interface QuestionRow {
  id: number;
  guild_id: string;
  reading: string;
  question: string;
  asked_on: string;
  coverage: Coverage;
  shown_kind: ShownPassage['kind'] | null;
  shown_number: number | null;
  helpful: number;
  not_helpful: number;
  reasons: string | null;
}

// Votes and reasons gathered per question. The reasons are joined with a character no reason can
// hold (the service folds control characters out of them) and split again in toKept.
const REASON_SEPARATOR = '\u001f';
const QUESTIONS_WITH_VOTES = `
  SELECT q.id, q.guild_id, q.reading, q.question, q.asked_on, q.coverage, q.shown_kind, q.shown_number,
    COALESCE(SUM(v.helpful = 1), 0) AS helpful, COALESCE(SUM(v.helpful = 0), 0) AS not_helpful,
    group_concat(v.reason, char(31)) AS reasons
  FROM digest_questions q LEFT JOIN digest_votes v ON v.question_id = q.id`;

function toKept(row: QuestionRow): KeptQuestion {
  return {
    id: row.id,
    guildId: row.guild_id,
    reading: row.reading,
    question: row.question,
    askedOn: row.asked_on,
    coverage: row.coverage,
    shown: row.shown_kind === null || row.shown_number === null ? null : { kind: row.shown_kind, number: row.shown_number },
    helpful: row.helpful,
    notHelpful: row.not_helpful,
    reasons: row.reasons === null ? [] : row.reasons.split(REASON_SEPARATOR),
  };
}

export interface QuestionInsert {
  readonly guildId: string;
  readonly reading: string;
  readonly question: string;
  readonly askedOn: string;
  readonly coverage: Coverage;
  readonly shown: ShownPassage | undefined;
}

export class DigestStore extends SqliteStore {

  insertQuestion(input: QuestionInsert): number {
    return Number(
      this.prepare('INSERT INTO digest_questions (guild_id, reading, question, asked_on, coverage, shown_kind, shown_number) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(input.guildId, input.reading, input.question, input.askedOn, input.coverage, input.shown?.kind ?? null, input.shown?.number ?? null).lastInsertRowid,
    );
  }

  /** Whether question `id` is kept for this server (a forged or foreign id finds nothing). */
  hasQuestion(guildId: string, id: number): boolean {
    return this.prepare<[number, string], { n: number }>('SELECT COUNT(*) AS n FROM digest_questions WHERE id = ? AND guild_id = ?').get(id, guildId)?.n === 1;
  }

  /** Records or changes a vote; returns whether one was there before. */
  upsertVote(questionId: number, voterKey: string, helpful: boolean): { readonly existed: boolean } {
    const existed = this.prepare<[number, string], { n: number }>('SELECT COUNT(*) AS n FROM digest_votes WHERE question_id = ? AND voter_key = ?').get(questionId, voterKey)?.n === 1;
    // A change of mind clears the reason: it was given for the other vote.
    this.prepare(
      `INSERT INTO digest_votes (question_id, voter_key, helpful, reason) VALUES (?, ?, ?, NULL)
       ON CONFLICT (question_id, voter_key) DO UPDATE SET helpful = excluded.helpful,
         reason = CASE WHEN digest_votes.helpful = excluded.helpful THEN digest_votes.reason ELSE NULL END`,
    ).run(questionId, voterKey, helpful ? 1 : 0);
    return { existed };
  }

  /** Sets the reason of a "Not helpful" vote; false when there is no such vote. */
  setReason(questionId: number, voterKey: string, reason: string | null): boolean {
    return this.prepare('UPDATE digest_votes SET reason = ? WHERE question_id = ? AND voter_key = ? AND helpful = 0').run(reason, questionId, voterKey).changes === 1;
  }

  /** A server's kept questions asked on `from` or later, oldest first, with their votes. */
  questionsSince(guildId: string, from: string): KeptQuestion[] {
    return this.prepare<[string, string], QuestionRow>(`${QUESTIONS_WITH_VOTES} WHERE q.guild_id = ? AND q.asked_on >= ? GROUP BY q.id ORDER BY q.asked_on, q.id`)
      .all(guildId, from)
      .map(toKept);
  }

  /**
   * Deletes every question past its server's retention on `today`, and every question of a server
   * that no longer keeps questions (turned off since); one server's only when `guildId` is given.
   * Votes go with them (ON DELETE CASCADE).
   */
  prune(today: string, guildId: string | null = null): number {
    return this.prepare<[string | null, string | null, string]>(
      `DELETE FROM digest_questions WHERE id IN (
         SELECT q.id FROM digest_questions q LEFT JOIN guild_settings s ON s.guild_id = q.guild_id
         WHERE (? IS NULL OR q.guild_id = ?)
           AND (COALESCE(s.keep_questions, 0) = 0
                OR julianday(?) - julianday(q.asked_on) >= COALESCE(s.question_retention_days, ${QUESTION_RETENTION_DAYS.default})))`,
    ).run(guildId, guildId, today).changes;
  }
}
