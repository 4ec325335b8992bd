// /ask's default visibility follows the server's setting (`/moderate settings ask-private`): a
// student who does not say gets what the moderators chose; one who says gets what they asked for.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deploy.js';
import { loadConfig } from '../../src/config.js';
import { createSilentLogger } from '../../src/logger.js';
import { isEphemeral, startDebateHarness, type DebateHarness } from './debate-harness.js';
import { embedsOf, leadText } from '../support/fake-discord/index.js';

let h: DebateHarness;
beforeAll(async () => {
  h = await startDebateHarness();
  // Also global, so /ask reaches DMs.
  await deployCommands(loadConfig({ DISCORD_TOKEN: h.discord.token, DISCORD_API_URL: h.discord.apiUrl }), commands.map((command) => command.data), createSilentLogger());
});
afterAll(async () => {
  await h?.stop();
});
// Each test starts outside the previous test's cooldown window.
beforeEach(() => h.clock.advance(60_000));

const QUESTION = 'What is the SCO?';
const ask = (options: { question: string; private?: boolean }, extra: { dm?: boolean } = {}) =>
  h.discord.sendCommand({ name: 'ask', options, user: h.discord.users.student(1), ...extra }).waitForReply();

describe('/ask visibility', () => {
  it('is private by default when the server never changed its setting', async () => {
    expect(isEphemeral(await ask({ question: QUESTION }))).toBe(true);
  });

  it('follows a moderator who makes answers public by default, unless the student asks for private', async () => {
    const set = await h.run({ name: 'moderate', sub: 'settings', user: h.discord.users.teacher, channelId: h.discord.guild.channelId, options: { 'ask-private': false } });
    expect(embedsOf(set)[0]?.fields?.[0]?.value).toBe('Public by default');

    const unsaid = await ask({ question: QUESTION });
    expect(isEphemeral(unsaid)).toBe(false);
    expect(leadText(unsaid)).toBe(`Asked by **Student 1**: ${QUESTION}`);
    expect(unsaid.pings).toEqual({ everyone: false, users: [], roles: [], repliedUser: false });

    const chosen = await ask({ question: QUESTION, private: true });
    expect(isEphemeral(chosen)).toBe(true);
    expect(leadText(chosen)).toBe(`**Your question:** ${QUESTION}`);

    // And back: private by default again once the moderator says so.
    await h.run({ name: 'moderate', sub: 'settings', user: h.discord.users.teacher, channelId: h.discord.guild.channelId, options: { 'ask-private': true } });
    expect(isEphemeral(await ask({ question: QUESTION }))).toBe(true);
    expect(isEphemeral(await ask({ question: QUESTION, private: false }))).toBe(false);
  });

  it('stays private by default in a direct message, whatever a server chose', async () => {
    await h.run({ name: 'moderate', sub: 'settings', user: h.discord.users.teacher, channelId: h.discord.guild.channelId, options: { 'ask-private': false } });
    const reply = await ask({ question: QUESTION }, { dm: true });
    expect(reply.guildId).toBeNull();
    expect(isEphemeral(reply)).toBe(true);
  });
});
