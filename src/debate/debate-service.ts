// The rules of a debate, over the store, with no Discord in sight: who may join, raise a hand,
// cite and be called; what a moderator's open/pause/resume/close does; the proposal queue and
// per-server settings. Every outcome is a discriminated union the views render; every change
// of more than one row runs in one transaction. The clock is injected.
import { findParagraph, findReading } from '../corpus/load-corpus.js';
import { paragraphOrProblem, isLookupProblem, type LookupProblem } from '../corpus/lookup.js';
import type { Corpus, Paragraph, Reading } from '../corpus/types.js';
import { UserFacingError } from '../errors.js';
import { SERVER_MOTION_PREFIX } from './motions.js';
import { parseParagraphList, type ParagraphListProblem } from './paragraph-list.js';
import { quoteEvidence } from './quote.js';
import type { DebateStore, DeletedCounts, HandRecord, SqliteDatabase } from './store.js';
import { buildSummary, summaryToCsv, type DebateSummary } from './summary.js';
import type { Debate, EvidenceSide, GuildSettings, Motion, Proposal, SettingsPatch, Side, ThreadState } from './types.js';

/** Bounds on what a moderator or student may ask for; the commands declare the same bounds. */
export const DEBATE_LIMITS = {
  /** Debate duration in minutes: up to a school day. */
  durationMinutes: { min: 1, max: 24 * 60 },
  /** Thread slowmode in seconds: Discord's own maximum is 6 hours. */
  slowmodeSeconds: { min: 0, max: 21_600 },
  /** Speaking time in seconds for a called speaker. */
  speakingSeconds: { min: 10, max: 30 * 60 },
  /** A proposed motion's length in characters. */
  motionLength: { min: 15, max: 200 },
  /** Paragraphs a proposal may name as evidence. */
  proposalParagraphs: 8,
  /** Pending proposals one student may have at a time (stops a queue being flooded). */
  pendingPerStudent: 3,
  /** A rejection reason's length in characters. */
  reasonLength: { min: 3, max: 300 },
} as const;

/**
 * Where an interaction happened: its server and channel. Every lookup a user's interaction makes
 * is scoped by both, so a thread id from another server finds no debate (defence in depth: Discord
 * sets these ids, but the rules must not rely on it).
 */
export interface ThreadRef {
  readonly guildId: string;
  readonly threadId: string;
}

/** Who is acting: the Discord user id and, when known, their display name in the server. */
export interface Actor {
  readonly userId: string;
  readonly displayName?: string;
}

export interface EvidenceQuote {
  readonly paragraph: number;
  readonly side: EvidenceSide;
  readonly why?: string;
  /** Exact words of the paragraph (a sentence, or a clause ending in "…"). */
  readonly quote: string;
}

type NoDebate = { readonly kind: 'no-debate' };
type DebateClosed = { readonly kind: 'debate-closed'; readonly debate: Debate };

export type OpenOutcome =
  | { readonly kind: 'opened'; readonly debate: Debate; readonly motion: Motion }
  | { readonly kind: 'unknown-motion'; readonly motionId: string }
  | { readonly kind: 'thread-taken'; readonly debate: Debate };

export type PauseOutcome = { readonly kind: 'paused'; readonly debate: Debate } | { readonly kind: 'already-paused'; readonly debate: Debate } | DebateClosed | NoDebate;
export type ResumeOutcome = { readonly kind: 'resumed'; readonly debate: Debate } | { readonly kind: 'already-open'; readonly debate: Debate } | DebateClosed | NoDebate;
export type CloseOutcome =
  | { readonly kind: 'closed'; readonly debate: Debate; readonly summary: DebateSummary }
  | { readonly kind: 'already-closed'; readonly debate: Debate }
  | NoDebate;

export type JoinOutcome =
  | { readonly kind: 'joined'; readonly debate: Debate; readonly side: Side; readonly switchedFrom?: Side }
  | { readonly kind: 'already-on-side'; readonly debate: Debate; readonly side: Side }
  | DebateClosed
  | NoDebate;

