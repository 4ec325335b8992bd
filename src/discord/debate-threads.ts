// A debate's thread in Discord, put in the state the store says it is owed: the closed debate's
// summary posted, then the thread unlocked, locked, or locked and archived — each step recorded
// as done once Discord has done it. The moderator's commands, the auto-close and the startup
// reconcile all go through here, one thread at a time, always applying the latest recorded state.
import { ChannelType, ComponentType, DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type Client, type Message, type ThreadChannel } from 'discord.js';
import type { Debate } from '../debate/types.js';
import type { DebateService } from '../debate/debate-service.js';
import { renderClosedBanner, renderSummary } from '../views/discord/debate-messages.js';
import type { ThreadSyncResult } from '../debate/reconcile.js';
import type { DebateSummary } from '../debate/summary.js';
import type { ThreadState } from '../debate/types.js';
import { isComponentsV2Message, NO_MENTIONS, toMessageBody } from './reply.js';

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

/**
 * A forum's tags for debates: the first named "open" and the first named "closed" (any case),
 * when the forum has them. Moderators create them in the forum's settings; without them, forum
 * debates simply carry no tag.
 */
export function debateTags(forum: { readonly availableTags: readonly { readonly id: string; readonly name: string }[] }): { readonly open?: string; readonly closed?: string } {
  const find = (name: string): string | undefined => forum.availableTags.find((tag) => tag.name.trim().toLowerCase() === name)?.id;
  const open = find('open');
  const closed = find('closed');
  return { ...(open === undefined ? {} : { open }), ...(closed === undefined ? {} : { closed }) };
}

/** A forum post's tags for a thread state: its other tags kept, open or closed swapped in. */
function tagsFor(thread: ThreadChannel, state: ThreadState): string[] | undefined {
  const forum = thread.parent;
  if (forum === null || forum.type !== ChannelType.GuildForum) return undefined;
  const { open, closed } = debateTags(forum);
  if (open === undefined && closed === undefined) return undefined;
  const wanted = state === 'archived' ? closed : open;
  const others = thread.appliedTags.filter((tag) => tag !== open && tag !== closed);
  return wanted === undefined ? others : [...others, wanted];
}

const REASONS: Record<ThreadState, string> = { open: 'Debate resumed', locked: 'Debate paused', archived: 'Debate closed' };

/** One edit, whatever the thread is now: idempotent, and an archived thread is unarchived unless it should stay so. */
async function applyThreadState(thread: ThreadChannel, state: ThreadState): Promise<void> {
  const appliedTags = tagsFor(thread, state);
  await thread.edit({ locked: state !== 'open', archived: state === 'archived', ...(appliedTags === undefined ? {} : { appliedTags }), reason: REASONS[state] });
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

/**
 * Tells the channel a debate has closed: the summary is posted there too (not only inside the
 * archived thread, where few look), and the motion post that opened the debate is edited to say
 * it closed, when, after how long, with a link to the summary. In a forum the post is the
 * thread itself: its first message gets the line, linking to the summary in the thread.
 * Best effort, before the thread is archived: the debate is closed whatever Discord says here.
 */
export async function announceClose(client: Client, debate: Debate, summary: DebateSummary, threadSummary: Pick<Message, 'url'> | null): Promise<void> {
  const parent = await client.channels.fetch(debate.channelId).catch(() => null);
  let summaryUrl = threadSummary?.url ?? null;
  let motionPost: Message | undefined;
  if (parent !== null && (parent.type === ChannelType.GuildText || parent.type === ChannelType.GuildAnnouncement)) {
    const copy = await parent.send(toMessageBody({ ...renderSummary(summary), content: `The debate in <#${debate.threadId}> has closed.` }));
    summaryUrl = copy.url;
    // The thread was started from the motion post, so the post has the thread's id.
    motionPost = await parent.messages.fetch(debate.threadId).catch(() => undefined);
  } else if (parent !== null && parent.type === ChannelType.GuildForum) {
    const thread = await fetchDebateThread(client, debate.threadId);
    motionPost = await thread?.messages.fetch(debate.threadId).catch(() => undefined);
  }
  if (motionPost === undefined || motionPost.author.id !== client.user?.id) return;
  const banner = renderClosedBanner({ closedAt: debate.closedAt ?? Date.now(), durationMs: summary.durationMs, closeReason: debate.closeReason, summaryUrl });
  if (!isComponentsV2Message(motionPost)) {
    // A post from before Components V2: content only, the motion and its evidence (the embed) stay.
    await motionPost.edit({ content: banner, allowedMentions: NO_MENTIONS });
    return;
  }
  // A V2 post has no content and must stay V2: the line is a text display above the motion's
  // card, which stays as it was (a banner already there, from an earlier try, is replaced).
  const kept = motionPost.components.map((component) => component.toJSON()).filter((component, index) => index > 0 || component.type !== ComponentType.TextDisplay);
  await motionPost.edit({ components: [{ type: ComponentType.TextDisplay, content: banner }, ...kept], flags: MessageFlags.IsComponentsV2, allowedMentions: NO_MENTIONS });
}

export interface SyncOptions {
  /** The summary to post if one is owed (default: built from the store now). */
  readonly summary?: DebateSummary;
  /** Told when the channel could not be told of the close (the debate is closed all the same). */
  readonly onAnnounceError?: (err: unknown) => void;
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
      const summary = options.summary ?? debates.summary(debate);
      const posted = await thread.send(toMessageBody(renderSummary(summary)));
      debates.markSummaryPosted(debate);
      await announceClose(client, debate, summary, posted).catch((err: unknown) => options.onAnnounceError?.(err));
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
