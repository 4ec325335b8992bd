// /moderate pause, resume, close and next: running the floor of the debate in this thread. Each
// change is recorded first, with what it owes the thread (lock, unlock, summary, archive); then
// it is done in Discord. A crash in between is re-applied at the next start.
import type { ChatInputCommandInteraction } from 'discord.js';
import type { DebateService, ThreadRef } from '../../src/debate/debate-service.js';
import type { ThreadState } from '../../src/debate/types.js';
import { announceClose, isMissingPermission, syncDebateThread } from '../../src/discord/debate-threads.js';
import type { CommandContext } from '../../src/discord/context.js';
import { deferAnswer, reply, replyPrivately } from '../../src/discord/reply.js';
import { renderSpeakerCall, renderSummary } from '../../src/views/discord/debate-messages.js';
import type { ModerateHandler } from './job.js';

const THREAD_VERB: Record<ThreadState, string> = { open: 'unlock', locked: 'lock', archived: 'lock and archive' };

/**
 * Does what the debate's thread is owed in Discord (see syncDebateThread); says what went wrong
 * in words for the moderator, or undefined when all is done. What could not be done stays
 * recorded as owed: the next start (or the same command again) retries it.
 */
async function syncThread(interaction: ChatInputCommandInteraction, debates: DebateService, ctx: CommandContext, here: ThreadRef): Promise<string | undefined> {
  try {
    await syncDebateThread(interaction.client, debates, here.threadId);
    return undefined;
  } catch (err) {
    const verb = THREAD_VERB[debates.debateInThread(here)?.threadState ?? 'archived'];
    if (isMissingPermission(err)) return `I could not ${verb} the thread: I need the **Manage Threads** permission here.`;
    ctx.log.warn({ err, thread: here.threadId }, 'could not update a debate thread');
    return `Discord did not let me ${verb} the thread just now. Run this command again in a moment (I also retry when I restart).`;
  }
}

/** /moderate pause and /moderate resume. */
function pauseOrResume(sub: 'pause' | 'resume'): ModerateHandler {
  return async ({ interaction, ctx, debates, here, refuse, tell, outside }) => {
    // Recorded first, with the lock or unlock it owes the thread; then done in Discord. A crash
    // in between is re-applied at the next start, and "already paused" retries what is owed.
    const outcome = sub === 'pause' ? debates.pauseDebate(here) : debates.resumeDebate(here);
    if (outcome.kind === 'no-debate') return outside();
    if (outcome.kind === 'debate-closed') return refuse('This debate is already closed.');
    // Locking the thread is a REST call that may be slow: acknowledge first (Discord's 3 s).
    const changed = outcome.kind !== 'already-paused' && outcome.kind !== 'already-open';
    await deferAnswer(interaction, { ephemeral: !changed });
    const problem = await syncThread(interaction, debates, ctx, here);
    if (outcome.kind === 'already-paused' || outcome.kind === 'already-open') {
      return tell(`The debate is already ${outcome.kind === 'already-paused' ? 'paused' : 'open'}.${problem === undefined ? '' : ` ${problem}`}`);
    }
    // The class is told what changed; only the moderator hears about a thread Discord refused.
    if (problem !== undefined) {
      await reply(interaction, { content: sub === 'pause' ? '⏸️ The debate is paused.' : '▶️ The debate has resumed.' });
      return tell(`The debate is ${sub === 'pause' ? 'paused' : 'resumed'}, but ${problem}`);
    }
    await reply(interaction, { content: sub === 'pause' ? '⏸️ The debate is paused: the thread is locked until a moderator resumes it.' : '▶️ The debate has resumed: the floor is open again.' });
    return { outcome: 'ok' };
  };
}

export const pause = pauseOrResume('pause');
export const resume = pauseOrResume('resume');

export const close: ModerateHandler = async ({ interaction, ctx, debates, here, moderatorId, tell, outside }) => {
  const outcome = debates.closeDebate(here, moderatorId);
  if (outcome.kind === 'no-debate') return outside();
  if (outcome.kind === 'already-closed') {
    // A summary or an archive still owed (a crash, a refusal) is retried here.
    await deferAnswer(interaction, { ephemeral: true });
    const problem = await syncThread(interaction, debates, ctx, here);
    return tell(`This debate is already closed.${problem === undefined ? '' : ` ${problem}`}`);
  }
  // The summary answers the moderator's command in the thread; the channel is told (summary and
  // motion post); then the thread is shut.
  await reply(interaction, renderSummary(outcome.summary));
  debates.markSummaryPosted(outcome.debate);
  const inThread = await interaction.fetchReply().catch(() => null);
  await announceClose(interaction.client, outcome.debate, outcome.summary, inThread).catch((err: unknown) => ctx.log.warn({ err, thread: here.threadId }, 'could not tell the channel a debate closed'));
  const problem = await syncThread(interaction, debates, ctx, here);
  if (problem !== undefined) await replyPrivately(interaction, `The debate is closed, but ${problem}`);
  return { outcome: 'ok' };
};

export const next: ModerateHandler = async ({ interaction, debates, here, moderatorId, refuse, tell, outside }) => {
  const seconds = interaction.options.getInteger('seconds') ?? undefined;
  const outcome = debates.callNextSpeaker(here, moderatorId, seconds);
  if (outcome.kind === 'no-debate') return outside();
  if (outcome.kind === 'debate-closed') return refuse('This debate is closed.');
  if (outcome.kind === 'debate-paused') return refuse('The debate is paused: resume it before calling a speaker.');
  if (outcome.kind === 'queue-empty') return tell('Nobody has a hand raised.');
  await reply(interaction, renderSpeakerCall({ ...outcome.speaker, endsAt: outcome.endsAt, stillWaiting: outcome.stillWaiting }));
  return { outcome: 'ok' };
};
