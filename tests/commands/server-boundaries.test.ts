// Two servers, one bot: an interaction from server B that names server A's debate thread, or
// carries server A's saved answer, finds nothing of A's. Discord sets these ids itself, so this
// is defence in depth: the bot scopes every lookup by the interaction's server anyway.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { loadConfig } from '../../src/config.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { createSilentLogger } from '../../src/logger.js';
import { NOT_YOUR_ANSWER } from '../../src/views/discord/answer-messages.js';
import { button, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

const TWO_SERVERS = { guilds: [{ name: 'Class A' }, { name: 'Class B' }] };

describe('a debate thread seen from another server', () => {
  let h: DebateHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('is not found: status, join, cite, pause, close and export from server B all say to use a debate thread', async () => {
    h = await startDebateHarness(TWO_SERVERS, { global: true });
    const { discord } = h;
    const [serverA, serverB] = [...discord.guilds];
    if (serverA === undefined || serverB === undefined) throw new Error('test setup: two guilds expected');
    const opened = await h.run({ name: 'moderate', sub: 'open', user: discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    const threadA = /<#(\d+)>/.exec(leadText(opened))?.[1];
    if (threadA === undefined) throw new Error(`test setup: no thread in ${leadText(opened)}`);

    const fromB = async (name: 'debate' | 'moderate', subcommand: string, user = discord.users.owner, options?: Record<string, string | number>) =>
      discord.sendCommand({ name, subcommand, user, guildId: serverB.id, channelId: threadA, ...(options === undefined ? {} : { options }) }).waitForReply();
    for (const [name, sub, options] of [
      ['debate', 'status', undefined],
      ['debate', 'join', { side: 'for' }],
      ['debate', 'cite', { paragraph: 14 }],
      ['moderate', 'pause', undefined],
      ['moderate', 'close', undefined],
      ['moderate', 'export', undefined],
    ] as const) {
      const refused = await fromB(name, sub, discord.users.owner, options);
      expect(isEphemeral(refused), `${name} ${sub}`).toBe(true);
      expect(leadText(refused), `${name} ${sub}`).toBe('This command works inside a debate’s thread. No debate is open in this server right now.');
      expect(refused.attachments, `${name} ${sub}`).toEqual([]);
    }
    // Nothing of A's debate changed, and in A itself it still answers.
    expect(h.store().debateByThread(threadA)).toMatchObject({ guildId: serverA.id, status: 'open' });
    expect(h.store().sides(h.store().debateByThread(threadA)!.id)).toEqual([]);
    const status = await h.run({ name: 'debate', sub: 'status', user: discord.users.student(1), channelId: threadA });
    expect(embedsOf(status)[0]?.fields?.[0]?.value).toMatch(/^Open/);
  });
});

describe('a saved answer used from another server or by another student', () => {
  let h: BotHarness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('refuses Post to class and More passages from server B, and Post to class by another student', async () => {
    h = await startBotHarness({ fake: TWO_SERVERS });
    const { discord } = h;
    // Deployed globally too, so the commands reach server B.
    await deployCommands(loadConfig({ DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl }), commands.map((command) => command.data), createSilentLogger());
    const [serverA, serverB] = [...discord.guilds];
    if (serverA === undefined || serverB === undefined) throw new Error('test setup: two guilds expected');
    const question = 'Why are Russia and China partners?';
    const asker = discord.users.student(1);
    const inA = await discord.sendCommand({ name: 'ask', options: { question, private: true }, user: asker, guildId: serverA.id }).waitForReply();
    const inB = await discord.sendCommand({ name: 'ask', options: { question: 'What is the SCO?', private: false }, user: asker, guildId: serverB.id }).waitForReply();
    const before = discord.channelMessages(serverB.channelId).length;

    // A click in server B carrying server A's saved answer (a forged interaction: Discord would not send it).
    for (const label of ['Post to class', 'More passages']) {
      const forged = await discord.clickButton({ message: inB, customId: button(inA, label), user: asker, forged: true }).waitForReply();
      expect(isEphemeral(forged), label).toBe(true);
      expect(leadText(forged), label).toBe(NOT_YOUR_ANSWER);
    }
    expect(discord.channelMessages(serverB.channelId)).toHaveLength(before);

    // In server A, another student (who got hold of the button) may page privately but not post the asker's question as theirs.
    const other = discord.users.student(2);
    const posted = await discord.clickButton({ message: inA, customId: button(inA, 'Post to class'), user: other, forged: true }).waitForReply();
    expect(leadText(posted)).toBe(NOT_YOUR_ANSWER);
    expect(isEphemeral(posted)).toBe(true);
    const edits = discord.message(inA.id)?.edits ?? 0;
    const more = await discord.clickButton({ message: inA, customId: button(inA, 'More passages'), user: other, forged: true }).waitForReply({ until: (message) => message.edits > edits });
    expect(embedsOf(more).find((embed) => embed.footer)?.footer?.text).toMatch(/^Result 4 of \d+$/);
  });
});
