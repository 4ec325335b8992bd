// A debate's thread in Discord, put in the state the store says it is owed: the closed debate's
// summary posted, then the thread unlocked, locked, or locked and archived — each step recorded
// as done once Discord has done it. The moderator's commands, the auto-close and the startup
// reconcile all go through here, one thread at a time, always applying the latest recorded state.
import { DiscordAPIError, RESTJSONErrorCodes, type Client, type ThreadChannel } from 'discord.js';
import type { DebateService } from '../debate/debate-service.js';
import { renderSummary } from '../views/discord/debate-messages.js';
import type { ThreadSyncResult } from '../debate/reconcile.js';
import type { DebateSummary } from '../debate/summary.js';
import type { ThreadState } from '../debate/types.js';
import { toMessageBody } from './reply.js';

export const isMissingPermission = (err: unknown): boolean =>
  err instanceof DiscordAPIError && (err.code === RESTJSONErrorCodes.MissingPermissions || err.code === RESTJSONErrorCodes.MissingAccess);

const isUnknownChannel = (err: unknown): boolean => err instanceof DiscordAPIError && err.code === RESTJSONErrorCodes.UnknownChannel;

/** The thread, or undefined when Discord says it does not exist (any other failure throws). */
export async function fetchDebateThread(client: Client, threadId: string): Promise<ThreadChannel | undefined> {
  try {
    const channel = await client.channels.fetch(threadId);
    return channel !== null && channel.isThread() ? channel : undefined;
  } catch (err) {
    if (isUnknownChannel(err)) return undefined;
    throw err;
  }
}

const REASONS: Record<ThreadState, string> = { open: 'Debate resumed', locked: 'Debate paused', archived: 'Debate closed' };

/** One edit, whatever the thread is now: idempotent, and an archived thread is unarchived unless it should stay so. */
async function applyThreadState(thread: ThreadChannel, state: ThreadState): Promise<void> {
  await thread.edit({ locked: state !== 'open', archived: state === 'archived', reason: REASONS[state] });
}

// Work on one thread runs in order: a moderator's resume never interleaves with a reconcile of the
// same thread, and each run reads the state wanted *now*, so the last word wins in Discord too.
const queues = new Map<string, Promise<unknown>>();

function serialised<T>(threadId: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(threadId) ?? Promise.resolve();
  const run = previous.then(work, work);
  const settled = run.catch(() => undefined);
  queues.set(threadId, settled);
  void settled.then(() => {
    if (queues.get(threadId) === settled) queues.delete(threadId);
  });
  return run;
}

export interface SyncOptions {
  /** The summary to post if one is owed (default: built from the store now). */
  readonly summary?: DebateSummary;
}

/**
 * Does what a debate's thread is owed — the summary first (posting would unarchive the thread),
 * then its state — and records each step. 'gone' when the thread no longer exists (nothing is
 * owed to it any more). Throws what Discord refused (the step stays owed).
 */
export function syncDebateThread(client: Client, debates: DebateService, threadId: string, options: SyncOptions = {}): Promise<ThreadSyncResult> {
  return serialised(threadId, async () => {
    const debate = debates.recordedDebateOfThread(threadId);
    if (debate === undefined || (!debate.threadPending && !debate.summaryPending)) return 'done';
    const thread = await fetchDebateThread(client, threadId);
    if (thread === undefined) {
      debates.forgetThreadWork(debate);
      return 'gone';
    }
    const postSummary = debate.summaryPending;
    if (postSummary) {
      if (thread.archived === true) await thread.setArchived(false, 'Posting the debate summary');
      await thread.send(toMessageBody(renderSummary(options.summary ?? debates.summary(debate))));
      debates.markSummaryPosted(debate);
    }
    // Read again: a command may have changed the wanted state while the summary was posted (and
    // posting unarchives the thread, so its state is applied again even if it was done before).
    const wanted = debates.recordedDebateOfThread(threadId) ?? debate;
    if (wanted.threadPending || postSummary) {
      await applyThreadState(thread, wanted.threadState);
      debates.markThreadApplied(wanted, wanted.threadState);
    }
    return 'done';
  });
}
