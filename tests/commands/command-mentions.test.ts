// Clickable command mentions end to end: the bot fetches the ids Discord gave its commands once
// connected, and /help and a debate thread's welcome mention them (`</ask:ID>`), with the ids the
// fake Discord assigned when the commands were deployed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from '../discord/bot-harness.js';
import { startDebateHarness, type DebateHarness } from './debate-harness.js';
import { messageText, MessageFlagBits, textDisplays } from '../support/fake-discord/index.js';

const idOf = (h: { discord: BotHarness['discord'] }, name: string): string => {
  const deployed = h.discord.commands(h.discord.guild.id).find((command) => command.name === name);
  if (deployed === undefined) throw new Error(`test setup: /${name} was not deployed`);
  return deployed.id;
};

describe('/help', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('mentions each command by the id Discord gave it', async () => {
    await h.bot.commandIdsFetched;
    const reply = await h.discord.sendCommand({ name: 'help' }).waitForReply();
    // Sent as Components V2: the mentions are in its text displays, where Discord makes them clickable.
    expect(reply.flags & MessageFlagBits.ComponentsV2).toBe(MessageFlagBits.ComponentsV2);
    const lines = textDisplays(reply).join('\n').split('\n');
    // The clickable command leads its line, named once: never "/ask: /ask — ...".
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^</ask:${idOf(h, 'ask')}> — `)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^</debate:${idOf(h, 'debate')}> — `)));
    expect(lines.filter((line) => line.startsWith('**/ask:**'))).toEqual([]);
    // A message command cannot be mentioned (Discord makes only slash commands clickable): it is named, never `</Find in essay:ID>`.
    expect(messageText(reply)).not.toMatch(/<\/(Find in essay|Check quote):/);
    // The ids were read from Discord, not made up: the fake was asked for the guild's commands.
    expect(h.discord.requests.some((request) => request.method === 'GET' && request.path.endsWith(`/guilds/${h.discord.guild.id}/commands`))).toBe(true);
  });
});

describe("a debate thread's welcome", () => {
  let h: DebateHarness;
  beforeAll(async () => {
    h = await startDebateHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('mentions /debate join, raise-hand, cite and status as clickable subcommands', async () => {
    await h.bot.commandIdsFetched;
    const opened = await h.run({ name: 'moderate', sub: 'open', user: h.discord.users.teacher, options: { motion: 'china-reliable-partner' } });
    const threadId = /<#(\d+)>/.exec(opened.content)?.[1] ?? '';
    const welcome = h.discord.channelMessages(threadId)[0]?.content ?? '';
    const id = idOf(h, 'debate');
    for (const sub of ['join', 'raise-hand', 'cite', 'status']) expect(welcome).toContain(`</debate ${sub}:${id}>`);
    expect(welcome).not.toContain('`/debate');
  });
});