export type HandOutcome =
  | { readonly kind: 'raised'; readonly debate: Debate; readonly side: Side; readonly position: number }
  | { readonly kind: 'already-raised'; readonly debate: Debate; readonly position: number }
  | { readonly kind: 'no-side'; readonly debate: Debate }
  | DebateClosed
  | NoDebate;

export type LowerOutcome = { readonly kind: 'lowered'; readonly debate: Debate } | { readonly kind: 'no-hand'; readonly debate: Debate } | DebateClosed | NoDebate;

export interface CalledSpeaker {
  readonly userId: string;
  readonly displayName: string | null;
  /** The speaker's side when called (null if they left their side after raising a hand). */
  readonly side: Side | null;
}

export type CallOutcome =
  | { readonly kind: 'called'; readonly debate: Debate; readonly speaker: CalledSpeaker; readonly endsAt: number | null; readonly stillWaiting: number }
  | { readonly kind: 'queue-empty'; readonly debate: Debate }
  | { readonly kind: 'debate-paused'; readonly debate: Debate }
  | DebateClosed
  | NoDebate;

export type CiteOutcome =
  | { readonly kind: 'cited'; readonly debate: Debate; readonly side: Side; readonly reading: Reading; readonly paragraph: Paragraph }
  | { readonly kind: 'no-side'; readonly debate: Debate }
  | { readonly kind: 'no-paragraph'; readonly debate: Debate; readonly problem: LookupProblem }
  | { readonly kind: 'debate-paused'; readonly debate: Debate }
  | DebateClosed
  | NoDebate;

/** A student named as last seen in the debate (null when no name was recorded). */
export interface NamedStudent {
  readonly userId: string;
  readonly displayName: string | null;
}

/** One debate in a student's own record (`/debate me`). */
export interface StudentDebateRecord {
  readonly debate: Debate;
  readonly side: Side | null;
  readonly switches: number;
  readonly posts: number;
  readonly citations: number;
  readonly paragraphs: readonly number[];
  readonly timesCalled: number;
}

export interface DebateStatusView {
  readonly kind: 'status';
  readonly debate: Debate;
  readonly sideCounts: Readonly<Record<Side, number>>;
  /** The students on each side, in joining order, by name. */
  readonly sides: Readonly<Record<Side, readonly NamedStudent[]>>;
  readonly yourSide: Side | null;
  /** 1-based place in the queue of raised hands, or null. */
  readonly yourPosition: number | null;
  readonly queueLength: number;
}

export type StatusOutcome = DebateStatusView | NoDebate;

/** Why a proposal was refused, as data (the views word it). */
export type ProposalProblem =
  | ParagraphListProblem
  | { readonly kind: 'motion-length'; readonly min: number; readonly max: number }
  | Extract<LookupProblem, { readonly kind: 'no-such-reading' }>;

export type ProposeOutcome =
  | { readonly kind: 'proposed'; readonly proposal: Proposal }
  | { readonly kind: 'invalid'; readonly problem: ProposalProblem }
  | { readonly kind: 'too-many-pending'; readonly limit: number };

export type ReviewOutcome =
  | { readonly kind: 'approved'; readonly proposal: Proposal; readonly motion: Motion }
  | { readonly kind: 'rejected'; readonly proposal: Proposal }
  | { readonly kind: 'invalid'; readonly problem: { readonly kind: 'reason-length'; readonly min: number; readonly max: number } }
  | { readonly kind: 'not-found'; readonly proposalId: number }
  | { readonly kind: 'already-reviewed'; readonly proposal: Proposal };

export interface DebateServiceOptions {
  readonly store: DebateStore;
  readonly corpus: Corpus;
  /** The readings' motions (see loadCorpusMotions). */
  readonly motions: readonly Motion[];
  /** Milliseconds since the epoch; tests pass a fixed clock. */
  readonly now?: () => number;
}

function inRange(value: number, bounds: { readonly min: number; readonly max: number }): boolean {
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
}

/** The debate of a thread while it is not closed, or the outcome that says why there is none. */
type LiveDebate = { readonly kind: 'live'; readonly debate: Debate } | NoDebate | DebateClosed;

