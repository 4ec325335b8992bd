// Brings debate threads up to date at startup: a pause, resume or close is recorded together with
// what it owes the thread in Discord (a lock, an unlock, a summary and an archive), and cleared
// once done — if the bot died in between, this re-applies it. Best effort: a thread that still
// cannot be updated is logged once and left pending for the next start (or the moderator).
import type { Logger } from 'pino';
import type { DebateService } from './debate-service.js';
import type { Debate } from './types.js';

/** What bringing one thread up to date came to: done, or the thread no longer exists. */
export type ThreadSyncResult = 'done' | 'gone';

export interface ReconcileOptions {
  readonly debates: DebateService;
  /** Does what the debate's thread is owed in Discord and records it; throws when Discord refuses. */
  readonly syncThread: (debate: Debate) => Promise<ThreadSyncResult>;
  readonly log: Logger;
  /** Under sharding, whether this process serves the guild; only those threads are synced here. */
  readonly ownsGuild?: (guildId: string) => boolean;
}

export interface ReconcileReport {
  readonly done: number;
  readonly gone: number;
  readonly failed: number;
}

export async function reconcileThreads(options: ReconcileOptions): Promise<ReconcileReport> {
  const { debates, log } = options;
  let pending: Debate[];
  try {
    const ownsGuild = options.ownsGuild ?? (() => true);
    pending = debates.threadWork().filter((debate) => ownsGuild(debate.guildId));
  } catch (err) {
    log.error({ err }, 'could not read which debate threads need updating');
    return { done: 0, gone: 0, failed: 0 };
  }
  const report = { done: 0, gone: 0, failed: 0 };
  // One thread at a time: a handful at most after a crash, and Discord's rate limits stay calm.
  for (const debate of pending) {
    try {
      const result = await options.syncThread(debate);
      report[result] += 1;
      if (result === 'gone') log.warn({ debate: debate.id, thread: debate.threadId }, 'debate thread no longer exists; nothing left to apply');
    } catch (err) {
      report.failed += 1;
      log.warn({ err, debate: debate.id, thread: debate.threadId, state: debate.threadState }, 'could not bring a debate thread up to date; will try again at the next start');
    }
  }
  if (pending.length > 0) log.info(report, 'debate threads reconciled');
  return report;
}
