// /ask end to end: the real bot and discord.js client against the fake Discord.
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { button, buttonsOf, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { cardsOf, leadText, MessageFlagBits } from '../support/fake-discord/index.js';

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
const QUESTION = 'Why are Russia and China partners?';

describe('/ask', () => {
  it('answers privately by default with the essay’s paragraphs, best sentence in bold', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION } });
    const reply = await ask.waitForReply();
    expect(ask.callback?.type).toBe(5); // deferred first
    expect(isEphemeral(reply)).toBe(true);
    // Components V2, so readers who hide embeds still see the answer.
    expect(reply.flags & MessageFlagBits.ComponentsV2).toBe(MessageFlagBits.ComponentsV2);
    expect(reply.content).toBe('');
    expect(reply.embeds).toEqual([]);
    expect(leadText(reply)).toBe(`**Your question:** ${QUESTION}`);
    const expected = essayEngine().answer(QUESTION, { limit: 3 });
    if (expected.kind !== 'answer') throw new Error('the engine should answer this');
    const first = expected.results[0]!;
    if (first.kind !== 'paragraph') throw new Error('expected a paragraph first');
    const [card] = cardsOf(reply);
    expect(card?.texts[0]).toBe(`-# ${essay().author}\n### ¶${first.number} — ${essay().title}\n${first.text.replace(first.highlight, `**${first.highlight}**`)}`);
    expect(card?.texts[0]?.replaceAll('**', '')).toContain(first.text);
    // The best sentence again in plain words on its own line: screen readers do not announce bold.
    expect(card?.texts[1]?.split('\n')).toContain(`**Key sentence:** ${first.highlight}`);
    expect(buttonsOf(reply).map((b) => b.label)).toEqual(['More passages', 'Post to class']);
    expectNobodyPinged(h.discord);
  });

  it('posts publicly with private:false, crediting the student by name, with a Delete button', async () => {
    const student = h.discord.users.student(2);
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION, private: false }, user: student });
    const reply = await ask.waitForReply();
    expect(isEphemeral(reply)).toBe(false);
    expect(leadText(reply)).toBe(`Asked by **Student 2**: ${QUESTION}`);
    expect(buttonsOf(reply).map((b) => b.customId)).toContain(`ask:del:${student.id}`);
    expect(reply.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });
  });

  it('shows the next results in place with More passages', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION } });
    const first = structuredClone(await ask.waitForReply());
    const footers = (message: typeof first) => cardsOf(message).flatMap((card) => (card.footer === undefined ? [] : [card.footer]));
    const more = h.discord.clickButton({ message: first, customId: button(first, 'More passages') });
    const updated = await more.waitForReply({ until: (message) => message.edits > first.edits });
    expect(updated.id).toBe(first.id);
    expect(footers(first).map((text) => text.replace(/ of \d+$/, ''))).toEqual(['Result 1', 'Result 2', 'Result 3']);
    expect(footers(updated)[0]).toMatch(/^Result 4 of \d+$/);
    expect(leadText(updated)).toBe(leadText(first));
    // The edit kept the message V2 (Discord cannot take the flag back).
    expect(updated.flags & MessageFlagBits.ComponentsV2).toBe(MessageFlagBits.ComponentsV2);
  });

  it('posts a private answer to the class with Post to class, without pinging', async () => {
    const student = h.discord.users.student(1);
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION }, user: student });
    const answer = await ask.waitForReply();
    const post = h.discord.clickButton({ message: answer, customId: button(answer, 'Post to class'), user: student });
    const posted = await post.waitForReply();
    expect(posted.id).not.toBe(answer.id);
    expect(isEphemeral(posted)).toBe(false);
    expect(leadText(posted)).toBe(`Asked by **Student 1**: ${QUESTION}`);
    expect(cardsOf(posted)[0]?.texts[0]).toBe(cardsOf(answer)[0]?.texts[0]);
    expect(h.discord.channelMessages(h.discord.guild.channelId).map((m) => m.id)).toContain(posted.id);
    expectNobodyPinged(h.discord);
  });

  it('gives another student the next results privately, leaving the public post as it was', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION, private: false }, user: h.discord.users.student(1) });
    const post = structuredClone(await ask.waitForReply());
    const more = h.discord.clickButton({ message: post, customId: button(post, 'More passages'), user: h.discord.users.student(2) });
    const page = await more.waitForReply();
    expect(page.id).not.toBe(post.id);
    expect(isEphemeral(page)).toBe(true);
    expect(cardsOf(page).find((card) => card.footer !== undefined)?.footer).toMatch(/^Result 4 of \d+$/);
    expect(h.discord.message(post.id)?.edits).toBe(post.edits);
  });

  describe('Delete on a public post', () => {
    async function publicPost(userNumber: number) {
      const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION, private: false }, user: h.discord.users.student(userNumber) });
      return ask.waitForReply();
    }

    it('lets the student who posted it delete it', async () => {
      const post = await publicPost(1);
      const click = h.discord.clickButton({ message: post, customId: button(post, 'Delete'), user: h.discord.users.student(1) });
      await click.waitForCallback();
      await h.discord.waitFor(() => (h.discord.message(post.id)?.deleted === true ? true : undefined), 'the post to be deleted');
    });

    it('refuses another student politely and privately', async () => {
      const post = await publicPost(1);
      const click = h.discord.clickButton({ message: post, customId: button(post, 'Delete'), user: h.discord.users.student(3) });
      const refusal = await click.waitForReply();
      expect(isEphemeral(refusal)).toBe(true);
      expect(refusal.content).toBe('Only the student who posted this, or a moderator, can delete it.');
      expect(h.discord.message(post.id)?.deleted).toBe(false);
    });

    it("lets a holder of the server's moderator role delete it, without Manage Messages", async () => {
      const teacher = h.discord.users.teacher;
      await h.discord.sendCommand({ name: 'moderate', subcommand: 'settings', user: teacher, options: { 'moderator-role': h.discord.guild.roles.moderator } }).waitForReply();
      const post = await publicPost(2);
      const click = h.discord.clickButton({ message: post, customId: button(post, 'Delete'), user: teacher, memberPermissions: PermissionFlagsBits.SendMessages });
      await click.waitForCallback();
      await h.discord.waitFor(() => (h.discord.message(post.id)?.deleted === true ? true : undefined), 'the post to be deleted');
    });

    it('lets a moderator delete it', async () => {
      const post = await publicPost(2);
      const click = h.discord.clickButton({ message: post, customId: button(post, 'Delete'), user: h.discord.users.teacher });
      await click.waitForCallback();
      await h.discord.waitFor(() => (h.discord.message(post.id)?.deleted === true ? true : undefined), 'the post to be deleted');
    });
  });

  it('answers an expired button politely and privately', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: QUESTION } });
    const answer = await ask.waitForReply();
    h.clock.advance(15 * 60_000);
    const more = h.discord.clickButton({ message: answer, customId: button(answer, 'More passages') });
    const notice = await more.waitForReply();
    expect(isEphemeral(notice)).toBe(true);
    expect(notice.content).toBe('This answer has expired — please ask again with `/ask`.');
    expect(h.discord.message(answer.id)?.components).toEqual(answer.components);
  });

  it('says so honestly when nothing matches', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'zzqx blorf wug' } });
    const reply = await ask.waitForReply();
    expect(cardsOf(reply)[0]?.texts[0]).toMatch(/^### No good match\n.*answers this closely enough to quote/);
  });

  it('answers chit-chat with a friendly pointer to /help, not a quote', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'hey bot, thanks!' } });
    const reply = await ask.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(cardsOf(reply)).toHaveLength(1);
    expect(cardsOf(reply)[0]?.text).toMatch(/^### Hello!\n.*`\/help`/);
    expect(buttonsOf(reply)).toEqual([]);
  });

  it('answers "who wrote this?" with the reading\'s title and author, not "no good match"', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'who wrote this essay?' } });
    const reply = await ask.waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(cardsOf(reply)).toHaveLength(1);
    const text = cardsOf(reply)[0]?.text ?? '';
    expect(text).toMatch(/^### About the reading\nThe reading is “/);
    expect(text.replaceAll('\\', '')).toContain(`“${essay().title}” by ${essay().author}.`);
    expect(buttonsOf(reply)).toEqual([]);
  });

  it('says when the essay does not say it directly, then quotes the nearest passages', async () => {
    const question = 'which japanese prime minister went to moscow in 2016';
    const ask = h.discord.sendCommand({ name: 'ask', options: { question } });
    const reply = await ask.waitForReply();
    expect(leadText(reply)).toBe(`**Your question:** ${question}\n*The essay does not say this directly (it never mentions “2016”); the nearest passages are below.*`);
    expect(cardsOf(reply).length).toBeGreaterThan(0);
    expect(buttonsOf(reply).map((b) => b.label)).toContain('Post to class');
  });

  it('says the essay gives no date when a "when" question finds an undated passage', async () => {
    const question = 'in what year did the ussr break up';
    const ask = h.discord.sendCommand({ name: 'ask', options: { question } });
    const reply = await ask.waitForReply();
    expect(leadText(reply)).toBe(`**Your question:** ${question}\n*The essay does not say this directly (it gives no date for this); the nearest passages are below.*`);
    expect(cardsOf(reply).length).toBeGreaterThan(0);
  });

  it('answers a 6,000-character question within Discord’s limits', async () => {
    const question = `What about Sakhalin oil? ${'The pipeline and the islands matter here. '.repeat(200)}`.slice(0, 6000);
    expect(question).toHaveLength(6000);
    const ask = h.discord.sendCommand({ name: 'ask', options: { question } });
    const reply = await ask.waitForReply();
    // The echoed question is cut at 320 characters; a coverage notice may follow on its own line.
    expect(leadText(reply).split('\n')[0]!.length).toBeLessThanOrEqual(320);
    expect(leadText(reply).length).toBeLessThanOrEqual(2000);
    expect(cardsOf(reply).length).toBeGreaterThan(0);
    expect(h.discord.unknownRoutes).toEqual([]);
  });

  it('pings nobody and keeps its layout when the question holds mentions and markdown', async () => {
    const role = h.discord.guild.roles.moderator;
    const user = h.discord.users.student(3).id;
    const question = `@everyone @here <@&${role}> <@${user}> **why** _did_ \`Russia\`\n# turn to China? ||spoiler|| [x](https://evil.example)`;
    const ask = h.discord.sendCommand({ name: 'ask', options: { question, private: false } });
    const reply = await ask.waitForReply();
    expect(leadText(reply)).toBe(
      `Asked by **Student 1**: @\u200beveryone @\u200bhere \\<@&${role}\\> \\<@${user}\\> \\*\\*why\\*\\* \\_did\\_ \\\`Russia\\\` \\# turn to China? \\|\\|spoiler\\|\\| \\[x\\]\\(https\\://evil.example\\)`,
    );
    expect(leadText(reply)).not.toContain('\n');
    expectNobodyPinged(h.discord);
  });
});