/**
 * The only door to the debate store: the store is private, so every read and write goes through
 * a method here (the one-line reads included), and the rules cannot be bypassed.
 */
export class DebateService {
  private readonly store: DebateStore;
  private readonly corpus: Corpus;
  private readonly motions: readonly Motion[];
  private readonly now: () => number;
  /** Told whenever the set of pending auto-closes may have changed (see onScheduleChange). */
  private readonly scheduleListeners = new Set<() => void>();

  constructor(options: DebateServiceOptions) {
    this.store = options.store;
    this.corpus = options.corpus;
    this.motions = options.motions;
    this.now = options.now ?? Date.now;
  }

  /**
   * Calls `listener` after a debate with an end time opens, or any debate closes, so the
   * auto-close timer can re-arm for the next end. Returns a function that unsubscribes.
   */
  onScheduleChange(listener: () => void): () => void {
    this.scheduleListeners.add(listener);
    return () => this.scheduleListeners.delete(listener);
  }

  private scheduleChanged(): void {
    for (const listener of this.scheduleListeners) listener();
  }

  // --- motions ---

  /** The readings' motions, then this server's approved ones. */
  listMotions(guildId: string): Motion[] {
    const serverMotions = this.store.guildMotions(guildId).map(
      (record): Motion => ({
        id: `${SERVER_MOTION_PREFIX}${record.id}`,
        reading: record.reading,
        motion: record.motion,
        question: `Proposed on this server (proposal #${record.proposalId}).`,
        evidence: record.paragraphs.map((paragraph) => ({ paragraph, side: 'context' as const })),
        source: 'server',
      }),
    );
    return [...this.motions, ...serverMotions].filter((motion) => findReading(this.corpus, motion.reading) !== undefined);
  }

  findMotion(guildId: string, motionId: string): Motion | undefined {
    return this.listMotions(guildId).find((motion) => motion.id === motionId);
  }

  /**
   * Motions whose id or wording contains every word typed, for autocomplete (at most `limit`);
   * only those drawn from `readingId` when it is given.
   */
  searchMotions(guildId: string, query: string, limit = 25, readingId?: string): Motion[] {
    const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
    return this.listMotions(guildId)
      .filter((motion) => {
        if (readingId !== undefined && motion.reading !== readingId) return false;
        const haystack = `${motion.id} ${motion.motion}`.toLowerCase();
        return words.every((word) => haystack.includes(word));
      })
      .slice(0, limit);
  }

  /** The motion's evidence with short exact quotes from the reading. */
  evidenceQuotes(motion: Motion, maxLength?: number): EvidenceQuote[] {
    const reading = findReading(this.corpus, motion.reading);
    if (reading === undefined) return [];
    return motion.evidence.flatMap((item) => {
      const paragraph = findParagraph(reading, item.paragraph);
      if (paragraph === undefined) return [];
      return [{ paragraph: item.paragraph, side: item.side, ...(item.why === undefined ? {} : { why: item.why }), quote: quoteEvidence(paragraph.text, item.quote, maxLength) }];
    });
  }

  // --- a debate's life ---

  /** The debate of this thread in this server, or undefined (another server's thread finds nothing). */
  debateInThread(where: ThreadRef): Debate | undefined {
    return this.store.debateInGuildThread(where.guildId, where.threadId);
  }

  /**
   * The debate recorded for a thread, whatever its server: only for the thread bookkeeping that
   * starts from the store's own records (syncing, reconcile, auto-close), never for an interaction.
   */
  recordedDebateOfThread(threadId: string): Debate | undefined {
    return this.store.debateByThread(threadId);
  }

  /** Checks an open request before the Discord layer creates a thread for it. Throws on out-of-range options. */
  checkOpen(guildId: string, motionId: string, options: { durationMinutes?: number; slowmodeSeconds?: number } = {}): Motion | undefined {
    if (options.durationMinutes !== undefined && !inRange(options.durationMinutes, DEBATE_LIMITS.durationMinutes)) {
      const { min, max } = DEBATE_LIMITS.durationMinutes;
      throw new UserFacingError('debate-duration', `A debate lasts between ${min} and ${max} minutes.`);
    }
    if (options.slowmodeSeconds !== undefined && !inRange(options.slowmodeSeconds, DEBATE_LIMITS.slowmodeSeconds)) {
      const { min, max } = DEBATE_LIMITS.slowmodeSeconds;
      throw new UserFacingError('debate-slowmode', `Slowmode is between ${min} and ${max} seconds.`);
    }
    return this.findMotion(guildId, motionId);
  }

