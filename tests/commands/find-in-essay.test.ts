// "Find in essay" end to end: a student right-clicks a message and gets the answer /ask would
// give to its text, privately, with the same buttons; through the real client and the fake Discord.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTHING_TO_FIND } from '../../commands/find-in-essay.js';
import { button, buttonsOf, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(async () => {
  await h?.stop();
});
beforeEach(() => h.clock.advance(60_000));

const QUESTION = 'Why did Russia move closer to China?';

describe('Find in essay', () => {
  it('answers the message’s text as /ask would, privately, with More passages and Post to class', async () => {
    const target = h.discord.sendUserMessage({ channelId: h.discord.guild.channelId, user: h.discord.users.student(2), content: QUESTION });
    const find = h.discord.sendMessageCommand({ name: 'Find in essay', message: target });
    const reply = await find.waitForReply();
    expect(find.callback?.type).toBe(5);
    expect(isEphemeral(reply)).toBe(true);
    expect(leadText(reply)).toBe(`**Your question:** ${QUESTION}`);
    const expected = essayEngine().answer(QUESTION, { limit: 3 });
    if (expected.kind !== 'answer' || expected.results[0]?.kind !== 'paragraph') throw new Error('the engine should answer this with a paragraph');
    expect(embedsOf(reply)[0]?.title).toBe(`¶${expected.results[0].number} — ${essayEngine().corpus.readings[0]!.title}`);
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(['More passages', 'Post to class']);
  });

  it('posts the answer to the class with Post to class, credited to the student who looked it up', async () => {
    const student = h.discord.users.student(1);
    const target = h.discord.sendUserMessage({ channelId: h.discord.guild.channelId, user: h.discord.users.student(2), content: QUESTION });
    const answer = await h.discord.sendMessageCommand({ name: 'Find in essay', message: target, user: student }).waitForReply();
    const posted = await h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student }).waitForReply();
    expect(isEphemeral(posted)).toBe(false);
    expect(leadText(posted)).toBe(`Asked by **Student 1**: ${QUESTION}`);
    expect(buttonsOf(posted).map((b) => b.label)).toContain('Delete');
  });

  it('never pings: @everyone and mentions in the message are left out of the question', async () => {
    const target = h.discord.sendUserMessage({
      channelId: h.discord.guild.channelId,
      user: h.discord.users.student(2),
      content: `@everyone <@${h.discord.users.teacher.id}> ${QUESTION}`,
    });
    const reply = await h.discord.sendMessageCommand({ name: 'Find in essay', message: target }).waitForReply();
    expect(leadText(reply)).toBe(`**Your question:** ${QUESTION}`);
    expectNobodyPinged(h.discord);
  });

  it('says there is nothing to look up in an image without text', async () => {
    const target = h.discord.sendUserMessage({
      channelId: h.discord.guild.channelId,
      user: h.discord.users.student(2),
      content: '',
      attachments: [{ filename: 'page.jpg', contentType: 'image/jpeg' }],
    });
    const reply = await h.discord.sendMessageCommand({ name: 'Find in essay', message: target }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(leadText(reply)).toBe(NOTHING_TO_FIND);
  });

  it('works in a DM with the bot', async () => {
    const student = h.discord.users.student(1);
    const target = h.discord.sendUserMessage({ channelId: h.discord.dmChannelId(student), user: student, content: QUESTION });
    const reply = await h.discord.sendMessageCommand({ name: 'Find in essay', message: target, user: student }).waitForReply();
    expect(reply.guildId).toBeNull();
    expect(embedsOf(reply).length).toBeGreaterThan(0);
  });

  it('shares the /ask cooldown: it runs the same engine', async () => {
    const student = h.discord.users.student(3);
    for (let i = 0; i < 5; i += 1) await h.discord.sendCommand({ name: 'ask', options: { question: QUESTION }, user: student }).waitForReply();
    const target = h.discord.sendUserMessage({ channelId: h.discord.guild.channelId, user: h.discord.users.student(2), content: QUESTION });
    const refused = await h.discord.sendMessageCommand({ name: 'Find in essay', message: target, user: student }).waitForReply();
    expect(leadText(refused)).toMatch(/^You're asking quickly/);
  });
});
