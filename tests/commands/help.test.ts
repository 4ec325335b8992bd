// /help end to end: the real bot and discord.js client against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { essayEngine, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf } from '../support/fake-discord/index.js';

let h: BotHarness;
beforeAll(async () => {
  h = await startBotHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('/help', () => {
  it('says what the bot does, names the reading, and gives each command with an example', async () => {
    const essay = essayEngine().corpus.readings[0]!;
    const reply = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(isEphemeral(reply)).toBe(true);
    const embed = embedsOf(reply)[0]!;
    expect(embed.description).toContain('quoted exactly');
    expect(embed.fields?.[0]).toEqual({ name: `Reading: ${essay.title}`, value: 'by YOKOTE Shinji · 31 paragraphs, 6 footnotes' });
    expect(embed.fields?.slice(1).map((field) => field.name)).toEqual(commands.map((command) => `/${command.data.name}`));
    expect(commands.map((command) => command.data.name)).toEqual(expect.arrayContaining(['ask', 'footnote', 'passage', 'help']));
    expect(embed.fields?.[1]?.value).toContain('Example: `/ask question: Why did Russia move closer to China?`');
  });
});
