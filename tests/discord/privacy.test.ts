// What a school's log holds by default: a reference per request, the command and its outcome,
// never a student's question or Discord user id. LOG_LEVEL=debug adds both (README, "What the bot
// stores and logs").
import { afterEach, describe, expect, it } from 'vitest';
import { startBotHarness, type BotHarness } from './bot-harness.js';

let h: BotHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const QUESTION = 'Why did the Kremlin grow closer to Beijing?';

describe('the interaction log at the default level (info)', () => {
  it('names the request and its outcome but not the student or the question', async () => {
    h = await startBotHarness({ logLevel: 'info' });
    const student = h.discord.users.student(2);
    await h.discord.sendCommand({ name: 'ask', options: { question: QUESTION }, user: student }).waitForReply();
    const harness = h;
    const line = await h.discord.waitFor(() => harness.logs.find((entry) => entry.msg === 'interaction' && entry['command'] === 'ask'), 'the interaction line');

    expect(line).toMatchObject({ kind: 'command', outcome: 'ok', guild: h.discord.guild.id });
    expect(line['ref']).toMatch(/^[0-9a-f]{6}$/);
    const everything = JSON.stringify(h.logs);
    expect(everything).not.toContain(student.id);
    expect(everything).not.toContain('Kremlin');
  });
});

describe('the interaction log at debug', () => {
  it('adds the question text and the user id for a teacher chasing a problem', async () => {
    h = await startBotHarness({ logLevel: 'debug' });
    const student = h.discord.users.student(2);
    await h.discord.sendCommand({ name: 'ask', options: { question: QUESTION }, user: student }).waitForReply();
    const harness = h;
    const line = await h.discord.waitFor(() => harness.logs.find((entry) => entry.msg === 'interaction' && entry['command'] === 'ask'), 'the interaction line');
    expect(line).toMatchObject({ user: student.id, query: { text: QUESTION } });
  });
});
