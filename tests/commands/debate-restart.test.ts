// Debates outlive the bot: what students did before a restart is there after it, and a debate
// whose time ran out while the bot was down is closed (summary posted, thread locked and
// archived) as soon as the bot is back.
import { afterEach, describe, expect, it } from 'vitest';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('after a restart', () => {
  it('keeps sides, the queue, citations and post counts', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'demography-undermines-partnership' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    const student = discord.users.student(1);
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'against' } });
    await h.run({ name: 'debate', sub: 'raise-hand', user: student, channelId: threadId });
    await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 19 } });
    discord.sendUserMessage({ channelId: threadId, user: student, content: 'a post' });
    await discord.waitFor(() => (h!.store().postCounts(h!.store().debateByThread(threadId)!.id).get(student.id) === 1 ? true : undefined), 'the post to be counted');

    await h.restart();

    const called = await h.run({ name: 'moderate', sub: 'next', user: discord.users.teacher, channelId: threadId });
    expect(leadText(called)).toBe(`🎤 <@${student.id}> — **Student 1** (against the motion) has the floor. No one else is waiting.`);
    const closed = await h.run({ name: 'moderate', sub: 'close', user: discord.users.teacher, channelId: threadId });
    expect(embedsOf(closed)[0]?.fields?.find((f) => f.name === 'Against (1)')?.value).toBe('**Student 1** — 1 post, 1 citation');
  });

  it('closes a debate whose time ran out while the bot was down', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'japan-isolation-from-rapprochement', minutes: 20 } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(2), channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'debate', sub: 'cite', user: discord.users.student(2), channelId: threadId, options: { paragraph: 28 } });
    expect(discord.channel(threadId)?.archived).toBe(false);

    // Down for half an hour: the debate's 20 minutes end while nobody is running it.
    await h.restart(() => h!.clock.advance(30 * 60_000));

    const summary = await discord.waitForMessage(threadId, (message) => embedsOf(message)[0]?.author?.name === 'Debate summary');
    expect(embedsOf(summary)[0]?.description).toMatch(/^Time is up\. Duration: 20 min\./);
    expect(embedsOf(summary)[0]?.fields?.find((f) => f.name === 'Passages cited by the side for')?.value).toBe('¶28');
    expect(summary.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived');
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(h.store().debateByThread(threadId)).toMatchObject({ status: 'closed', closeReason: 'time-up', closedBy: null });
  });
});

