// "Post to class" on /passage and /footnote end to end: the private reply offers it, the public
// post is the same essay text credited by name (never a mention) with Delete, through the real
// client and the fake Discord.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { button, buttonsOf, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { cardsOf, embedsOf, leadText } from '../support/fake-discord/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(async () => {
  await h?.stop();
});
// Each test starts outside the previous test's cooldown window.
beforeEach(() => h.clock.advance(60_000));

const essay = () => essayEngine().corpus.readings[0]!;

describe('Post to class on /passage', () => {
  it('posts the paragraph publicly, credited by name, with Delete; the private reply stays as it was', async () => {
    const student = h.discord.users.student(1);
    const answer = structuredClone(await h.discord.sendCommand({ name: 'passage', options: { number: 14 }, user: student }).waitForReply());
    expect(isEphemeral(answer)).toBe(true);
    const post = h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student });
    const posted = await post.waitForReply();
    expect(isEphemeral(posted)).toBe(false);
    expect(posted.id).not.toBe(answer.id);
    expect(leadText(posted)).toBe('Posted by **Student 1**');
    expect(cardsOf(posted)).toEqual(cardsOf(answer));
    expect(embedsOf(posted)[0]?.description).toBe(essay().paragraphs[13]!.text);
    expect(buttonsOf(posted).map((b) => b.label)).toEqual(['Previous', 'Next', 'Delete']);
    expect(button(posted, 'Delete')).toBe(`ask:del:${student.id}`);
    expect(h.discord.channelMessages(h.discord.guild.channelId).map((m) => m.id)).toContain(posted.id);
    expect(h.discord.message(answer.id)?.edits).toBe(answer.edits);
    expectNobodyPinged(h.discord);
  });

  it('lets only the student who posted it, or a moderator, delete it', async () => {
    const student = h.discord.users.student(1);
    const answer = await h.discord.sendCommand({ name: 'passage', options: { number: 3 }, user: student }).waitForReply();
    const posted = await h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student }).waitForReply();
    const refused = await h.discord.clickButton({ message: posted, customId: button(posted, 'Delete'), user: h.discord.users.student(2) }).waitForReply();
    expect(isEphemeral(refused)).toBe(true);
    expect(h.discord.message(posted.id)?.deleted).toBe(false);
    await h.discord.clickButton({ message: posted, customId: button(posted, 'Delete'), user: student }).waitForCallback();
    await h.discord.waitFor(() => (h.discord.message(posted.id)?.deleted === true ? true : undefined), 'the post deleted');
  });

  it('offers Post to class for the paragraph Next moved to, and posts that one', async () => {
    const student = h.discord.users.student(2);
    const first = structuredClone(await h.discord.sendCommand({ name: 'passage', options: { number: 1 }, user: student }).waitForReply());
    const second = await h.discord
      .clickButton({ message: first, customId: button(first, 'Next'), user: student })
      .waitForReply({ until: (message) => embedsOf(message)[0]?.title?.startsWith('¶2 ') === true });
    const posted = await h.discord.clickButton({ message: second, customId: button(second, 'Post to class'), user: student }).waitForReply();
    expect(embedsOf(posted)[0]?.title).toBe(`¶2 — ${essay().title}`);
    expect(leadText(posted)).toBe('Posted by **Student 2**');
  });

  it('shares the citation cooldown: a fourth post in 30 seconds waits', async () => {
    const student = h.discord.users.student(3);
    const answer = await h.discord.sendCommand({ name: 'passage', options: { number: 5 }, user: student }).waitForReply();
    for (let i = 0; i < 3; i += 1) {
      expect(isEphemeral(await h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student }).waitForReply())).toBe(false);
    }
    const refused = await h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student }).waitForReply();
    expect(isEphemeral(refused)).toBe(true);
    expect(refused.content).toMatch(/^You're citing quickly/);
  });
});

describe('Post to class on /footnote', () => {
  it('posts the footnote publicly, credited by name, keeping its Read ¶ buttons, with Delete', async () => {
    const student = h.discord.users.student(1);
    const answer = await h.discord.sendCommand({ name: 'footnote', options: { number: 2 }, user: student }).waitForReply();
    expect(buttonsOf(answer).map((b) => b.label)).toEqual(['Read ¶10', 'Post to class']);
    const posted = await h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student }).waitForReply();
    expect(isEphemeral(posted)).toBe(false);
    expect(leadText(posted)).toBe('Posted by **Student 1**');
    expect(embedsOf(posted)[0]?.title).toBe(`Footnote 2 — ${essay().title}`);
    expect(buttonsOf(posted).map((b) => b.label)).toEqual(['Read ¶10', 'Delete']);
    expectNobodyPinged(h.discord);
  });
});

describe('Post to class in a direct message', () => {
  it('is not offered: a DM has no class', async () => {
    await deployCommands({ ...h.config, discordGuildId: undefined }, commands.map((command) => command.data), createSilentLogger());
    const passage = await h.discord.sendCommand({ name: 'passage', options: { number: 2 }, dm: true }).waitForReply();
    expect(buttonsOf(passage).map((b) => b.label)).toEqual(['Previous', 'Next']);
    const footnote = await h.discord.sendCommand({ name: 'footnote', options: { number: 2 }, dm: true }).waitForReply();
    expect(buttonsOf(footnote).map((b) => b.label)).toEqual(['Read ¶10']);
  });
});
