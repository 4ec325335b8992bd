// Debates outlive the bot: what students did before a restart is there after it, and a debate
// whose time ran out while the bot was down is closed (summary posted, thread locked and
// archived) as soon as the bot is back.
import { afterEach, describe, expect, it } from 'vitest';
import { startDebateHarness, type DebateHarness } from './debate-harness.js';

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
    const threadId = /<#(\d+)>/.exec(opened.content)![1]!;
    const student = discord.users.student(1);
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'against' } });
    await h.run({ name: 'debate', sub: 'raise-hand', user: student, channelId: threadId });
    await h.run({ name: 'debate', sub: 'cite', user: student, channelId: threadId, options: { paragraph: 19 } });
    discord.sendUserMessage({ channelId: threadId, user: student, content: 'a post' });
    await discord.waitFor(() => (h!.store().postCounts(h!.store().debateByThread(threadId)!.id).get(student.id) === 1 ? true : undefined), 'the post to be counted');

    await h.restart();

    const called = await h.run({ name: 'moderate', sub: 'next', user: discord.users.teacher, channelId: threadId });
    expect(called.content).toBe('🎤 **Student 1** (against the motion) has the floor. No one else is waiting.');
    const closed = await h.run({ name: 'moderate', sub: 'close', user: discord.users.teacher, channelId: threadId });
    expect(closed.embeds[0]?.fields?.find((f) => f.name === 'Against (1)')?.value).toBe('**Student 1** — 1 post, 1 citation');
  });

  it('closes a debate whose time ran out while the bot was down', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'japan-isolation-from-rapprochement', minutes: 20 } });
    const threadId = /<#(\d+)>/.exec(opened.content)![1]!;
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(2), channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'debate', sub: 'cite', user: discord.users.student(2), channelId: threadId, options: { paragraph: 28 } });
    expect(discord.channel(threadId)?.archived).toBe(false);

    // Down for half an hour: the debate's 20 minutes end while nobody is running it.
    await h.restart(() => h!.clock.advance(30 * 60_000));

    const summary = await discord.waitForMessage(threadId, (message) => message.embeds[0]?.author?.name === 'Debate summary');
    expect(summary.embeds[0]?.description).toMatch(/^Time is up\. Duration: 20 min\./);
    expect(summary.embeds[0]?.fields?.find((f) => f.name === 'Passages cited by the side for')?.value).toBe('¶28');
    expect(summary.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived');
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(h.store().debateByThread(threadId)).toMatchObject({ status: 'closed', closeReason: 'time-up', closedBy: null });
  });
});
