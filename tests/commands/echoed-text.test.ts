// What students type and the bot shows again — a proposed motion that became a debate, a list of
// paragraphs — reads as typed: its markdown is escaped and its mentions are inert, in every
// message that echoes it (status, summary, CSV export notice, refusals), and nobody is pinged.
import { afterEach, describe, expect, it } from 'vitest';
import { escapeUserText } from '../../src/views/discord/user-text.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: DebateHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const NOBODY = { everyone: false, users: [], roles: [], repliedUser: false };

describe('a motion a student typed, once it is debated', () => {
  it('is escaped in the status, the summary and the export notice', async () => {
    h = await startDebateHarness();
    const { discord } = h;
    const teacher = discord.users.teacher;
    const student = discord.users.student(1);
    const role = discord.guild.roles.moderator;
    const typed = `**Japan** must _never_ trade <@&${role}> @everyone ~~islands~~ for oil`;
    const expected = escapeUserText(`This house believes that ${typed}`);
    expect(expected).not.toContain('**');

    await h.run({ name: 'debate', sub: 'propose', user: student, options: { motion: typed, paragraphs: '25, 29' } });
    await h.run({ name: 'moderate', sub: 'approve', user: teacher, options: { proposal: 1 } });
    const opened = await h.run({ name: 'moderate', sub: 'open', user: teacher, options: { motion: 'server-1' } });
    const threadId = /<#(\d+)>/.exec(leadText(opened))![1]!;
    await h.run({ name: 'debate', sub: 'join', user: student, channelId: threadId, options: { side: 'for' } });

    const status = await h.run({ name: 'debate', sub: 'status', user: student, channelId: threadId });
    expect(embedsOf(status)[0]?.title).toBe(expected);

    const exported = await h.run({ name: 'moderate', sub: 'export', user: teacher, channelId: threadId });
    expect(leadText(exported)).toBe(`The record of “${expected}”: 1 student.`);

    const closed = await h.run({ name: 'moderate', sub: 'close', user: teacher, channelId: threadId });
    expect(embedsOf(closed)[0]?.title).toBe(expected);
    for (const message of [status, exported, closed, ...discord.channelMessages(threadId)]) expect(message.pings).toEqual(NOBODY);
  });
});

describe('a paragraph list a student typed', () => {
  it('is echoed escaped when it is not a list of numbers', async () => {
    h = await startDebateHarness();
    const refused = await h.run({
      name: 'debate',
      sub: 'propose',
      user: h.discord.users.student(2),
      options: { motion: 'This house believes that the SCO matters.', paragraphs: '**@everyone**' },
    });
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toBe('I could not take that proposal: "\\*\\*@\u200beveryone\\*\\*" is not a paragraph number; use numbers like "12, 14-16".');
    expect(refused.pings).toEqual(NOBODY);
  });
});
