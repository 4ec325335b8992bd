// The shapes of debates: motions (from a reading's motions file or approved by a server), debates
// and their records, proposals and per-server settings. The store returns these; the Discord
// layer renders them. Times are milliseconds since the epoch, from the injected clock.

export type Side = 'for' | 'against';
export const SIDES: readonly Side[] = ['for', 'against'];

/** Which way a passage bears on a motion; `context` where the essay takes no side. */
export type EvidenceSide = Side | 'context';
export const EVIDENCE_SIDES: readonly EvidenceSide[] = ['for', 'against', 'context'];

export interface Evidence {
  readonly paragraph: number;
  readonly side: EvidenceSide;
  /** Why the passage matters, in the motion author's words (optional). */
  readonly why?: string;
  /** An exact excerpt of the paragraph to show; checked against the reading when loaded. */
  readonly quote?: string;
}

export interface Motion {
  /** A slug for file motions (`china-reliable-partner`), `server-<n>` for approved proposals. */
  readonly id: string;
  readonly reading: string;
  /** "This house believes …" */
  readonly motion: string;
  /** The essay's question the motion comes from, with its ¶. */
  readonly question: string;
  readonly evidence: readonly Evidence[];
  readonly source: 'reading' | 'server';
}

export type DebateStatus = 'open' | 'paused' | 'closed';

export interface Debate {
  readonly id: number;
  readonly guildId: string;
  /** The channel the motion was posted in (the thread's parent). */
  readonly channelId: string;
  readonly threadId: string;
  readonly reading: string;
  readonly motionId: string;
  /** The motion's wording and evidence paragraphs as they were when the debate opened. */
  readonly motion: string;
  readonly evidenceParagraphs: readonly number[];
  readonly status: DebateStatus;
  readonly openedBy: string;
  readonly openedAt: number;
  readonly endsAt: number | null;
  readonly slowmodeSeconds: number | null;
  readonly closedAt: number | null;
  /** Null when the debate closed itself at the end of its duration. */
  readonly closedBy: string | null;
  readonly closeReason: CloseReason | null;
  /** What the thread should be in Discord: follows the status (open, paused = locked, closed = archived). */
  readonly threadState: ThreadState;
  /** True while the thread may not be in `threadState` yet (recorded, not yet done by Discord). */
  readonly threadPending: boolean;
  /** True while a closed debate's summary may not be posted in its thread yet. */
  readonly summaryPending: boolean;
}

export type CloseReason = 'moderator' | 'time-up';

/** A debate thread's state in Discord: unlocked, locked, or locked and archived. */
export type ThreadState = 'open' | 'locked' | 'archived';

export type ProposalStatus = 'pending' | 'approved' | 'rejected';

export interface Proposal {
  readonly id: number;
  readonly guildId: string;
  readonly userId: string;
  readonly reading: string;
  readonly motion: string;
  readonly paragraphs: readonly number[];
  readonly status: ProposalStatus;
  readonly createdAt: number;
  readonly reviewerId: string | null;
  readonly reason: string | null;
  readonly reviewedAt: number | null;
}

export interface GuildSettings {
  readonly guildId: string;
  /** Default visibility of /ask answers: true = private (ephemeral), the default. */
  readonly askPrivate: boolean;
  /** A role whose members may moderate, in addition to members with Manage Threads. */
  readonly moderatorRoleId: string | null;
  /** Where debates open; null = the channel the moderator runs the command in. */
  readonly debateChannelId: string | null;
  /** The reading the class is on (commands use it when none is named); null = the first reading. */
  readonly currentReading: string | null;
  /** Whether /ask questions are kept for the teacher's digest (off until a moderator opts in). */
  readonly keepQuestions: boolean;
  /** How many days a kept question stays (1-365, default 30). */
  readonly questionRetentionDays: number;
  /** Where "Ask the teacher" posts a student's question; null = no such button. */
  readonly teacherChannelId: string | null;
}

/** The bounds and default of `questionRetentionDays`. */
export const QUESTION_RETENTION_DAYS = { min: 1, max: 365, default: 30 } as const;

export type SettingsPatch = {
  readonly askPrivate?: boolean;
  readonly moderatorRoleId?: string | null;
  readonly debateChannelId?: string | null;
  readonly currentReading?: string | null;
  readonly keepQuestions?: boolean;
  readonly questionRetentionDays?: number;
  readonly teacherChannelId?: string | null;
};
