// The debate store: one SQLite file (`<DATA_DIR>/bot.sqlite`) through better-sqlite3. Each method
// is one statement; the service wraps multi-step changes in `transaction()`, so every action is
// all-or-nothing and, once a method returns, on disk (WAL + synchronous=FULL, see openDatabase).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations.js';
import { QUESTION_RETENTION_DAYS, type CloseReason, type Debate, type DebateStatus, type GuildSettings, type Proposal, type ProposalStatus, type Side, type ThreadState } from './types.js';

export const DATABASE_FILE = 'bot.sqlite';

export type SqliteDatabase = Database.Database;

/**
 * Opens (creating the folder and file on first run) and configures a database, then migrates it.
 *
 * - `journal_mode = WAL`: readers never block the writer, and a commit is one append to the WAL.
 * - `synchronous = FULL`: the WAL is fsynced at every commit. NORMAL would already survive a
 *   process kill (kill -9): the OS holds the written pages. FULL also survives a power cut or
 *   an OS crash, so an action the bot has acknowledged is never rolled back. The price is one
 *   fsync per commit, which a class's pace of a few actions a second easily affords.
 * - `foreign_keys = ON`: deleting a debate (or a server's data) removes its rows in one step.
 * - `busy_timeout`: a second process (a CLI export, a backup) waits instead of failing at once.
 */
export function openDatabase(file: string): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // Before anything writes (switching to WAL rewrites the header): a file that is not a
    // database, or one from a newer bot, is refused untouched.
    refuseNewerSchema(db, MIGRATIONS);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Applies every migration above the file's version, each in its own transaction. Idempotent,
 * and safe when two processes open a new file at once: each migration takes the write lock
 * first (BEGIN IMMEDIATE) and re-reads the version under it, so only one of them applies it.
 */
function refuseNewerSchema(db: SqliteDatabase, migrations: readonly Migration[]): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (version > latest) {
    // The code lets the entry points say so in plain words (src/data-dir.ts); the file is left as is.
    throw Object.assign(new Error(`debate store: ${db.name} has schema version ${version}, newer than this bot's ${latest}; run the newer bot or restore a backup`), { code: 'SCHEMA_TOO_NEW' });
  }
}

