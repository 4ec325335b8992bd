// Debates that feel live, through the fake Discord and the real client: the sides by name in
// /debate status, a student's own record (/debate me), the motion post and the channel told
// when a debate closes, forum channels, and deleting a server's data while a debate is open.
import { afterEach, describe, expect, it } from 'vitest';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText, MessageFlagBits } from '../support/fake-discord/index.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

async function openDebate(harness: DebateHarness, motion = 'china-reliable-partner', channelId?: string): Promise<string> {
  const opened = await harness.run({ name: 'moderate', sub: 'open', user: harness.discord.users.teacher, options: { motion }, ...(channelId === undefined ? {} : { channelId }) });
  const id = /<#(\d+)>/.exec(leadText(opened))?.[1];
  if (id === undefined) throw new Error(`debate not opened: ${leadText(opened)}`);
  return id;
}

describe('/debate status', () => {
  it('lists the students on each side by name', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const threadId = await openDebate(h);
    const [s1, s2, s3] = [discord.users.student(1), discord.users.student(2), discord.users.student(3)];
    await h.run({ name: 'debate', sub: 'join', user: s1, channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'debate', sub: 'join', user: s2, channelId: threadId, options: { side: 'against' } });
    await h.run({ name: 'debate', sub: 'join', user: s3, channelId: threadId, options: { side: 'for' } });
    const status = await h.run({ name: 'debate', sub: 'status', user: s2, channelId: threadId });
    expect(isEphemeral(status)).toBe(true);
    const field = (name: string) => embedsOf(status)[0]?.fields?.find((f) => f.name === name)?.value;
    expect(field('For the motion (2)')).toBe('**Student 1**, **Student 3**');
    expect(field('Against the motion (1)')).toBe('**Student 2**');
    expect(status.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });
});

describe('/debate me', () => {
  it('shows a student their own record in this server’s debates, privately', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const threadId = await openDebate(h);
    const s1 = discord.users.student(1);
    await h.run({ name: 'debate', sub: 'join', user: s1, channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'debate', sub: 'cite', user: s1, channelId: threadId, options: { paragraph: 14 } });
    await h.run({ name: 'debate', sub: 'raise-hand', user: s1, channelId: threadId });
    await h.run({ name: 'moderate', sub: 'next', user: discord.users.teacher, channelId: threadId });
    discord.sendUserMessage({ channelId: threadId, user: s1, content: 'my point' });
    await discord.waitFor(() => (h!.store().postCounts(h!.store().debateByThread(threadId)!.id).get(s1.id) === 1 ? true : undefined), 'the post to be counted');

    // Anywhere in the server, not only in the thread.
    const mine = await h.run({ name: 'debate', sub: 'me', user: s1, channelId: discord.guild.channelId });
    expect(isEphemeral(mine)).toBe(true);
    expect(embedsOf(mine)[0]?.title).toBe('Your debates on this server');
    const [entry] = embedsOf(mine)[0]?.fields ?? [];
    expect(entry?.name).toMatch(/^Open · China/);
    expect(entry?.value).toBe(`for the motion · 1 post, 1 citation (¶14), called to speak 1× · <#${threadId}>`);

    const other = await h.run({ name: 'debate', sub: 'me', user: discord.users.student(2), channelId: discord.guild.channelId });
    expect(leadText(other)).toBe('You have not taken part in a debate on this server yet (or its records were deleted).');
  });

  it('has a cooldown: the sixth look within a minute is refused privately, naming whose limit', async () => {
    h = await startDebateHarness();
    const s1 = h.discord.users.student(1);
    for (let n = 0; n < 5; n += 1) await h.run({ name: 'debate', sub: 'me', user: s1 });
    const refused = await h.run({ name: 'debate', sub: 'me', user: s1 });
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toMatch(/^You've looked at your record several times just now: this is your own limit of 5 looks per minute\. Try again <t:\d+:R>\.$/);
  });
});