  openDebate(input: {
    readonly guildId: string;
    readonly channelId: string;
    readonly threadId: string;
    readonly motionId: string;
    readonly openedBy: string;
    readonly durationMinutes?: number;
    readonly slowmodeSeconds?: number;
  }): OpenOutcome {
    const motion = this.checkOpen(input.guildId, input.motionId, input);
    if (motion === undefined) return { kind: 'unknown-motion', motionId: input.motionId };
    const outcome = this.store.transaction((): OpenOutcome => {
      const existing = this.store.debateByThread(input.threadId);
      if (existing !== undefined) return { kind: 'thread-taken', debate: existing };
      const at = this.now();
      const debate = this.store.insertDebate({
        guildId: input.guildId,
        channelId: input.channelId,
        threadId: input.threadId,
        reading: motion.reading,
        motionId: motion.id,
        motion: motion.motion,
        evidenceParagraphs: [...new Set(motion.evidence.map((e) => e.paragraph))].sort((a, b) => a - b),
        openedBy: input.openedBy,
        openedAt: at,
        endsAt: input.durationMinutes === undefined ? null : at + input.durationMinutes * 60_000,
        slowmodeSeconds: input.slowmodeSeconds ?? null,
      });
      return { kind: 'opened', debate, motion };
    });
    if (outcome.kind === 'opened' && outcome.debate.endsAt !== null) this.scheduleChanged();
    return outcome;
  }

