// /help end to end: the real bot and discord.js client against the fake Discord.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { isMessageCommand } from '../../src/discord/command.js';
import { essayEngine, isEphemeral, startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { embedsOf, messageText, textDisplays } from '../support/fake-discord/index.js';

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
    // The slash commands, then the message commands (right-click > Apps) by their menu names, then the note on kept questions.
    expect(embed.fields?.slice(1, -1).map((field) => field.name)).toEqual([
      ...commands.filter((command) => !isMessageCommand(command)).map((command) => `/${command.data.name}`),
      ...commands.filter(isMessageCommand).map((command) => command.data.name),
    ]);
    expect(commands.map((command) => command.data.name)).toEqual(expect.arrayContaining(['ask', 'footnote', 'passage', 'help']));
    expect(embed.fields?.[1]?.value).toContain('Example: `/ask question: Why did Russia move closer to China?`');
  });

  it('lists the message commands, which are not typed, each with one line on how to reach it: right-click or long-press a message > Apps', async () => {
    const reply = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    const menuNames = commands.filter(isMessageCommand).map((command) => command.data.name);
    expect(menuNames).toEqual(['Find in essay', 'Check quote']);
    const fields = embedsOf(reply)[0]?.fields ?? [];
    for (const name of menuNames) {
      const value = fields.find((field) => field.name === name)?.value;
      expect(value, name).toMatch(new RegExp(`^Right-click or long-press a message > \\*\\*Apps\\*\\* > \\*\\*${name}\\*\\*: \\S[^\\n]*$`));
    }
    // What a reader sees: one line each, saying what the command does with the message.
    const lines = textDisplays(reply).join('\n').split('\n');
    expect(lines).toContain('**Find in essay:** Right-click or long-press a message > **Apps** > **Find in essay**: the essay’s paragraphs that answer it, as `/ask` would, privately.');
    expect(lines).toContain('**Check quote:** Right-click or long-press a message > **Apps** > **Check quote**: whether each quotation in it is the essay’s own words, and where; privately.');
    // Never offered as something to type.
    expect(messageText(reply)).not.toMatch(/\/(Find in essay|Check quote)|<\/(Find in essay|Check quote):/i);
  });

  it('tells students whether this server keeps their questions, and for how long', async () => {
    const off = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(embedsOf(off)[0]!.fields!.at(-1)).toEqual({ name: 'Your questions', value: 'This server does not keep your questions: once answered, they are forgotten.' });
    await h.discord.sendCommand({ name: 'moderate', subcommand: 'settings', user: h.discord.users.teacher, options: { 'keep-questions': true, 'question-retention-days': 14 } }).waitForReply();
    const on = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    expect(embedsOf(on)[0]!.fields!.at(-1)!.value).toMatch(/^This server keeps the questions asked with `\/ask` for 14 days .*never who asked/);
  });
});