// Discord refusing every try stands in for a bot that died between recording a change and
// making it in Discord: either way the store still owes the thread, and a restart pays it.
describe('a pause, resume or close the bot recorded but could not apply in Discord', () => {
  const threadEdit = (threadId: string) => ({ method: 'PATCH', path: `/channels/${threadId}`, status: 500, code: 0, message: '500: Internal Server Error', times: 4 });
  const summaries = (threadId: string) => h!.discord.channelMessages(threadId).filter((message) => embedsOf(message)[0]?.author?.name === 'Debate summary');
  /** Waits until the bot has recorded that the thread owes nothing more (it records after Discord answered). */
  const settled = (threadId: string) =>
    h!.discord.waitFor(() => {
      const debate = h!.store().debateByThread(threadId);
      return debate !== undefined && !debate.threadPending && !debate.summaryPending ? debate : undefined;
    }, 'the bot to record the thread up to date');

  it('locks and archives the thread of a closed debate at the next start, with its one summary', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(1), channelId: threadId, options: { side: 'for' } });
    // discord.js tries a 500 four times (three retries) before giving up.
    const fault = discord.failNext(threadEdit(threadId));

    const close = discord.sendCommand({ name: 'moderate', subcommand: 'close', user: discord.users.teacher, channelId: threadId });
    const [notice] = await close.waitForFollowUps(1);
    expect(fault.hits).toBe(4);
    expect(notice?.content).toBe('The debate is closed, but Discord did not let me lock and archive the thread just now. Run this command again in a moment (I also retry when I restart).');
    expect(discord.channel(threadId)).toMatchObject({ locked: false, archived: false });
    expect(h.store().debateByThread(threadId)).toMatchObject({ status: 'closed', threadState: 'archived', threadPending: true, summaryPending: false });

    await h.restart();

    expect(await settled(threadId)).toMatchObject({ status: 'closed', threadState: 'archived' });
    expect(discord.channel(threadId)).toMatchObject({ locked: true, archived: true });
    expect(summaries(threadId)).toHaveLength(1);
  });

  it('posts the summary of a close whose reply never reached Discord, then locks and archives', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(2), channelId: threadId, options: { side: 'against' } });
    await h.run({ name: 'debate', sub: 'cite', user: discord.users.student(2), channelId: threadId, options: { paragraph: 20 } });
    // Every answer to the close fails: the summary reply, and the router's apology after it.
    const fault = discord.failNext({ method: 'POST', path: /^\/interactions\/\d+\/[^/]+\/callback$/, status: 500, times: 8 });
    const close = discord.sendCommand({ name: 'moderate', subcommand: 'close', user: discord.users.teacher, channelId: threadId });
    await discord.waitFor(() => (fault.hits === 8 ? true : undefined), 'both answers to the close to fail');
    await discord.waitForQuiet();
    expect(close.callback).toBeUndefined();
    expect(summaries(threadId)).toHaveLength(0);
    expect(h.store().debateByThread(threadId)).toMatchObject({ status: 'closed', summaryPending: true, threadPending: true });

    await h.restart();

    await settled(threadId);
    const [summary, ...more] = summaries(threadId);
    expect(more).toEqual([]);
    expect(embedsOf(summary!)[0]?.fields?.find((f) => f.name === 'Against (1)')?.value).toBe('**Student 2** — 0 posts, 1 citation');
    expect(summary?.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
    expect(discord.channel(threadId)).toMatchObject({ locked: true, archived: true });
  });

  it('locks a paused debate’s thread, and unlocks a resumed one, at the next start', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const teacher = discord.users.teacher;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;

    discord.failNext(threadEdit(threadId));
    const pause = discord.sendCommand({ name: 'moderate', subcommand: 'pause', user: teacher, channelId: threadId });
    const [notice] = await pause.waitForFollowUps(1);
    expect(leadText(await pause.waitForReply())).toBe('⏸️ The debate is paused.');
    expect(notice?.content).toBe('The debate is paused, but Discord did not let me lock the thread just now. Run this command again in a moment (I also retry when I restart).');
    expect(isEphemeral(notice!)).toBe(true);
    expect(discord.channel(threadId)?.locked).toBe(false);
    await h.restart();
    expect(await settled(threadId)).toMatchObject({ status: 'paused', threadState: 'locked' });
    expect(discord.channel(threadId)?.locked).toBe(true);

    discord.failNext(threadEdit(threadId));
    await h.run({ name: 'moderate', sub: 'resume', user: teacher, channelId: threadId });
    expect(discord.channel(threadId)?.locked).toBe(true);
    await h.restart();
    expect(await settled(threadId)).toMatchObject({ status: 'open', threadState: 'open' });
    expect(discord.channel(threadId)?.locked).toBe(false);
  });

  it('retries what is still owed when the moderator runs the command again', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const teacher = discord.users.teacher;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    discord.failNext(threadEdit(threadId));
    await discord.sendCommand({ name: 'moderate', subcommand: 'close', user: teacher, channelId: threadId }).waitForFollowUps(1);
    expect(discord.channel(threadId)?.archived).toBe(false);

    const again = await h.run({ name: 'moderate', sub: 'close', user: teacher, channelId: threadId });
    expect(leadText(again)).toBe('This debate is already closed.');
    expect(discord.channel(threadId)).toMatchObject({ locked: true, archived: true });
    expect(summaries(threadId)).toHaveLength(1);
  });
});