export function migrate(db: SqliteDatabase, migrations: readonly Migration[] = MIGRATIONS): number {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  refuseNewerSchema(db, migrations);
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= version()) continue;
    db.transaction(() => {
      if (migration.version <= version()) return;
      db.exec(migration.sql);
      // user_version lives in the file header and is part of the transaction.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return version();
}

// --- rows as SQLite returns them ---------------------------------------------------------------

interface DebateRow {
  id: number;
  guild_id: string;
  channel_id: string;
  thread_id: string;
  reading: string;
  motion_id: string;
  motion: string;
  evidence_paragraphs: string;
  status: DebateStatus;
  opened_by: string;
  opened_at: number;
  ends_at: number | null;
  slowmode_seconds: number | null;
  closed_at: number | null;
  closed_by: string | null;
  close_reason: CloseReason | null;
  thread_state: ThreadState;
  thread_pending: number;
  summary_pending: number;
}

interface ProposalRow {
  id: number;
  guild_id: string;
  user_id: string;
  reading: string;
  motion: string;
  paragraphs: string;
  status: ProposalStatus;
  created_at: number;
  reviewer_id: string | null;
  reason: string | null;
  reviewed_at: number | null;
}

function parseNumberList(json: string): readonly number[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((n): n is number => typeof n === 'number') : [];
}

function toDebate(row: DebateRow): Debate {
  return {
    id: row.id,
    guildId: row.guild_id,
    channelId: row.channel_id,
    threadId: row.thread_id,
    reading: row.reading,
    motionId: row.motion_id,
    motion: row.motion,
    evidenceParagraphs: parseNumberList(row.evidence_paragraphs),
    status: row.status,
    openedBy: row.opened_by,
    openedAt: row.opened_at,
    endsAt: row.ends_at,
    slowmodeSeconds: row.slowmode_seconds,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closeReason: row.close_reason,
    threadState: row.thread_state,
    threadPending: row.thread_pending === 1,
    summaryPending: row.summary_pending === 1,
  };
}

function toProposal(row: ProposalRow): Proposal {
  return {
    id: row.id,
    guildId: row.guild_id,
    userId: row.user_id,
    reading: row.reading,
    motion: row.motion,
    paragraphs: parseNumberList(row.paragraphs),
    status: row.status,
    createdAt: row.created_at,
    reviewerId: row.reviewer_id,
    reason: row.reason,
    reviewedAt: row.reviewed_at,
  };
}

// --- shapes the service passes in and gets back --------------------------------------------------

export interface NewDebate {
  readonly guildId: string;
  readonly channelId: string;
  readonly threadId: string;
  readonly reading: string;
  readonly motionId: string;
  readonly motion: string;
  readonly evidenceParagraphs: readonly number[];
  readonly openedBy: string;
  readonly openedAt: number;
  readonly endsAt: number | null;
  readonly slowmodeSeconds: number | null;
}

export interface SideRecord {
  readonly userId: string;
  readonly side: Side;
  readonly joinedAt: number;
  readonly displayName: string | null;
}

export interface HandRecord {
  readonly id: number;
  readonly userId: string;
  readonly raisedAt: number;
}

export interface CitationRecord {
  readonly id: number;
  readonly userId: string;
  readonly side: Side;
  readonly reading: string;
  readonly paragraph: number;
  readonly citedAt: number;
}

export interface GuildMotionRecord {
  readonly id: number;
  readonly guildId: string;
  readonly proposalId: number;
  readonly reading: string;
  readonly motion: string;
  readonly paragraphs: readonly number[];
  readonly approvedBy: string;
  readonly approvedAt: number;
}

export interface DeletedCounts {
  readonly debates: number;
  readonly proposals: number;
  readonly settings: number;
  /** Questions kept for the teacher's digest (their votes go with them). */
  readonly questions: number;
}

/**
 * A store over the bot's SQLite file: statements compiled once and reused (post counting runs on
 * every message in a server), and transactions. The debate store and the digest's share it.
 */
export class SqliteStore {
  private readonly statements = new Map<string, Database.Statement<unknown[], unknown>>();

  constructor(readonly db: SqliteDatabase) {}

  protected prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): Database.Statement<P, R> {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement as unknown as Database.Statement<P, R>;
  }

  /** Runs `fn` in one transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }
}

export class DebateStore extends SqliteStore {

  close(): void {
    if (this.db.open) this.db.close();
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  integrityCheck(): string {
    return this.db.pragma('integrity_check', { simple: true }) as string;
  }

  // --- settings ---

  getSettings(guildId: string): GuildSettings {
    // Compiled once: /ask reads the server's default visibility on every question.
    const row = this.prepare<
      [string],
      {
        ask_private: number;
        moderator_role_id: string | null;
        debate_channel_id: string | null;
        current_reading: string | null;
        keep_questions: number;
        question_retention_days: number;
        teacher_channel_id: string | null;
      }
    >(
      `SELECT ask_private, moderator_role_id, debate_channel_id, current_reading, keep_questions, question_retention_days, teacher_channel_id
       FROM guild_settings WHERE guild_id = ?`,
    ).get(guildId);
    return {
      guildId,
      askPrivate: row === undefined ? true : row.ask_private === 1,
      moderatorRoleId: row?.moderator_role_id ?? null,
      debateChannelId: row?.debate_channel_id ?? null,
      currentReading: row?.current_reading ?? null,
      keepQuestions: row?.keep_questions === 1,
      questionRetentionDays: row?.question_retention_days ?? QUESTION_RETENTION_DAYS.default,
      teacherChannelId: row?.teacher_channel_id ?? null,
    };
  }

  saveSettings(settings: GuildSettings, at: number): void {
    this.prepare(
        `INSERT INTO guild_settings (guild_id, ask_private, moderator_role_id, debate_channel_id, current_reading,
           keep_questions, question_retention_days, teacher_channel_id, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET ask_private = excluded.ask_private,
           moderator_role_id = excluded.moderator_role_id, debate_channel_id = excluded.debate_channel_id,
           current_reading = excluded.current_reading, keep_questions = excluded.keep_questions,
           question_retention_days = excluded.question_retention_days, teacher_channel_id = excluded.teacher_channel_id,
           updated_at = excluded.updated_at`,
      )
      .run(
        settings.guildId,
        settings.askPrivate ? 1 : 0,
        settings.moderatorRoleId,
        settings.debateChannelId,
        settings.currentReading,
        settings.keepQuestions ? 1 : 0,
        settings.questionRetentionDays,
        settings.teacherChannelId,
        at,
      );
  }

  // --- debates ---

  insertDebate(input: NewDebate): Debate {
    const result = this.prepare(
        `INSERT INTO debates (guild_id, channel_id, thread_id, reading, motion_id, motion, evidence_paragraphs,
           status, opened_by, opened_at, ends_at, slowmode_seconds)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)`,
      )
      .run(
        input.guildId,
        input.channelId,
        input.threadId,
        input.reading,
        input.motionId,
        input.motion,
        JSON.stringify(input.evidenceParagraphs),
        input.openedBy,
        input.openedAt,
        input.endsAt,
        input.slowmodeSeconds,
      );
    const debate = this.getDebate(Number(result.lastInsertRowid));
    if (debate === undefined) throw new Error('debate store: a debate vanished right after its insert');
    return debate;
  }

  getDebate(id: number): Debate | undefined {
    const row = this.prepare<[number], DebateRow>('SELECT * FROM debates WHERE id = ?').get(id);
    return row === undefined ? undefined : toDebate(row);
  }

  /** The debate of a thread in one server: a thread id from another server finds nothing. */
  debateInGuildThread(guildId: string, threadId: string): Debate | undefined {
    const row = this.prepare<[string, string], DebateRow>('SELECT * FROM debates WHERE thread_id = ? AND guild_id = ?').get(threadId, guildId);
    return row === undefined ? undefined : toDebate(row);
  }

  debateByThread(threadId: string): Debate | undefined {
    const row = this.prepare<[string], DebateRow>('SELECT * FROM debates WHERE thread_id = ?').get(threadId);
    return row === undefined ? undefined : toDebate(row);
  }

  /** Open and paused debates, oldest first; all servers when `guildId` is omitted. */
  liveDebates(guildId?: string): Debate[] {
    const rows =
      guildId === undefined
        ? this.prepare<[], DebateRow>("SELECT * FROM debates WHERE status <> 'closed' ORDER BY id").all()
        : this.prepare<[string], DebateRow>("SELECT * FROM debates WHERE status <> 'closed' AND guild_id = ? ORDER BY id").all(guildId);
    return rows.map(toDebate);
  }

  /** Pauses or resumes; the thread is then owed a lock or an unlock (see threadWork). */
  setStatus(debateId: number, status: 'open' | 'paused'): void {
    this.prepare("UPDATE debates SET status = ?, thread_state = ?, thread_pending = 1 WHERE id = ? AND status <> 'closed'").run(
      status,
      status === 'paused' ? 'locked' : 'open',
      debateId,
    );
  }

  /** Closes; the thread is then owed its summary and a lock and archive (see threadWork). */
  markClosed(debateId: number, at: number, by: string | null, reason: CloseReason): boolean {
    const result = this.prepare(
      `UPDATE debates SET status = 'closed', closed_at = ?, closed_by = ?, close_reason = ?,
         thread_state = 'archived', thread_pending = 1, summary_pending = 1
       WHERE id = ? AND status <> 'closed'`,
    ).run(at, by, reason, debateId);
    return result.changes === 1;
  }

  /**
   * Records that Discord has put the thread in `state`. Only clears the flag if `state` is still
   * the one wanted: a pause done after a resume was recorded must not mark the resume done.
   */
  markThreadApplied(debateId: number, state: ThreadState): boolean {
    return this.prepare('UPDATE debates SET thread_pending = 0 WHERE id = ? AND thread_state = ? AND thread_pending = 1').run(debateId, state).changes === 1;
  }

  markSummaryPosted(debateId: number): boolean {
    return this.prepare('UPDATE debates SET summary_pending = 0 WHERE id = ? AND summary_pending = 1').run(debateId).changes === 1;
  }

  /** Debates whose thread Discord still owes something (a state, a summary), oldest first. */
  threadWork(): Debate[] {
    return this.prepare<[], DebateRow>('SELECT * FROM debates WHERE thread_pending = 1 OR summary_pending = 1 ORDER BY id').all().map(toDebate);
  }

  /** Live debates whose end time has passed, soonest first. */
  dueDebates(now: number): Debate[] {
    return this.prepare<[number], DebateRow>("SELECT * FROM debates WHERE status <> 'closed' AND ends_at IS NOT NULL AND ends_at <= ? ORDER BY ends_at, id")
      .all(now)
      .map(toDebate);
  }

  /** The earliest end time among live debates, for the auto-close timer. */
  nextEndsAt(): number | null {
    const row = this.prepare<[], { next: number | null }>("SELECT MIN(ends_at) AS next FROM debates WHERE status <> 'closed' AND ends_at IS NOT NULL")
      .get();
    return row?.next ?? null;
  }

  // --- sides ---

  getSide(debateId: number, userId: string): SideRecord | undefined {
    const row = this.prepare<[number, string], { user_id: string; side: Side; joined_at: number; display_name: string | null }>(
        'SELECT user_id, side, joined_at, display_name FROM sides WHERE debate_id = ? AND user_id = ?',
      )
      .get(debateId, userId);
    return row === undefined ? undefined : { userId: row.user_id, side: row.side, joinedAt: row.joined_at, displayName: row.display_name };
  }

  setSide(debateId: number, userId: string, side: Side, at: number, displayName: string | null): void {
    this.prepare(
        `INSERT INTO sides (debate_id, user_id, side, joined_at, display_name) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (debate_id, user_id) DO UPDATE SET side = excluded.side,
           display_name = COALESCE(excluded.display_name, sides.display_name)`,
      )
      .run(debateId, userId, side, at, displayName);
  }

  recordSideChange(debateId: number, userId: string, from: Side | null, to: Side, at: number): void {
    this.prepare('INSERT INTO side_changes (debate_id, user_id, from_side, to_side, changed_at) VALUES (?, ?, ?, ?, ?)')
      .run(debateId, userId, from, to, at);
  }

  sides(debateId: number): SideRecord[] {
    return this.prepare<[number], { user_id: string; side: Side; joined_at: number; display_name: string | null }>(
        'SELECT user_id, side, joined_at, display_name FROM sides WHERE debate_id = ? ORDER BY joined_at, user_id',
      )
      .all(debateId)
      .map((row) => ({ userId: row.user_id, side: row.side, joinedAt: row.joined_at, displayName: row.display_name }));
  }

  /** Switches per student (joins are not switches). */
  switchCounts(debateId: number): Map<string, number> {
    const rows = this.prepare<[number], { user_id: string; n: number }>(
        'SELECT user_id, COUNT(*) AS n FROM side_changes WHERE debate_id = ? AND from_side IS NOT NULL GROUP BY user_id',
      )
      .all(debateId);
    return new Map(rows.map((row) => [row.user_id, row.n]));
  }

  // --- hands and speakers ---

  waitingHand(debateId: number, userId: string): HandRecord | undefined {
    const row = this.prepare<[number, string], { id: number; user_id: string; raised_at: number }>(
        'SELECT id, user_id, raised_at FROM hands WHERE debate_id = ? AND user_id = ? AND called_at IS NULL AND lowered_at IS NULL',
      )
      .get(debateId, userId);
    return row === undefined ? undefined : { id: row.id, userId: row.user_id, raisedAt: row.raised_at };
  }

  raiseHand(debateId: number, userId: string, at: number): number {
    return Number(this.prepare('INSERT INTO hands (debate_id, user_id, raised_at) VALUES (?, ?, ?)').run(debateId, userId, at).lastInsertRowid);
  }

  lowerHand(handId: number, at: number): void {
    this.prepare('UPDATE hands SET lowered_at = ? WHERE id = ? AND called_at IS NULL AND lowered_at IS NULL').run(at, handId);
  }

  /** Raised hands in the order they were raised (first come, first called). */
  queue(debateId: number): HandRecord[] {
    return this.prepare<[number], { id: number; user_id: string; raised_at: number }>(
        'SELECT id, user_id, raised_at FROM hands WHERE debate_id = ? AND called_at IS NULL AND lowered_at IS NULL ORDER BY raised_at, id',
      )
      .all(debateId)
      .map((row) => ({ id: row.id, userId: row.user_id, raisedAt: row.raised_at }));
  }

  markHandCalled(handId: number, at: number): void {
    this.prepare('UPDATE hands SET called_at = ? WHERE id = ?').run(at, handId);
  }

  insertSpeaker(debateId: number, userId: string, side: Side | null, calledBy: string, at: number, endsAt: number | null): number {
    return Number(
      this.prepare('INSERT INTO speakers (debate_id, user_id, side, called_by, called_at, speaking_ends_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(debateId, userId, side, calledBy, at, endsAt).lastInsertRowid,
    );
  }

  /** How many times one student was called to speak in a debate. */
  speakerCountOf(debateId: number, userId: string): number {
    return this.prepare<[number, string], { n: number }>('SELECT COUNT(*) AS n FROM speakers WHERE debate_id = ? AND user_id = ?').get(debateId, userId)?.n ?? 0;
  }

  /** A server's debates a student took part in (a side, a hand, a citation or a post), newest first. */
  debatesOfStudent(guildId: string, userId: string, limit: number): Debate[] {
    return this.prepare<[string, string, string, string, string, number], DebateRow>(
        `SELECT * FROM debates WHERE guild_id = ? AND id IN (
           SELECT debate_id FROM sides WHERE user_id = ?
           UNION SELECT debate_id FROM hands WHERE user_id = ?
           UNION SELECT debate_id FROM citations WHERE user_id = ?
           UNION SELECT debate_id FROM post_counts WHERE user_id = ?)
         ORDER BY id DESC LIMIT ?`,
      )
      .all(guildId, userId, userId, userId, userId, limit)
      .map(toDebate);
  }

  speakerCount(debateId: number): number {
    return this.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM speakers WHERE debate_id = ?').get(debateId)?.n ?? 0;
  }

  // --- citations and posts ---

  insertCitation(debateId: number, userId: string, side: Side, reading: string, paragraph: number, at: number): number {
    return Number(
      this.prepare('INSERT INTO citations (debate_id, user_id, side, reading, paragraph, cited_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(debateId, userId, side, reading, paragraph, at).lastInsertRowid,
    );
  }

  citations(debateId: number): CitationRecord[] {
    return this.prepare<[number], { id: number; user_id: string; side: Side; reading: string; paragraph: number; cited_at: number }>(
        'SELECT id, user_id, side, reading, paragraph, cited_at FROM citations WHERE debate_id = ? ORDER BY id',
      )
      .all(debateId)
      .map((row) => ({ id: row.id, userId: row.user_id, side: row.side, reading: row.reading, paragraph: row.paragraph, citedAt: row.cited_at }));
  }

  /**
   * Counts one message in a thread if it holds a live debate. A single statement (the lookup is
   * by the unique thread index), so counting every message in a server stays cheap; returns
   * whether it counted.
   */
  countPost(guildId: string, threadId: string, userId: string): boolean {
    const result = this.prepare(
        `INSERT INTO post_counts (debate_id, user_id, posts)
           SELECT id, ?, 1 FROM debates WHERE guild_id = ? AND thread_id = ? AND status <> 'closed'
         ON CONFLICT (debate_id, user_id) DO UPDATE SET posts = posts + 1`,
      )
      .run(userId, guildId, threadId);
    return result.changes > 0;
  }

  postCounts(debateId: number): Map<string, number> {
    const rows = this.prepare<[number], { user_id: string; posts: number }>('SELECT user_id, posts FROM post_counts WHERE debate_id = ?').all(debateId);
    return new Map(rows.map((row) => [row.user_id, row.posts]));
  }

  // --- proposals and server motions ---

  insertProposal(guildId: string, userId: string, reading: string, motion: string, paragraphs: readonly number[], at: number): Proposal {
    const id = Number(
      this.prepare('INSERT INTO proposals (guild_id, user_id, reading, motion, paragraphs, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(guildId, userId, reading, motion, JSON.stringify(paragraphs), at).lastInsertRowid,
    );
    const proposal = this.getProposal(guildId, id);
    if (proposal === undefined) throw new Error('debate store: a proposal vanished right after its insert');
    return proposal;
  }

  getProposal(guildId: string, id: number): Proposal | undefined {
    const row = this.prepare<[number, string], ProposalRow>('SELECT * FROM proposals WHERE id = ? AND guild_id = ?').get(id, guildId);
    return row === undefined ? undefined : toProposal(row);
  }

  proposals(guildId: string, status: ProposalStatus): Proposal[] {
    return this.prepare<[string, ProposalStatus], ProposalRow>('SELECT * FROM proposals WHERE guild_id = ? AND status = ? ORDER BY id')
      .all(guildId, status)
      .map(toProposal);
  }

  proposalsBy(guildId: string, userId: string): Proposal[] {
    return this.prepare<[string, string], ProposalRow>('SELECT * FROM proposals WHERE guild_id = ? AND user_id = ? ORDER BY id DESC')
      .all(guildId, userId)
      .map(toProposal);
  }

  reviewProposal(guildId: string, id: number, status: 'approved' | 'rejected', reviewerId: string, reason: string | null, at: number): boolean {
    const result = this.prepare("UPDATE proposals SET status = ?, reviewer_id = ?, reason = ?, reviewed_at = ? WHERE id = ? AND guild_id = ? AND status = 'pending'")
      .run(status, reviewerId, reason, at, id, guildId);
    return result.changes === 1;
  }

  insertGuildMotion(proposal: Proposal, approvedBy: string, at: number): GuildMotionRecord {
    const id = Number(
      this.prepare('INSERT INTO guild_motions (guild_id, proposal_id, reading, motion, paragraphs, approved_by, approved_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(proposal.guildId, proposal.id, proposal.reading, proposal.motion, JSON.stringify(proposal.paragraphs), approvedBy, at).lastInsertRowid,
    );
    return { id, guildId: proposal.guildId, proposalId: proposal.id, reading: proposal.reading, motion: proposal.motion, paragraphs: proposal.paragraphs, approvedBy, approvedAt: at };
  }

  guildMotions(guildId: string): GuildMotionRecord[] {
    return this.prepare<
        [string],
        { id: number; guild_id: string; proposal_id: number; reading: string; motion: string; paragraphs: string; approved_by: string; approved_at: number }
      >('SELECT * FROM guild_motions WHERE guild_id = ? ORDER BY id')
      .all(guildId)
      .map((row) => ({
        id: row.id,
        guildId: row.guild_id,
        proposalId: row.proposal_id,
        reading: row.reading,
        motion: row.motion,
        paragraphs: parseNumberList(row.paragraphs),
        approvedBy: row.approved_by,
        approvedAt: row.approved_at,
      }));
  }

  // --- a server's data, all of it ---

  /**
   * Deletes everything stored for a server in one transaction (child rows go by cascade): its
   * debates, proposals, motions, settings, and the questions kept for its digest (src/digest)
   * with their votes, which share this file and its migrations. The ids of its debates' threads
   * are kept (with `at`), only so a command used in one afterwards can say its records were deleted.
   */
  deleteGuildData(guildId: string, at: number): DeletedCounts {
    return this.transaction(() => {
      this.prepare('INSERT OR IGNORE INTO deleted_debate_threads (thread_id, guild_id, deleted_at) SELECT thread_id, guild_id, ? FROM debates WHERE guild_id = ?').run(at, guildId);
      const debates = this.prepare('DELETE FROM debates WHERE guild_id = ?').run(guildId).changes;
      this.prepare('DELETE FROM guild_motions WHERE guild_id = ?').run(guildId);
      const proposals = this.prepare('DELETE FROM proposals WHERE guild_id = ?').run(guildId).changes;
      const settings = this.prepare('DELETE FROM guild_settings WHERE guild_id = ?').run(guildId).changes;
      const questions = this.prepare('DELETE FROM digest_questions WHERE guild_id = ?').run(guildId).changes;
      return { debates, proposals, settings, questions };
    });
  }

  /** Whether this server's debate in this thread had its records deleted. */
  threadRecordsDeleted(guildId: string, threadId: string): boolean {
    return this.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM deleted_debate_threads WHERE thread_id = ? AND guild_id = ?').get(threadId, guildId)?.n === 1;
  }

  /** Rows stored for a server, by table (for tests and the "delete server data" confirmation). */
  countGuildRows(guildId: string): Record<string, number> {
    const count = (sql: string): number => this.prepare<[string], { n: number }>(sql).get(guildId)?.n ?? 0;
    const child = (table: string): number => count(`SELECT COUNT(*) AS n FROM ${table} WHERE debate_id IN (SELECT id FROM debates WHERE guild_id = ?)`);
    return {
      guild_settings: count('SELECT COUNT(*) AS n FROM guild_settings WHERE guild_id = ?'),
      debates: count('SELECT COUNT(*) AS n FROM debates WHERE guild_id = ?'),
      sides: child('sides'),
      side_changes: child('side_changes'),
      hands: child('hands'),
      speakers: child('speakers'),
      citations: child('citations'),
      post_counts: child('post_counts'),
      proposals: count('SELECT COUNT(*) AS n FROM proposals WHERE guild_id = ?'),
      guild_motions: count('SELECT COUNT(*) AS n FROM guild_motions WHERE guild_id = ?'),
      digest_questions: count('SELECT COUNT(*) AS n FROM digest_questions WHERE guild_id = ?'),
      digest_votes: count('SELECT COUNT(*) AS n FROM digest_votes WHERE question_id IN (SELECT id FROM digest_questions WHERE guild_id = ?)'),
    };
  }
}

/** Opens `<dataDir>/bot.sqlite`, creating the folder on first run, migrated to the latest schema. */
export function openDebateStore(dataDir: string): DebateStore {
  return new DebateStore(openDatabase(path.join(dataDir, DATABASE_FILE)));
}

export { LATEST_VERSION };