describe('/ask in a direct message', () => {
  it('answers publicly in the DM and lets its owner delete it, with no server or member', async () => {
    await deployCommands({ ...h.config, discordGuildId: undefined }, commands.map((command) => command.data), createSilentLogger());
    const user = h.discord.users.student(2);
    const reply = await h.discord.sendCommand({ name: 'ask', options: { question: QUESTION, private: false }, user, dm: true }).waitForReply();
    expect(reply.guildId).toBeNull();
    expect(leadText(reply)).toBe(`Asked by **Student 2**: ${QUESTION}`);
    const click = h.discord.clickButton({ message: reply, customId: button(reply, 'Delete'), user });
    await click.waitForCallback();
    await h.discord.waitFor(() => (h.discord.message(reply.id)?.deleted === true ? true : undefined), 'the DM answer to be deleted');
  });
});

describe('/ask cooldown', () => {
  it('allows five questions in 30 seconds, then says privately when to try again', async () => {
    const user = h.discord.users.student(3);
    for (let n = 0; n < 5; n += 1) {
      const ask = h.discord.sendCommand({ name: 'ask', options: { question: `Question ${n} about Sakhalin` }, user });
      await ask.waitForReply();
      h.clock.advance(1000);
    }
    const sixth = h.discord.sendCommand({ name: 'ask', options: { question: 'One more about Sakhalin' }, user });
    const notice = await sixth.waitForReply();
    expect(isEphemeral(notice)).toBe(true);
    const retryAt = Math.ceil((h.clock.now() - 5000 + 30_000) / 1000);
    expect(notice.content).toBe(`You're asking quickly: this is your own limit of 5 questions per 30 s. Try again <t:${retryAt}:R>.`);
    h.clock.advance(30_000);
    const later = h.discord.sendCommand({ name: 'ask', options: { question: 'And now about Sakhalin?' }, user });
    expect(leadText(await later.waitForReply())).toBe('**Your question:** And now about Sakhalin?');
  });
});

describe('the interaction log', () => {
  it('writes one line per command with the question under query.text', async () => {
    const ask = h.discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?' } });
    await ask.waitForReply();
    const line = await h.discord.waitFor(
      () => h.logs.find((entry) => entry.msg === 'interaction' && (entry['query'] as { text?: string } | undefined)?.text === 'What is the SCO?'),
      'the log line',
    );
    expect(line).toMatchObject({ command: 'ask', kind: 'command', guild: h.discord.guild.id, outcome: 'ok', module: 'router' });
    expect(typeof line['latencyMs']).toBe('number');
    expect(line['results']).toBeGreaterThan(0);
    expect(JSON.stringify(h.logs)).not.toContain(h.discord.token);
  });
});
