// "Check quote" end to end: a student right-clicks a message, the real bot answers through the
// real discord.js client and the fake Discord; in an open debate's thread the check can be posted.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NOTHING_TO_CHECK } from '../../src/views/discord/quote-check-messages.js';
import { button, buttonsOf, essayEngine, expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf, leadText, messageText } from '../support/fake-discord/index.js';

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
/** A paragraph that has `words`, and its number. */
function paragraphWith(words: string): number {
  const found = essay().paragraphs.find((paragraph) => paragraph.text.includes(words));
  if (found === undefined) throw new Error(`test setup: no paragraph has “${words}”`);
  return found.number;
}

const EXACT = 'Russia seemed intent on establishing friendly relations with the US';

function checkMessage(content: string, options: { channelId?: string; user?: ReturnType<BotHarness['discord']['users']['student']> } = {}) {
  const author = h.discord.users.student(2);
  const target = h.discord.sendUserMessage({ channelId: options.channelId ?? h.discord.guild.channelId, user: author, content });
  return h.discord.sendMessageCommand({ name: 'Check quote', message: target, ...(options.user === undefined ? {} : { user: options.user }) });
}

describe('Check quote', () => {
  it('says an exact quotation is exact, where it is, and how to cite it, privately', async () => {
    const number = paragraphWith(EXACT);
    const reply = await checkMessage(`Yokote says “${EXACT}.”`).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(leadText(reply)).toBe('I checked the quotation in the message against the essay.');
    const embed = embedsOf(reply)[0]!;
    expect(embed.title).toBe('Exact quote');
    expect(embed.description).toContain(`¶${number} of *${essay().title.replace(/-/g, '\\-')}*`);
    expect(embed.description).toContain(`Cite as \`Yokote, "Russo-Japanese Relations", ¶${number}\``);
    expect(buttonsOf(reply)).toEqual([]); // not in a debate thread: nothing to post to
  });

  it('shows the essay’s wording when a word was changed, and says what differs', async () => {
    const reply = await checkMessage(`“Russia seemed keen on establishing friendly relations with the US”`).waitForReply();
    const embed = embedsOf(reply)[0]!;
    expect(embed.title).toBe('Nearly exact');
    expect(embed.description).toContain('Russia seemed **intent** ~~keen~~ on establishing friendly relations with the US');
    expect(embed.description).toContain('You wrote “keen” where the essay has “intent”.');
  });

  it('checks each quotation of a message, and a blockquote', async () => {
    const reply = await checkMessage(`> ${EXACT}\nand also “a sentence the essay never had in it”`).waitForReply();
    expect(leadText(reply)).toBe('I checked 2 quotations in the message against the essay.');
    expect(embedsOf(reply).map((embed) => embed.title)).toEqual(['Exact quote', 'Not found in the essay']);
    expect(embedsOf(reply)[1]?.description).toContain('**Find in essay**');
  });

  it('checks a message without quotation marks as a whole', async () => {
    const reply = await checkMessage(EXACT).waitForReply();
    expect(leadText(reply)).toBe('I checked the whole message against the essay.');
    expect(embedsOf(reply)[0]?.title).toBe('Exact quote');
  });

  it('says there is nothing to check in an image, an embed or a sticker without text', async () => {
    const author = h.discord.users.student(2);
    const channelId = h.discord.guild.channelId;
    const targets = [
      h.discord.sendUserMessage({ channelId, user: author, content: '', attachments: [{ filename: 'notes.png', contentType: 'image/png' }] }),
      h.discord.sendUserMessage({ channelId, user: author, content: '', embeds: [{ title: 'A link preview', description: 'Russia seemed intent' }] }),
      h.discord.sendUserMessage({ channelId, user: author, content: '', stickers: [{ id: '749054660769218631', name: 'Wave' }] }),
      h.discord.sendUserMessage({ channelId, user: author, content: 'https://example.com/picture.png' }),
    ];
    for (const target of targets) {
      const reply = await h.discord.sendMessageCommand({ name: 'Check quote', message: target }).waitForReply();
      expect(isEphemeral(reply)).toBe(true);
      expect(leadText(reply)).toBe(NOTHING_TO_CHECK);
    }
  });

  it('never pings: @everyone and mentions in the message are neither echoed as pings nor checked', async () => {
    const teacher = h.discord.users.teacher;
    const reply = await checkMessage(`@everyone <@${teacher.id}> look: “${EXACT}” **@here**`).waitForReply();
    expect(embedsOf(reply)[0]?.title).toBe('Exact quote');
    expect(JSON.stringify(reply)).not.toContain('@everyone');
    expectNobodyPinged(h.discord);
  });

  it('escapes markdown and mentions inside a quotation it echoes', async () => {
    const reply = await checkMessage('“@everyone **bold** <#123456789012345678> never in the essay at all”').waitForReply();
    expect(embedsOf(reply)[0]?.title).toBe('Not found in the essay');
    expect(embedsOf(reply)[0]?.description).toContain('\\*\\*bold\\*\\*');
    expectNobodyPinged(h.discord);
  });

  it('works in a DM with the bot', async () => {
    const student = h.discord.users.student(1);
    const target = h.discord.sendUserMessage({ channelId: h.discord.dmChannelId(student), user: student, content: `“${EXACT}”` });
    const reply = await h.discord.sendMessageCommand({ name: 'Check quote', message: target, user: student }).waitForReply();
    expect(reply.guildId).toBeNull();
    expect(embedsOf(reply)[0]?.title).toBe('Exact quote');
  });

  it('has a cooldown: the sixth check in 30 seconds waits', async () => {
    const student = h.discord.users.student(3);
    for (let i = 0; i < 5; i += 1) expect(embedsOf(await checkMessage(`“${EXACT}”`, { user: student }).waitForReply())).toHaveLength(1);
    const refused = await checkMessage(`“${EXACT}”`, { user: student }).waitForReply();
    expect(isEphemeral(refused)).toBe(true);
    expect(leadText(refused)).toMatch(/^You're checking quotes quickly: this is your own limit of 5 checks per 30 s\. Try again <t:\d+:R>\.$/);
  });
});

describe('Check quote in a debate thread', () => {
  it('offers Post to thread, which posts the check publicly, credited by name, with Delete', async () => {
    const { discord } = h;
    const debates = discord.guild.channels['debates']!;
    const opened = await discord
      .sendCommand({ name: 'moderate', subcommand: 'open', user: discord.users.teacher, channelId: debates, options: { motion: 'china-reliable-partner' } })
      .waitForReply();
    const threadId = /<#(\d+)>/.exec(messageText(opened))?.[1];
    if (threadId === undefined) throw new Error(`no thread in: ${messageText(opened)}`);
    const student = discord.users.student(1);
    const check = await checkMessage(`“Russia seemed keen on establishing friendly relations with the US”`, { channelId: threadId, user: student }).waitForReply();
    expect(isEphemeral(check)).toBe(true);

    // Another student cannot post it (they never see the private message; a forged click is refused).
    const forged = await discord.clickButton({ message: check, customId: button(check, 'Post to thread'), user: discord.users.student(3) }).waitForReply();
    expect(isEphemeral(forged)).toBe(true);
    expect(leadText(forged)).toBe('Only the student who ran this check can post it.');

    const post = await discord.clickButton({ message: check, customId: button(check, 'Post to thread'), user: student }).waitForReply();
    expect(isEphemeral(post)).toBe(false);
    expect(post.channelId).toBe(threadId);
    expect(leadText(post)).toBe('Checked by **Student 1**. I checked the quotation in the message against the essay.');
    expect(embedsOf(post).map((embed) => embed.title)).toEqual(['Nearly exact']);
    expect(embedsOf(post)[0]?.description).toBe(embedsOf(check)[0]?.description);
    expect(buttonsOf(post).map((b) => [b.label, b.customId])).toEqual([['Delete', `ask:del:${student.id}`]]);
    expectNobodyPinged(discord);

    const deleted = discord.clickButton({ message: post, customId: `ask:del:${student.id}`, user: student });
    await deleted.waitForCallback();
    await discord.waitFor(() => (discord.message(post.id)?.deleted === true ? true : undefined), 'the post deleted');
  });
});
