// A whole debate through the fake Discord and the real client: a moderator opens it, students
// join, raise hands, are called, cite the essay and post; the moderator pauses, resumes, closes
// and exports the record. Everything is checked as the class would see it.
import { afterEach, describe, expect, it } from 'vitest';
import { essayCorpus } from '../debate/helpers.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const essay = () => essayCorpus().readings[0]!;
const threadIdIn = (text: string): string => {
  const match = /<#(\d+)>/.exec(text);
  if (match?.[1] === undefined) throw new Error(`no thread mention in: ${text}`);
  return match[1];
};

describe('a debate from opening to export', () => {
  it('runs the whole flow and leaves an accurate summary and CSV', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const teacher = discord.users.teacher;
    const [s1, s2, s3] = [discord.users.student(1), discord.users.student(2), discord.users.student(3)];

    // The moderator picks the motion by typing part of it.
    const choices = await discord
      .sendAutocomplete({ name: 'moderate', subcommand: 'open', user: teacher, channelId: h.debatesChannel, options: { motion: 'china reliable' }, focused: 'motion' })
      .waitForChoices();
    expect(choices.map((c) => c.value)).toEqual(['china-reliable-partner']);

    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'china-reliable-partner', minutes: 30, slowmode: 10 } });
    expect(isEphemeral(opened)).toBe(true);
    expect(leadText(opened)).toMatch(/^Debate opened in <#\d+>\. It closes <t:\d+:R>\.$/);
    const threadId = threadIdIn(leadText(opened));
    const thread = discord.channel(threadId)!;
    expect(thread).toMatchObject({ parentId: h.debatesChannel, rateLimitPerUser: 10, locked: false, archived: false });

    // The motion post: wording, the essay's question, evidence with ¶ numbers and exact quotes.
    const post = discord.channelMessages(h.debatesChannel).at(-1)!;
    const embed = embedsOf(post)[0]!;
    expect(embed.title).toBe('This house believes that China will be a reliable long-term partner for Russia against the US.');
    expect(embed.description).toContain('will China be a reliable long-term Russian partner against the US');
    expect(embed.description).toMatch(/Closes <t:\d+:R>\./);
    const fields = embed.fields ?? [];
    expect(fields.map((f) => f.name)).toContain('¶23 · against the motion');
    for (const field of fields) {
      const paragraph = Number(/^¶(\d+)/.exec(field.name)?.[1]);
      const quote = /^“(.*)”/.exec(field.value)?.[1] ?? '';
      expect(essay().paragraphs[paragraph - 1]!.text, field.name).toContain(quote.replace(/…$/, ''));
    }
    expect(discord.channelMessages(threadId)[0]?.content).toMatch(/^The floor is open\./);

    // Students take sides; one switches.
    expect(leadText(await h.run({ name: 'debate', sub: 'join', user: s1, channelId: threadId, options: { side: 'for' } }))).toMatch(/You joined the side \*\*for\*\* the motion/);
    await h.run({ name: 'debate', sub: 'join', user: s2, channelId: threadId, options: { side: 'against' } });
    await h.run({ name: 'debate', sub: 'join', user: s3, channelId: threadId, options: { side: 'for' } });
    const switched = await h.run({ name: 'debate', sub: 'join', user: s3, channelId: threadId, options: { side: 'against' } });
    expect(leadText(switched)).toMatch(/You switched from \*\*for\*\* the motion to \*\*against\*\* the motion/);
    expect(isEphemeral(switched)).toBe(true);

    // Hands, then the floor, first come first called, with a relative-time speaking limit.
    expect(leadText(await h.run({ name: 'debate', sub: 'raise-hand', user: s2, channelId: threadId }))).toBe('Hand raised: you are #1 in the queue.');
    expect(leadText(await h.run({ name: 'debate', sub: 'raise-hand', user: s1, channelId: threadId }))).toBe('Hand raised: you are #2 in the queue.');
    const status = await h.run({ name: 'debate', sub: 'status', user: s1, channelId: threadId });
    expect(embedsOf(status)[0]?.fields?.find((f) => f.name === 'You')?.value).toBe('for the motion · hand raised, #2 in the queue');
    const called = await h.run({ name: 'moderate', sub: 'next', user: teacher, channelId: threadId, options: { seconds: 90 } });
    expect(isEphemeral(called)).toBe(false);
    const speakingEnds = Math.floor((h.clock.now() + 90_000) / 1000);
    expect(leadText(called)).toBe(`🎤 <@${s2.id}> — **Student 2** (against the motion) has the floor. Speaking time ends <t:${speakingEnds}:R>. 1 still waiting.`);
    // The called student alone is pinged: nothing is parsed, only their id is allowed.
    expect(called.pings).toEqual({ everyone: false, users: [s2.id], roles: [], repliedUser: false });
    expect(called.allowedMentions).toEqual({ parse: [], users: [s2.id], replied_user: false });

    // A citation quotes the paragraph exactly with its citation line; the student's point is escaped.
    const cited = await h.run({ name: 'debate', sub: 'cite', user: s1, channelId: threadId, options: { paragraph: 14, point: '**China** needs our oil @everyone' } });
    expect(isEphemeral(cited)).toBe(false);
    expect(leadText(cited)).toBe('📖 **Student 1** (for the motion) cites ¶14.\n> \\*\\*China\\*\\* needs our oil @\u200beveryone');
    expect(cited.pings.everyone).toBe(false);
    expect(embedsOf(cited)[0]?.description).toBe(essay().paragraphs[13]!.text);
    expect(embedsOf(cited).at(-1)?.fields?.find((f) => f.name === 'Cite as')?.value).toBe('`Yokote, "Russo-Japanese Relations", ¶14, n. 4`');
    await h.run({ name: 'debate', sub: 'cite', user: s2, channelId: threadId, options: { paragraph: 23 } });

    // Posts are counted per student (the bot never keeps their text).
    for (const [user, text] of [[s1, 'first'], [s1, 'second'], [s2, 'reply'], [s1, 'third']] as const) discord.sendUserMessage({ channelId: threadId, user, content: text });
    await discord.waitFor(() => (countedPosts(h!, threadId) === 4 ? true : undefined), 'four posts counted');

    // Pause locks the thread and stops citing; resume reopens it.
    const paused = await h.run({ name: 'moderate', sub: 'pause', user: teacher, channelId: threadId });
    expect(leadText(paused)).toMatch(/^⏸️ The debate is paused/);
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(() => discord.sendUserMessage({ channelId: threadId, user: s1, content: 'let me speak' })).toThrow(/locked/);
    expect(leadText(await h.run({ name: 'debate', sub: 'cite', user: s1, channelId: threadId, options: { paragraph: 15 } }))).toBe('The debate is paused; wait for the moderator to resume it.');
    expect(leadText(await h.run({ name: 'moderate', sub: 'pause', user: teacher, channelId: threadId }))).toBe('The debate is already paused.');
    await h.run({ name: 'moderate', sub: 'resume', user: teacher, channelId: threadId });
    expect(discord.channel(threadId)?.locked).toBe(false);
    await h.run({ name: 'debate', sub: 'cite', user: s1, channelId: threadId, options: { paragraph: 15 } });

    // Close: the summary in the thread, then the thread locked and archived.
    h.clock.advance(25 * 60_000);
    const summary = await h.run({ name: 'moderate', sub: 'close', user: teacher, channelId: threadId });
    expect(isEphemeral(summary)).toBe(false);
    const sumEmbed = embedsOf(summary)[0]!;
    expect(sumEmbed.description).toMatch(/^Closed by a moderator\. Duration: 25 min\./);
    const field = (name: string) => sumEmbed.fields?.find((f) => f.name === name)?.value;
    expect(field('For (1)')).toBe('**Student 1** — 3 posts, 2 citations');
    expect(field('Against (2)')).toBe('**Student 2** — 1 post, 1 citation\n**Student 3** — 0 posts, 0 citations, switched 1×');
    expect(field('Passages cited by the side for')).toBe('¶14, ¶15');
    expect(field('Passages cited by the side against')).toBe('¶23');
    expect(field('Evidence nobody cited')).toBe('¶16, ¶17, ¶19, ¶20, ¶21, ¶22');
    expect(field('Totals')).toBe('4 posts · 3 citations · 1 speakers called');
    await discord.waitFor(() => (discord.channel(threadId)?.archived === true ? true : undefined), 'the thread to be archived');
    expect(discord.channel(threadId)?.locked).toBe(true);
    expect(leadText(await h.run({ name: 'moderate', sub: 'close', user: teacher, channelId: threadId }))).toBe('This debate is already closed.');
    expect(leadText(await h.run({ name: 'debate', sub: 'join', user: s1, channelId: threadId, options: { side: 'against' } }))).toMatch(/^This debate is closed/);

    // The per-student record as a CSV attachment, for the moderator only.
    const exported = await h.run({ name: 'moderate', sub: 'export', user: teacher, channelId: threadId });
    expect(isEphemeral(exported)).toBe(true);
    expect(exported.attachments.map((a) => a.filename)).toEqual([expect.stringMatching(/^debate-\d+\.csv$/)]);
    // It starts with a UTF-8 byte-order mark, so spreadsheet programs read accented names.
    expect([...exported.attachments[0]!.content.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.attachments[0]!.content.toString('utf8')).toBe(
      '\uFEFFuser_id,display_name,side,side_switches,posts,citations,paragraphs_cited\r\n' +
        `${s1.id},Student 1,for,0,3,2,14 15\r\n` +
        `${s2.id},Student 2,against,0,1,1,23\r\n` +
        `${s3.id},Student 3,against,1,0,0,\r\n`,
    );
    expect(discord.unknownRoutes).toEqual([]);
  });
});

function countedPosts(h: DebateHarness, threadId: string): number {
  const debate = h.store().debateByThread(threadId);
  return debate === undefined ? 0 : [...h.store().postCounts(debate.id).values()].reduce((a, b) => a + b, 0);
}