  pauseDebate(where: ThreadRef): PauseOutcome {
    return this.store.transaction((): PauseOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      if (debate.status === 'paused') return { kind: 'already-paused', debate };
      this.store.setStatus(debate.id, 'paused');
      return { kind: 'paused', debate: this.reload(debate) };
    });
  }

  resumeDebate(where: ThreadRef): ResumeOutcome {
    return this.store.transaction((): ResumeOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      if (debate.status === 'open') return { kind: 'already-open', debate };
      this.store.setStatus(debate.id, 'open');
      return { kind: 'resumed', debate: this.reload(debate) };
    });
  }

  /** Closes by a moderator. Idempotent: closing a closed debate says so and changes nothing. */
  closeDebate(where: ThreadRef, closedBy: string): CloseOutcome {
    const debate = this.debateInThread(where);
    if (debate === undefined) return { kind: 'no-debate' };
    return this.closeNow(debate, closedBy, 'moderator');
  }

  /** Live debates whose duration has run out (at startup, and when the auto-close timer fires). */
  dueAutoCloses(now: number = this.now()): Debate[] {
    return this.store.dueDebates(now);
  }

  /** When the auto-close timer should next fire, or null when no live debate has an end. */
  nextAutoCloseAt(ownsGuild?: (guildId: string) => boolean): number | null {
    if (ownsGuild === undefined) return this.store.nextEndsAt();
    // One shard of several: only its own servers' debates (another shard closes the rest).
    return this.store.dueDebates(Number.MAX_SAFE_INTEGER).find((debate) => ownsGuild(debate.guildId))?.endsAt ?? null;
  }

  /** Closes every debate whose time is up, each with reason "time-up"; returns those closed now. */
  closeDueDebates(ownsGuild: (guildId: string) => boolean = () => true): Array<{ readonly debate: Debate; readonly summary: DebateSummary }> {
    const closed: Array<{ debate: Debate; summary: DebateSummary }> = [];
    for (const due of this.dueAutoCloses()) {
      if (!ownsGuild(due.guildId)) continue;
      const outcome = this.closeNow(due, null, 'time-up');
      if (outcome.kind === 'closed') closed.push({ debate: outcome.debate, summary: outcome.summary });
    }
    return closed;
  }

  private closeNow(debate: Debate, closedBy: string | null, reason: 'moderator' | 'time-up'): CloseOutcome {
    if (debate.status === 'closed') return { kind: 'already-closed', debate };
    // A debate whose time ran out ended at its end time, even if the bot was down then and
    // closes it later: the summary's duration is the debate's, not the outage's.
    const at = reason === 'time-up' && debate.endsAt !== null ? Math.min(debate.endsAt, this.now()) : this.now();
    const changed = this.store.markClosed(debate.id, at, closedBy, reason);
    const closed = this.reload(debate);
    if (!changed) return { kind: 'already-closed', debate: closed };
    if (debate.endsAt !== null) this.scheduleChanged();
    return { kind: 'closed', debate: closed, summary: buildSummary(this.store, closed, this.now()) };
  }

  // --- the thread in Discord (see reconcile.ts) ---

  /** Debates whose thread Discord still owes a state change or a summary, oldest first. */
  threadWork(): Debate[] {
    return this.store.threadWork();
  }

  /** Records that the thread now is in `state` (kept pending if a newer change wants another state). */
  markThreadApplied(debate: Pick<Debate, 'id'>, state: ThreadState): boolean {
    return this.store.markThreadApplied(debate.id, state);
  }

  /** Records that a closed debate's summary is in its thread. */
  markSummaryPosted(debate: Pick<Debate, 'id'>): boolean {
    return this.store.markSummaryPosted(debate.id);
  }

  /** The thread is gone (deleted in Discord): nothing is owed to it any more. */
  forgetThreadWork(debate: Pick<Debate, 'id'>): void {
    this.store.transaction(() => {
      this.store.markSummaryPosted(debate.id);
      const current = this.store.getDebate(debate.id);
      if (current !== undefined) this.store.markThreadApplied(debate.id, current.threadState);
    });
  }

  /** The debate of this thread if it is open or paused; otherwise no-debate or debate-closed. Read inside the caller's transaction. */
  private liveDebateIn(where: ThreadRef): LiveDebate {
    const debate = this.debateInThread(where);
    if (debate === undefined) return { kind: 'no-debate' };
    if (debate.status === 'closed') return { kind: 'debate-closed', debate };
    return { kind: 'live', debate };
  }

  private reload(debate: Debate): Debate {
    const fresh = this.store.getDebate(debate.id);
    if (fresh === undefined) throw new Error(`debate service: debate ${debate.id} disappeared mid-action`);
    return fresh;
  }

  // --- students ---

  /** Joins or switches side; every join and switch is recorded. Allowed while paused (students prepare). */
  joinSide(where: ThreadRef, actor: Actor, side: Side): JoinOutcome {
    return this.store.transaction((): JoinOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      const at = this.now();
      const current = this.store.getSide(debate.id, actor.userId);
      if (current?.side === side) {
        // Keep the display name fresh for the CSV even when nothing else changes.
        if (actor.displayName !== undefined) this.store.setSide(debate.id, actor.userId, side, current.joinedAt, actor.displayName);
        return { kind: 'already-on-side', debate, side };
      }
      this.store.setSide(debate.id, actor.userId, side, at, actor.displayName ?? null);
      this.store.recordSideChange(debate.id, actor.userId, current?.side ?? null, side, at);
      return current === undefined ? { kind: 'joined', debate, side } : { kind: 'joined', debate, side, switchedFrom: current.side };
    });
  }

  /**
   * Raises a hand. A student must be on a side first: the floor alternates between sides, so
   * the moderator (and the announcement) needs to know which side a speaker argues for.
   * Allowed while paused, so a queue can form before the floor reopens.
   */
  raiseHand(where: ThreadRef, actor: Actor): HandOutcome {
    return this.store.transaction((): HandOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      const side = this.store.getSide(debate.id, actor.userId);
      if (side === undefined) return { kind: 'no-side', debate };
      const existing = this.store.waitingHand(debate.id, actor.userId);
      if (existing !== undefined) return { kind: 'already-raised', debate, position: this.positionOf(debate.id, existing) };
      const handId = this.store.raiseHand(debate.id, actor.userId, this.now());
      return { kind: 'raised', debate, side: side.side, position: this.positionOf(debate.id, { id: handId }) };
    });
  }

  lowerHand(where: ThreadRef, actor: Actor): LowerOutcome {
    return this.store.transaction((): LowerOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      const hand = this.store.waitingHand(debate.id, actor.userId);
      if (hand === undefined) return { kind: 'no-hand', debate };
      this.store.lowerHand(hand.id, this.now());
      return { kind: 'lowered', debate };
    });
  }

  /**
   * Cites a paragraph, recording the student's side at that moment: of the debate's reading, or
   * of `readingId` when the student names another reading of the course (to compare texts).
   */
  cite(where: ThreadRef, actor: Actor, paragraphNumber: number, readingId?: string): CiteOutcome {
    return this.store.transaction((): CiteOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      if (debate.status === 'paused') return { kind: 'debate-paused', debate };
      const reading = findReading(this.corpus, readingId ?? debate.reading);
      if (reading === undefined && readingId !== undefined) {
        return { kind: 'no-paragraph', debate, problem: { kind: 'no-such-reading', id: readingId, readings: this.corpus.readings.map((r) => r.id) } };
      }
      if (reading === undefined) throw new Error(`debate service: debate ${debate.id} is on reading "${debate.reading}", which is not in the corpus`);
      const paragraph = paragraphOrProblem(reading, paragraphNumber);
      if (isLookupProblem(paragraph)) return { kind: 'no-paragraph', debate, problem: paragraph };
      const side = this.store.getSide(debate.id, actor.userId);
      if (side === undefined) return { kind: 'no-side', debate };
      this.store.insertCitation(debate.id, actor.userId, side.side, reading.id, paragraph.number, this.now());
      return { kind: 'cited', debate, side: side.side, reading, paragraph };
    });
  }

  /**
   * Counts one message in a thread of this server; does nothing (cheaply) outside its live
   * debate threads. Scoped by server like every other lookup from Discord.
   */
  countPost(where: ThreadRef, userId: string): boolean {
    return this.store.countPost(where.guildId, where.threadId, userId);
  }

  status(where: ThreadRef, userId: string): StatusOutcome {
    const debate = this.debateInThread(where);
    if (debate === undefined) return { kind: 'no-debate' };
    const sides = this.store.sides(debate.id);
    const queue = this.store.queue(debate.id);
    const index = queue.findIndex((hand) => hand.userId === userId);
    return {
      kind: 'status',
      debate,
      sideCounts: { for: sides.filter((s) => s.side === 'for').length, against: sides.filter((s) => s.side === 'against').length },
      sides: {
        for: sides.filter((s) => s.side === 'for').map((s) => ({ userId: s.userId, displayName: s.displayName })),
        against: sides.filter((s) => s.side === 'against').map((s) => ({ userId: s.userId, displayName: s.displayName })),
      },
      yourSide: sides.find((s) => s.userId === userId)?.side ?? null,
      yourPosition: index === -1 ? null : index + 1,
      queueLength: queue.length,
    };
  }

  // --- the floor (moderators) ---

  /** The raised hands, first come first served. */
  queue(where: ThreadRef): HandRecord[] {
    const debate = this.debateInThread(where);
    return debate === undefined ? [] : this.store.queue(debate.id);
  }

  /** The queue with each student's display name as last seen (null when unknown). */
  queueWithNames(debate: Debate): Array<{ readonly userId: string; readonly displayName: string | null }> {
    const names = new Map(this.store.sides(debate.id).map((s) => [s.userId, s.displayName]));
    return this.store.queue(debate.id).map((hand) => ({ userId: hand.userId, displayName: names.get(hand.userId) ?? null }));
  }

  /** Open and paused debates of a server, oldest first (to point students to them). */
  liveDebates(guildId: string): Debate[] {
    return this.store.liveDebates(guildId);
  }

  /** Calls the first raised hand (FIFO), with an optional speaking time in seconds. */
  callNextSpeaker(where: ThreadRef, calledBy: string, speakingSeconds?: number): CallOutcome {
    if (speakingSeconds !== undefined && !inRange(speakingSeconds, DEBATE_LIMITS.speakingSeconds)) {
      const { min, max } = DEBATE_LIMITS.speakingSeconds;
      throw new UserFacingError('debate-speaking-time', `Speaking time is between ${min} and ${max} seconds.`);
    }
    return this.store.transaction((): CallOutcome => {
      const live = this.liveDebateIn(where);
      if (live.kind !== 'live') return live;
      const { debate } = live;
      if (debate.status === 'paused') return { kind: 'debate-paused', debate };
      const [first, ...rest] = this.store.queue(debate.id);
      if (first === undefined) return { kind: 'queue-empty', debate };
      const at = this.now();
      const endsAt = speakingSeconds === undefined ? null : at + speakingSeconds * 1000;
      const side = this.store.getSide(debate.id, first.userId);
      this.store.markHandCalled(first.id, at);
      this.store.insertSpeaker(debate.id, first.userId, side?.side ?? null, calledBy, at, endsAt);
      return {
        kind: 'called',
        debate,
        speaker: { userId: first.userId, displayName: side?.displayName ?? null, side: side?.side ?? null },
        endsAt,
        stillWaiting: rest.length,
      };
    });
  }

  private positionOf(debateId: number, hand: { readonly id: number }): number {
    return this.store.queue(debateId).findIndex((h) => h.id === hand.id) + 1;
  }

  // --- records ---

  summary(debate: Debate): DebateSummary {
    return buildSummary(this.store, this.reload(debate), this.now());
  }

  /**
   * A student's own record in this server: the debates they took part in (newest first, at
   * most `limit`), with their side, posts, citations and turns to speak in each.
   */
  recordOf(guildId: string, userId: string, limit = 10): StudentDebateRecord[] {
    return this.store.debatesOfStudent(guildId, userId, limit).map((debate) => {
      const mine = buildSummary(this.store, debate, this.now()).students.find((s) => s.userId === userId);
      return {
        debate,
        side: mine?.side ?? null,
        switches: mine?.switches ?? 0,
        posts: mine?.posts ?? 0,
        citations: mine?.citations ?? 0,
        paragraphs: mine?.paragraphs ?? [],
        timesCalled: this.store.speakerCountOf(debate.id, userId),
      };
    });
  }

  exportCsv(debate: Debate): string {
    return summaryToCsv(this.summary(debate));
  }

  // --- proposals ---

  propose(input: { readonly guildId: string; readonly userId: string; readonly motion: string; readonly paragraphs: string; readonly reading?: string }): ProposeOutcome {
    const reading = input.reading === undefined ? this.corpus.readings[0] : findReading(this.corpus, input.reading);
    if (reading === undefined) return { kind: 'invalid', problem: { kind: 'no-such-reading', id: input.reading ?? '', readings: this.corpus.readings.map((r) => r.id) } };
    const wording = input.motion.replace(/\s+/g, ' ').trim();
    const motion = /^this house\b/i.test(wording) ? wording : `This house believes that ${wording}`;
    const { min, max } = DEBATE_LIMITS.motionLength;
    if (wording.length < min || motion.length > max) return { kind: 'invalid', problem: { kind: 'motion-length', min, max } };
    const list = parseParagraphList(input.paragraphs, reading.paragraphs.length, DEBATE_LIMITS.proposalParagraphs);
    if (list.kind === 'invalid') return list;
    return this.store.transaction((): ProposeOutcome => {
      const pending = this.store.proposalsBy(input.guildId, input.userId).filter((p) => p.status === 'pending').length;
      if (pending >= DEBATE_LIMITS.pendingPerStudent) return { kind: 'too-many-pending', limit: DEBATE_LIMITS.pendingPerStudent };
      return { kind: 'proposed', proposal: this.store.insertProposal(input.guildId, input.userId, reading.id, motion, list.paragraphs, this.now()) };
    });
  }

  pendingProposals(guildId: string): Proposal[] {
    return this.store.proposals(guildId, 'pending');
  }

  /** A student's own proposals, newest first, with their review (so they see a rejection's reason). */
  proposalsOf(guildId: string, userId: string): Proposal[] {
    return this.store.proposalsBy(guildId, userId);
  }

  /** Approves a pending proposal: it becomes one of the server's motions, in the same transaction. */
  approveProposal(guildId: string, proposalId: number, reviewerId: string): ReviewOutcome {
    return this.store.transaction((): ReviewOutcome => {
      const proposal = this.store.getProposal(guildId, proposalId);
      if (proposal === undefined) return { kind: 'not-found', proposalId };
      if (proposal.status !== 'pending') return { kind: 'already-reviewed', proposal };
      const at = this.now();
      this.store.reviewProposal(guildId, proposalId, 'approved', reviewerId, null, at);
      const record = this.store.insertGuildMotion(proposal, reviewerId, at);
      const motion = this.findMotion(guildId, `${SERVER_MOTION_PREFIX}${record.id}`);
      const reviewed = this.store.getProposal(guildId, proposalId);
      if (motion === undefined || reviewed === undefined) throw new Error(`debate service: approved proposal ${proposalId} did not become a motion`);
      return { kind: 'approved', proposal: reviewed, motion };
    });
  }

  rejectProposal(guildId: string, proposalId: number, reviewerId: string, reason: string): ReviewOutcome {
    const text = reason.replace(/\s+/g, ' ').trim();
    const { min, max } = DEBATE_LIMITS.reasonLength;
    if (text.length < min || text.length > max) return { kind: 'invalid', problem: { kind: 'reason-length', min, max } };
    return this.store.transaction((): ReviewOutcome => {
      const proposal = this.store.getProposal(guildId, proposalId);
      if (proposal === undefined) return { kind: 'not-found', proposalId };
      if (proposal.status !== 'pending') return { kind: 'already-reviewed', proposal };
      this.store.reviewProposal(guildId, proposalId, 'rejected', reviewerId, text, this.now());
      const reviewed = this.store.getProposal(guildId, proposalId);
      if (reviewed === undefined) throw new Error(`debate service: rejected proposal ${proposalId} disappeared`);
      return { kind: 'rejected', proposal: reviewed };
    });
  }

  // --- settings and data ---

  getSettings(guildId: string): GuildSettings {
    return this.store.getSettings(guildId);
  }

  updateSettings(guildId: string, patch: SettingsPatch): GuildSettings {
    return this.store.transaction(() => {
      const current = this.store.getSettings(guildId);
      const next: GuildSettings = {
        guildId,
        askPrivate: patch.askPrivate ?? current.askPrivate,
        moderatorRoleId: patch.moderatorRoleId === undefined ? current.moderatorRoleId : patch.moderatorRoleId,
        debateChannelId: patch.debateChannelId === undefined ? current.debateChannelId : patch.debateChannelId,
        currentReading: patch.currentReading === undefined ? current.currentReading : patch.currentReading,
        keepQuestions: patch.keepQuestions ?? current.keepQuestions,
        questionRetentionDays: patch.questionRetentionDays ?? current.questionRetentionDays,
        teacherChannelId: patch.teacherChannelId === undefined ? current.teacherChannelId : patch.teacherChannelId,
      };
      this.store.saveSettings(next, this.now());
      return next;
    });
  }

  /**
   * The database connection, for the other store of the same file (src/digest): it shares these
   * migrations, and delete-server-data erases its rows in the same transaction as the debates'.
   */
  sharedDatabase(): SqliteDatabase {
    return this.store.db;
  }

  /** Closes the database; the service is unusable afterwards. */
  close(): void {
    this.scheduleListeners.clear();
    this.store.close();
  }

  /** Deletes everything stored for a server (debates and their records, proposals, motions, settings, kept questions and votes). */
  deleteGuildData(guildId: string): DeletedCounts {
    return this.store.deleteGuildData(guildId, this.now());
  }

  /** Whether this thread held a debate whose records were deleted with the server's data. */
  recordsDeletedIn(where: ThreadRef): boolean {
    return this.store.threadRecordsDeleted(where.guildId, where.threadId);
  }
}