describe('closing a debate', () => {
  it('posts the summary in the channel too and edits the motion post to say it closed, with a link', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const threadId = await openDebate(h);
    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(1), channelId: threadId, options: { side: 'for' } });
    h.clock.advance(25 * 60_000);
    const closed = await h.run({ name: 'moderate', sub: 'close', user: discord.users.teacher, channelId: threadId });
    expect(closed.channelId).toBe(threadId);
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived');

    const inChannel = discord.channelMessages(h.debatesChannel);
    const copy = inChannel.at(-1)!;
    expect(leadText(copy)).toBe(`The debate in <#${threadId}> has closed.`);
    expect(embedsOf(copy)[0]?.author?.name).toBe('Debate summary');
    expect(embedsOf(copy)[0]?.fields?.find((f) => f.name === 'For (1)')?.value).toMatch(/\*\*Student 1\*\*/);

    const motionPost = discord.message(threadId)!;
    expect(motionPost.channelId).toBe(h.debatesChannel);
    expect(leadText(motionPost)).toMatch(/^🔒 \*\*Debate closed\*\* <t:\d+:f> \(closed by a moderator\) after 25 min\. Summary: https:\/\/discord\.com\/channels\/\d+\/\d+\/\d+$/);
    expect(leadText(motionPost).endsWith(`/${discord.guild.id}/${h.debatesChannel}/${copy.id}`)).toBe(true);
    // The motion and its evidence stay.
    expect(embedsOf(motionPost)[0]?.title).toMatch(/China/);
    // Still Components V2 (the flag is for good), the banner a text display above the motion's card.
    expect(motionPost.flags & MessageFlagBits.ComponentsV2).toBe(MessageFlagBits.ComponentsV2);
    expect(motionPost.components.map((component) => component.type)).toEqual([10, 17]);
    for (const message of [copy, motionPost]) expect(message.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });

  it('does the same when the debate closes itself at the end of its time', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'china-reliable-partner', minutes: 1 } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    h.clock.advance(2 * 60_000);
    await h.restart(); // the auto-close runs at start for debates whose time ran out
    const motionPost = await discord.waitFor(() => (leadText(discord.message(threadId)!).startsWith('🔒') ? discord.message(threadId) : undefined), 'the motion post to be edited');
    expect(leadText(motionPost)).toMatch(/\(time ran out\) after 1 min\. Summary: https:\/\/discord\.com\/channels\//);
    expect(discord.channelMessages(h.debatesChannel).some((m) => leadText(m) === `The debate in <#${threadId}> has closed.`)).toBe(true);
  });
});

describe('a forum channel as the debate channel', () => {
  it('opens one post per debate tagged Open, and on close tags it Closed and edits its first message', async () => {
    h = await startDebateHarness({ guilds: [{ name: 'Class', channels: ['general', 'debates'], forums: [{ name: 'debate-forum', tags: ['Open', 'Closed', 'Week 3'] }] }] });
    const { discord } = h;
    const teacher = discord.users.teacher;
    const forumId = discord.guild.channels['debate-forum']!;
    const forum = discord.channel(forumId)!;
    const tag = (name: string) => forum.availableTags.find((t) => t.name === name)!.id;
    const settings = await h.run({ name: 'moderate', sub: 'settings', user: teacher, options: { 'debate-channel': forumId } });
    expect(embedsOf(settings)[0]?.fields?.find((f) => f.name === 'Debate channel')?.value).toBe(`<#${forumId}>`);

    const threadId = await openDebate(h, 'china-reliable-partner', discord.guild.channelId);
    const post = discord.channel(threadId)!;
    expect(post).toMatchObject({ parentId: forumId, appliedTags: [tag('Open')], locked: false, archived: false });
    // The motion is the post's first message (it has the thread's id); the welcome follows.
    const [first, welcome] = discord.channelMessages(threadId);
    expect(first?.id).toBe(threadId);
    expect(embedsOf(first!)[0]?.title).toMatch(/China/);
    expect(welcome?.content).toMatch(/^The floor is open\./);

    await h.run({ name: 'debate', sub: 'join', user: discord.users.student(1), channelId: threadId, options: { side: 'for' } });
    await h.run({ name: 'moderate', sub: 'pause', user: teacher, channelId: threadId });
    expect(discord.channel(threadId)).toMatchObject({ locked: true, appliedTags: [tag('Open')] });
    await h.run({ name: 'moderate', sub: 'resume', user: teacher, channelId: threadId });
    const closed = await h.run({ name: 'moderate', sub: 'close', user: teacher, channelId: threadId });
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the post to be archived');
    expect(discord.channel(threadId)).toMatchObject({ locked: true, appliedTags: [tag('Closed')] });
    // The first message says it closed, linking to the summary in the post itself.
    expect(leadText(discord.message(threadId)!)).toMatch(/^🔒 \*\*Debate closed\*\* <t:\d+:f> \(closed by a moderator\) after under a minute\. Summary: https:\/\/discord\.com\/channels\//);
    expect(leadText(discord.message(threadId)!).endsWith(`/${threadId}/${closed.id}`)).toBe(true);
  });
});
