// What the bot says to an interaction it does not know: a right-click command left in a
// client's menu after a redeploy, a select menu or a form from an older version. Each gets a
// private answer that names what it is (never "this button"), and nobody is pinged.
import { afterEach, describe, expect, it } from 'vitest';
import { UNKNOWN_COMMAND, UNKNOWN_COMPONENT } from '../../src/discord/router.js';
import { expectNobodyPinged, isEphemeral, startBotHarness, type BotHarness } from './bot-harness.js';

let h: BotHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('interactions the bot does not know', () => {
  it('answers a message command it does not know as an unknown command, not a button', async () => {
    h = await startBotHarness();
    const { discord } = h;
    const target = discord.sendUserMessage({ channelId: discord.guild.channelId, user: discord.users.student(2), content: 'Russia is not a mere feint' });
    const reply = await discord.sendMessageCommand({ name: 'Old right-click', message: target }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe(UNKNOWN_COMMAND);
    expect(reply.content).not.toMatch(/button/i);
    expectNobodyPinged(discord);
  });

  it('answers a select menu it does not know as a menu, not a button', async () => {
    h = await startBotHarness();
    const { discord } = h;
    const answer = await discord.sendCommand({ name: 'help' }).waitForReply();
    const reply = await discord.selectOption({ message: answer, customId: 'old:menu', values: ['1'], forged: true }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    expect(reply.content).toBe(UNKNOWN_COMPONENT);
    expect(reply.content).not.toMatch(/button/i);
    expectNobodyPinged(discord);
  });
});
